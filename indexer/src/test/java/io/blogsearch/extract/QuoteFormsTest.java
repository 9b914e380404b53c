package io.blogsearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Quote;
import io.blogsearch.parse.MarkdownRenderer;
import io.blogsearch.parse.ShortcodeExpander;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Every form a blog uses to quote a person, and the look-alikes that are no quotes (issue 13). */
class QuoteFormsTest {

    private static List<Quote> quotes(String markdown) {
        ShortcodeExpander.Result expanded = new ShortcodeExpander(target -> null).expand(markdown, 1);
        String html = expanded.substitute(MarkdownRenderer.render(expanded.markdown()));
        return ContentExtractor.extract(html, "https://e.org/p/", "https://e.org/").quotes();
    }

    @Test
    void oneLineBlockquoteWithQuotedWordsAndDash() {
        assertThat(quotes("> \"bread rises slowly\" - Mira Olsen\n"))
                .containsExactly(new Quote("bread rises slowly", "Mira Olsen", null));
        assertThat(quotes("> “Tea before code.” — Ivo Brandt, Kettle Works\n"))
                .extracting(Quote::text, Quote::speaker).containsExactly(
                        Tuple.tuple("Tea before code.", "Ivo Brandt"));
    }

    @Test
    void quotedSentenceFollowedByANameInAParagraph() {
        assertThat(quotes("Some context first.\n\"Rivers never hurry.\" - Lena Voss\nAnd then the post goes on.\n"))
                .extracting(Quote::text, Quote::speaker).containsExactly(
                        Tuple.tuple("Rivers never hurry.", "Lena Voss"));
        assertThat(quotes("\"Ship small things.\" — Omar Haddad, Staff Engineer\n"))
                .extracting(Quote::speaker).containsExactly("Omar Haddad");
    }

