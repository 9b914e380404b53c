/** Jekyll sites: {@code _config.yml}, {@code _posts}, {@code _drafts}, permalink styles, Liquid kept out of the text. */
package io.blogsearch.generator.jekyll;
