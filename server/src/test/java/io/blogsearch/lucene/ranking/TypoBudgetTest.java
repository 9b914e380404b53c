package io.blogsearch.lucene.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.query.Synonyms;
import io.blogsearch.query.UserQueryParser;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** Issue 16: a query of many unknown long words must not pay for typo automata on every one of them. */
class TypoBudgetTest {

    private static final String SIXTEEN_UNKNOWN = "quorvantible zentrafluxing morquesillant plindovarest "
            + "xantheroplix bruvenquastle gloptermundic sarvinquelt wombertrastic fendulqorian trispaventhal "
            + "quellimordant vaspertunium clorvenithic drumpelsquax yornavestrin";

    @Test
    void onlyTheFirstFewUnknownWordsOfAQueryGetTypoVariants() throws Exception {
        SearchQuery query = build(SIXTEEN_UNKNOWN, Vocabulary.nothing());
        // 12 and 13 letters with two edits each use 50 of the 60 letter-edits; the third word does not fit
        assertThat(fuzzyTerms(query.query()).stream().distinct())
                .containsExactlyInAnyOrder("quorvantible", "zentrafluxing");
        assertThat(TypoBudget.words(List.of(SIXTEEN_UNKNOWN.split(" ")), Vocabulary.nothing()))
                .containsExactly("quorvantible", "zentrafluxing");
    }

    @Test
    void aFewTyposStillAllGetVariants() throws Exception {
        SearchQuery query = build("kubernets monitorign dashbaord", Vocabulary.nothing());
        assertThat(fuzzyTerms(query.query()).stream().distinct())
                .containsExactlyInAnyOrder("kubernets", "monitorign", "dashbaord");
    }

    @Test
    void knownAndShortWordsDoNotUseTheBudget() {
        Vocabulary knowsCommonWords = token -> List.of("the", "storage", "cluster").contains(token);
        assertThat(TypoBudget.words(List.of("the", "storage", "clustr", "cat", "storag", "clusterz", "nodez"),
                knowsCommonWords)).containsExactly("clustr", "storag", "clusterz");
        assertThat(TypoBudget.words(List.of("abcdefghijklmnopqrstuvwx", "nodez"), knowsCommonWords))
                .containsExactly("abcdefghijklmnopqrstuvwx", "nodez");
        assertThat(TypoBudget.words(List.of("abcdefghijklmnopqrstuvwx", "bcdefghijklmnopqrstuvwxy", "nodez"),
                knowsCommonWords)).containsExactly("abcdefghijklmnopqrstuvwx");
    }

    private static SearchQuery build(String text, Vocabulary vocabulary) throws Exception {
        try (MultiReader empty = new MultiReader()) {
            return new SearchQueryBuilder(Synonyms.builtIn()).build(UserQueryParser.parse(text), vocabulary,
                    PostBoost.of(empty));
        }
    }

    private static List<String> fuzzyTerms(Query query) {
        List<String> words = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof FuzzyQuery fuzzy) {
                    words.add(fuzzy.getTerm().text());
                }
            }
        });
        return words;
    }
}
