package io.blogsearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blogsearch.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

    @Test
    void quotedWordsThenSaidAndAName() {
        List<Quote> quotes = ReportedSpeech.in("The meetup moves to Leipzig. “We are thrilled to bring the meetup "
                + "home,” said Ana Lima, Senior Engineer at Example Corp and host of the series. “See you there.”",
                "news");
        assertThat(quotes).extracting(Quote::speaker, Quote::text, Quote::sectionAnchor)
                .containsExactly(tuple("Ana Lima",
                        "We are thrilled to bring the meetup home", "news"));
    }

    @Test
    void quotedWordsThenTheNameAndTheVerb() {
        assertThat(ReportedSpeech.in("\"Observability is a team sport.\" Bo Berg says. It stuck with us.", null))
                .extracting(Quote::speaker).containsExactly("Bo Berg");
    }

    @Test
    void aFirstNameOrARoleNamesNobody() {
        assertThat(ReportedSpeech.in("\"The why-it-is-missing stories are the hard ones,\" says Jacob.", null))
                .isEmpty();
        assertThat(ReportedSpeech.in("\"We shipped it on a Friday afternoon,\" said the CEO.", null)).isEmpty();
    }

    @Test
    void wordsQuotedInsideASentenceAreNoReportedQuote() {
        assertThat(ReportedSpeech.in("He called the plan \"a bold and risky move,\" said Ana Lima.", null))
                .isEmpty();
        assertThat(ReportedSpeech.in("Nothing here is quoted, said Ana Lima.", null)).isEmpty();
    }
}
