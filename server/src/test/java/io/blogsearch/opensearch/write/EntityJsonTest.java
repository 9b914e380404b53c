package io.blogsearch.opensearch.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.entity.Entity;
import io.blogsearch.entity.PageEntities;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.opensearch.IndexMapping;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entities become the documents the OpenSearch engine reads, as the Lucene writer makes its documents. */
class EntityJsonTest {

    private final List<Entity> entities = PageEntities.of(TestPages.summitDay2());

    private Map<String, Object> of(DocType type) {
        Entity entity = entities.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
        return EntityJson.of(entity, type == DocType.POST ? "fp" : null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> source, String name) {
        return (Map<String, Object>) source.get(name);
    }

    @Test
    void aPostCarriesItsStateKeysTextPerLanguageAndItsAuthorsAsSearchedText() {
        Map<String, Object> post = of(DocType.POST);
        assertThat(post).containsEntry(Fields.ID, "content/post/summit-day-2.md")
                .containsEntry(Fields.POST_ID, "content/post/summit-day-2.md")
                .containsEntry(Fields.FINGERPRINT, "fp").containsEntry(Fields.PAGE_KIND, "post")
                .containsEntry(Fields.TITLE, Map.of("en", "Gardening Summit 2019 - Day 2"))
                .containsEntry(Fields.AUTHOR_TEXT, List.of("Jo Writer"))
                .containsEntry(Fields.DATE, 1556791200000L);
        assertThat((String) post.get(Fields.TEXT_EXACT)).contains("blunt tools").endsWith("Notes from the second day.");
        assertThat(part(post, IndexMapping.FACET)).containsEntry(FacetDims.YEAR, "2019")
                .containsEntry(FacetDims.TYPE, List.of("post"))
                .containsEntry(FacetDims.CONFERENCE, List.of("Gardening Summit 2019"));
        assertThat(part(post, IndexMapping.SHOW)).containsEntry(Fields.POST_URL,
                List.of("https://blog.example.org/post/summit-day-2/"));
    }

    @Test
    void aDateWrittenEastOfUtcKeepsItsDayForTheYearFacetAndTheShownDay() {
        Page summit = TestPages.summitDay2();
        Page newYear = new Page(summit.path(), summit.contentHash(), summit.kind(), summit.title(),
                summit.description(), summit.authors(), Instant.parse("2022-12-31T16:00:00Z"), summit.lastmod(),
                summit.taxonomies(), summit.url(), summit.aliases(), summit.body(), summit.sections(), summit.quotes(),
                summit.figures(), summit.talks(), summit.conference(), summit.frontMatter(), summit.lang(),
                summit.translationKey(), summit.people(), ZoneOffset.ofHours(9));
        Map<String, Object> post = EntityJson.of(PageEntities.of(newYear).get(0), "fp");
        assertThat(part(post, IndexMapping.FACET)).containsEntry(FacetDims.YEAR, "2023");
        assertThat(part(post, IndexMapping.SHOW)).containsEntry(Fields.DATE_DAY, List.of("2023-01-01"));
    }

    @Test
    void aQuoteShowsItsWordsAndSpeakerAndIsNotByThePostsAuthors() {
        Map<String, Object> quote = of(DocType.QUOTE);
        assertThat(quote).doesNotContainKey(Fields.AUTHOR_TEXT).doesNotContainKey(Fields.FINGERPRINT)
                .containsEntry(Fields.SPEAKER_TEXT, List.of("Ada Quill"));
        assertThat(part(quote, IndexMapping.SHOW)).containsEntry(Fields.SPEAKER, List.of("Ada Quill"))
                .containsEntry(Fields.QUOTE_TEXT,
                        List.of("Sharp shears make careful gardeners; blunt scissors make careless ones"))
                .containsEntry(Fields.SECTION_HEADING,
                        List.of("Keynote: Pruning at Scale - Ada Quill, Chief Gardener, Green Corp"));
        assertThat(part(quote, Fields.CONTEXT)).containsEntry("en", "Gardening Summit 2019 - Day 2\n"
                + "Keynote: Pruning at Scale - Ada Quill, Chief Gardener, Green Corp");
    }

    @Test
    void aTalkCarriesItsKindAndItsSpeakersWithRoles() {
        Map<String, Object> talk = of(DocType.TALK);
        assertThat(talk).containsEntry(Fields.TALK_KIND, "keynote");
        assertThat(part(talk, IndexMapping.SHOW).get(Fields.TALK_SPEAKERS).toString()).contains("Chief Gardener");
    }
}
