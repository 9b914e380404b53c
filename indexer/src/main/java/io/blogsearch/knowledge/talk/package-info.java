/** Talk detection: which headings name a talk, and its kind, title and speakers. */
package io.blogsearch.knowledge.talk;
