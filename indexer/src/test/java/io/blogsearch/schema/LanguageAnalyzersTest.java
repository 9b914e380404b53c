package io.blogsearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {

    @Test
    void readsThePrimarySubtagOfALanguageCode() {
        assertThat(LanguageAnalyzers.analysisLanguage("pt-BR")).isEqualTo("pt");
        assertThat(LanguageAnalyzers.analysisLanguage("zh_CN")).isEqualTo("zh");
        assertThat(LanguageAnalyzers.analysisLanguage(" DE ")).isEqualTo("de");
        assertThat(LanguageAnalyzers.analysisLanguage(null)).isEqualTo("en");
        assertThat(LanguageAnalyzers.analysisLanguage("")).isEqualTo("en");
    }

    @Test
    void englishIsTheSchemasOwnChain() throws IOException {
        String text = "Running with the Scissors' Café and two houses";
        assertThat(tokens("en-US", text)).isEqualTo(tokens(BlogAnalyzers.english(), text))
                .contains("house", "cafe").doesNotContain("the", "houses");
    }

    @Test
    void germanInflectionsShareAStemAndStopWordsGo() throws IOException {
        assertThat(tokens("de", "die Häuser")).isEqualTo(tokens("de", "Haus"));
        assertThat(tokens("de", "und")).isEmpty();
        assertThat(LanguageAnalyzers.stopWords("de").contains("und")).isTrue();
    }

    @Test
    void frenchAndSpanishStem() throws IOException {
        assertThat(tokens("fr", "les collecteurs")).isEqualTo(tokens("fr", "collecteur"));
        assertThat(tokens("es", "los recolectores")).isEqualTo(tokens("es", "recolector"));
    }

    @Test
    void polishAndUkrainianUseLucenesModules() throws IOException {
        assertThat(tokens("pl", "kolektorów")).isEqualTo(tokens("pl", "kolektor"));
        assertThat(tokens("uk", "збирачів")).contains("збирач");
    }

    @Test
    void japaneseAndChineseAreBigrams() throws IOException {
        assertThat(tokens("ja", "トレース")).containsExactly("トレ", "レー", "ース");
        assertThat(tokens("zh-cn", "收集器")).containsExactly("收集", "集器");
    }

    @Test
    void aLanguageWithoutAnalyzerIsLowerCasedButNotStemmed() throws IOException {
        assertThat(LanguageAnalyzers.isAnalysed("xx")).isFalse();
        assertThat(tokens("xx", "Running Shoes")).containsExactly("running", "shoes");
        assertThat(LanguageAnalyzers.stopWords("xx")).isEmpty();
    }

    @Test
    void stopWordsReadWithoutTheAnalyzerAreTheOnesItDrops() {
        for (String language : LanguageAnalyzers.languages()) {
            Analyzer analyzer = LanguageAnalyzers.stemmed(language);
            // the schema's English chain is a custom analyzer dropping Lucene's English list
            CharArraySet dropped = LanguageAnalyzers.isEnglish(language) ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                    : analyzer instanceof StopwordAnalyzerBase withStopWords ? withStopWords.getStopwordSet()
                    : CharArraySet.EMPTY_SET;
            assertThat(words(LanguageAnalyzers.stopWords(language))).as(language).isEqualTo(words(dropped));
        }
        assertThat(words(LanguageAnalyzers.stopWords("pl"))).contains("przez");
        assertThat(words(LanguageAnalyzers.stopWords("uk"))).hasSizeGreaterThan(100);
    }

    private static Set<String> words(CharArraySet set) {
        Set<String> words = new TreeSet<>();
        set.forEach(word -> words.add(new String((char[]) word)));
        return words;
    }

    private static List<String> tokens(String lang, String text) throws IOException {
        return tokens(LanguageAnalyzers.stemmed(lang), text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
