package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import io.blogsearch.parse.MarkdownRenderer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Talks listed the Japanese way: a title with its translation, then a byline without "by". */
class JapaneseTalkListTest {

    private static final String LIST = """
            ## カンファレンスのトーク一覧

            - **[⚡ Lightning Talk: Splicing in Five Minutes](https://sched.example.org/a)**（5分でわかるスプライス）<br>
              Ivo Brandt（Rope Advocate）<br> 5月7日（火）• 11:00 - 11:05
            - **[Knots Under Load](https://sched.example.org/b)**（荷重下の結び目）<br>
              Mira Olsen（Ropeworks）、Lena Voss（Kettle Labs）<br> 5月7日（火）• 12:00 - 12:30
            - **[Ropes (Part 2)](https://sched.example.org/c)**<br>
              Pia Lund & Omar Haddad（Harbour Labs）<br> 5月8日（水）• 9:00 - 9:30
            - **[帆の張り方（上級編）](https://sched.example.org/d)**<br>
              Tomas Berg（Sailmakers）<br> 5月8日（水）• 10:00 - 10:30
            """;

    private static List<Talk> detect(String markdown, boolean eventReport) {
        List<Section> sections = ContentExtractor.extract(MarkdownRenderer.render(markdown), "https://e.org/p/",
                "https://e.org/").sections();
        return TalkSections.detect(sections, eventReport, Set.of()).talks();
    }

    @Test
    void readsTitlesWithoutTheirTranslationAndSpeakersWithAffiliations() {
        List<Talk> talks = detect(LIST, true);
        assertThat(talks).extracting(Talk::title).containsExactly("Splicing in Five Minutes", "Knots Under Load",
                "Ropes (Part 2)", "帆の張り方（上級編）");
        assertThat(talks).extracting(Talk::kind).containsExactly(TalkKind.LIGHTNING, TalkKind.TALK, TalkKind.TALK,
                TalkKind.TALK);
        assertThat(talks.get(0).speakers()).containsExactly(new Speaker("Ivo Brandt", "Rope Advocate", null));
        assertThat(talks.get(1).speakers()).containsExactly(new Speaker("Mira Olsen", null, "Ropeworks"),
                new Speaker("Lena Voss", null, "Kettle Labs"));
        assertThat(talks.get(2).speakers()).containsExactly(new Speaker("Pia Lund", null, "Harbour Labs"),
                new Speaker("Omar Haddad", null, "Harbour Labs"));
        assertThat(talks).extracting(Talk::anchor).containsOnly("カンファレンスのトーク一覧");
    }

    @Test
    void needsTheSameEvidenceAsEnglishLists() {
        String one = "## 参考\n\n- **[Knots Under Load](https://x.example.org)**（荷重下の結び目）<br>\n"
                + "  Mira Olsen（Ropeworks）<br> 5月7日\n";
        assertThat(detect(one, false)).isEmpty();
        assertThat(detect(one, true)).extracting(Talk::title).containsExactly("Knots Under Load");
        assertThat(detect(LIST, false)).hasSize(4);
    }

    @Test
    void leavesOutItemsWhoseSpeakersAreNamedInJapaneseScript() {
        String list = LIST.replace("Mira Olsen（Ropeworks）、Lena Voss", "山田太郎（Ropeworks）、Lena Voss");
        assertThat(detect(list, true)).extracting(Talk::title).containsExactly("Splicing in Five Minutes",
                "Ropes (Part 2)", "帆の張り方（上級編）");
    }

    @Test
    void aTitleShapedLikeABylineIsNeverReadAsOne() {
        // "Knots Under Load（荷重下の結び目）" reads like a name with its affiliation left out: see FullWidthBylineTest
        // two bylines in a row: either could be the title, so neither is read
        String people = LIST.replace("[Knots Under Load](https://sched.example.org/b)**（荷重下の結び目）",
                "[Ana Lima & Bo Berg](https://sched.example.org/b)**（対談）");
        assertThat(detect(people, true)).extracting(Talk::title).containsExactly("Splicing in Five Minutes",
                "Ropes (Part 2)", "帆の張り方（上級編）");
    }
}
