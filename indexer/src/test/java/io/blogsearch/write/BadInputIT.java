package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputIT {

    @TempDir
    Path root;
    @TempDir
    Path index;

    @Test
    void reportsEachBadFileWithPathAndLineAndIndexesTheRest() throws Exception {
        byte[] invalidUtf8 = "---\ntitle: Latin1\n---\nCaf\u00e9 schnitzel\nna\u00efve\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String line = "filler words for a very large page\n";
        SiteFixture.create(root)
                .post("content/post/good.md", "Good", "Good words.\n")
                .write("content/post/broken.md", "---\ntitle: Broken\ntags: [a, b\ndate: 2020-01-01\n---\nbody\n")
                .write("content/post/unterminated.md", "---\ntitle: never closed\n")
                .writeBytes("content/post/latin1.md", invalidUtf8)
                .writeBytes("content/post/binary.md", binary)
                .post("content/post/unclosed.md", "Unclosed", "First line.\n{{< figure src=\"x.png\" title=\"Lost\"\n"
                        + "After the tag.\n")
                .post("content/post/huge.md", "Huge", line.repeat(20 * 1024 * 1024 / line.length()));
        BuildSummary summary = new IndexBuilder(IndexOptions.of(root, index)).build();

        assertThat(summary.skippedFiles()).extracting(FileProblem::path).containsExactlyInAnyOrder(
                "content/post/binary.md", "content/post/broken.md", "content/post/unterminated.md");
        assertThat(problem(summary.problems(), "content/post/broken.md").line()).isBetween(2, 5);
        assertThat(problem(summary.problems(), "content/post/binary.md").kind()).isEqualTo("BinaryContent");
        FileProblem latin1 = problem(summary.problems(), "content/post/latin1.md");
        assertThat(latin1.kind()).isEqualTo("Encoding");
        assertThat(latin1.line()).isEqualTo(4);
        assertThat(latin1.skipped()).isFalse();
        FileProblem unclosed = problem(summary.problems(), "content/post/unclosed.md");
        assertThat(unclosed.kind()).isEqualTo("UnclosedShortcode");
        assertThat(unclosed.line()).isEqualTo(7);
        assertThat(problem(summary.problems(), "content/post/huge.md").kind()).isEqualTo("PageTooLarge");

        assertThat(summary.pages()).isEqualTo(4);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "good")).hasSize(1);
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "tag")).hasSize(1);
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "schnitzel")).hasSize(1);
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "filler")).hasSize(1);
        }
    }

    @Test
    void anIncrementalRunStillReportsPagesThatAreCutOrHaveInvalidUtf8() throws Exception {
        // issue 16: the second run reused the pages and said nothing about them
        byte[] invalidUtf8 = "---\ntitle: Latin1\n---\nCaf\u00e9 schnitzel\n".getBytes(StandardCharsets.ISO_8859_1);
        String line = "filler words for a very large page\n";
        SiteFixture.create(root)
                .post("content/post/good.md", "Good", "Good words.\n")
                .writeBytes("content/post/latin1.md", invalidUtf8)
                .post("content/post/huge.md", "Huge", line.repeat(5 * 1024 * 1024 / line.length()));
        BuildSummary first = new IndexBuilder(IndexOptions.of(root, index)).build();
        BuildSummary second = new IndexBuilder(IndexOptions.of(root, index)).build();

        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.problems()).containsExactlyElementsOf(first.problems());
        assertThat(second.problems()).extracting(FileProblem::kind).containsExactly("PageTooLarge", "Encoding");
        assertThat(second.clean()).isFalse();
    }

    @Test
    void reportsSymbolicLinkLoopsAndDanglingLinks() throws Exception {
        // issue 16: a link loop was skipped without a word
        SiteFixture.create(root).post("content/post/good.md", "Good", "Good words.\n");
        Path post = root.resolve("content/post");
        Files.createSymbolicLink(post.resolve("loop-a.md"), post.resolve("loop-b.md"));
        Files.createSymbolicLink(post.resolve("loop-b.md"), post.resolve("loop-a.md"));
        Files.createSymbolicLink(post.resolve("gone.md"), post.resolve("missing.md"));
        Files.createSymbolicLink(post.resolve("linked.md"), post.resolve("good.md"));
        BuildSummary summary = new IndexBuilder(IndexOptions.of(root, index)).build();

        assertThat(summary.skippedFiles()).extracting(FileProblem::path).containsExactlyInAnyOrder(
                "content/post/loop-a.md", "content/post/loop-b.md", "content/post/gone.md");
        assertThat(problem(summary.problems(), "content/post/loop-a.md").reason()).startsWith("cannot read");
        assertThat(summary.pages()).isEqualTo(2);
    }

    private static FileProblem problem(List<FileProblem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }
}
