/** Reads a Hugo site root: its config, data files and the list of content files. */
package io.blogsearch.source;
