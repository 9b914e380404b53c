package io.blogsearch.write.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.entity.PageEntities;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** A quote document's speaker is who said it, not the speakers of the talk it was heard in (issue 13). */
class QuoteDocumentTest {

    @Test
    void quoteUnderATalkCarriesOnlyItsOwnSpeakerAndItsSource() {
        Talk talk = new Talk(TalkKind.TALK, "Growing Herbs", List.of(Speaker.named("Ines Faro")),
                "Growing Herbs - Ines Faro", "growing-herbs");
        Section section = new Section(talk.heading(), 2, "growing-herbs", "Ines showed basil.", "growing-herbs");
        Quote quote = new Quote("Water in the morning", "Pol Arden", "growing-herbs", "https://x.example.org/s/1");
        Page page = new Page("content/post/herbs.md", "h", PageKind.POST, "Herb Day", null, List.of("Writer"),
                Instant.parse("2030-01-01T00:00:00Z"), null, Map.of(), "https://e.org/herbs/", List.of(),
                "body", List.of(section), List.of(quote), List.of(), List.of(talk), null, Map.of(), "en");

        Document quoteDocument = documents(page).stream()
                .filter(d -> DocType.QUOTE.value().equals(d.get(Fields.TYPE))).findFirst().orElseThrow();

        assertThat(quoteDocument.getValues(Fields.SPEAKER)).containsExactly("Pol Arden");
        assertThat(quoteDocument.get(Fields.QUOTE_SOURCE)).isEqualTo("https://x.example.org/s/1");
        assertThat(quoteDocument.get(Fields.TALK_TITLE)).isEqualTo("Growing Herbs");
    }

    private static List<Document> documents(Page page) {
        return PageEntities.of(page).stream().map(EntityDocuments::of).toList();
    }
}
