package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsQuoteSpeakerPostAndLink() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), TestPages.all());
        StringWriter out = new StringWriter();
        int exit = BlogsearchCommand.commandLine().setOut(new PrintWriter(out))
                .execute("search", "blunt scissors", "--type", "quote", "--index", index.toString());
        assertThat(exit).isEqualTo(SearchCommand.FOUND);
        assertThat(out.toString())
                .contains("[quote] \"Sharp shears make careful gardeners; blunt scissors make careless ones\""
                        + " - Ada Quill")
                .contains("in: Gardening Summit 2019 - Day 2 (2019-05-02) - Gardening Summit 2019")
                .contains("#" + TestPages.KEYNOTE_ANCHOR);
    }

    @Test
    void exitsWithNothingFoundAndNoIndexCodes() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), TestPages.all());
        StringWriter out = new StringWriter();
        assertThat(BlogsearchCommand.commandLine().setOut(new PrintWriter(out))
                .execute("search", "zzzzqqqq", "--index", index.toString())).isEqualTo(SearchCommand.NOTHING_FOUND);
        assertThat(BlogsearchCommand.commandLine().setErr(new PrintWriter(new StringWriter()))
                .execute("search", "x", "--index", dir.resolve("missing").toString()))
                .isEqualTo(SearchCommand.NO_INDEX);
    }

    @Test
    void refusesAnUnknownType() {
        assertThat(BlogsearchCommand.commandLine().setErr(new PrintWriter(new StringWriter()))
                .execute("search", "x", "--type", "poem", "--index", dir.toString())).isEqualTo(2);
    }
}
