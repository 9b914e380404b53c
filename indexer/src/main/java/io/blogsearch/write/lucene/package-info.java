/** The Lucene engine's writer: entities to Lucene documents, and the incremental state kept in the index. */
package io.blogsearch.write.lucene;
