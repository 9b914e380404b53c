/** How a query becomes a Lucene query and how its hits are ranked: words, typos, proximity, field and post weights. */
package io.blogsearch.lucene.ranking;
