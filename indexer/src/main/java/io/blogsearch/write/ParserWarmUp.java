package io.blogsearch.write;

import io.blogsearch.generator.ContentParser;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.state.PageCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Parses one small built-in page on a spare core while an incremental build reads the last commit, so the classes of
 * the parsing path (YAML front matter, Markdown, HTML, the JSON page record) are loaded and initialised before the
 * edited files need them. In a fresh JVM that first use costs more than parsing a page; nothing is kept.
 */
final class ParserWarmUp {

    private static final byte[] PAGE = """
            ---
            title: "Warm-up - Day 1"
            date: 2020-01-01
            tags: [warm]
            ---
            Intro with a [link](https://example.org/) and <b>html</b>.

            ## Keynote: Warming Up - Ada Example, Engineer, Example Org

            > Quoted words.
            > \\- Ada Example

            {{< figure src="a.png" title="A figure" >}}
            """.getBytes(StandardCharsets.UTF_8);

    private ParserWarmUp() {
    }

    /**
     * Parses and records the built-in page with the build's own parser (thread-safe, and made once: it reads the
     * site's section pages and shortcode templates as it is made); any failure is ignored (the real pages will report
     * their own).
     */
    static void run(ContentParser parser) {
        try {
            PreparedPage prepared = parser.prepare("content/post/_blogsearch-warm-up.md", "warm-up", PAGE);
            ParsedPage parsed = parser.render(prepared, new RefResolver(Map.of()));
            PageCodec.writeRecord(parsed.page());
            PageCodec.writeOutline(parsed.page());
        } catch (Exception | StackOverflowError e) {
            // warming up is an optimisation only
        }
    }
}
