package io.blogsearch.lucene.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.query.Synonyms;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.MultiReader;
import org.junit.jupiter.api.Test;

class QueryLanguagesTest {

    private final SearchQueryBuilder builder = new SearchQueryBuilder(Synonyms.builtIn());

    @Test
    void anEnglishOnlyIndexGetsExactlyTheQueryOfBeforeLanguages() throws IOException {
        PostBoost posts = PostBoost.of(new MultiReader());
        for (String typed : List.of("running with scissors", "\"garden shears\" -anvil", "title:rook ceph", "k8s",
                "who said pruning", "scis")) {
            UserQuery user = UserQueryParser.parse(typed);
            SearchQuery before = builder.build(user, Vocabulary.everything(), posts);
            for (List<String> languages : List.of(List.of("en"), List.of("en-us"), List.<String>of())) {
                SearchQuery now = builder.build(user, Vocabulary.everything(), posts,
                        QueryLanguages.of(languages));
                assertThat(now.query()).as(typed).isEqualTo(before.query());
                assertThat(now.matching()).as(typed).isEqualTo(before.matching());
                assertThat(now.highlight()).as(typed).isEqualTo(before.highlight());
            }
        }
    }

    @Test
    void aWordIsAnalysedInEverySearchedLanguage() {
        QueryLanguages languages = QueryLanguages.of(List.of("en", "de"));
        assertThat(languages.stemmed(Fields.TEXT, "häuser")).hasSize(2);
        assertThat(QueryLanguages.of(List.of("de")).stemmed(Fields.TEXT, "häuser").toString()).contains("haus");
    }

    @Test
    void aStopWordOfASearchedLanguageIsDropped() {
        assertThat(QueryLanguages.of(List.of("de")).isStopWord("und")).isTrue();
        assertThat(QueryLanguages.of(List.of("en")).isStopWord("und")).isFalse();
    }

    @Test
    void aRunOfChineseOrJapaneseScriptStaysOneToken() {
        assertThat(QueryLanguages.scoringTokens("收集器")).containsExactly("收集器");
        assertThat(QueryLanguages.scoringTokens("OpenTelemetryのトレース")).containsExactly("opentelemetry", "のトレース");
        assertThat(QueryLanguages.scoringTokens("Rook-Ceph")).containsExactly("rook", "ceph");
    }

    @Test
    void aCjkRunIsAPhraseOfBigramsOnTheStemmedFields() {
        assertThat(QueryLanguages.of(List.of("zh")).stemmed(Fields.TEXT, "收集器").get(0).toString())
                .isEqualTo("text:\"收集 集器\"");
    }
}
