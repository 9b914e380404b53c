package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void escapesEverythingButTheMarksItPutsThere() {
        String fragment = "a <script>alert('x')</script> & \"" + SearchBody.OPEN + "shears" + SearchBody.CLOSE
                + "\"\nnext";
        assertThat(Snippet.marked(fragment)).isEqualTo(
                "a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>shears</mark>&quot; next");
    }

    @Test
    void leavesNoTagThatTheTextWrote() {
        assertThat(Snippet.marked("<mark>fake</mark>")).isEqualTo("&lt;mark&gt;fake&lt;/mark&gt;");
    }

    @Test
    void joinsMarksThatTouch() {
        String o = String.valueOf(SearchBody.OPEN);
        String c = String.valueOf(SearchBody.CLOSE);
        String fragment = "ローカル" + o + "コレ" + c + o + "クタ" + c + o + "ー" + c + "の " + o + "a" + c + " " + o + "b" + c;
        assertThat(Snippet.marked(fragment))
                .isEqualTo("ローカル<mark>コレクター</mark>の <mark>a</mark> <mark>b</mark>");
    }
}
