/** The search layer over one SearcherManager: query understanding, ranking, facets, highlighting, suggestions. */
package io.blogsearch.search;
