package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    @Test
    void readsYamlFrontMatterWithBlockScalarsAndQuotedDates() throws Exception {
        FrontMatter fm = FrontMatterParser.parse("""
                ---
                title: "A post"
                date: "2018-05-04T08:16:15+02:00"
                description: |
                  Two lines
                  of text.
                tags:
                  - Rook
                ---
                Body here.
                """);
        assertThat(fm.text("title")).isEqualTo("A post");
        assertThat(fm.text("description")).isEqualTo("Two lines\nof text.");
        assertThat(fm.values().get("tags").get(0).asText()).isEqualTo("Rook");
        assertThat(fm.body()).isEqualTo("Body here.\n");
        assertThat(fm.bodyLine()).isEqualTo(10);
    }

    @Test
    void readsTomlFrontMatterWithNativeDates() throws Exception {
        FrontMatter fm = FrontMatterParser.parse("""
                +++
                title = "Toml post"
                date = 2019-03-01T10:00:00Z
                tags = ["a", "b"]
                draft = true
                +++
                Body.
                """);
        assertThat(fm.text("title")).isEqualTo("Toml post");
        assertThat(HugoDates.parse(fm.values().get("date"))).hasToString("2019-03-01T10:00:00Z");
        assertThat(fm.flag("draft")).isTrue();
        assertThat(fm.body()).isEqualTo("Body.\n");
    }

    @Test
    void readsATabThatIndentsALineOfAFlowListAsYamlAllowsButNotOneThatIndentsAKey() throws Exception {
        FrontMatter fm = FrontMatterParser.parse("---\ntitle: T\ncategories:\n  [\n    plums,\n\tpear trees,\n  ]\n"
                + "---\nBody.\n");
        assertThat(fm.values().get("categories").toString()).isEqualTo("[\"plums\",\"pear trees\"]");
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: T\nparams:\n\tcolour: red\n---\nBody.\n"))
                .isInstanceOf(FrontMatterException.class);
    }

    @Test
    void readsJsonFrontMatter() throws Exception {
        FrontMatter fm = FrontMatterParser.parse("{\n  \"title\": \"Json {braces}\",\n  \"tags\": [\"x\"]\n}\nBody.\n");
        assertThat(fm.text("title")).isEqualTo("Json {braces}");
        assertThat(fm.body()).isEqualTo("Body.\n");
        assertThat(fm.bodyLine()).isEqualTo(5);
    }

    @Test
    void treatsFileWithoutFrontMatterAsBody() throws Exception {
        FrontMatter fm = FrontMatterParser.parse("# Just text\n");
        assertThat(fm.values().size()).isZero();
        assertThat(fm.body()).isEqualTo("# Just text\n");
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: ok\ntags: [unclosed\n---\nbody"))
                .isInstanceOf(FrontMatterException.class)
                .satisfies(e -> assertThat(((FrontMatterException) e).line()).isBetween(2, 5));
    }

    @Test
    void reportsUnterminatedFrontMatter() {
        assertThatThrownBy(() -> FrontMatterParser.parse("---\ntitle: never closed\n"))
                .isInstanceOf(FrontMatterException.class).hasMessageContaining("never closed");
    }

    @Test
    void countsYamlErrorLinesFromTheFileNotTheFrontMatter() {
        // issue 16: line 4 of the file is line 3 of the front matter
        String text = "---\ntitle: ok\nauthor: fine\nbad: : value: [\ntags: [a]\n---\nbody\n";
        assertThatThrownBy(() -> FrontMatterParser.parse(text))
                .isInstanceOf(FrontMatterException.class)
                .satisfies(e -> assertThat(((FrontMatterException) e).line()).isEqualTo(4))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("line [0-3],")
                        .doesNotContain("'reader'"));
    }
}
