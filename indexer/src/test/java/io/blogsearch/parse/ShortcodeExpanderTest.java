package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortcodeExpanderTest {

    private final ShortcodeExpander expander = new ShortcodeExpander(target ->
            Map.of("/post/other.md", "https://example.org/post/other/").get(target));

    /** The expanded body with placeholders already substituted, as the rendered page would hold it. */
    private Expanded expand(String body) {
        ShortcodeExpander.Result result = expander.expand(body, 1);
        return new Expanded(result.substitute(result.markdown()));
    }

    private record Expanded(String markdown) {
    }

    @Test
    void aHeadingHoldingAShortcodeWhoseOutputIsUnknownGetsNoId() {
        ShortcodeExpander.Result result = expander.expand(
                "## {{% heading \"next\" %}}\n\nText {{< term id=\"x\" >}} here.\n\n## Known {{% tip %}}x{{% /tip %}}\n"
                + "\n## Own {{< icon >}} {#own}\n", 1);
        String html = result.substitute(MarkdownRenderer.render(result.markdown()));
        // Hugo's id comes from the shortcode's output, which the sources do not hold: no anchor rather than a wrong one
        assertThat(html).contains("<h2></h2>").contains("<p>Text  here.</p>").contains("<h2 id=\"known-x\">")
                .contains("<h2 id=\"own\">").doesNotContain("BSSHORTCODE");
    }

    @Test
    void putsHtmlShortcodeOutputInAfterRenderingEvenInsideCode() {
        ShortcodeExpander.Result result = expander.expand("```\n{{< figure src=\"a.png\" >}}\n```\n", 1);
        assertThat(result.markdown()).doesNotContain("figure").contains("BSSHORTCODE0X");
        String html = result.substitute(MarkdownRenderer.render(result.markdown()));
        assertThat(html).contains("<pre><code><figure data-shortcode=\"figure\"><img src=\"a.png\"></figure>");
    }

    @Test
    void turnsFigureShortcodeIntoHtmlFigure() {
        String out = expand("{{< figure src=\"a.png\" title=\"A & B\" caption=\"Cap\" alt=\"Alt\" >}}").markdown();
        assertThat(out).startsWith("<figure").contains("data-title=\"A &amp; B\"").contains("src=\"a.png\"")
                .contains("alt=\"Alt\"").contains("data-caption=\"Cap\"");
    }

    @Test
    void aFiguresCaptionAndCreditAreMarkdownAsInHugosTemplate() {
        String out = expand("{{< figure src=\"a.jpg\" caption=\"Photo by [Ana Lind](https://pics.example.org/@ana) "
                + "on *Meadow Pictures*\" attr=\"CC BY\" >}}").markdown();
        assertThat(out).contains("data-caption=\"Photo by Ana Lind on Meadow Pictures CC BY\"")
                .contains("<p>Photo by <a href=\"https://pics.example.org/@ana\">Ana Lind</a> on "
                        + "<em>Meadow Pictures</em> CC BY</p>")
                .doesNotContain("](");
    }

    @Test
    void readsEscapedQuotesInsideNamedArguments() {
        assertThat(expand("{{< figure src=\"a.png\" title=\"Talk: \\\"Hello\\\" by \\\"Me\\\"\" >}}").markdown())
                .contains("data-title=\"Talk: &quot;Hello&quot; by &quot;Me&quot;\"");
    }

    @Test
    void resolvesRefAndRelrefToPermalinks() {
        assertThat(expand("[x]({{< ref \"/post/other.md\" >}}) [y]({{< relref path=\"/post/other.md\" >}})").markdown())
                .isEqualTo("[x](https://example.org/post/other/) [y](https://example.org/post/other/)");
    }

    @Test
    void aRefThatFindsNoPageKeepsTheReferenceDefinitionsAfterIt() {
        String markdown = "See [Seeds][] and [Soil][].\n\n[Seeds]: {{< relref \"missing\" >}}\n"
                + "[Soil]: https://e.org/soil\n";
        ShortcodeExpander.Result result = expander.expand(markdown, 1);
        String html = result.substitute(MarkdownRenderer.render(result.markdown()));
        assertThat(html).contains("<a href=\"https://e.org/soil\">Soil</a>").doesNotContain("[Soil]");
    }

    @Test
    void keepsInnerTextOfPairedShortcodesAndRendersPercentInnerAsMarkdown() {
        assertThat(expand("{{< note >}}Inner text{{< /note >}}").markdown()).isEqualTo("Inner text");
        assertThat(expand("{{% details %}}**bold**{{% /details %}}").markdown()).isEqualTo("**bold**");
    }

    @Test
    void dropsUnknownStandaloneShortcodes() {
        assertThat(expand("a {{< tweet 123 >}} b {{< icon \"heart\" \"2x\" >}} c").markdown()).isEqualTo("a  b  c");
    }

    @Test
    void turnsHighlightIntoFencedCode() {
        assertThat(expand("{{< highlight bash >}}\n# not a heading\n{{< /highlight >}}").markdown())
                .contains("```bash\n# not a heading\n```");
    }

    @Test
    void reportsUnclosedShortcodeWithLineAndKeepsText() {
        ShortcodeExpander.Result result = expander.expand(
                "line one\nline two {{< figure src=\"x.png\" title=\"T\"\nmore\n", 5);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(6);
        assertThat(result.markdown()).doesNotContain("{{<").contains("figure src=\"x.png\"").contains("more");
    }

    @Test
    void commentedShortcodeKeepsWordsWithoutDelimiters() {
        assertThat(expand("Use {{</* figure src=\"x\" */>}} like this").markdown())
                .isEqualTo("Use figure src=\"x\" like this");
    }

    @Test
    void neverLeavesDelimitersBehind() {
        String out = expand("{{< a >}}{{% b %}}x{{% /b %}}{{< /a >}} {{< /stray >}} {{% c %}}").markdown();
        assertThat(out).doesNotContain("{{<").doesNotContain(">}}").doesNotContain("{{%").doesNotContain("%}}");
    }
}
