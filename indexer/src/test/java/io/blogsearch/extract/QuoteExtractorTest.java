package io.blogsearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blogsearch.model.Quote;
import io.blogsearch.parse.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static List<Quote> quotes(String markdown) {
        return ContentExtractor.extract(MarkdownRenderer.render(markdown), "https://e.org/p/", "https://e.org/")
                .quotes();
    }

    @Test
    void splitsEscapedDashAttributionOffAsSpeaker() {
        assertThat(quotes("## Talk\n\n> \"Cut less, measure more\"\n> \\- Ada Lovelace\n"))
                .containsExactly(new Quote("Cut less, measure more", "Ada Lovelace", "talk"));
    }

    @Test
    void acceptsEmDashDoubleDashAndTildeAttributions() {
        assertThat(quotes("> One\n> — Grace Hopper\n")).extracting(Quote::speaker).containsExactly("Grace Hopper");
        assertThat(quotes("> Two\n> -- Alan Turing\n")).extracting(Quote::speaker).containsExactly("Alan Turing");
        assertThat(quotes("> Three\n> ~ Barbara Liskov\n")).extracting(Quote::speaker)
                .containsExactly("Barbara Liskov");
        assertThat(quotes("> Four\n>\n> – Ken Thompson, Bell Labs\n")).extracting(Quote::speaker)
                .containsExactly("Ken Thompson");
    }

    @Test
    void anAttributionClosingTheLastSentenceNamesTheSpeaker() {
        assertThat(quotes("> “Small batches travel further\n> than big plans.” — _Odile Marchetti_\n"))
                .containsExactly(new Quote("Small batches travel further than big plans.", "Odile Marchetti", null));
        assertThat(quotes("> \"Logs are letters to your future self.\" —\n> _Tobias Lindqvist_\n"))
                .extracting(Quote::speaker).containsExactly("Tobias Lindqvist");
        assertThat(quotes("> We measured first, and then we cut. -- Priya Raman, Example Corp\n"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We measured first, and then we cut.", "Priya Raman"));
    }

    @Test
    void aDashInsideTheWordsOrBeforeNoPersonIsNoAttribution() {
        assertThat(quotes("> The build failed. — see the log for details\n")).isEmpty();
        assertThat(quotes("> Ship it on Friday — said nobody ever\n")).isEmpty();
        assertThat(quotes("> Version 2.0 - Release Notes\n")).isEmpty();
    }

    @Test
    void keepsQuotesInsideTheQuoteAndJoinsParagraphs() {
        assertThat(quotes("> First part.\n>\n> \"Second\" part.\n> \\- Someone Else\n"))
                .extracting(Quote::text).containsExactly("First part. \"Second\" part.");
    }

    @Test
    void admonitionsAndUnattributedBlockquotesAreNoQuotes() {
        assertThat(quotes("> **NOTE** All credit goes to the creators!\n> \\- Not A Speaker\n")).isEmpty();
        assertThat(quotes("> **WARNING** careful\n")).isEmpty();
        assertThat(quotes("> Just a blockquote\n> with two lines\n")).isEmpty();
        assertThat(quotes("> * `--rm` - a list item\n")).isEmpty();
    }

    @Test
    void citedSourcesAreNoSpeakers() {
        assertThat(quotes("> The docs say so.\n>\n> – Quote from [the docs](https://docs.example.org)\n")).isEmpty();
        assertThat(quotes("> Text.\n> \\- [A very long document title - with parts - here](https://x.org)\n"))
                .isEmpty();
    }

    @Test
    void htmlBlockquoteWithAttributionIsAQuoteAndATweetByAHandleWaitsForItsPerson() {
        assertThat(quotes("<blockquote><p>Stay curious.<br>— Marie Curie</p></blockquote>\n"))
                .extracting(Quote::speaker).containsExactly("Marie Curie");
        // "Someone" reads as no person's name: the handle is kept for the archive-wide step to resolve or drop
        assertThat(quotes("<blockquote class=\"twitter-tweet\"><p>hello</p>&mdash; Someone (@some)</blockquote>\n"))
                .extracting(Quote::speaker).containsExactly("@some");
    }

    @Test
    void leavesStruckOutWordsOutOfTheQuote() {
        assertThat(quotes("> We plant the ~~roses~~ tulips first.\n>\n> \\- Ada Lovelace\n"))
                .extracting(Quote::text).containsExactly("We plant the tulips first.");
        assertThat(quotes("<blockquote><p>Ship <s>daily</s> <strike>weekly</strike> <del>hourly</del> often.</p>"
                + "<footer>— Grace Hopper</footer></blockquote>\n"))
                .extracting(Quote::text).containsExactly("Ship often.");
        assertThat(quotes("<blockquote data-quote-author=\"Grace Hopper\">"
                + "<p>Old <del>new</del> ways</p></blockquote>\n"))
                .extracting(Quote::text).containsExactly("Old ways");
        assertThat(quotes("Before.\n\"Build ~~slow~~ small things\" - Alan Turing\n"))
                .extracting(Quote::text).containsExactly("Build small things");
    }

    @Test
    void quoteMarksFollowedByANoteHoldTheWords() {
        assertThat(quotes("> \"Measure twice, don't cut once\" (Woodworking Basics)\n> \\- Ada Lovelace\n"))
                .containsExactly(new Quote("Measure twice, don't cut once", "Ada Lovelace", null));
        assertThat(quotes("> „Erst messen, dann sägen“ (aus der Werkstatt).\n> \\- Ada Lovelace\n"))
                .extracting(Quote::text).containsExactly("Erst messen, dann sägen");
        assertThat(quotes("> (Traducción) \"Primero medir, luego cortar.\" — _Ada Lovelace_\n"))
                .extracting(Quote::text).containsExactly("Primero medir, luego cortar.");
    }

    @Test
    void keepsNotesThatDoNotFollowOneQuotedRun() {
        // marks around part of the words, mismatched marks, marks inside, or two notes: the text stays as written
        assertThat(quotes("> \"Half\" of the words (a note)\n> \\- Ada Lovelace\n"))
                .extracting(Quote::text).containsExactly("\"Half\" of the words (a note)");
        assertThat(quotes("> \"Open» (a note)\n> \\- Ada Lovelace\n"))
                .extracting(Quote::text).containsExactly("\"Open» (a note)");
        assertThat(quotes("> \"Say \"go\" now\" (a note)\n> \\- Ada Lovelace\n"))
                .extracting(Quote::text).containsExactly("\"Say \"go\" now\" (a note)");
        assertThat(quotes("> \"Words\" (one) (two)\n> \\- Ada Lovelace\n"))
                .extracting(Quote::text).containsExactly("\"Words\" (one) (two)");
        // a tweet is its author's own text: a note after quoted words may name who said them first
        assertThat(quotes("<blockquote class=\"twitter-tweet\"><p>\"Ship it\" (overheard)</p>"
                + "&mdash; Grace Hopper (@gh)</blockquote>\n"))
                .extracting(Quote::text).containsExactly("\"Ship it\" (overheard)");
    }
}
