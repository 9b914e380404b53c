package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BlogsearchCommandTest {

    @Test
    void helpListsTheCommand() {
        StringWriter out = new StringWriter();
        int exit = BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: blogsearch");
    }
}
