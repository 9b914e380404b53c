package io.blogsearch.write;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.blogsearch.generator.SiteRecords;
import io.blogsearch.parse.PageParser;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.Site;
import io.blogsearch.state.PageCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Parses one small built-in page on a spare core, so the classes of the parsing path (YAML front matter, Markdown,
 * HTML, the stop words of every language the page language is told by, the page record) are loaded and initialised
 * before the site's files need them. In a fresh JVM that first use costs more than parsing all of a small blog's
 * pages, and every parsing thread waits for it; paid on the core that is idle while the command line and the site's
 * config are read (or, in an incremental build, the last commit), it leaves the build's critical path. Nothing is
 * kept.
 */
public final class ParserWarmUp {

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

            ### Notes

            Some *emphasis*, `code` and a list, written in English so that the language is told from its words:

            - the first item of the list
            - the second item, with ![an image](b.png)

            | Time  | Talk                  |
            |-------|-----------------------|
            | 10:00 | Opening - Ada Example |
            """.getBytes(StandardCharsets.UTF_8);

    private ParserWarmUp() {
    }

    /**
     * Starts parsing the built-in page, as a page of a minimal site of its own, on a daemon thread and returns at
     * once: for a command about to read a site (before the site itself is known).
     */
    public static void startInBackground() {
        Thread thread = new Thread(() -> {
            // the logging backend first: it is found and configured once, by whichever class logs first
            LoggerFactory.getLogger(ParserWarmUp.class);
            run(SiteRecords.of(Path.of("blogsearch-warm-up"), "/", null, Map.of("tag", "tags"), null,
                    JsonNodeFactory.instance.objectNode(), Map.of(), List.of()), false, Instant.now());
        }, "blogsearch-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Parses and records the built-in page; any failure is ignored (the real pages will report their own). */
    static void run(Site site, boolean drafts, Instant now) {
        try {
            PageParser parser = new PageParser(site, drafts, now);
            PreparedPage prepared = parser.prepare("content/post/_blogsearch-warm-up.md", "warm-up", PAGE);
            ParsedPage parsed = parser.render(prepared, new RefResolver(Map.of()));
            PageCodec.writeRecord(parsed.page());
            PageCodec.writeOutline(parsed.page());
        } catch (Exception | StackOverflowError e) {
            // warming up is an optimisation only
        }
    }
}
