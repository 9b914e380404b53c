/** The site generators blogsearch reads (Hugo, Jekyll, Docusaurus, a mapped Markdown folder, built HTML). */
package io.blogsearch.generator;
