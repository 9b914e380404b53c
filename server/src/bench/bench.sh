#!/usr/bin/env bash
# Search benchmark: /api/search with 50 realistic queries (queries.lua) beside /healthz of the same server, same run.
#
#   server/src/bench/bench.sh [SITE]            index SITE (default ../shared/corpus/edenmal) into target/bench-index
#   server/src/bench/bench.sh --index DIR       benchmark an existing index
#   server/src/bench/bench.sh --generate N      generate an N-post archive from the indexer benchmark's fixtures
#                                               (target/bench-N-site), index it, benchmark it (N=100000: the
#                                               large-archive target); needs ./mvnw -o -B -q test-compile -pl server -am
#
# Env: DURATION (default 20s), WARMUP (30s: with both compilers the optimising one compiles the search's code for
# some 20-30 s of this mix, and a shorter warm-up measures blogsearch half compiled beside a floor long done),
# THREADS (2), CONNECTIONS (8), HEAP (256m), PORT (7099), JAR (the jar served, default server/target/blogsearch.jar),
# JAVA_OPTS (JVM options of both blogsearch and the floor, e.g. -XX:TieredStopAtLevel=1 as the launcher runs serve;
# default none, as `java -jar`), SEARCH_ONLY=1 (only the uncached search, no cached run and no /healthz: for
# alternating builds).
# Needs wrk (Debian: apt-get install -y wrk) and the built jar (./mvnw -B -q package -DskipTests).
# Prints requests/s and p50/p99 latency for both endpoints, the search/healthz throughput ratio, and the heap in use;
# for uncached search and the floor also the server's CPU time per request (from /proc: steadier than requests/s on a
# machine shared with other work), and at the end uncached search against the floor with snippets, and with snippets
# and facets.
# /api/search runs twice: the 50 queries as a search box repeats them (answers come from the per-reader answer
# cache after the first round) and "uncached" with Cache-Control: no-cache (every answer recomputed); each runs after a
# WARMUP of its own.
# Then the floor: the same queries against plain Lucene behind the same Javalin and Jackson (BareSearchBench: the body
# field only, top 10 titles, then also Lucene's UnifiedHighlighter snippets, then also the facet counts of all the
# matches with Lucene's own FacetsCollector, which the API answers with every search; no typos, grouping or cache),
# each beside that server's own /healthz: the share of /healthz a search that recomputes its answer can reach here.
# FLOOR=0 skips it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${JAR:-server/target/blogsearch.jar}
JAVA_OPTS=${JAVA_OPTS:-}
CP=server/target/test-classes:indexer/target/test-classes:$JAR
DURATION=${DURATION:-20s}; WARMUP=${WARMUP:-30s}
THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-8}; HEAP=${HEAP:-256m}; PORT=${PORT:-7099}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

if [ "${1:-}" = "--index" ]; then
  INDEX=$2
elif [ "${1:-}" = "--generate" ]; then
  N=$2; SITE=target/bench-$N-site; INDEX=target/bench-$N-index
  [ -d "$SITE/content" ] || java -cp "$CP" io.blogsearch.bench.GenerateArchiveBench "$SITE" "$N"
  [ -d "$INDEX" ] || java -Xmx8g -jar "$JAR" index --site "$SITE" --index "$INDEX" --quiet
else
  SITE=${1:-../shared/corpus/edenmal}
  INDEX=target/bench-index
  java -jar "$JAR" index --site "$SITE" --index "$INDEX" --quiet
fi

java -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" serve --index "$INDEX" --port "$PORT" --host 127.0.0.1 >target/bench-server.log 2>&1 &
SERVER=$!
FLOOR_SERVER=
trap 'kill $SERVER $FLOOR_SERVER 2>/dev/null || true' EXIT
# Waits for /readyz of URL from process PID (if that process ends, another program holds the port: say so).
await() {
  for _ in $(seq 1 100); do
    kill -0 "$2" 2>/dev/null || { echo "the server on $1 ended (port in use? try PORT=...)" >&2; exit 1; }
    curl -sf "$1/readyz" >/dev/null && return; sleep 0.2
  done
  echo "no answer from $1" >&2; exit 1
}
await "http://127.0.0.1:$PORT" "$SERVER"

