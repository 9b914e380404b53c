/** Immutable records for what the indexer extracts from a site: pages and the entities inside them. */
package io.blogsearch.model;
