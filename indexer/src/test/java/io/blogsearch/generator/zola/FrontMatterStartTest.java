package io.blogsearch.generator.zola;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrontMatterStartTest {

    @Test
    void movesLeadingBlankLinesInsideTheFrontMatterSoLinesKeepTheirNumbers() {
        assertThat(atTop("\n \t\r\n+++\ntitle = \"A\"\n+++\nText.\n"))
                .isEqualTo("+++\n\n\ntitle = \"A\"\n+++\nText.\n");
        assertThat(atTop("\n\n---  \r\ntitle: A\r\n---\r\n")).isEqualTo("---  \r\n\n\ntitle: A\r\n---\r\n");
    }

    @Test
    void leavesOtherFilesAsTheyAre() {
        assertThat(atTop("+++\ntitle = \"A\"\n+++\n")).isEqualTo("+++\ntitle = \"A\"\n+++\n");
        assertThat(atTop("\n\nNo front matter.\n")).isEqualTo("\n\nNo front matter.\n");
        assertThat(atTop("\n++++\n")).isEqualTo("\n++++\n");
        assertThat(atTop("\n+-+\n")).isEqualTo("\n+-+\n");
        assertThat(atTop("\n\n")).isEqualTo("\n\n");
    }

    private static String atTop(String text) {
        return new String(FrontMatterStart.atTop(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
