package io.blogsearch.write.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.entity.PageEntities;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class TalkDocumentTest {

    private static List<Document> talks(List<Talk> talks, Section section, String conference) {
        Page page = new Page("content/post/p.md", "h", PageKind.POST, "Post", null, List.of("Writer"), null, null,
                Map.of(), "https://e.org/p/", List.of(), "body", List.of(section), List.of(), List.of(), talks,
                conference, Map.of(), "en");
        return documents(page).stream()
                .filter(d -> DocType.TALK.value().equals(d.get(Fields.TYPE))).toList();
    }

    @Test
    void talksListedInOneSectionHaveIdsOfTheirOwnAndNoTextOfTheOthers() {
        Section list = new Section("Talks", 2, "talks", "Knots\nby Mira Olsen\nSplices\nby Ivo Brandt", null);
        List<Document> documents = talks(List.of(
                new Talk(TalkKind.TALK, "Knots", List.of(Speaker.named("Mira Olsen")), "Talks", "talks"),
                new Talk(TalkKind.TALK, "Splices", List.of(Speaker.named("Ivo Brandt")), "Talks", "talks")),
                list, "RopeCon 2031");
        assertThat(documents).extracting(d -> d.get(Fields.ID))
                .containsExactly("content/post/p.md#talk-talks", "content/post/p.md#talk-talks-1");
        assertThat(documents).allSatisfy(d -> assertThat(d.get(Fields.TEXT)).isNullOrEmpty());
        assertThat(documents).extracting(d -> d.get(Fields.CONFERENCE)).containsOnly("RopeCon 2031");
    }

    @Test
    void aTalkGivenAtItsOwnEventCarriesThatConference() {
        Section section = new Section("RopeCon EU 2031 - Knots", 3, "knots", "Slides.", "knots");
        List<Document> documents = talks(List.of(new Talk(TalkKind.TALK, "Knots",
                List.of(Speaker.named("Mira Olsen")), section.heading(), "knots", "RopeCon EU 2031")), section, null);
        assertThat(documents).extracting(d -> d.get(Fields.CONFERENCE)).containsExactly("RopeCon EU 2031");
        assertThat(documents.get(0).get(Fields.TEXT)).isEqualTo("Slides.");
    }

    private static List<Document> documents(Page page) {
        return PageEntities.of(page).stream().map(EntityDocuments::of).toList();
    }
}
