// The search API client (issue 4's contract). Only the newest request of each kind may answer: an older one is
// aborted, and if its answer still arrives it is discarded, so results never jump back to a stale query.

/** Thrown instead of an answer that a newer request has replaced; callers ignore it. */
export const STALE = Symbol('stale');

/** An error the page shows: the server was unreachable, or it answered with an error status. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw STALE;
    throw new ApiError('No answer from ' + new URL(url, location.href).origin + '.', 0);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.error || 'The server answered ' + response.status + '.', response.status);
  return body;
}

/** A function that calls `path` with query parameters and only ever resolves for the latest call. */
export function latest(base, path) {
  let sequence = 0;
  let controller = null;
  return async params => {
    controller?.abort();
    controller = new AbortController();
    const mine = ++sequence;
    const url = base + path + '?' + new URLSearchParams(params);
    const body = await getJson(url, controller.signal);
    if (mine !== sequence) throw STALE;
    return body;
  };
}
