package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingAnchorsTest {

    @Test
    void makesGithubStyleIdsLikeHugo() {
        assertThat(HeadingAnchors.sanitize(
                "Keynote: Running with Scissors - Liz Rice, Technology Evangelist, Aqua Security"))
                .isEqualTo("keynote-running-with-scissors---liz-rice-technology-evangelist-aqua-security");
        assertThat(HeadingAnchors.sanitize("Welcome!")).isEqualTo("welcome");
        assertThat(HeadingAnchors.sanitize("snake_case & C++ / v1.2")).isEqualTo("snake_case--c--v12");
        assertThat(HeadingAnchors.sanitize("Über Größe 日本")).isEqualTo("über-größe-日本");
        assertThat(HeadingAnchors.sanitize("Closing – Remarks")).isEqualTo("closing--remarks");
        assertThat(HeadingAnchors.sanitize("!!!")).isEqualTo("heading");
    }

    @Test
    void makesHugosGithubAsciiAndBlackfridayIdsAsHugoDoes() {
        // the ids Debian's hugo 0.111 gives these headings with each autoHeadingIDType
        List<HeadingIdStyle.Heading> headings = Arrays.stream(new String[] {"Release v1.32: Pilot",
            "What's new_in  2.0?", "Café résumé", "Release v1.32: Pilot", "日本語 見出し"})
                .map(text -> new HeadingIdStyle.Heading(text, null, 2)).toList();
        assertThat(HeadingAnchors.blackfriday(headings)).containsExactly("release-v1-32-pilot", "what-s-new-in-2-0",
                "café-résumé", "release-v1-32-pilot-1", "日本語-見出し");
        assertThat(HeadingAnchors.githubAscii(headings)).containsExactly("release-v132-pilot", "whats-new_in--20",
                "cafe-resume", "release-v132-pilot-1", "-");
        assertThat(HeadingAnchors.github(headings)).containsExactly("release-v132-pilot", "whats-new_in--20",
                "café-résumé", "release-v132-pilot-1", "日本語-見出し");
    }

    @Test
    void readsTheSitesHeadingIdTypeFromItsConfig() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String markdown = "## Release v1.32: Pilot\n\n## Own {#own}\n";
        assertThat(MarkdownRenderer.render(markdown, HugoHeadingIds.of(yaml.readTree(
                "markup: {goldmark: {parser: {autoHeadingIDType: blackfriday}}}"))))
                .contains("<h2 id=\"release-v1-32-pilot\">");
        assertThat(MarkdownRenderer.render(markdown, HugoHeadingIds.of(yaml.readTree(
                "Markup: {Goldmark: {Parser: {AutoHeadingID: false}}}"))))
                .contains("<h2>Release v1.32: Pilot</h2>").contains("<h2 id=\"own\">");
        assertThat(MarkdownRenderer.render(markdown, HugoHeadingIds.of(yaml.readTree("title: x"))))
                .contains("<h2 id=\"release-v132-pilot\">");
    }

    @Test
    void numbersRepeatedHeadings() {
        HeadingAnchors anchors = new HeadingAnchors();
        assertThat(anchors.next("Summary")).isEqualTo("summary");
        assertThat(anchors.next("Summary")).isEqualTo("summary-1");
        assertThat(anchors.next("Summary")).isEqualTo("summary-2");
    }

    @Test
    void rendersHeadingIdsAndExplicitIds() {
        String html = MarkdownRenderer.render("## Hello `code` *World*\n\n## Custom {#my-id}\n\n## Hello code World\n");
        assertThat(html).contains("<h2 id=\"hello-code-world\">")
                .contains("<h2 id=\"my-id\">Custom</h2>")
                .contains("<h2 id=\"hello-code-world-1\">");
    }

    @Test
    void takesTrailingBracesAsAttributesOnlyWhereGoldmarkDoes() {
        String html = MarkdownRenderer.render("## {noun} {adjective}\n\n## Pick a {flavour}\n\n"
                + "## Word list {#site.example-word-list}\n\n## Styled {.wide lang=en #styled data-x=\"a b\"}\n\n"
                + "## Only a class {.wide}\n\n## Broken {#ok /bad}\n\n## Blank { }\n\n## Spaced { #spaced, }\n");
        assertThat(html).contains("<h2 id=\"noun-adjective\">{noun} {adjective}</h2>")
                .contains("<h2 id=\"pick-a-flavour\">Pick a {flavour}</h2>")
                .contains("<h2 id=\"site.example-word-list\">Word list</h2>")
                .contains("<h2 id=\"styled\">Styled</h2>")
                .contains("<h2 id=\"only-a-class\">Only a class</h2>")
                .contains("<h2 id=\"broken-ok-bad\">Broken {#ok /bad}</h2>")
                .contains("<h2 id=\"blank--\">Blank { }</h2>")
                .contains("<h2 id=\"spaced\">Spaced</h2>");
    }

    @Test
    void namesHeadingsWithTheGivenStyleAndLeavesOutTheIdsItCannotTell() {
        List<HeadingIdStyle.Heading> seen = new ArrayList<>();
        String html = MarkdownRenderer.render("## One *a*\n\n## Two {#kept}\n\n## Three\n", headings -> {
            seen.addAll(headings);
            return Arrays.asList("first", headings.get(1).explicitId(), null);
        });
        assertThat(seen).containsExactly(new HeadingIdStyle.Heading("One a", null, 2),
                new HeadingIdStyle.Heading("Two", "kept", 2), new HeadingIdStyle.Heading("Three", null, 2));
        assertThat(html).contains("<h2 id=\"first\">One <em>a</em></h2>").contains("<h2 id=\"kept\">Two</h2>")
                .contains("<h2>Three</h2>");
    }

    @Test
    void rendersGfmTablesAndStrikethrough() {
        String html = MarkdownRenderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~\n");
        assertThat(html).contains("<table>").contains("<td>1</td>").contains("<del>gone</del>");
    }
}
