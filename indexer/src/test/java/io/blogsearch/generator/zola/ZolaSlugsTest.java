package io.blogsearch.generator.zola;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.generator.zola.ZolaSlugs.Strategy;
import org.junit.jupiter.api.Test;

/** Zola's slug strategies, with the cases of Zola's own slug tests where the transliteration is known here. */
class ZolaSlugsTest {

    @Test
    void slugifiesPathsByEachStrategy() {
        assertThat(ZolaSlugs.path("tes t", Strategy.ON)).isEqualTo("tes-t");
        assertThat(ZolaSlugs.path("test (hey)", Strategy.ON)).isEqualTo("test-hey");
        assertThat(ZolaSlugs.path("héhé", Strategy.ON)).isEqualTo("hehe");
        assertThat(ZolaSlugs.path("dot. ", Strategy.ON)).isEqualTo("dot");
        assertThat(ZolaSlugs.path("Straße_Œuvre–Ørsted", Strategy.ON)).isEqualTo("strasse-oeuvre-orsted");
        assertThat(ZolaSlugs.path("test (hey)", Strategy.SAFE)).isEqualTo("test (hey)");
        assertThat(ZolaSlugs.path("dot. ", Strategy.SAFE)).isEqualTo("dot");
        assertThat(ZolaSlugs.path("a<b>:c?*", Strategy.SAFE)).isEqualTo("abc");
        assertThat(ZolaSlugs.path("dot. ", Strategy.OFF)).isEqualTo("dot. ");
    }

    @Test
    void slugifiesAnchorsAndReplacesSpacesWhenNotOn() {
        assertThat(ZolaSlugs.anchor("Recap: How async/await works", Strategy.ON))
                .isEqualTo("recap-how-async-await-works");
        assertThat(ZolaSlugs.anchor("snake_case & C++ / v1.2", Strategy.ON)).isEqualTo("snake-case-c-v1-2");
        assertThat(ZolaSlugs.anchor("It’s “quoted” … ok", Strategy.ON)).isEqualTo("it-s-quoted-ok");
        assertThat(ZolaSlugs.anchor("test (hey)", Strategy.SAFE)).isEqualTo("test_(hey)");
        assertThat(ZolaSlugs.anchor("héhé ", Strategy.OFF)).isEqualTo("héhé_");
    }

    @Test
    void knowsNothingOfOtherScriptsEmojiAndSymbols() {
        assertThat(ZolaSlugs.slugify("日本")).isNull();
        assertThat(ZolaSlugs.slugify("Promise (🦀)")).isNull();
        assertThat(ZolaSlugs.slugify("© 2024")).isNull();
        assertThat(ZolaSlugs.slugify("§ 3")).isNull();
        assertThat(ZolaSlugs.path("日本 notes", Strategy.ON)).isEqualTo("notes");
    }
}
