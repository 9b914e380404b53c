package io.blogsearch.write;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageOutlinesTest {

    private static Page page(Map<String, Object> frontMatter) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        taxonomies.put("tags", List.of("Harbour", "k8s: ops"));
        taxonomies.put("categories", List.of());
        return new Page("post/2018/day-1.md", "abc123", PageKind.POST, "Harbour Con 2018 - Day 1", null,
                List.of("Ana | Pérez"), Instant.parse("2018-05-02T10:15:30.5Z"), null, taxonomies,
                "https://example.org/2018/05/02/day-1/", List.of("/old/day-1/"), "the body",
                List.of(new Section("Keynote: Tides - Ana Pérez (Harbour)", 2, "keynote-tides", "text", null),
                        new Section("3:2 - odd", 3, "3-2---odd", "", "keynote-tides")),
                List.of(new Quote("Carry the rope - 12:1", "Ana Pérez", "keynote-tides")),
                List.of(new Figure("Map", null, "a map", "https://example.org/map.png", null)),
                List.of(new Talk(TalkKind.KEYNOTE, "Tides", List.of(new Speaker("Ana Pérez", null, "Harbour")),
                        "Keynote: Tides - Ana Pérez (Harbour)", "keynote-tides")),
                null, frontMatter, "de");
    }

    @Test
    void readsBackWhatTheRecordOutlineHolds() {
        Page page = page(Map.of("conference", Map.of("name", "Harbour Con 2018"), "title", "ignored"));

        Page outline = PageOutlines.read(PageOutlines.write(page));
        Page fromRecord = PageRecords.readOutline(PageRecords.write(page).getBytes(UTF_8));

        assertThat(outline).usingRecursiveComparison().ignoringFields("frontMatter").isEqualTo(fromRecord);
        assertThat(outline.frontMatter()).containsExactly(Map.entry("conference", "Harbour Con 2018"));
    }

    @Test
    void keepsTheTranslationKeyAndThePeopleWithTheirAffiliation() {
        Page page = page(Map.of());
        Page withPeople = new Page(page.path(), page.contentHash(), page.kind(), page.title(), page.description(),
                List.of("Ana Pérez", "Bo Test"), page.date(), page.lastmod(), page.taxonomies(), page.url(),
                page.aliases(), page.body(), page.sections(), page.quotes(), page.figures(), page.talks(),
                page.conference(), page.frontMatter(), "de", "blog/2018/day-1",
                List.of(new Person("Ana Pérez", "Harbour, Inc.", "https://example.org/ana"),
                        new Person("Bo Test", null, null)));

        Page outline = PageOutlines.read(PageOutlines.write(withPeople));
        Page fromRecord = PageRecords.read(PageRecords.write(withPeople).getBytes(UTF_8));

        assertThat(outline.translationKey()).isEqualTo("blog/2018/day-1");
        assertThat(outline.people()).isEqualTo(withPeople.people());
        assertThat(fromRecord.translationKey()).isEqualTo("blog/2018/day-1");
        assertThat(fromRecord.people()).isEqualTo(withPeople.people());
    }

    @Test
    void keepsMissingValuesMissing() {
        Page page = new Page("a.md", "h", PageKind.PAGE, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, null);

        assertThat(PageOutlines.read(PageOutlines.write(page))).isEqualTo(page);
    }

    @Test
    void refusesDamagedOrForeignOutlines() {
        String outline = PageOutlines.write(page(Map.of()));

        assertThat(PageOutlines.read(outline.substring(0, outline.length() - 2))).isNull();
        assertThat(PageOutlines.read("9:" + outline)).isNull();
        assertThat(PageOutlines.read(null)).isNull();
    }
}
