package io.blogsearch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.speaker.QuoteSpeakers;
import io.blogsearch.model.Page;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.IndexBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures talk and speaker detection over the shared corpus against a gold list written by reading its
 * conference posts ({@code gold/edenmal-talks.tsv}, {@code gold/edenmal-quote-speakers.txt}). The pages come
 * from the real pipeline: {@link IndexBuilder} parses the site and runs {@link ConferenceKnowledge}, whose output
 * this test captures.
 */
class TalkAccuracyIT {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    private static List<Page> pages;
    private static List<GoldTalks.GoldTalk> gold;
    private static Set<String> goldQuoted;

    @BeforeAll
    static void indexSharedCorpus(@TempDir Path index) throws Exception {
        Path corpus = RequiredResources.sharedCorpus();
        pages = EnrichedCorpus.pages(corpus, index);
        gold = GoldTalks.talks("/gold/edenmal-talks.tsv");
        goldQuoted = new HashSet<>(GoldTalks.lines("/gold/edenmal-quote-speakers.txt").stream()
                .map(String::strip).toList());
    }

    @Test
    void detectsTalksWithPrecisionAndRecallAboveTheBar() {
        Set<String> found = new HashSet<>();
        for (Page page : pages) {
            page.talks().forEach(talk -> found.add(GoldTalks.keyOf(page.path(), talk.title())));
        }
        Set<String> expected = new HashSet<>();
        gold.forEach(talk -> expected.add(talk.key()));
        Accuracy talks = new Accuracy(found, expected);
        print(talks, "talks (post + title)");
        assertThat(talks.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(talks.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void namesSpeakersWithPrecisionAndRecallAboveTheBar() {
        Set<String> found = new HashSet<>();
        Set<String> foundPerTalk = new HashSet<>();
        for (Page page : pages) {
            for (Talk talk : page.talks()) {
                for (Speaker speaker : talk.speakers()) {
                    found.add(speaker.name());
                    foundPerTalk.add(GoldTalks.keyOf(page.path(), talk.title()) + "|" + speaker.name());
                }
            }
            for (Quote quote : page.quotes()) {
                found.addAll(QuoteSpeakers.split(quote.speaker()));
            }
        }
        Set<String> expected = new HashSet<>(goldQuoted);
        Set<String> expectedPerTalk = new HashSet<>();
        for (GoldTalks.GoldTalk talk : gold) {
            expected.addAll(talk.speakers());
            talk.speakers().forEach(name -> expectedPerTalk.add(talk.key() + "|" + name));
        }
        Accuracy names = new Accuracy(found, expected);
        print(names, "speaker names (merged)");
        print(new Accuracy(foundPerTalk, expectedPerTalk), "speakers per talk");
        assertThat(names.found()).doesNotContain("Kelsey Hightwoer");
        assertThat(names.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(names.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void givesTheDaysOfOneConferenceOneValue() {
        Map<String, String> conferences = new HashMap<>();
        pages.forEach(page -> conferences.put(page.path(), page.conference()));
        for (int day = 1; day <= 3; day++) {
            assertThat(conferences.get("content/post/2018/KubeCon-Copenhagen-2018-Day-" + day + ".md"))
                    .isEqualTo("KubeCon Copenhagen 2018");
        }
        // The events data links this report to its event by blogPost.
        assertThat(conferences.get("content/post/2019/FOSDEM19-Brussels.md")).isEqualTo("FOSDEM'19");
        assertThat(conferences.get("content/post/2018/CRI-O-Container-Linux-How-to-Install.md")).isNull();
    }

    private static void print(Accuracy accuracy, String name) {
        System.out.println("[TalkAccuracyIT] " + accuracy.report(name));
        List<String> wrong = new ArrayList<>(accuracy.falsePositives());
        List<String> missed = new ArrayList<>(accuracy.misses());
        if (!wrong.isEmpty()) {
            System.out.println("[TalkAccuracyIT]   false positives: " + wrong);
        }
        if (!missed.isEmpty()) {
            System.out.println("[TalkAccuracyIT]   missed: " + missed);
        }
    }
}
