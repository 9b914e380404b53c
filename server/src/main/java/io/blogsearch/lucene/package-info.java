/** The embedded Lucene engine: opens the index, runs each search through its passes, caches answers per reader. */
package io.blogsearch.lucene;
