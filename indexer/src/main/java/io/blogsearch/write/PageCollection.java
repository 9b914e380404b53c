package io.blogsearch.write;

import io.blogsearch.model.Page;
import java.util.List;
import java.util.Map;

/**
 * Every page of the site as parsed (before enrichment), sorted by path, with the stored form of each.
 *
 * @param pages     the pages
 * @param records   page record JSON by path
 * @param parsed    files parsed in this build
 * @param unchanged files reused from their stored record
 * @param excluded  drafts and expired pages left out
 */
record PageCollection(List<Page> pages, Map<String, String> records, int parsed, int unchanged, int excluded) {
}
