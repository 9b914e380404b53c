/** Docusaurus sites: the blog plugin's files, authors, slugs and dates; MDX syntax kept out of the text. */
package io.blogsearch.generator.docusaurus;
