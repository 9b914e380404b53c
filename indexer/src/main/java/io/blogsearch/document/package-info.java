/** Turns extracted records into Lucene documents: one factory per entity type, all through {@link io.blogsearch.document.EntityDocument}. */
package io.blogsearch.document;