    @Test
    void wordsReportedInAParagraphsSentence() {
        assertThat(quotes("The bakery opens a second shop. \"We finally have room for the big ovens,\" said "
                + "Mira Olsen, head baker at Crumb & Co. \"Come by.\"\n"))
                .extracting(Quote::text, Quote::speaker).containsExactly(
                        Tuple.tuple("We finally have room for the big ovens", "Mira Olsen"));
        assertThat(quotes("\"Tests are letters to the future.\" Ivo Brandt says.\n"))
                .extracting(Quote::speaker).containsExactly("Ivo Brandt");
        assertThat(quotes("\"It broke on a Friday,\" says Ivo.\n")).isEmpty();
        assertThat(quotes("We met Ivo Brandt at the bakery.\n\n\"It broke on a Friday,\" says Ivo.\n"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(Tuple.tuple("It broke on a Friday", "Ivo Brandt"));
    }

    @Test
    void quotedTermsWithADefinitionAreNoQuotes() {
        assertThat(quotes("* \"Bucket\" - A place where objects are kept.\n")).isEmpty();
        assertThat(quotes("\"Bucket\" - a place where objects are kept.\n")).isEmpty();
        assertThat(quotes("### \"Loud Tests\" - Quiet Failures\n")).isEmpty();
    }

    @Test
    void quoteMarkerIntroducingTheSpeaker() {
        assertThat(quotes("> **QUOTE** from Pia Lund:\n>\n> \"Measure twice, deploy once\"\n"))
                .containsExactly(new Quote("Measure twice, deploy once", "Pia Lund", null));
        assertThat(quotes("> **QUOTE** Tomas Berg, Head of Ovens\n> \"Nothing stays warm forever\"\n"))
                .extracting(Quote::speaker).containsExactly("Tomas Berg");
        // a marker without a person: a quotation nobody is named for
        assertThat(quotes("> **QUOTE**\n>\n> \"The lamps go out at nine.\"\n")).isEmpty();
    }

    @Test
    void byLinkedNameAndLinkedAttributions() {
        assertThat(quotes("> \"Small steps, long roads\"\n>\n> By [Rosa Kim](https://rosa.example.org/)\n"))
                .extracting(Quote::speaker).containsExactly("Rosa Kim");
        assertThat(quotes("> Keep the logs.\n> \\- [Anton Weiss](https://anton.example.org)\n"))
                .extracting(Quote::speaker).containsExactly("Anton Weiss");
        // a linked company or page is no person
        assertThat(quotes("> \"Safer pipes\" - [Pipeworks](https://pipeworks.example.org/)\n")).isEmpty();
        assertThat(quotes("> Load test more\n> \\- ACME\n")).isEmpty();
    }

    @Test
    void severalPeopleJoinedByAmpersand() {
        assertThat(quotes("> We wrote it twice.\n> \\- Nora Diaz & Felix Hahn\n"))
                .extracting(Quote::speaker).containsExactly("Nora Diaz & Felix Hahn");
        assertThat(quotes("> We wrote it twice.\n> \\- Nora Diaz & Felix Hahn\n").get(0).speakers())
                .containsExactly("Nora Diaz", "Felix Hahn");
    }

    @Test
    void htmlBlockquoteWithFooterCiteOrFigcaption() {
        assertThat(quotes("<blockquote><p>Leave it tidier.</p><footer>— Jonas Pike, <cite>Camp Rules</cite></footer>"
                + "</blockquote>\n")).containsExactly(new Quote("Leave it tidier.", "Jonas Pike", null));
        assertThat(quotes("<blockquote cite=\"https://talks.example.org/7\"><p>Read the error.</p>"
                + "<cite>Alma Reyes</cite></blockquote>\n"))
                .containsExactly(new Quote("Read the error.", "Alma Reyes", null, "https://talks.example.org/7"));
        List<Quote> figure = quotes("<figure><blockquote><p>Write it down.</p></blockquote>"
                + "<figcaption>— Ruth Engel</figcaption></figure>\n");
        assertThat(figure).containsExactly(new Quote("Write it down.", "Ruth Engel", null));
        assertThat(quotes("<blockquote><p>Unsigned wisdom.</p><footer>The Handbook</footer></blockquote>\n"))
                .isEmpty();
    }

    @Test
    void figureAroundAQuoteIsNoImage() {
        String html = MarkdownRenderer.render("<figure><blockquote><p>Write it down.</p></blockquote>"
                + "<figcaption>— Ruth Engel</figcaption></figure>\n");
        assertThat(ContentExtractor.extract(html, "https://e.org/p/", "https://e.org/").figures()).isEmpty();
    }

    @Test
    void themeShortcodesCarryingAnAuthor() {
        assertThat(quotes("{{< quote author=\"Elif Sahin\" >}}\nPlants need patience.\n{{< /quote >}}\n"))
                .containsExactly(new Quote("Plants need patience.", "Elif Sahin", null));
        assertThat(quotes("{{< blockquote author=\"Hugo Marsh\" source=\"https://hm.example.org/a\" >}}"
                + "Fix the flaky test first.{{< /blockquote >}}\n"))
                .containsExactly(
                        new Quote("Fix the flaky test first.", "Hugo Marsh", null, "https://hm.example.org/a"));
        assertThat(quotes("{{% pullquote by=\"Sara Lind\" %}}\nDocs are a feature.\n{{% /pullquote %}}\n"))
                .extracting(Quote::speaker).containsExactly("Sara Lind");
        assertThat(quotes("{{< quote >}}\nNobody said this.\n{{< /quote >}}\n")).isEmpty();
    }

    @Test
    void embeddedTweetsAreQuotesByTheirAuthorLinkedToTheTweet() {
        String tweet = "<blockquote class=\"twitter-tweet\"><p lang=\"en\">Great room for the storage talk "
                + "<a href=\"https://t.co/x\">pic.twitter.com/x</a></p>&mdash; Dana Whit (@danawhit) "
                + "<a href=\"https://twitter.com/danawhit/status/123?ref_src=twsrc\">May 4, 2030</a></blockquote>\n";
        assertThat(quotes(tweet)).containsExactly(new Quote("Great room for the storage talk pic.twitter.com/x",
                "Dana Whit", null, "https://twitter.com/danawhit/status/123"));
    }

    @Test
    void admonitionsAndQuotedDocsOrQuestionsAreNoQuotes() {
        assertThat(quotes("> **NOTE**\n>\n> Restart the service - Then Check Logs\n")).isEmpty();
        assertThat(quotes("> [!NOTE]\n> Read this first.\n> \\- Mark Twain\n")).isEmpty();
        assertThat(quotes("> [!WARNING] Careful with the oven\n")).isEmpty();
        assertThat(quotes("> \"The controller reconciles state.\"\n"
                + "> – Taken from [the manual](https://m.example.org)\n"))
                .isEmpty();
        assertThat(quotes("> Why does the build fail on Mondays?\n")).isEmpty();
        assertThat(quotes("> \"Is this a bug?\" - Someone On The Forum Asking Things Here\n")).isEmpty();
    }
}
