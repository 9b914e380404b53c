/** Disjunctive facet counts of the Lucene engine: the matches' values, sideways counts and index-wide values. */
package io.blogsearch.lucene.facet;
