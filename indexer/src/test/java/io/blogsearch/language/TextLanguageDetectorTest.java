package io.blogsearch.language;

import static io.blogsearch.language.LanguageFixtures.CHINESE;
import static io.blogsearch.language.LanguageFixtures.ENGLISH;
import static io.blogsearch.language.LanguageFixtures.GERMAN;
import static io.blogsearch.language.LanguageFixtures.JAPANESE;
import static io.blogsearch.language.LanguageFixtures.KOREAN;
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

    @Test
    void chineseJapaneseAndKoreanAreToldByTheirScripts() {
        assertThat(TextLanguageDetector.detect(CHINESE, "en")).isEqualTo("zh");
        assertThat(TextLanguageDetector.detect(JAPANESE, "en")).isEqualTo("ja");
        assertThat(TextLanguageDetector.detect(KOREAN, "en")).isEqualTo("ko");
        assertThat(TextLanguageDetector.detect(JAPANESE, "ja-JP")).isEqualTo("ja-JP");
        assertThat(TextLanguageDetector.detect(CHINESE, "zh-cn")).isEqualTo("zh-cn");
    }

    @Test
    void latinWordsInsideChineseProseAreNoEvidenceOfAnotherLanguage() {
        // vim's keys and a command line between Chinese sentences once read as Estonian
        String keys = "h 光标向左移动 j 光标向下移动 k 光标向上移动 l 光标向右移动 ja ka ei ole :wq 保存并退出。";
        assertThat(TextLanguageDetector.detect(repeated(CHINESE + keys, 2), "en")).isEqualTo("zh");
        String code = "\nfunction endsWith($haystack, $needle) { $length = strlen($needle); return $length; }\n";
        assertThat(TextLanguageDetector.detect(CHINESE + repeated(code, 12), "en")).isEqualTo("zh");
    }

    @Test
    void aFewCharactersOrAPassageInsideEnglishKeepTheSiteLanguage() {
        assertThat(TextLanguageDetector.detect(repeated(ENGLISH, 3) + " The shed was called 小屋.", "en"))
                .isEqualTo("en");
        assertThat(TextLanguageDetector.detect(repeated(ENGLISH, 6) + CHINESE, "en")).isEqualTo("en");
    }
}
