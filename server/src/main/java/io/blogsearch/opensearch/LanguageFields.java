package io.blogsearch.opensearch;

import io.blogsearch.schema.LanguageAnalyzers;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which analyzer the stemmed text of a page language gets in OpenSearch: {@code blog_english} (as the Lucene
 * engine's English), OpenSearch's built-in analyzer of the language where analysis-common has one, CJK bigrams for
 * Chinese and Japanese, and {@code blog_exact} (lower-cased and folded, nothing stemmed) for the rest. The stemmed
 * fields are objects keyed by this name ({@code title.en}, {@code title.german}), so a query names them all with
 * {@code title.*} and each document has exactly one.
 */
public final class LanguageFields {

    /** The key of languages without an analyzer of their own. */
    public static final String UNSTEMMED = "none";
    /** The key of English. */
    public static final String ENGLISH = "en";

    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("ar", "arabic"), Map.entry("hy", "armenian"), Map.entry("eu", "basque"),
            Map.entry("bn", "bengali"), Map.entry("bg", "bulgarian"), Map.entry("ca", "catalan"),
            Map.entry("cs", "czech"), Map.entry("da", "danish"), Map.entry("nl", "dutch"),
            Map.entry("et", "estonian"), Map.entry("fi", "finnish"), Map.entry("fr", "french"),
            Map.entry("gl", "galician"), Map.entry("de", "german"), Map.entry("el", "greek"),
            Map.entry("hi", "hindi"), Map.entry("hu", "hungarian"), Map.entry("id", "indonesian"),
            Map.entry("ga", "irish"), Map.entry("it", "italian"), Map.entry("lv", "latvian"),
            Map.entry("lt", "lithuanian"), Map.entry("no", "norwegian"), Map.entry("nb", "norwegian"),
            Map.entry("nn", "norwegian"), Map.entry("fa", "persian"), Map.entry("pt", "portuguese"),
            Map.entry("ro", "romanian"), Map.entry("ru", "russian"), Map.entry("ckb", "sorani"),
            Map.entry("es", "spanish"), Map.entry("sv", "swedish"), Map.entry("tr", "turkish"),
            Map.entry("th", "thai"), Map.entry("ja", "cjk"), Map.entry("zh", "cjk"));

    private LanguageFields() {
    }

    /** The field key of a page language code ({@code en}, {@code pt-BR}, {@code zh-cn}). */
    public static String key(String lang) {
        String language = LanguageAnalyzers.analysisLanguage(lang);
        if (ENGLISH.equals(language)) {
            return ENGLISH;
        }
        String analyzer = BUILT_IN.get(language);
        return analyzer == null ? UNSTEMMED : analyzer;
    }

    /** Every key, with the analyzer its fields use. */
    public static Map<String, String> analyzers() {
        Map<String, String> all = new TreeMap<>();
        BUILT_IN.values().forEach(analyzer -> all.put(analyzer, analyzer));
        all.put(ENGLISH, "blog_english");
        all.put(UNSTEMMED, "blog_exact");
        return all;
    }
}
