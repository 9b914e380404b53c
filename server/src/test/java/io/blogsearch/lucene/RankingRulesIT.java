package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rule of ranking and matching per test (issue 14), each on hand-written pages that show only that case. */
class RankingRulesIT {

    @TempDir
    static Path dir;
    static IndexHandle index;
    static SearchService service;

    @BeforeAll
    static void open() throws Exception {
        List<Page> pages = new ArrayList<>(List.of(
                TestPages.page("content/post/adjacent.md", "Notes from the shed", "2021-01-01", List.of("Garden"),
                        "Last spring we set up a rain barrel beside the shed and it filled within a week.", List.of()),
                TestPages.page("content/post/scattered.md", "Notes from the porch", "2021-01-02", List.of("Garden"),
                        "Rain again, rain all week, the porch smells of rain. Later we sanded the old oak furniture "
                                + "and repainted the door, then cleaned the gutters, then the cellar, where an old "
                                + "barrel of apples waited; that barrel went to the neighbours.", List.of()),
                TestPages.page("content/post/weather.md", "A cold week", "2021-01-03", List.of("Weather"),
                        "It was warm on Monday and a wasp came in; the rest of the week was grey.", List.of()),
                TestPages.page("content/post/community.md", "Our gardening community", "2021-01-04",
                        List.of("Club"), "The community meets on Sundays.", List.of()),
                TestPages.page("content/post/radios.md", "Radios for the allotment", "2021-01-05", List.of("Club"),
                        "Communicating across the allotment with cheap radios.", List.of()),
                quotes()));
        for (int i = 1; i <= 4; i++) {
            pages.add(TestPages.page("content/post/release-" + i + ".md", "Club newsletter " + i, "2021-03-0" + i,
                    List.of("News"), "Newsletter number " + i + ".", List.of(new Section("About the seed library", 2,
                            "about", "The seed library lends seeds to members for free; bring back twice as many "
                            + "seeds at harvest time (edition " + i + ").", null))));
        }
        pages.add(byAuthor(TestPages.page("content/post/greenhouse.md", "Glass and gravel", "2021-05-01",
                List.of("Club"), "How the new greenhouse was built over one long weekend.", List.of()),
                "Wren Halloway"));
        // two posts whose best hits tie, a heading of the one word "kestrel" each; the first is held first
        pages.add(TestPages.page("content/post/harbour.md", "Harbour cranes at dusk", "2022-02-01", List.of("Walks"),
                "We watched the cranes unload timber until the lights came on.",
                List.of(new Section("Kestrel", 2, "kestrel", "A bird hovered over the quay wall.", null))));
        pages.add(TestPages.page("content/post/moorland.md", "A month on the moor", "2022-02-02", List.of("Walks"),
                "Wind, heather and a flask of tea.",
                List.of(new Section("Kestrel", 2, "kestrel", "One hovered above the heather path.", null),
                        new Section("Nesting", 2, "nesting", "The kestrel pair nested in the old quarry; "
                                + "a kestrel chick fledged in June.", null))));
        pages.add(TestPages.page("content/post/swap.md", "A day at the allotment", "2021-04-01", List.of("Club"),
                "Photos of the plots.", List.of(new Section("Swap day", 2, "swap",
                        "At the swap day members traded seeds from their own harvest, labelled by plot.", null))));
        TestIndexes.write(dir.resolve("index"), pages);
        index = IndexHandle.open(dir.resolve("index"));
        service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
    }

    private static Page byAuthor(Page page, String author) {
        return new Page(page.path(), page.contentHash(), page.kind(), page.title(), page.description(),
                List.of(author), page.date(), page.lastmod(), page.taxonomies(), page.url(), page.aliases(),
                page.body(), page.sections(), page.quotes(), page.figures(), page.talks(), page.conference(),
                page.frontMatter(), page.lang());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void adjacentWordsRankAboveScatteredOnes() throws Exception {
        List<String> paths = paths("rain barrel");
        assertThat(paths).containsSubsequence("content/post/adjacent.md", "content/post/scattered.md");
    }

    @Test
    void anAuthorsNameFindsThePostsTheyWrote() throws Exception {
        // the name is in front matter only, never in the text
        assertThat(paths("wren halloway")).containsExactly("content/post/greenhouse.md");
        assertThat(paths("halloway")).containsExactly("content/post/greenhouse.md");
    }

    @Test
    void wasmDoesNotMatchWasOrWarm() throws Exception {
        assertThat(search("wasm").total()).isZero();
        assertThat(paths("warm")).containsExactly("content/post/weather.md");
    }

    @Test
    void communicatingDoesNotMatchCommunity() throws Exception {
        assertThat(paths("communicating")).containsExactly("content/post/radios.md");
        assertThat(paths("communicated")).containsExactly("content/post/radios.md");
    }

    @Test
    void typeFilterKeepsTheOtherWordsRequired() throws Exception {
        SearchResponse quotes = search("type:quote scissors");
        assertThat(quotes.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.type()).isEqualTo("quote");
            assertThat(hit.quote().text().toLowerCase(Locale.ROOT)).contains("scissors");
        });
        assertThat(quotes.total()).isEqualTo(2);
    }

    @Test
    void aSectionRepeatedAcrossPagesRanksBelowAUniqueOneAndIsListedOnce() throws Exception {
        List<Hit> hits = search("seeds harvest").hits();
        assertThat(hits.get(0).path()).isEqualTo("content/post/swap.md");
        assertThat(hits.stream().filter(hit -> "About the seed library".equals(hit.title()))).hasSize(1);
    }

    @Test
    void postsWhoseBestHitsTieGoToThePostWithMoreEvidence() throws Exception {
        assertThat(paths("kestrel ")).containsExactly("content/post/moorland.md", "content/post/harbour.md");
    }

    @Test
    void aDateOrderIsLeftAsItIsWhateverTies() throws Exception {
        SearchResponse oldest = service.search(new SearchRequest("kestrel ", Map.of(), null, null, SortOrder.OLDEST, 1,
                SearchRequest.DEFAULT_SIZE));
        assertThat(oldest.hits()).extracting(Hit::path)
                .containsExactly("content/post/harbour.md", "content/post/moorland.md");
    }

    private static Page quotes() {
        Page base = TestPages.page("content/post/quotes.md", "Sayings from the club", "2021-02-01",
                List.of("Club"), "What members said at the meeting.", List.of(
                        new Section("Tools", 2, "tools", "On tools and care.", null)));
        List<Quote> quotes = List.of(
                new Quote("Never run with scissors between the seed trays", "Ada Quill", "tools"),
                new Quote("Scissors are for paper, shears are for hedges", "Bo Tran", "tools"),
                new Quote("Water the roots and not the leaves", "Cy Moss", "tools"));
        return base.withKnowledge(base.sections(), quotes, base.talks(), base.conference());
    }

    private static SearchResponse search(String q) throws Exception {
        return service.search(SearchRequest.of(q));
    }

    private static List<String> paths(String q) throws Exception {
        return search(q).hits().stream().map(Hit::path).toList();
    }
}
