package io.blogsearch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.speaker.QuoteSpeakers;
import io.blogsearch.knowledge.talk.NameShape;
import io.blogsearch.model.Page;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures talk detection on a blog it was not written for: the OpenTelemetry site's KubeCon posts, which list their
 * talks as list items ({@code gold/opentelemetry-talks.tsv}, four posts read by hand). The whole site goes through
 * the real pipeline; only the gold posts' talks are scored, and every speaker of the site must read as a person.
 */
class OpenTelemetryTalkAccuracyIT {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    private static List<Page> pages;
    private static List<GoldTalks.GoldTalk> gold;

    @BeforeAll
    static void indexCorpus(@TempDir Path index) throws Exception {
        Path corpus = RequiredResources.sharedCorpus("opentelemetry");
        pages = EnrichedCorpus.pages(corpus, index);
        gold = GoldTalks.talks("/gold/opentelemetry-talks.tsv");
    }

    @Test
    void detectsListedTalksWithPrecisionAndRecallAboveTheBar() {
        Set<String> goldPaths = new HashSet<>();
        Set<String> expected = new HashSet<>();
        Set<String> expectedSpeakers = new HashSet<>();
        for (GoldTalks.GoldTalk talk : gold) {
            goldPaths.add(talk.path());
            expected.add(talk.key());
            talk.speakers().forEach(name -> expectedSpeakers.add(talk.key() + "|" + name));
        }
        Set<String> found = new HashSet<>();
        Set<String> foundSpeakers = new HashSet<>();
        for (Page page : pages) {
            if (!goldPaths.contains(page.path())) {
                continue;
            }
            for (Talk talk : page.talks()) {
                String key = GoldTalks.keyOf(page.path(), talk.title());
                found.add(key);
                talk.speakers().forEach(speaker -> foundSpeakers.add(key + "|" + speaker.name()));
            }
        }
        Accuracy talks = new Accuracy(found, expected);
        print(talks, "talks (post + title)");
        print(new Accuracy(foundSpeakers, expectedSpeakers), "speakers per talk");
        assertThat(goldPaths).hasSizeGreaterThanOrEqualTo(4);
        assertThat(talks.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(talks.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void everySpeakerOfTheSiteReadsAsAPerson() {
        Set<String> speakers = new TreeSet<>();
        for (Page page : pages) {
            page.talks().forEach(talk -> talk.speakers().stream().map(Speaker::name).forEach(speakers::add));
            page.quotes().forEach(quote -> speakers.addAll(QuoteSpeakers.split(quote.speaker())));
        }
        System.out.println("[OpenTelemetryTalkAccuracyIT] " + speakers.size() + " speakers");
        assertThat(speakers).isNotEmpty().allMatch(NameShape::isPersonName)
                .doesNotContain("de exemplu").noneMatch(name -> name.matches(".*\\d.*"));
    }

    private static void print(Accuracy accuracy, String name) {
        System.out.println("[OpenTelemetryTalkAccuracyIT] " + accuracy.report(name));
        if (!accuracy.falsePositives().isEmpty()) {
            System.out.println("[OpenTelemetryTalkAccuracyIT]   false positives: " + accuracy.falsePositives());
        }
        if (!accuracy.misses().isEmpty()) {
            System.out.println("[OpenTelemetryTalkAccuracyIT]   missed: " + accuracy.misses());
        }
    }
}
