/** Any Markdown blog whose conventions {@code blogsearch.yaml} maps (where the posts are, which fields, the URLs). */
package io.blogsearch.generator.markdown;
