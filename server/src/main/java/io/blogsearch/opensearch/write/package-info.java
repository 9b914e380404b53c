/** OpenSearch as a build's target: entities, incremental state and commit data written straight to the cluster. */
package io.blogsearch.opensearch.write;
