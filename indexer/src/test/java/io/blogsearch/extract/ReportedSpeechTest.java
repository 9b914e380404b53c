package io.blogsearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

    @Test
    void quotedWordsThenSaidAndAName() {
        List<Quote> quotes = in("The meetup moves to Leipzig. “We are thrilled to bring the meetup "
                + "home,” said Ana Lima, Senior Engineer at Example Corp and host of the series. “See you there.”",
                "news");
        assertThat(quotes).extracting(Quote::speaker, Quote::text, Quote::sectionAnchor)
                .containsExactly(tuple("Ana Lima",
                        "We are thrilled to bring the meetup home", "news"));
    }

    @Test
    void quotedWordsThenTheNameAndTheVerb() {
        assertThat(in("\"Observability is a team sport.\" Bo Berg says. It stuck with us.", null))
                .extracting(Quote::speaker).containsExactly("Bo Berg");
    }

    @Test
    void aRoleNamesNobody() {
        assertThat(in("\"We shipped it on a Friday afternoon,\" said the CEO.", null)).isEmpty();
    }

    @Test
    void aGivenNameIsThePersonThePageNamesInFullOnce() {
        List<ReportedSpeech.ByGivenName> byGivenName = new ArrayList<>();
        assertThat(ReportedSpeech.in("\"The stories of what is missing are the hard ones,\" says Ravi.", "why",
                byGivenName)).isEmpty();
        assertThat(ReportedSpeech.resolve(byGivenName, "We spoke with Ravi Okafor, who runs the team.\nMore."))
                .extracting(Quote::speaker, Quote::text, Quote::sectionAnchor)
                .containsExactly(tuple("Ravi Okafor", "The stories of what is missing are the hard ones", "why"));
        assertThat(ReportedSpeech.resolve(byGivenName, "Ravi Okafor and Ravi Mendes joined.")).isEmpty();
        assertThat(ReportedSpeech.resolve(byGivenName, "Nobody else is named here.")).isEmpty();
    }

    @Test
    void aPronounIsNoGivenName() {
        List<ReportedSpeech.ByGivenName> byGivenName = new ArrayList<>();
        ReportedSpeech.in("\"It broke on a Friday evening,\" She said.", null, byGivenName);
        assertThat(byGivenName).isEmpty();
    }

    private static List<Quote> in(String text, String sectionAnchor) {
        return ReportedSpeech.in(text, sectionAnchor, new ArrayList<>());
    }

    @Test
    void wordsQuotedInsideASentenceAreNoReportedQuote() {
        assertThat(in("He called the plan \"a bold and risky move,\" said Ana Lima.", null))
                .isEmpty();
        assertThat(in("Nothing here is quoted, said Ana Lima.", null)).isEmpty();
    }
}
