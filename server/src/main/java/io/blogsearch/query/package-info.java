/** What the reader asked for, independent of any engine: the typed text parsed into words, phrases and filters. */
package io.blogsearch.query;
