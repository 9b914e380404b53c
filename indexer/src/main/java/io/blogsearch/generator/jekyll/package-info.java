/** Jekyll sites: {@code _config.yml}, {@code _posts}, {@code _drafts}, permalink styles; Liquid kept out of text. */
package io.blogsearch.generator.jekyll;
