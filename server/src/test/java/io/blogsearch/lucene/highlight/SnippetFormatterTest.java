package io.blogsearch.lucene.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    @Test
    void marksMatchesAndEscapesEverythingElse() {
        String content = "Try <script>alert('x')</script> & see";
        Passage passage = passage(content, new int[] {5}, new int[] {11}, "script");
        String html = new SnippetFormatter().format(new Passage[] {passage}, content);
        assertThat(html).isEqualTo("Try &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; see");
    }

    @Test
    void cutsLongTextAroundTheRichestWindow() {
        String content = "alpha " + "filler ".repeat(100) + "beta gamma " + "filler ".repeat(100);
        int beta = content.indexOf("beta");
        int gamma = content.indexOf("gamma");
        Passage passage = passage(content, new int[] {0, beta, gamma}, new int[] {5, beta + 4, gamma + 5},
                "alpha", "beta", "gamma");
        String html = new SnippetFormatter().format(new Passage[] {passage}, content);
        assertThat(html).startsWith("… ").endsWith(" …").contains("<mark>beta</mark> <mark>gamma</mark>");
        assertThat(html.length()).isLessThan(SnippetFormatter.TARGET_LENGTH + 60);
    }

    private static Passage passage(String content, int[] starts, int[] ends, String... terms) {
        Passage passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(content.length());
        for (int i = 0; i < starts.length; i++) {
            passage.addMatch(starts[i], ends[i], new BytesRef(terms[i]), 1);
        }
        return passage;
    }
}
