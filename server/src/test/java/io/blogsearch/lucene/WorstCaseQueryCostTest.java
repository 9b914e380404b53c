package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.lucene.ranking.TypoBudget;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.Synonyms;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a query of many made-up long words is the cheapest way to make a search expensive. Its cost is counted as
 * the Levenshtein and prefix automata run over the index's terms (building them was nearly all of it): one per word
 * that gets typo work, not one per field, per use and per spelling pass. A trailing space keeps the last word whole
 * (no prefix completions), so only typo automata are counted.
 */
class WorstCaseQueryCostTest {

    private static final String SIXTEEN_UNKNOWN = "quorvantible zentrafluxing morquesillant plindovarest "
            + "xantheroplix bruvenquastle gloptermundic sarvinquelt wombertrastic fendulqorian trispaventhal "
            + "quellimordant vaspertunium clorvenithic drumpelsquax yornavestrin";

    @TempDir
    Path dir;
    private AutomatonCountingReader reader;
    private SearchService service;

    @BeforeEach
    void open() throws Exception {
        TestIndexes.write(dir, TestPages.all());
        reader = AutomatonCountingReader.wrap(DirectoryReader.open(FSDirectory.open(dir)));
        service = new SearchService(IndexHandle.over(reader), Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
    }

    @AfterEach
    void close() throws Exception {
        service.close();
    }

    @Test
    void sixteenUnknownLongWordsRunAtMostOneAutomatonPerTypoWord() throws Exception {
        SearchResponse response = service.search(SearchRequest.of(SIXTEEN_UNKNOWN + " "), true);

        assertThat(response.total()).isZero();
        assertThat(response.didYouMean()).isNull();
        assertThat(reader.automata()).isBetween(1, TypoBudget.MAX_TYPO_WORDS);
    }

    @Test
    void sixteenUnknownSpeakersRunAtMostOneAutomatonPerTypoWord() throws Exception {
        String speakers = "speaker:" + String.join(" speaker:", SIXTEEN_UNKNOWN.split(" "));

        SearchResponse response = service.search(SearchRequest.of(speakers + " "), true);

        assertThat(response.total()).isZero();
        assertThat(reader.automata()).isBetween(1, TypoBudget.MAX_TYPO_WORDS);
    }

    @Test
    void aMisspeltSpeakerIsStillFound() throws Exception {
        SearchResponse response = service.search(SearchRequest.of("speaker:quilll "), true);

        assertThat(response.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.speakers()).contains("Ada Quill"));
    }

    @Test
    void unknownWordsBesideAKnownOneLeaveItsResultsAsTheyWere() throws Exception {
        SearchResponse alone = service.search(SearchRequest.of("shears "), true);
        reader.reset();

        SearchResponse among = service.search(SearchRequest.of("shears " + SIXTEEN_UNKNOWN.substring(
                SIXTEEN_UNKNOWN.indexOf(' ') + 1) + " "), true);

        assertThat(among.total()).isEqualTo(alone.total()).isPositive();
        assertThat(among.hits()).extracting("url").containsExactlyElementsOf(
                alone.hits().stream().map(hit -> hit.url()).toList());
        assertThat(reader.automata()).isLessThanOrEqualTo(TypoBudget.MAX_TYPO_WORDS);
    }

    @Test
    void aRealTypoStillGetsItsVariantsAndItsCorrection() throws Exception {
        SearchResponse response = service.search(SearchRequest.of("prunning "), true);

        assertThat(response.total()).isPositive();
        assertThat(response.hits()).anySatisfy(hit -> assertThat(hit.title()).containsIgnoringCase("pruning"));
        assertThat(response.didYouMean()).isEqualTo("pruning ");
    }
}
