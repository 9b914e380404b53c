package io.blogsearch.language;

import static io.blogsearch.language.LanguageFixtures.ENGLISH;
import static io.blogsearch.language.LanguageFixtures.GERMAN;
import static io.blogsearch.language.LanguageFixtures.SPANISH;
import static io.blogsearch.language.LanguageFixtures.repeated;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageDetectorTest {

    @Test
    void germanRunningTextOnAnEnglishSiteIsGerman() {
        assertThat(TextLanguageDetector.detect(repeated(GERMAN, 3), "en")).isEqualTo("de");
    }

    @Test
    void englishTextKeepsTheSiteLanguage() {
        assertThat(TextLanguageDetector.detect(repeated(ENGLISH, 3), "en")).isEqualTo("en");
        assertThat(TextLanguageDetector.detect(repeated(ENGLISH, 3), "en-us")).isEqualTo("en-us");
    }

    @Test
    void spanishIsToldFromItsCloseNeighbours() {
        assertThat(TextLanguageDetector.detect(repeated(SPANISH, 3), "en")).isEqualTo("es");
    }

    @Test
    void aShortTextIsNoEvidence() {
        assertThat(TextLanguageDetector.detect(GERMAN, "en")).isEqualTo("en");
        assertThat(TextLanguageDetector.detect("", "en")).isEqualTo("en");
        assertThat(TextLanguageDetector.detect(null, "fr")).isEqualTo("fr");
    }

    @Test
    void aTextHalfInEachLanguageKeepsTheSiteLanguage() {
        assertThat(TextLanguageDetector.detect(repeated(ENGLISH + GERMAN, 3), "en")).isEqualTo("en");
    }

    @Test
    void codeWithFewWordsIsNoEvidence() {
        String code = "kubectl apply -f deployment.yaml --namespace rook-ceph; helm install die/chart --set a=b\n";
        assertThat(TextLanguageDetector.detect(repeated(code, 40), "en")).isEqualTo("en");
    }

    @Test
    void aGermanSiteKeepsGermanText() {
        assertThat(TextLanguageDetector.detect(repeated(GERMAN, 3), "de")).isEqualTo("de");
    }
}
