/** Real OpenSearch nodes for the tests of the OpenSearch engine, started from the build's integ-test distribution. */
package io.blogsearch.opensearch;
