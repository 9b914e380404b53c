package io.blogsearch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermSpellingsTest {

    private static Page tagged(String path, String... tags) {
        Page page = TestPages.post(path, "A post", List.of());
        return page.withTaxonomies(Map.of("tags", List.of(tags), "categories", List.of("Notes")));
    }

    @Test
    void termsThatDifferOnlyInCaseBecomeTheMostFrequentSpelling() {
        List<Page> pages = List.of(tagged("a.md", "Tech"), tagged("b.md", "tech", "Garden"),
                tagged("c.md", "Tech", "TECH"));
        TermSpellings terms = TermSpellings.of(pages);
        assertThat(pages).map(terms::canonical).map(page -> page.taxonomies().get("tags"))
                .containsExactly(List.of("Tech"), List.of("Tech", "Garden"), List.of("Tech"));
        assertThat(terms.canonical(pages.get(1)).taxonomies().get("categories")).containsExactly("Notes");
    }

    @Test
    void termsThatDifferInALetterStayApartAndAPageWithOneSpellingIsLeftAsItIs() {
        List<Page> pages = List.of(tagged("a.md", "Rust"), tagged("b.md", "Rusty"));
        TermSpellings terms = TermSpellings.of(pages);
        assertThat(terms.canonical(pages.get(0))).isSameAs(pages.get(0));
        assertThat(terms.describe()).isEqualTo("{}");
    }

    @Test
    void aTieGoesToTheFirstSpellingInOrder() {
        List<Page> pages = List.of(tagged("a.md", "tech"), tagged("b.md", "Tech"));
        assertThat(TermSpellings.of(pages).canonical(pages.get(0)).taxonomies().get("tags")).containsExactly("Tech");
    }
}
