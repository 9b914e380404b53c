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

    @Test
    void marksOverlappingPairsOfCharactersAsOneWord() {
        // "コレクター" as the CJK analyzer indexes it: コレ, レク, クタ, ター, each overlapping the next
        String content = "ローカルコレクターのエンドポイント";
        int at = content.indexOf("コレクター");
        Passage passage = passage(content, new int[] {at, at + 1, at + 2, at + 3},
                new int[] {at + 2, at + 3, at + 4, at + 5}, "コレ", "レク", "クタ", "ター");
        String html = new SnippetFormatter().format(new Passage[] {passage}, content);
        assertThat(html).isEqualTo("ローカル<mark>コレクター</mark>のエンドポイント");
    }

    @Test
    void cutsTextWithoutSpacesNearTheMatchAndMarksEveryMatchShown() {
        String filler = "あいうえおかきくけこ".repeat(30);
        String content = filler + "。" + filler + "検索" + filler + "検索" + filler;
        int first = content.indexOf("検索");
        int second = content.indexOf("検索", first + 1);
        Passage passage = passage(content, new int[] {first, second}, new int[] {first + 2, second + 2}, "検索", "検索");
        String html = new SnippetFormatter().format(new Passage[] {passage}, content);
        // begins about the lead before the match, not at the passage's start three hundred characters earlier
        assertThat(html).startsWith("… ").endsWith(" …").contains("<mark>検索</mark>");
        assertThat(html.indexOf("<mark>")).isBetween(50, 90);
        assertThat(html.length()).isLessThan(SnippetFormatter.TARGET_LENGTH + 60);
    }

    @Test
    void marksAMatchBeforeTheRichestWindowWhenTheCutShowsIt() {
        // the window from "beta" holds three matched words, the one from "alpha" two: the snippet is cut around
        // "beta", and its lead shows "alpha", which is marked too
        String content = "one alpha " + "x".repeat(30) + " beta " + "y ".repeat(70) + "gamma delta";
        int[] starts = {content.indexOf("alpha"), content.indexOf("beta"), content.indexOf("gamma"),
            content.indexOf("delta")};
        Passage passage = passage(content, starts, new int[] {starts[0] + 5, starts[1] + 4, starts[2] + 5,
            starts[3] + 5}, "alpha", "beta", "gamma", "delta");
        String html = new SnippetFormatter().format(new Passage[] {passage}, content);
        assertThat(html).contains("<mark>alpha</mark>", "<mark>beta</mark>", "<mark>gamma</mark> <mark>delta</mark>");
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
