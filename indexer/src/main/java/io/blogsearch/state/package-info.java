/** The incremental build's state (content hashes, page records, outlines, memos), its one codec and its store. */
package io.blogsearch.state;
