/** Engine-neutral entities a page yields (page, section, quote, figure, talk) and the sink a build writes them to. */
package io.blogsearch.entity;
