/** Zola sites: {@code zola.toml}/{@code config.toml} with {@code base_url}, sections, slugs, anchors, shortcodes. */
package io.blogsearch.generator.zola;
