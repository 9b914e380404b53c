/** Owns the IndexWriter: builds the index from a site, incrementally by content hash, with one commit per build. */
package io.blogsearch.write;
