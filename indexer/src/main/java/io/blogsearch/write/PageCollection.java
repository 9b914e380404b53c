package io.blogsearch.write;

import io.blogsearch.model.Page;
import io.blogsearch.state.SectionHashRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page of the site as parsed (before enrichment), as much of it as enrichment reads, sorted by path.
 *
 * @param pages     the pages as enrichment reads them: outlines (no section texts), those parsed now with the start
 *                  of their body; the whole texts are in the index or the build's spill
 * @param reused    paths of the pages reused from the index (their record is read from it when needed)
 * @param parsed    files parsed in this build
 * @param unchanged files reused from their stored record
 * @param excluded  drafts and expired pages left out
 * @param stamps    settled {@link FileStamp}s by path of the files read, to record beside their pages
 * @param rekinded  reused pages whose kind changed since they were written (the site's main sections moved):
 *                  their documents must be rewritten although their file did not change
 * @param expiries  the {@code expiryDate} by path of the pages parsed in this build that have one
 * @param hashes    the section hashes by path of the pages parsed in this build (none excluded yet)
 */
record PageCollection(List<Page> pages, Set<String> reused, int parsed, int unchanged, int excluded,
                      Map<String, String> stamps, Set<String> rekinded, Map<String, Instant> expiries,
                      Map<String, SectionHashRecord> hashes) {
}
