/** Reading hits of the Lucene engine: grouping per post, stored fields, the page served and the result count. */
package io.blogsearch.lucene.hits;
