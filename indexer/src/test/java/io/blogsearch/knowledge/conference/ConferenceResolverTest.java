package io.blogsearch.knowledge.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blogsearch.knowledge.TestPages;
import io.blogsearch.model.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConferenceResolverTest {

    private static final String EVENTS = """
            events:
            - name: Lakeside DevDays 2021
              blogPost: /post/lakeside-notes/
            - name: Unlinked Summit 2020
              #blogPost:
            """;

    private static EventsData events() throws Exception {
        return EventsData.of(new ObjectMapper(new YAMLFactory()).readTree(EVENTS));
    }

    private static ConferenceResolver resolver(ConferenceRules rules) throws Exception {
        return new ConferenceResolver(rules, events());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Harbour Days Oslo 2019 - Day 1|Harbour Days Oslo 2019",
        "Harbour Days Oslo 2019 - Day #3|Harbour Days Oslo 2019",
        "Harbour Days Oslo 2019 – Day 2|Harbour Days Oslo 2019",
        "Harbour Days Oslo 2019 Recap|Harbour Days Oslo 2019",
        "Harbour Days Oslo 2019 (Recap) Presentation|Harbour Days Oslo 2019",
        "Harbour Days Oslo 2019 - Presentation|Harbour Days Oslo 2019",
        "Bread Day Bergen 2018|Bread Day Bergen 2018",
        "Summit of Gophers: Notes|Summit of Gophers"})
    void stripsDayRecapAndPresentationFromTitles(String title, String name) {
        assertThat(EventReports.nameFromTitle(title)).isEqualTo(name);
    }

    @Test
    void infersConferenceFromTitleOfTaggedEventReports() throws Exception {
        ConferenceResolver resolver = resolver(ConferenceRules.none());
        assertThat(resolver.resolve(TestPages.post("content/post/a.md", "Harbour Days Oslo 2019 - Day 2",
                List.of("Conferences", "Go")))).contains("Harbour Days Oslo 2019");
        // untagged, the title must name an event by an event word or say the post was written "at" it
        assertThat(resolver.resolve(TestPages.post("content/post/b.md", "Harbour Notes Oslo 2019 - Day 2",
                List.of("Go")))).isEmpty();
        assertThat(resolver.resolve(TestPages.post("content/post/b.md", "Harbour Notes Oslo 2019 - Day 2",
                List.of("Conferences")))).contains("Harbour Notes Oslo 2019");
        assertThat(resolver.resolve(TestPages.post("content/post/c.md", "Harbour Days Oslo 2019 - Day 2",
                List.of("Go")))).contains("Harbour Days Oslo 2019");
    }

    @Test
    void prefersFrontMatterThenEventsDataOverTheTitle() throws Exception {
        ConferenceResolver resolver = resolver(ConferenceRules.none());
        Page declared = TestPages.post("content/post/lakeside-notes.md", "Some Notes", List.of("Conferences"),
                Map.of("event", "Declared Conf 2021"), List.of(), List.of());
        assertThat(resolver.resolve(declared)).contains("Declared Conf 2021");
        Page linked = TestPages.post("content/post/lakeside-notes.md", "Some Notes", List.of("Travel"));
        assertThat(resolver.resolve(linked)).contains("Lakeside DevDays 2021");
    }

    @Test
    void appliesOverridesByPathAndTitleAndAliases() throws Exception {
        ConferenceRules rules = new ConferenceRules(Map.of("Harbour Days Oslo 2019", "HarbourDays 2019"), List.of(
                new ConferenceRules.Override("content/post/x.md", null, "Forced Conf"),
                new ConferenceRules.Override(null, Pattern.compile("^Not an event"), "")));
        ConferenceResolver resolver = resolver(rules);
        assertThat(resolver.resolve(TestPages.post("content/post/x.md", "Anything", List.of())))
                .contains("Forced Conf");
        assertThat(resolver.resolve(TestPages.post("content/post/y.md", "Not an event - Day 1",
                List.of("Conferences")))).isEmpty();
        assertThat(resolver.resolve(TestPages.post("content/post/z.md", "Harbour Days Oslo 2019 - Day 1",
                List.of("Conferences")))).contains("HarbourDays 2019");
    }
}
