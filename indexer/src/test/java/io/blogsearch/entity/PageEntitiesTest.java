package io.blogsearch.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Person;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What entities a page yields, and what each carries, decided in one place for every engine. */
class PageEntitiesTest {

    private static final Talk TALK = new Talk(TalkKind.KEYNOTE, "Rooftop Beekeeping",
            List.of(new Speaker("Tove Lind", "Keeper", "Hive Co")), "Keynote: Rooftop Beekeeping - Tove Lind",
            "rooftop");
    private static final Section INTRO = new Section("Arrival", 2, "arrival",
            "We reached the venue early and found the coffee.", null);
    private static final Section TALK_SECTION = new Section(TALK.heading(), 2, "rooftop",
            "Tove explained how bees find their way home.", "rooftop");

    private static Page page(PageKind kind) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        taxonomies.put("tags", List.of("bees", "bees", " "));
        taxonomies.put("categories", List.of(" Events "));
        return new Page("content/post/bees.md", "hash1", kind, "Bee Summit", "A day of bees",
                List.of("Ola Writer"), Instant.parse("2031-05-02T10:00:00Z"), null, taxonomies,
                "https://blog.example.org/bees/", List.of(), "All about bees.", List.of(INTRO, TALK_SECTION),
                List.of(new Quote("Bees never hurry", "Pim Sato", "rooftop", null)),
                List.of(new Figure(null, "A hive", "hive photo", "https://blog.example.org/hive.png", "arrival")),
                List.of(TALK), "Bee Summit 2031", Map.of(), "EN", "bees", List.of(new Person("Ola Writer",
                "Example Press", null)));
    }

    @Test
    void aPostYieldsItselfThenSectionsQuotesFiguresAndTalksInOrder() {
        List<Entity> entities = PageEntities.of(page(PageKind.POST));
        assertThat(entities).extracting(Entity::type).containsExactly(DocType.POST, DocType.SECTION,
                DocType.SECTION, DocType.QUOTE, DocType.FIGURE, DocType.TALK);
        assertThat(entities).extracting(Entity::id).containsExactly("content/post/bees.md",
                "content/post/bees.md#arrival", "content/post/bees.md#rooftop", "content/post/bees.md#quote-0",
                "content/post/bees.md#figure-0", "content/post/bees.md#talk-rooftop");
        assertThat(entities).allSatisfy(entity -> {
            assertThat(entity.common().path()).isEqualTo("content/post/bees.md");
            assertThat(entity.common().lang()).isEqualTo("en");
            assertThat(entity.common().translationKey()).isEqualTo("bees");
            assertThat(entity.common().facet(FacetDims.TAG)).containsExactly("bees");
            assertThat(entity.common().facet("categories")).containsExactly("Events");
            assertThat(entity.common().taxonomyTerms()).containsExactly("categories: Events ");
        });
    }

    @Test
    void thePageEntityCarriesTheWholeTextAndEverySpeakerOfThePage() {
        PageEntity post = (PageEntity) PageEntities.of(page(PageKind.POST)).get(0);
        assertThat(post.body()).isEqualTo("All about bees.");
        assertThat(post.pageKind()).isEqualTo("post");
        assertThat(post.authorAffiliations()).containsExactly("Ola Writer\tExample Press");
        assertThat(post.common().facet(FacetDims.SPEAKER)).containsExactly("Tove Lind", "Pim Sato");
        assertThat(post.common().context()).containsExactly("Arrival\n" + TALK.heading());
        assertThat(post.common().url()).isEqualTo("https://blog.example.org/bees/");
        assertThat(PageEntities.of(page(PageKind.PAGE)).get(0).type()).isEqualTo(DocType.PAGE);
    }

    @Test
    void entitiesUnderATalkCarryItsTitleAndSpeakersButAQuoteOnlyWhoSaidIt() {
        List<Entity> entities = PageEntities.of(page(PageKind.POST));
        SectionEntity talkSection = (SectionEntity) entities.get(2);
        assertThat(talkSection.common().talkTitle()).isEqualTo("Rooftop Beekeeping");
        assertThat(talkSection.common().facet(FacetDims.SPEAKER)).containsExactly("Tove Lind");
        assertThat(talkSection.common().url()).isEqualTo("https://blog.example.org/bees/#rooftop");
        assertThat(talkSection.common().context()).containsExactly("Bee Summit", "Bee Summit");
        assertThat(talkSection.sectionHash()).isEqualTo(SectionHash.of(TALK_SECTION)).isNotNull();
        QuoteEntity quote = (QuoteEntity) entities.get(3);
        assertThat(quote.common().facet(FacetDims.SPEAKER)).containsExactly("Pim Sato");
        assertThat(quote.sectionHeading()).isEqualTo(TALK.heading());
        assertThat(quote.common().context()).containsExactly("Bee Summit", TALK.heading());
        FigureEntity figure = (FigureEntity) entities.get(4);
        assertThat(figure.title()).isEqualTo("A hive");
        assertThat(figure.text()).isEqualTo("A hive\nhive photo");
        assertThat(figure.common().talkTitle()).isNull();
        TalkEntity talk = (TalkEntity) entities.get(5);
        assertThat(talk.kind()).isEqualTo("keynote");
        assertThat(talk.speakers()).containsExactly(new Speaker("Tove Lind", "Keeper", "Hive Co"));
        assertThat(talk.text()).isEqualTo(TALK_SECTION.text());
        assertThat(talk.common().facet(FacetDims.CONFERENCE)).containsExactly("Bee Summit 2031");
    }

    @Test
    void aPageWithoutLanguageIsInTheDefaultOneAndBlankFacetsAreLeftOut() {
        Page plain = new Page("content/about.md", "h", PageKind.PAGE, "About", null, List.of(" "), null, null,
                Map.of(), "https://blog.example.org/about/", List.of(), "Who we are.", List.of(), List.of(),
                List.of(), List.of(), null, Map.of(), null);
        List<Entity> entities = PageEntities.of(plain);
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).common().lang()).isEqualTo("en");
        assertThat(entities.get(0).common().facets()).isEmpty();
        assertThat(entities.get(0).common().context()).isEmpty();
    }
}
