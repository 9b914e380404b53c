/** The OpenSearch engine: its mapping, the writer that fills a cluster and the engine that searches it. */
package io.blogsearch.opensearch;
