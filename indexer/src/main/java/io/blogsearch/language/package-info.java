/** Deciding a page's language from its text when the site does not say it. */
package io.blogsearch.language;
