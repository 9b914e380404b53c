package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.model.Person;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleParserTest {

    @TempDir
    Path root;

    private PeopleParser parser;

    @BeforeEach
    void site() throws Exception {
        SiteFixture.create(root)
                .write("config.yaml", """
                        baseURL: https://example.org/
                        params:
                          authors:
                            mara: {name: Mara Lindqvist}
                        """)
                .write("data/authors/jdoe.yaml", "name: Jane Doe\nbio: Writes things.\n")
                .write("content/a.md", "---\ntitle: A\n---\nText.\n");
        Site site = SiteReader.read(root);
        parser = new PeopleParser(site);
    }

    private List<String> names(String text) {
        return parser.parseText(text).stream().map(Person::name).toList();
    }

    @Test
    void splitsListsWrittenWithAmpersandAndCommas() {
        assertThat(names("Jane Doe & John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(names("Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(names("Jane Doe, John Roe and Ann Example")).containsExactly("Jane Doe", "John Roe", "Ann Example");
        assertThat(names("Alexander Sanders")).containsExactly("Alexander Sanders");
    }

    @Test
    void reducesAMarkdownLinkWithAffiliationToTheNameAndKeepsTheAffiliationBeside() {
        assertThat(parser.parseText("[Jane Doe](https://github.com/jdoe-gh) (Example Corp)")).containsExactly(
                new Person("Jane Doe", "Example Corp", "https://github.com/jdoe-gh"));
        assertThat(parser.parseText("[Jane Doe](https://example.org/jane), Example Corp")).containsExactly(
                new Person("Jane Doe", "Example Corp", "https://example.org/jane"));
        assertThat(parser.parseText("[Jane Doe (Example Corp)](https://example.org/jane)")).containsExactly(
                new Person("Jane Doe", "Example Corp", "https://example.org/jane"));
    }

    @Test
    void splitsSeveralLinkedPeopleEvenAcrossLineBreaksAndCommasInAffiliations() {
        String text = "[Jane\n  Doe](https://a.example/) (Example, project lead), [John Roe](https://b.example/)"
                + "(Other Co) [Ann Example](https://c.example/) (Third), and [Bo Test](https://d.example/)";
        assertThat(parser.parseText(text)).containsExactly(
                new Person("Jane Doe", "Example, project lead", "https://a.example/"),
                new Person("John Roe", "Other Co", "https://b.example/"),
                new Person("Ann Example", "Third", "https://c.example/"),
                new Person("Bo Test", null, "https://d.example/"));
    }

    @Test
    void leavesSocialHandlesAndOnBehalfOfOutOfTheName() {
        assertThat(parser.parseText("Jane Doe (@jdoe) and John Roe (@j.roe-2)")).containsExactly(
                new Person("Jane Doe", null, null), new Person("John Roe", null, null));
        assertThat(names("Jane Doe on behalf of the Example maintainers")).containsExactly("Jane Doe");
        assertThat(names("Jane Doe, John Roe on behalf of the team")).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void readsTheAffiliationAfterACommaInsideOneLink() {
        assertThat(parser.parseText("[Jane Doe, Example Corp](https://example.org/jane)")).containsExactly(
                new Person("Jane Doe", "Example Corp", "https://example.org/jane"));
    }

    @Test
    void splitsTheValuesOfOtherGeneratorsAndDropsDuplicates() {
        assertThat(parser.parseAll(List.of("Jane Doe (@jdoe)", "Jane Doe", "John Roe (Example Corp)")))
                .containsExactly(new Person("Jane Doe", null, null), new Person("John Roe", "Example Corp", null));
    }

    @Test
    void dropsATemplatesPlaceholderButKeepsRealNamesBesideIt() {
        assertThat(names("Author Name")).isEmpty();
        assertThat(names("Your Name")).isEmpty();
        assertThat(names("[Firstname Lastname](https://example.org/)")).isEmpty();
        assertThat(names("Author Name & Jane Doe")).containsExactly("Jane Doe");
        assertThat(names("Jane Name")).containsExactly("Jane Name");
    }

    @Test
    void keepsATrailingAffiliationOfAPlainName() {
        assertThat(parser.parseText("Jane Doe (Example, Inc.) & John Roe")).containsExactly(
                new Person("Jane Doe", "Example, Inc.", null), new Person("John Roe", null, null));
    }

    @Test
    void resolvesHandlesFromTheSitesAuthorData() throws Exception {
        JsonNode list = new ObjectMapper().readTree("[\"jdoe\", \"mara\", \"unknown\"]");
        assertThat(parser.parse(list)).extracting(Person::name).containsExactly("Jane Doe", "Mara Lindqvist",
                "unknown");
    }

    @Test
    void readsArraysAndMapsWithANameAndDropsDuplicates() throws Exception {
        JsonNode list = new ObjectMapper().readTree("[{\"name\": \"Jane Doe\"}, \"Jane Doe\", \"John Roe\"]");
        assertThat(parser.parse(list)).extracting(Person::name).containsExactly("Jane Doe", "John Roe");
    }
}
