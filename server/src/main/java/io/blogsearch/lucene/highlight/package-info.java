/** Snippets of the Lucene engine: passages of the served page with the matched words marked and escaped. */
package io.blogsearch.lucene.highlight;
