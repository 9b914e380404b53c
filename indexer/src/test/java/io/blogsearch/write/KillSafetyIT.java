package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.schema.DocType;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillSafetyIT {

    @TempDir
    Path root;
    @TempDir
    Path index;

    private SiteFixture site() {
        return SiteFixture.create(root)
                .post("content/post/a.md", "A", "Alpha words.\n")
                .post("content/post/b.md", "B", "Beta words.\n");
    }

    @Test
    void processKilledMidBuildLeavesLastCommitReadableAndNextBuildCompletes() throws Exception {
        SiteFixture site = site();
        new IndexBuilder(IndexOptions.of(root, index)).build();

        Process crash = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingBuild.class.getName(), index.toString())
                .redirectErrorStream(true).start();
        assertThat(crash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(crash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("flushed");
        assertThat(crash.exitValue()).isEqualTo(137);

        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(2);
        }
        site.post("content/post/c.md", "C", "Gamma words.\n");
        BuildSummary next = new IndexBuilder(IndexOptions.of(root, index)).build();
        assertThat(next.pages()).isEqualTo(3);
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(3);
            assertThat(probe.reader().maxDoc()).isLessThan(1000);
        }
    }

    @Test
    void failedBuildInProcessLeavesLastCommit() throws Exception {
        site();
        new IndexBuilder(IndexOptions.of(root, index)).build();
        IndexOptions failing = IndexOptions.of(root, index).withFull(true).withEnricher((s, pages) -> {
            throw new IllegalStateException("enricher bug");
        });
        assertThatThrownBy(() -> new IndexBuilder(failing).build()).hasMessageContaining("enricher bug");
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.count(DocType.POST)).isEqualTo(2);
        }
    }

    @Test
    void lockedIndexGivesClearError() throws Exception {
        site();
        new IndexBuilder(IndexOptions.of(root, index)).build();
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
            assertThatThrownBy(() -> new IndexBuilder(IndexOptions.of(root, index)).build())
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("locked").hasMessageContaining("another blogsearch index");
            other.rollback();
        }
    }
}
