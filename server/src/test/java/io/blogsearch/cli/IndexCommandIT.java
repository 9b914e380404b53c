package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandIT {

    @TempDir
    Path root;
    @TempDir
    Path index;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void exitsZeroAndPrintsSummaryWhenEveryFileIsIndexed() {
        SiteFixture.create(root).post("content/post/a.md", "A", "> Words\n> \\- Some One\n");
        int exit = run("index", "--site", root.toString(), "--index", index.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Indexed 1 pages (1 posts)").contains("quotes 1")
                .contains("talks 0, speakers 1, conferences 0").contains("every file indexed");
    }

    @Test
    void exitsThreeAndListsSkippedFilesWithPathAndLine() {
        SiteFixture.create(root).post("content/post/a.md", "A", "fine\n")
                .write("content/post/bad.md", "---\ntitle: [broken\n---\n");
        int exit = run("index", "--site", root.toString(), "--index", index.toString());
        assertThat(exit).isEqualTo(IndexCommand.SOME_SKIPPED);
        assertThat(out.toString()).contains("1 files skipped");
        assertThat(err.toString()).contains("content/post/bad.md:").contains("skipped");
    }

    @Test
    void exitsFourWithOneLineReasonWhenSiteHasNoContent() {
        SiteFixture.create(root);
        int exit = run("index", "--site", root.toString(), "--index", index.toString());
        assertThat(exit).isEqualTo(IndexCommand.SITE_UNUSABLE);
        assertThat(err.toString().strip()).startsWith("blogsearch index: no content directory").doesNotContain("\n");
    }

    @Test
    void exitsTwoOnUsageErrors() {
        assertThat(run("index", "--site", root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--index=DIR'");
    }

    @Test
    void indexesOnlyTheChosenSectionsAndPrintsLanguagesAndConfigNotices() {
        SiteFixture.create(root).write("config.yaml", """
                baseURL: https://example.org/
                languages:
                  en: {weight: 1}
                  de: {weight: 2, permalinks: {post: /:title/}}
                """)
                .post("content/post/a.md", "A", "Words.\n").post("content/post/a.de.md", "A", "Wörter.\n")
                .post("content/docs/d.md", "D", "Docs.\n");
        int exit = run("index", "--site", root.toString(), "--index", index.toString(), "--section", "post");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Indexed 2 pages (2 posts)").contains("languages {de=1, en=1}")
                .contains("not understood: config.yaml: languages.de.permalinks: a per-language permalinks is not "
                        + "read; the site-wide one applies");
    }

    @Test
    void quietPrintsNoSummary() {
        SiteFixture.create(root).post("content/post/a.md", "A", "x\n");
        assertThat(run("index", "--site", root.toString(), "--index", index.toString(), "--quiet")).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void debugLogsHowLongEachStepOfTheBuildTook() throws Exception {
        SiteFixture.create(root).post("content/post/a.md", "A", "Words.\n");
        try (CommandProcess build = CommandProcess.java("index", "--debug", "--quiet", "--site", root.toString(),
                "--index", index.toString())) {
            assertThat(build.exitCode(Duration.ofSeconds(60))).as(build.stderr()).isZero();
            assertThat(build.stderrLines()).anyMatch(line -> line.matches(".* DEBUG io\\.blogsearch\\.write\\."
                    + "PhaseClock - build steps: open \\d+\\.\\d{3} s, collect \\d+\\.\\d{3} s, enrich .* s, "
                    + "write .* s, commit .* s, close .* s"));
        }
        try (CommandProcess quiet = CommandProcess.java("index", "--quiet", "--site", root.toString(), "--index",
                index.toString())) {
            assertThat(quiet.exitCode(Duration.ofSeconds(60))).as(quiet.stderr()).isZero();
            assertThat(quiet.stderr()).doesNotContain("build steps");
        }
    }

    @Test
    void helpExplainsEveryOptionAndExitCode() {
        assertThat(run("index", "--help")).isZero();
        assertThat(out.toString()).contains("--site=PATH").contains("--index=DIR").contains("--full")
                .contains("--drafts").contains("--quiet").contains("Exit codes:")
                .contains("3   some files were skipped").contains("4   the site is unusable");
    }

    @Test
    void reportsAnInvalidDateWithFileAndLineAndExitsThree() {
        // issue 16: date = 2018-13-45 was accepted silently (exit 0); Hugo refuses the file
        SiteFixture.create(root).post("content/post/a.md", "A", "fine\n")
                .write("content/post/bad.md", "+++\ntitle = \"Bad\"\ndate = 2018-13-45\n+++\nLantern.\n");
        int exit = run("index", "--site", root.toString(), "--index", index.toString());
        assertThat(exit).isEqualTo(IndexCommand.SOME_SKIPPED);
        assertThat(out.toString()).contains("Indexed 2 pages").contains("1 problems in indexed files");
        assertThat(err.toString()).contains("content/post/bad.md:3: invalid date \"2018-13-45\"");
    }
}