BENCH_DIR=server/src/bench
echo "warm-up ($WARMUP) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/queries.lua" "http://127.0.0.1:$PORT" >/dev/null

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@"; }
TICKS=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system clock ticks of a process
# The server's CPU milliseconds per request over one wrk run: pid, ticks before, ticks after, wrk output.
cpu_per_request() {
  awk -v b="$2" -v a="$3" -v t="$TICKS" -v n="$(awk '/requests in/ {print $1}' <<<"$4")" \
    'BEGIN { printf "%.3f", (a - b) * 1000 / t / n }'
}
field() { awk -v k="$1" '$1==k {print $2}' <<<"$2"; }
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
summary() { # name, wrk output
  printf '%-12s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$(rps "$2")" "$(field 50% "$2")" "$(field 99% "$2")"
}
SEARCH_OUT=
[ "${SEARCH_ONLY:-0}" = 1 ] || SEARCH_OUT=$(run -s "$BENCH_DIR/queries.lua" "http://127.0.0.1:$PORT")
# The repeated run computes each answer once, so the code that computes answers is still cold: warm it up too, or
# the first seconds of compiling it show up as the uncached p99.
NO_CACHE=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/queries.lua" "http://127.0.0.1:$PORT" >/dev/null
BEFORE=$(cpu "$SERVER")
UNCACHED_OUT=$(NO_CACHE=1 run -s "$BENCH_DIR/queries.lua" "http://127.0.0.1:$PORT")
UNCACHED_CPU=$(cpu_per_request "$SERVER" "$BEFORE" "$(cpu "$SERVER")" "$UNCACHED_OUT")
HEALTH_OUT=
[ "${SEARCH_ONLY:-0}" = 1 ] || HEALTH_OUT=$(run "http://127.0.0.1:$PORT/healthz")
ERRORS=$(grep -hE 'Non-2xx|Socket errors' <<<"$SEARCH_OUT$UNCACHED_OUT" || true)

echo
echo "index: $INDEX   heap limit: $HEAP   wrk: $THREADS threads, $CONNECTIONS connections, $DURATION"
echo "jar: $JAR   JVM options: ${JAVA_OPTS:-(none)}   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$SEARCH_OUT" ]; then
  summary "/api/search" "$SEARCH_OUT"
fi
summary "  uncached" "$UNCACHED_OUT"
echo "  uncached: server CPU ${UNCACHED_CPU} ms per request"
if [ -n "$HEALTH_OUT" ]; then
  summary "/healthz" "$HEALTH_OUT"
  awk -v s="$(rps "$SEARCH_OUT")" -v u="$(rps "$UNCACHED_OUT")" -v h="$(rps "$HEALTH_OUT")" \
    'BEGIN { printf "search/healthz throughput ratio: %.2f (uncached %.2f)\n", s / h, u / h }'
fi
[ -n "$ERRORS" ] && echo "search errors: $ERRORS"
echo "heap after the run:"
jcmd "$SERVER" GC.heap_info | sed -n '2,3p'
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true

[ "${FLOOR:-1}" = 0 ] && exit 0
[ -f server/target/test-classes/io/blogsearch/bench/BareSearchBench.class ] || ./mvnw -B -q test-compile -pl server -am
echo
echo "floor: plain Lucene behind the same Javalin (BareSearchBench: body field, top 10; titles, then with snippets, then"
echo "       with snippets and the facet counts of all matches; no typos, field weights, grouping, cache)"
FLOOR_PORT=$((PORT + 1))
declare -A FLOOR_RPS FLOOR_CPUS
for MODE in titles snippets facets; do
  java -Xmx"$HEAP" $JAVA_OPTS -cp "$CP" io.blogsearch.bench.BareSearchBench "$INDEX" "$FLOOR_PORT" "$MODE" \
    >target/bench-floor.log 2>&1 &
  FLOOR_SERVER=$!
  await "http://127.0.0.1:$FLOOR_PORT" "$FLOOR_SERVER"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/queries.lua" "http://127.0.0.1:$FLOOR_PORT" >/dev/null
  BEFORE=$(cpu "$FLOOR_SERVER")
  FLOOR_OUT=$(run -s "$BENCH_DIR/queries.lua" "http://127.0.0.1:$FLOOR_PORT")
  FLOOR_CPU=$(cpu_per_request "$FLOOR_SERVER" "$BEFORE" "$(cpu "$FLOOR_SERVER")" "$FLOOR_OUT")
  FLOOR_RPS[$MODE]=$(rps "$FLOOR_OUT"); FLOOR_CPUS[$MODE]=$FLOOR_CPU
  summary "  $MODE" "$FLOOR_OUT"
  echo "  $MODE: server CPU $FLOOR_CPU ms per request"
  if [ "${SEARCH_ONLY:-0}" != 1 ]; then
    FLOOR_HEALTH=$(run "http://127.0.0.1:$FLOOR_PORT/healthz")
    summary "  /healthz" "$FLOOR_HEALTH"
    awk -v s="$(rps "$FLOOR_OUT")" -v h="$(rps "$FLOOR_HEALTH")" -v m="$MODE" \
      'BEGIN { printf "  plain Lucene (%s)/healthz throughput ratio: %.2f\n", m, s / h }'
  fi
  kill "$FLOOR_SERVER"; wait "$FLOOR_SERVER" 2>/dev/null || true; FLOOR_SERVER=
done
echo
for MODE in snippets facets; do
  awk -v u="$(rps "$UNCACHED_OUT")" -v f="${FLOOR_RPS[$MODE]}" -v uc="$UNCACHED_CPU" -v fc="${FLOOR_CPUS[$MODE]}" \
    -v m="$MODE" 'BEGIN { printf "uncached search / floor with %s: throughput %.2f, CPU per request %.2f (floor/ours)\n",
      m, u / f, fc / uc }'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
