package io.blogsearch.knowledge.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsDataTest {

    private static EventsData events(String yaml) throws Exception {
        return EventsData.of(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    @Test
    void linksAPostByItsPermalinkPathIgnoringCaseAndTrailingSlash() throws Exception {
        EventsData events = events("events:\n- name: Reef Conf 2019\n  blogPost: /post/2019/Reef-Conf\n");
        assertThat(events.linking("https://blog.example.org/post/2019/reef-conf/", List.of()))
                .contains("Reef Conf 2019");
        assertThat(events.linking("https://blog.example.org/post/2019/other/", List.of())).isEmpty();
    }

    @Test
    void linksAPostUnderABasePathOrByAnAlias() throws Exception {
        EventsData events = events("events:\n- name: Reef Conf 2019\n  blogPost: /2019/reef/\n");
        assertThat(events.linking("https://example.org/blog/2019/reef/", List.of())).contains("Reef Conf 2019");
        assertThat(events.linking("https://example.org/2020/renamed/", List.of("/2019/reef/")))
                .contains("Reef Conf 2019");
    }

    @Test
    void ignoresEventsWithoutABlogPostAndOtherShapes() throws Exception {
        assertThat(events("events:\n- name: Quiet Conf\n  blogPost:\n").linking("https://x.org/", List.of()))
                .isEmpty();
        assertThat(events("something: else\n").linking("https://x.org/a/", List.of())).isEmpty();
        assertThat(EventsData.of(null).linking("https://x.org/a/", List.of())).isEmpty();
    }

    @Test
    void whenSeveralEventsLinkAPageTheFirstListedWins() throws Exception {
        EventsData events = events("events:\n- name: Reef Conf\n  blogPost: /reef/\n"
                + "- name: Reef Conf 2019\n  blogPost: /2019/reef/\n");
        assertThat(events.linking("https://example.org/blog/2019/reef/", List.of())).contains("Reef Conf");
        assertThat(events("events:\n- name: Exact\n  blogPost: /2019/reef/\n- name: Short\n  blogPost: /reef/\n")
                .linking("https://example.org/2019/reef/", List.of())).contains("Exact");
        assertThat(events.linking("https://example.org/2019/coral-reef/", List.of())).isEmpty();
    }
}
