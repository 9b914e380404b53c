/**
 * Pulls a page's entities out of its rendered HTML (sections, quotes, figures) and enriches the pages with what only
 * the whole archive tells.
 */
package io.blogsearch.extract;
