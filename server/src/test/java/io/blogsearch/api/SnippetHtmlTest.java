package io.blogsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetHtmlTest {

    private static String escaped(String text, int from, int to) {
        StringBuilder out = new StringBuilder("[");
        SnippetHtml.escape(text, from, to, out);
        return out.append(']').toString();
    }

    @Test
    void escapesMetacharactersAndQuotesAndFlattensLineBreaks() {
        assertThat(escaped("a<b>&\"c'\nd\re\tf", 0, 14)).isEqualTo("[a&lt;b&gt;&amp;&quot;c&#39; d e f]");
    }

    @Test
    void writesOnlyTheRangeAndKeepsPlainRunsAsTheyAre() {
        String text = "say <mark> & run";
        assertThat(escaped(text, 4, 10)).isEqualTo("[&lt;mark&gt;]");
        assertThat(escaped(text, 11, 16)).isEqualTo("[&amp; run]");
        assertThat(escaped(text, 0, 3)).isEqualTo("[say]");
        assertThat(escaped(text, 5, 5)).isEqualTo("[]");
    }

    @Test
    void escapesAMetacharacterAtEitherEndOfTheRange() {
        assertThat(escaped("<x>", 0, 3)).isEqualTo("[&lt;x&gt;]");
        assertThat(escaped("é&ü", 0, 3)).isEqualTo("[é&amp;ü]");
    }
}
