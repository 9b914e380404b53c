package io.blogsearch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conference knowledge over the bundled sample blog, through the real pipeline. */
class SampleBlogKnowledgeIT {

    private static List<Page> pages;

    @BeforeAll
    static void indexSampleBlog(@TempDir Path index) throws Exception {
        AtomicReference<List<Page>> captured = new AtomicReference<>();
        ConferenceKnowledge knowledge = new ConferenceKnowledge();
        new IndexBuilder(IndexOptions.of(RequiredResources.sampleBlog(), index).withFull(true)
                .withEnricher((site, parsed) -> {
                    captured.set(knowledge.enrich(site, parsed));
                    return captured.get();
                })).build();
        pages = captured.get();
    }

    @Test
    void givesEveryConferenceReportItsConference() {
        Map<String, String> conferences = new TreeMap<>();
        pages.stream().filter(page -> page.conference() != null)
                .forEach(page -> conferences.put(page.path(), page.conference()));
        System.out.println("[SampleBlogKnowledgeIT] conferences: " + conferences);
        assertThat(conferences.values()).contains("RustFest Lisbon 2023", "DataConf Oslo 2022");
        assertThat(conferences.entrySet()).filteredOn(e -> e.getKey().contains("rustfest-lisbon-2023"))
                .extracting(Map.Entry::getValue).containsOnly("RustFest Lisbon 2023").hasSize(2);
        assertThat(conferences.keySet()).noneMatch(path -> path.contains("how-to-set-up"));
    }

    @Test
    void mergesAMisspeltSpeakerAndFindsNoTalkInHowTos() {
        Set<String> names = new TreeSet<>();
        for (Page page : pages) {
            page.talks().forEach(talk -> talk.speakers().stream().map(Speaker::name).forEach(names::add));
            page.quotes().forEach(quote -> names.addAll(quote.speakers()));
            if (page.path().contains("how-to-set-up")) {
                assertThat(page.talks()).isEmpty();
            }
            assertThat(page.talks()).extracting(Talk::title).noneMatch(title -> title.contains("venue"));
        }
        System.out.println("[SampleBlogKnowledgeIT] speakers: " + names);
        assertThat(names).contains("Mara Lindqvist").doesNotContain("Mara Lindqvsit");
    }
}
