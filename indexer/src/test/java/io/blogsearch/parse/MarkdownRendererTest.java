package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final String ALERTS = """
            > [!NOTE]
            > Useful information.

            > [!TIP]- Custom *title*
            > Optional information.

            ```markdown
            > [!NOTE]
            > Shown as written.
            ```
            """;

    @Test
    void aSiteWhoseBlockquoteHookDrawsAlertsShowsTheirTitlesWithoutTheDesignator() {
        String html = MarkdownRenderer.render(ALERTS, HeadingAnchors::github, true);
        assertThat(html).contains("<blockquote>\n<p>Useful information.</p>")
                .contains("<p>Custom <em>title</em>\nOptional information.</p>")
                .contains("&gt; [!NOTE]\n&gt; Shown as written.")
                .doesNotContain("<p>[!NOTE]").doesNotContain("[!TIP]");
    }

    @Test
    void withoutSuchAHookTheDesignatorIsText() {
        assertThat(MarkdownRenderer.render(ALERTS, HeadingAnchors::github)).contains("<p>[!NOTE]\nUseful");
    }
}
