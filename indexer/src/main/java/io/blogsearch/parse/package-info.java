/** Turns one content file into a parsed page: front matter, shortcodes, Markdown, HTML, permalinks and anchors. */
package io.blogsearch.parse;
