package io.blogsearch.write;

import io.blogsearch.model.Page;
import java.util.List;
import java.util.Map;

/**
 * Every page of the site as parsed (before enrichment), sorted by path, with the stored form of each.
 *
 * @param pages     the pages; those reused from the index are outlines, without body and section texts
 * @param records   stored record JSON (UTF-8) by path, for pages reused from the index (parsed pages have none yet)
 * @param parsed    files parsed in this build
 * @param unchanged files reused from their stored record
 * @param excluded  drafts and expired pages left out
 */
record PageCollection(List<Page> pages, Map<String, byte[]> records, int parsed, int unchanged, int excluded) {
}
