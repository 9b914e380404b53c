package io.blogsearch.language;

import io.blogsearch.schema.LanguageAnalyzers;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Tells a page's language from its text: Chinese, Japanese and Korean by their scripts (Han alone, Han with kana,
 * Hangul) when those characters outnumber the words in Latin letters; other languages by the share of its words that
 * are stop words of each language Lucene has stop words for: running text in a language is a third to a half its
 * function words, while another language's list catches a few percent of them. Only strong evidence changes the
 * language: enough characters or words, a clear share, and a clear lead over both the site's language and the
 * runner-up; otherwise the site's language stands. (A detection library would add a dependency and a model load for
 * what scripts and the analyzers' own stop lists already decide on running text.)
 */
public final class TextLanguageDetector {

    /** Fewer words than this is no evidence: a short page could be anything. */
    static final int MIN_WORDS = 80;
    /** Least share of the text that must be the winner's stop words. */
    static final double MIN_SHARE = 0.22;
    /** How many times the site language's share the winner's share must be. */
    static final double LEAD_OVER_SITE = 2.0;
    /**
     * How many times the runner-up's share the winner's must be: close languages share many function words (Spanish
     * running text is some 40% Spanish and 30% Galician stop words), so the margin between them is smaller.
     */
    static final double LEAD_OVER_RUNNER_UP = 1.2;
    /** Words read at most: the opening of a page is evidence enough. */
    static final int MAX_WORDS = 3_000;
    /**
     * Fewer Chinese, Japanese or Korean characters than this is no evidence: a page quoting a name or a word in
     * them. With at least this many, the script tells the language when they outnumber the words in Latin letters.
     */
    static final int MIN_CJK_CHARACTERS = 60;
    /**
     * How many Latin words (not running text: code, names) a CJK character may be outweighed by: a Chinese post with
     * its code listings, not an English one quoting a line of Chinese.
     */
    static final int MAX_LATIN_WORDS_PER_CJK = 4;
    /** Characters read at most for the scripts. */
    static final int MAX_CHARACTERS = 12_000;
    /** Share of kana among the CJK characters from which text is Japanese: Chinese has none, Japanese a third. */
    static final double MIN_KANA_SHARE = 0.05;

    /**
     * Languages compared: those whose analyzers drop stop words by their own language's list (the CJK analyzers
     * drop English words and Korean drops parts of speech; their script needs no stop words to be told).
     */
    static final List<String> CANDIDATES = List.of("ar", "bg", "bn", "ca", "ckb", "cs", "da", "de", "el",
            "en", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "hi", "hu", "hy", "id", "it", "lt", "lv", "ne",
            "nl", "no", "pl", "pt", "ro", "ru", "sr", "sv", "ta", "te", "th", "tr", "uk");

    private TextLanguageDetector() {
    }

    /** The language the text is written in when the evidence is strong, else {@code siteLanguage}. */
    public static String detect(String text, String siteLanguage) {
        String body = text == null ? "" : text;
        String site = LanguageAnalyzers.analysisLanguage(siteLanguage);
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = countStopWords(body, hits);
        Scripts scripts = Scripts.count(body);
        // Latin words inside Chinese, Japanese or Korean prose (names, keys, code) are no evidence of a language:
        // they count against the script only when they outnumber its characters and read as running text
        boolean latinProse = words >= MIN_WORDS && hits.values().stream().anyMatch(n -> n >= MIN_SHARE * words);
        if (scripts.cjk() >= MIN_CJK_CHARACTERS && (scripts.cjk() >= scripts.latinWords()
                || !latinProse && scripts.cjk() * MAX_LATIN_WORDS_PER_CJK >= scripts.latinWords())) {
            String written = scripts.language();
            return written.equals(site) ? siteLanguage : written;
        }
        if (words < MIN_WORDS) {
            return siteLanguage;
        }
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                best = entry.getKey();
                bestHits = entry.getValue();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        if (best == null || best.equals(site) || bestHits < MIN_SHARE * words) {
            return siteLanguage;
        }
        int siteHits = hits.getOrDefault(site, 0);
        boolean clear = bestHits >= LEAD_OVER_SITE * siteHits && bestHits >= LEAD_OVER_RUNNER_UP * secondHits;
        return clear ? best : siteLanguage;
    }

    /**
     * Counts the words of the text (letters only, at most {@link #MAX_WORDS}) and each language's stop words, into
     * {@code hits} in the order each language was first hit (which breaks ties in {@link #detect}).
     */
    private static int countStopWords(String text, Map<String, Integer> hits) {
        int words = 0;
        int[] counts = new int[CANDIDATES.size()];
        int[] firstHit = new int[CANDIDATES.size()];
        int languagesHit = 0;
        CharArrayMap<Long> index = Candidates.STOP_WORDS;
        try (StandardTokenizer tokenizer = new StandardTokenizer();
             TokenStream stream = new LowerCaseFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (words < MAX_WORDS && stream.incrementToken()) {
                if (!"<ALPHANUM>".equals(type.type())) {
                    continue;
                }
                words++;
                Long languages = index.get(term.buffer(), 0, term.length());
                for (long mask = languages == null ? 0 : languages; mask != 0; mask &= mask - 1) {
                    int language = Long.numberOfTrailingZeros(mask);
                    if (counts[language]++ == 0) {
                        firstHit[languagesHit++] = language;
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            // Reading an in-memory string does no I/O.
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < languagesHit; i++) {
            hits.put(CANDIDATES.get(firstHit[i]), counts[firstHit[i]]);
        }
        return words;
    }

    /**
     * How many characters of the opening are Han, kana and Hangul, and how many words are in Latin letters.
     *
     * @param han        Han characters (Chinese, and the kanji of Japanese)
     * @param kana       hiragana and katakana characters
     * @param hangul     Hangul characters
     * @param latinWords runs of Latin letters
     */
    record Scripts(int han, int kana, int hangul, int latinWords) {

        static Scripts count(String text) {
            int han = 0;
            int kana = 0;
            int hangul = 0;
            int latinWords = 0;
            boolean inLatinWord = false;
            int end = Math.min(text.length(), MAX_CHARACTERS);
            for (int i = 0; i < end; ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                boolean ascii = c < 0x80;
                // most text is ASCII: its letters are Latin without looking the script up
                Character.UnicodeScript script = ascii || !Character.isLetter(c) ? null : Character.UnicodeScript.of(c);
                boolean latin = ascii ? c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                        : script == Character.UnicodeScript.LATIN;
                latinWords += latin && !inLatinWord ? 1 : 0;
                inLatinWord = latin;
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                    kana++;
                } else if (script == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
            return new Scripts(han, kana, hangul, latinWords);
        }

        int cjk() {
            return han + kana + hangul;
        }

        /** ko when Hangul is most of it, ja with kana, zh with Han alone. */
        String language() {
            if (hangul * 2 > cjk()) {
                return "ko";
            }
            return kana >= MIN_KANA_SHARE * cjk() ? "ja" : "zh";
        }
    }

    /** The candidates' stop words ({@link StopWordIndex}), read on first use. */
    private static final class Candidates {

        static final CharArrayMap<Long> STOP_WORDS = StopWordIndex.of(CANDIDATES);
    }
}
