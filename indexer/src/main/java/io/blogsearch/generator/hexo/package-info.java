/** Hexo sites: {@code _config.yml}, {@code source/_posts}, pages, permalinks, pretty URLs, tag plugins, anchors. */
package io.blogsearch.generator.hexo;
