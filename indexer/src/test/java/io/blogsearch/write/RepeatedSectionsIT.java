package io.blogsearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a section repeated across the site (three copies or more) is left out of its posts' scored text, and
 * stays searchable as its own section documents; incremental builds rewrite unchanged posts when a copy is added or
 * removed elsewhere.
 */
class RepeatedSectionsIT {

    @TempDir
    Path root;
    @TempDir
    Path index;

    /** A release post whose closing section is the site's template, its version number aside. */
    private static String release(int number) {
        return "Release " + number + " brings faster lantern charging and a new meadow map.\n\n"
                + "## Join the quorum\n\n"
                + "Every Thursday the volunteers meet to plan version 1." + number + ". Bring your ideas, read the "
                + "contributor handbook and say hello to the quokka keepers on the chat.\n";
    }

    private BuildSummary build() throws Exception {
        return new IndexBuilder(IndexOptions.of(root, index)).build();
    }

    private SiteFixture releases(int count) {
        SiteFixture site = SiteFixture.create(root)
                .post("content/post/unique.md", "Quokka census", "The keepers counted every quokka in the park.\n");
        for (int i = 1; i <= count; i++) {
            site.post("content/post/release-" + i + ".md", "Release " + i, release(i));
        }
        return site;
    }

    @Test
    void aSectionRepeatedAcrossTheSiteLeavesThePostsScoredTextButStaysSearchable() throws Exception {
        releases(3);
        build();
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "quokka")).extracting(d -> d.get(Fields.PATH))
                    .containsExactly("content/post/unique.md");
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "thursday")).isEmpty();
            assertThat(probe.find(DocType.POST, Fields.CONTEXT, "quorum")).isEmpty();
            assertThat(probe.find(DocType.SECTION, Fields.TEXT_EXACT, "thursday")).hasSize(3);
            // the post's own words are kept, and its stored text (snippets) is what it is scored on
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "meadow")).hasSize(3);
            Document post = probe.find(DocType.POST, Fields.PATH, "content/post/release-1.md").get(0);
            assertThat(post.get(Fields.TEXT)).contains("lantern charging").doesNotContain("Thursday");
        }
    }

    @Test
    void twoCopiesAreNoTemplate() throws Exception {
        releases(2);
        build();
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "thursday")).hasSize(2);
            assertThat(probe.find(DocType.POST, Fields.CONTEXT, "quorum")).hasSize(2);
        }
    }

    @Test
    void unchangedPostsAreRewrittenWhenACopyElsewhereMakesTheirSectionRepeatedOrUniqueAgain() throws Exception {
        SiteFixture site = releases(2);
        build();
        site.post("content/post/release-3.md", "Release 3", release(3));
        BuildSummary third = build();
        assertThat(third.parsed()).isEqualTo(1);
        assertThat(third.rewritten()).as("the new post and the two whose section became repeated").isEqualTo(3);
        assertThat(postsWith("thursday")).isZero();

        site.post("content/post/release-4.md", "Release 4", release(4));
        BuildSummary fourth = build();
        assertThat(fourth.rewritten()).as("only the new post: the others already leave the section out").isEqualTo(1);
        assertThat(postsWith("thursday")).isZero();

        site.delete("content/post/release-3.md").delete("content/post/release-4.md");
        BuildSummary removed = build();
        assertThat(removed.deleted()).isEqualTo(2);
        assertThat(removed.rewritten()).as("the two left, whose section is theirs again").isEqualTo(2);
        assertThat(postsWith("thursday")).isEqualTo(2);

        assertThat(build().rewritten()).isZero();
        assertThat(postsWith("thursday")).isEqualTo(2);
    }

    private int postsWith(String word) {
        try (IndexProbe probe = IndexProbe.open(index)) {
            return probe.find(DocType.POST, Fields.TEXT_EXACT, word).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
