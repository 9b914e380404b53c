package io.blogsearch.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The stop words each language's analyzer in {@link LanguageAnalyzers} drops, read from Lucene's lists without
 * building the analyzer: the Polish and Ukrainian analyzers load their stemmer table and dictionary (megabytes) with
 * their stop words, which telling a page's language from its stop words must not pay on every build. Each list is
 * read on first use and shared (the sets are unmodifiable).
 */
public final class StopWordSets {

    private static final Map<String, Supplier<CharArraySet>> LISTS = Map.ofEntries(
            Map.entry("en", () -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
            Map.entry("ar", ArabicAnalyzer::getDefaultStopSet), Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet),
            Map.entry("bn", BengaliAnalyzer::getDefaultStopSet), Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
            Map.entry("ckb", SoraniAnalyzer::getDefaultStopSet), Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
            Map.entry("da", DanishAnalyzer::getDefaultStopSet), Map.entry("de", GermanAnalyzer::getDefaultStopSet),
            Map.entry("el", GreekAnalyzer::getDefaultStopSet), Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
            Map.entry("et", EstonianAnalyzer::getDefaultStopSet), Map.entry("eu", BasqueAnalyzer::getDefaultStopSet),
            Map.entry("fa", PersianAnalyzer::getDefaultStopSet), Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("fr", FrenchAnalyzer::getDefaultStopSet), Map.entry("ga", IrishAnalyzer::getDefaultStopSet),
            Map.entry("gl", GalicianAnalyzer::getDefaultStopSet), Map.entry("hi", HindiAnalyzer::getDefaultStopSet),
            Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
            Map.entry("hy", ArmenianAnalyzer::getDefaultStopSet),
            Map.entry("id", IndonesianAnalyzer::getDefaultStopSet), Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
            Map.entry("lt", LithuanianAnalyzer::getDefaultStopSet),
            Map.entry("lv", LatvianAnalyzer::getDefaultStopSet),
            Map.entry("ne", NepaliAnalyzer::getDefaultStopSet),
            Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("nn", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("pl", () -> read(PolishAnalyzer.class, false)),
            Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
            Map.entry("ru", RussianAnalyzer::getDefaultStopSet), Map.entry("sr", SerbianAnalyzer::getDefaultStopSet),
            Map.entry("sv", SwedishAnalyzer::getDefaultStopSet), Map.entry("ta", TamilAnalyzer::getDefaultStopSet),
            Map.entry("te", TeluguAnalyzer::getDefaultStopSet), Map.entry("th", ThaiAnalyzer::getDefaultStopSet),
            Map.entry("tr", TurkishAnalyzer::getDefaultStopSet),
            Map.entry("uk", () -> read(UkrainianMorfologikAnalyzer.class, true)),
            Map.entry("ja", CJKAnalyzer::getDefaultStopSet), Map.entry("zh", CJKAnalyzer::getDefaultStopSet));

    private static final Map<String, CharArraySet> READ = new ConcurrentHashMap<>();

    private StopWordSets() {
    }

    /**
     * The stop words of the analysis language {@code language} (as {@link LanguageAnalyzers#analysisLanguage} gives
     * it), or null when its analyzer has no list of its own here.
     */
    public static CharArraySet of(String language) {
        Supplier<CharArraySet> list = LISTS.get(language);
        return list == null ? null : READ.computeIfAbsent(language, key -> CharArraySet.unmodifiableSet(list.get()));
    }

    /**
     * The {@code stopwords.txt} beside {@code analyzer}, read as that analyzer reads it: in Snowball's format (a
     * comment after {@code |}) or one word a line with {@code #} comments.
     */
    private static CharArraySet read(Class<?> analyzer, boolean snowball) {
        try (InputStream in = analyzer.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("no stopwords.txt beside " + analyzer.getName());
            }
            return snowball ? WordlistLoader.getSnowballWordSet(in) : WordlistLoader.getWordSet(in, "#");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
