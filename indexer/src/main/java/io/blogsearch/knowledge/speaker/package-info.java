/** Speaker names: one facet value per person, merging spellings of one name across the archive. */
package io.blogsearch.knowledge.speaker;
