package io.blogsearch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.speaker.NameKey;
import io.blogsearch.model.Page;
import io.blogsearch.model.Quote;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures quote detection over the shared corpus against a gold list of every quote by a person, written by reading
 * its posts ({@code gold/edenmal-quotes.tsv}: path, speaker, a few words of the quote). A found quote is right when
 * a gold entry of the same post and speaker has its words in the quote's text; each gold entry counts once.
 */
class QuoteAccuracyIT {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.95;

    private static List<Page> pages;
    private static List<String[]> gold;

    @BeforeAll
    static void indexSharedCorpus(@TempDir Path index) throws Exception {
        Path corpus = RequiredResources.sharedCorpus();
        pages = EnrichedCorpus.pages(corpus, index);
        gold = GoldTalks.lines("/gold/edenmal-quotes.tsv").stream().map(line -> line.split("\t")).toList();
    }

    @Test
    void findsQuotesByPeopleWithPrecisionAndRecallAboveTheBar() {
        Set<String> found = new HashSet<>();
        Set<String> expected = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            expected.add(goldKey(g));
        }
        Set<Integer> used = new HashSet<>();
        for (Page page : pages) {
            for (int q = 0; q < page.quotes().size(); q++) {
                Quote quote = page.quotes().get(q);
                int match = matchingGold(page.path(), quote, used);
                if (match >= 0) {
                    used.add(match);
                    found.add(goldKey(match));
                } else {
                    found.add(page.path() + "|" + quote.speaker() + "|" + quote.text());
                }
            }
        }
        Accuracy accuracy = new Accuracy(found, expected);
        System.out.println("[QuoteAccuracyIT] " + accuracy.report("quotes by a person"));
        if (!accuracy.falsePositives().isEmpty()) {
            System.out.println("[QuoteAccuracyIT]   false positives: " + accuracy.falsePositives());
        }
        if (!accuracy.misses().isEmpty()) {
            System.out.println("[QuoteAccuracyIT]   missed: " + accuracy.misses());
        }
        assertThat(gold).hasSizeGreaterThanOrEqualTo(30);
        assertThat(accuracy.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(accuracy.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private static int matchingGold(String path, Quote quote, Set<Integer> used) {
        String text = NameKey.of(quote.text());
        List<Integer> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            String[] entry = gold.get(g);
            if (!used.contains(g) && entry[0].equals(path) && entry[1].equals(quote.speaker())
                    && text.contains(NameKey.of(entry[2]))) {
                candidates.add(g);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(0);
    }

    private static String goldKey(int index) {
        String[] entry = gold.get(index);
        return entry[0] + "|" + entry[1] + "|" + entry[2];
    }
}
