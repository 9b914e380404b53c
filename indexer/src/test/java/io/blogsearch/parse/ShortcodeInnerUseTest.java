package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which shortcode templates show their enclosed text, with templates of the kind popular themes ship. */
class ShortcodeInnerUseTest {

    @Test
    void textWrittenRenderedOrPassedToAPartialIsShown() {
        assertThat(ShortcodeInnerUse.hidesInner("<div>{{ .Inner }}</div>")).isFalse();
        assertThat(ShortcodeInnerUse.hidesInner("<blockquote><p>{{ .Inner | markdownify }}</p></blockquote>"))
                .isFalse();
        assertThat(ShortcodeInnerUse.hidesInner("{{- $inner := .Inner | .Page.RenderString -}}\n"
                + "<div class=\"admonition\">{{- $inner -}}</div>")).isFalse();
        assertThat(ShortcodeInnerUse.hidesInner("{{ with .Inner }}<p>{{ . }}</p>{{ end }}")).isFalse();
        // a tab stored for its tabs shortcode, which shows it
        assertThat(ShortcodeInnerUse.hidesInner("{{ with $.Parent }}{{ .Scratch.Add \"tabs\" (dict \"content\" "
                + "$.Inner) }}{{ end }}")).isFalse();
        assertThat(ShortcodeInnerUse.hidesInner("{{ $.Parent.Scratch.Add \"tabs\" (dict \"content\" .Inner) }}"))
                .isFalse();
        // a typewriter effect: the text reaches the page through a partial and a script, so it is shown
        assertThat(ShortcodeInnerUse.hidesInner("{{- $content := trim .Inner \"\\n\" -}}\n"
                + "{{- $id := dict \"Content\" $content | partial \"function/id.html\" -}}\n"
                + "<div id=\"{{ $id }}\"></div>")).isFalse();
    }

    @Test
    void textParsedAsDataStoredOrOnlyTestedIsHidden() {
        // a chart's options
        assertThat(ShortcodeInnerUse.hidesInner("{{- $content := .Inner | transform.Unmarshal | jsonify -}}\n"
                + "{{- $id := dict \"Content\" $content | partial \"function/id.html\" -}}\n"
                + "<div class=\"echarts\" id=\"{{ $id }}\"></div>")).isTrue();
        // a script collected for the page's footer
        assertThat(ShortcodeInnerUse.hidesInner("{{- $scripts := (.Page.Scratch.Get \"this\").scripts -}}\n"
                + "{{- $scripts | append (trim .Inner \"\\n\") | .Page.Scratch.SetInMap \"this\" \"scripts\" -}}"))
                .isTrue();
        assertThat(ShortcodeInnerUse.hidesInner("{{ if .Inner }}{{ end }}")).isTrue();
        assertThat(ShortcodeInnerUse.hidesInner("<hr>")).isTrue();
    }

    @Test
    void textWrittenInAScriptACommentOrAnAttributeIsHidden() {
        assertThat(ShortcodeInnerUse.hidesInner("<canvas id=\"c\"></canvas>\n<script type=\"text/javascript\">\n"
                + "  new Chart(ctx, { {{ .Inner | safeJS }} });\n</script>")).isTrue();
        assertThat(ShortcodeInnerUse.hidesInner("<!-- {{ .Inner }} -->")).isTrue();
        assertThat(ShortcodeInnerUse.hidesInner("<div data-source=\"{{ .Inner }}\"></div>")).isTrue();
        assertThat(ShortcodeInnerUse.hidesInner("<script>x()</script><p>{{ .Inner }}</p>")).isFalse();
        // strings given to a script, which types them out, are shown
        assertThat(ShortcodeInnerUse.hidesInner("{{- $content := split .Inner \"\\n\" -}}\n<h3 id=\"t\"></h3>\n"
                + "<script>new TypeIt(\"#t\", { strings: {{ $content }} }).go();</script>")).isFalse();
    }
}
