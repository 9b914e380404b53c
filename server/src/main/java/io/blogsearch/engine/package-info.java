/** The one seam between the HTTP layer and a search engine (the embedded Lucene index or an OpenSearch cluster). */
package io.blogsearch.engine;
