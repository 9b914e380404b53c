package io.blogsearch.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.query.UserQuery.FieldClause;
import io.blogsearch.query.UserQuery.QueryField;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {

    @Test
    void readsWordsPhrasesExclusionsAndFields() {
        UserQuery q = UserQueryParser.parse("rook \"running with scissors\" -docker speaker:\"liz rice\" tag:ceph");
        assertThat(q.words()).containsExactly("rook");
        assertThat(q.phrases()).containsExactly("running with scissors");
        assertThat(q.excluded()).containsExactly("docker");
        assertThat(q.fields()).containsExactly(new FieldClause(QueryField.SPEAKER, "liz rice"),
                new FieldClause(QueryField.TAG, "ceph"));
    }

    @Test
    void treatsTheLastWordAsAPrefixOnlyWhileItIsBeingTyped() {
        assertThat(UserQueryParser.parse("running with scis").prefixLast()).isTrue();
        assertThat(UserQueryParser.parse("running with scis ").prefixLast()).isFalse();
        assertThat(UserQueryParser.parse("\"running with\"").prefixLast()).isFalse();
    }

    @Test
    void readsAnUnbalancedQuoteAsPlainWords() {
        UserQuery q = UserQueryParser.parse("\"running with scissors");
        assertThat(q.phrases()).isEmpty();
        assertThat(q.words()).containsExactly("running", "with", "scissors");
    }

    @Test
    void dropsLoneOperatorsAndSymbols() {
        UserQuery q = UserQueryParser.parse("- + * ~ \\ : \"\" -\"\" && ||");
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void readsUnknownFieldsAsWords() {
        assertThat(UserQueryParser.parse("foo:bar").words()).containsExactly("foo:bar");
        assertThat(UserQueryParser.parse("type:").words()).containsExactly("type:");
    }

    @Test
    void ignoresWhatIsPastTheLengthAndClauseLimits() {
        UserQuery longQuery = UserQueryParser.parse("x".repeat(10_000));
        assertThat(longQuery.words()).hasSize(1);
        assertThat(longQuery.words().get(0)).hasSize(UserQueryParser.MAX_LENGTH);
        UserQuery many = UserQueryParser.parse("a ".repeat(200));
        assertThat(many.words()).hasSize(UserQueryParser.MAX_CLAUSES);
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String typed = "a".repeat(UserQueryParser.MAX_LENGTH - 1) + "\uD83D\uDE00";
        String word = UserQueryParser.parse(typed).words().get(0);
        assertThat(Character.isHighSurrogate(word.charAt(word.length() - 1))).isFalse();
    }

    @Test
    void readsWhoSaidAsAQuestionForQuotes() {
        UserQuery question = UserQueryParser.parse("Who said running with scissors?");
        assertThat(question.asksWhoSaid()).isTrue();
        assertThat(question.words()).containsExactly("running", "with", "scissors?");
        assertThat(question.prefixLast()).isTrue();

        UserQuery phrase = UserQueryParser.parse("who says \"running with scissors\" ");
        assertThat(phrase.asksWhoSaid()).isTrue();
        assertThat(phrase.words()).isEmpty();
        assertThat(phrase.phrases()).containsExactly("running with scissors");
        assertThat(phrase.prefixLast()).isFalse();

        // Nothing asked about, or not at the start: plain words.
        assertThat(UserQueryParser.parse("who said").asksWhoSaid()).isFalse();
        assertThat(UserQueryParser.parse("who said").words()).containsExactly("who", "said");
        assertThat(UserQueryParser.parse("she asked who said it").asksWhoSaid()).isFalse();
        assertThat(UserQueryParser.parse("who else said scissors").asksWhoSaid()).isFalse();
    }
}
