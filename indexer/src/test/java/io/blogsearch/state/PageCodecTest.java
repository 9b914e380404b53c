package io.blogsearch.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Person;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state's one codec: every part of a page (sections, quotes, figures, talks, people) survives a round trip. */
class PageCodecTest {

    private static final Talk TALK = new Talk(TalkKind.KEYNOTE, "Tides", List.of(new Speaker("Ana Pérez", null,
            "Harbour"), new Speaker("Bo | Test", "CTO: ops", null)), "Keynote: Tides - Ana Pérez (Harbour)",
            "keynote-tides", "Harbour Con 2018");

    private static Page page(Map<String, Object> frontMatter) {
        Map<String, List<String>> taxonomies = new LinkedHashMap<>();
        taxonomies.put("tags", List.of("Harbour", "k8s: ops"));
        taxonomies.put("categories", List.of());
        return new Page("post/2018/day-1.md", "abc123", PageKind.POST, "Harbour Con 2018 - Day 1", "12:3 odd",
                List.of("Ana | Pérez"), Instant.parse("2018-05-02T10:15:30.5Z"), null, taxonomies,
                "https://example.org/2018/05/02/day-1/", List.of("/old/day-1/"), "the body\nwith 3:2 lines",
                List.of(new Section("Keynote: Tides - Ana Pérez (Harbour)", 2, "keynote-tides", "text", null),
                        new Section("3:2 - odd", 3, "3-2---odd", "", "keynote-tides")),
                List.of(new Quote("Carry the rope - 12:1", "Ana Pérez", "keynote-tides", "https://x.example/1")),
                List.of(new Figure("Map", null, "a map", "https://example.org/map.png", null)),
                List.of(TALK, new Talk(TalkKind.PANEL, "Ropes", List.of(), "Panels", "panels")), "Harbour Con",
                frontMatter, "de", "blog/2018/day-1", List.of(new Person("Ana Pérez", "Harbour, Inc.",
                "https://example.org/ana"), new Person("Bo Test", null, null)));
    }

    @Test
    void outlineAndRecordGiveBackTheWholePage() {
        Page page = page(Map.of("conference", "Harbour Con 2018"));

        Page outline = PageCodec.readOutline(PageCodec.writeOutline(page));
        Page whole = PageCodec.complete(outline, PageCodec.writeRecord(page));

        assertThat(outline.body()).isNull();
        assertThat(outline.sections()).extracting(Section::text).containsOnlyNulls();
        assertThat(whole).isEqualTo(page);
    }

    @Test
    void theOutlineKeepsTheOffsetTheDateIsWrittenWith() {
        Page page = page(Map.of());
        Page east = new Page(page.path(), page.contentHash(), page.kind(), page.title(), page.description(),
                page.authors(), page.date(), page.lastmod(), page.taxonomies(), page.url(), page.aliases(),
                page.body(), page.sections(), page.quotes(), page.figures(), page.talks(), page.conference(),
                page.frontMatter(), page.lang(), page.translationKey(), page.people(), ZoneOffset.ofHours(9));

        assertThat(PageCodec.readOutline(PageCodec.writeOutline(east)).dateOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(PageCodec.readOutline(PageCodec.writeOutline(page)).dateOffset()).isNull();
    }

    @Test
    void theOutlineKeepsOnlyTheFrontMatterEnrichmentReads() {
        Page page = page(Map.of("conference", Map.of("name", "Harbour Con 2018"), "title", "ignored"));

        Page outline = PageCodec.readOutline(PageCodec.writeOutline(page));

        assertThat(outline.frontMatter()).containsExactly(Map.entry("conference", "Harbour Con 2018"));
        assertThat(outline).usingRecursiveComparison().ignoringFields("frontMatter", "body", "sections")
                .isEqualTo(page);
    }

    @Test
    void aTalkIsWrittenOnceForOutlinesMemosAndFingerprints() {
        CompactText.Writer out = new CompactText.Writer();
        PageCodec.writeTalk(out, TALK);

        assertThat(PageCodec.readTalk(new CompactText.Reader(out.toString()))).isEqualTo(TALK);
        Page page = page(Map.of());
        Page otherSpeakerOrg = page.withKnowledge(page.sections(), page.quotes(), List.of(new Talk(TALK.kind(),
                TALK.title(), List.of(new Speaker("Ana Pérez", null, "Port")), TALK.heading(), TALK.anchor())),
                page.conference());
        assertThat(PageFingerprint.of("1", page)).isEqualTo(PageFingerprint.of("1", page(Map.of())))
                .isNotEqualTo(PageFingerprint.of("1", otherSpeakerOrg))
                .isNotEqualTo(PageFingerprint.of("2", page));
    }

    @Test
    void keepsMissingValuesMissing() {
        Page page = new Page("a.md", "h", PageKind.PAGE, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, null, null);

        assertThat(PageCodec.readOutline(PageCodec.writeOutline(page))).isEqualTo(page);
        assertThat(PageCodec.complete(page, PageCodec.writeRecord(page))).isEqualTo(page);
    }

    @Test
    void refusesDamagedOrForeignOutlinesAndRecords() {
        Page page = page(Map.of());
        String outline = PageCodec.writeOutline(page);

        assertThat(PageCodec.readOutline(outline.substring(0, outline.length() - 2))).isNull();
        assertThat(PageCodec.readOutline("9:" + outline)).isNull();
        assertThat(PageCodec.readOutline(null)).isNull();
        byte[] record = PageCodec.writeRecord(page);
        byte[] cut = new String(record, StandardCharsets.UTF_8).substring(0, record.length / 2)
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PageCodec.complete(page, cut)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(page.path());
        Page other = new Page("b.md", "h", PageKind.PAGE, null, null, null, null, null, null, null, null, null,
                page.sections(), List.of(), List.of(), List.of(), null, null, null);
        assertThatThrownBy(() -> PageCodec.complete(other, record)).isInstanceOf(IllegalStateException.class);
    }
}
