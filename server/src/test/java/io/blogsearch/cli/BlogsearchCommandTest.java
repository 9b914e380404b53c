package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlogsearchCommandTest {

    @Test
    void helpListsTheCommand() {
        assertThat(help("--help")).contains("Usage: blogsearch");
    }

    /**
     * A command's description is wrapped by picocli as whole paragraphs: a line break written into the text would
     * leave a short orphan line in the middle of a sentence.
     */
    @Test
    void everyCommandsDescriptionWrapsAsParagraphs() {
        for (String command : List.of("index", "serve", "search")) {
            List<String> lines = help(command, "--help").lines().toList();
            int first = 0;
            while (lines.get(first).startsWith("Usage:") || lines.get(first).startsWith(" ")) {
                first++;
            }
            int last = first;
            while (!lines.get(last + 1).startsWith(" ")) {
                last++;
            }
            List<String> description = lines.subList(first, last + 1);
            assertThat(description).as(command).isNotEmpty();
            for (int i = 0; i < description.size() - 1; i++) {
                String line = description.get(i);
                boolean paragraphEnds = line.endsWith(".");
                assertThat(paragraphEnds || line.length() >= 60).as("%s help line %d: '%s'", command, i, line)
                        .isTrue();
            }
        }
    }

    /** A run naming its subcommand builds only that one's model; help and a mistyped name still see them all. */
    @Test
    void buildsOnlyTheSubcommandTheArgumentsName() {
        assertThat(BlogsearchCommand.commandLine(new String[] {"--debug", "search", "--index", "serve", "q"})
                .getSubcommands()).containsOnlyKeys("help", "search");
        assertThat(BlogsearchCommand.commandLine(new String[] {"--help"}).getSubcommands())
                .containsOnlyKeys("help", "index", "serve", "search");
        StringWriter err = new StringWriter();
        int exit = BlogsearchCommand.commandLine(new String[] {"serach"}).setErr(new PrintWriter(err))
                .execute("serach");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("search");
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        int exit = BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).execute(args);
        assertThat(exit).isZero();
        return out.toString();
    }
}
