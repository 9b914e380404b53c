/** Any built site, read from its HTML output with jsoup: main content, metadata, sitemap, list pages skipped. */
package io.blogsearch.generator.html;
