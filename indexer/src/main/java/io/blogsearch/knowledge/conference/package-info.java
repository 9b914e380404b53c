/** Conferences: which event a post reports on, from front matter, the site's events data or the title. */
package io.blogsearch.knowledge.conference;
