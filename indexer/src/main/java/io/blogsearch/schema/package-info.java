/** The index schema, shared by indexer and server: field names, analyzers and the facets config. */
package io.blogsearch.schema;
