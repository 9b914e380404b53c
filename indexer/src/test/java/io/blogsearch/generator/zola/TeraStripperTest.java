package io.blogsearch.generator.zola;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Zola shortcodes out of the text, other braces kept. */
class TeraStripperTest {

    @Test
    void removesInlineCallsAndKeepsBodies() {
        assertThat(TeraStripper.strip("A {{ gist(url=\"https://x/y\", class='wide', n=2, on=true) }} B"))
                .isEqualTo("A  B");
        assertThat(TeraStripper.strip("{% quote(author=\"Ada\") %}\nKeep *this*.\n{% end %}"))
                .isEqualTo("\nKeep *this*.\n");
        assertThat(TeraStripper.strip("{% box() %}outer {% aside(tags=[\"a\", \"b\"]) %}inner{% end %} tail{% end %}"))
                .isEqualTo("outer inner tail");
    }

    @Test
    void printsEscapedShortcodesAndLeavesOtherBracesAlone() {
        assertThat(TeraStripper.strip("Write {{/* youtube(id=\"x\") */}} or {%/* note() */%}hi{%/* end */%}."))
                .isEqualTo("Write {{ youtube(id=\"x\") }} or {% note() %}hi{% end %}.");
        String code = "println!(\"{{}}\"); {{ not a call }} {% if x %} {{ f(x) }}";
        assertThat(TeraStripper.strip(code)).isEqualTo(code);
    }
}
