package io.blogsearch.knowledge.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.TestPages;
import io.blogsearch.model.Page;
import io.blogsearch.model.Person;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private static Page by(String path, String... authors) {
        Page page = TestPages.post(path, "A post", List.of());
        List<Person> people = Arrays.stream(authors).map(name -> new Person(name, null, null)).toList();
        return page.withAuthors(List.of(authors), people);
    }

    @Test
    void spellingsWithAndWithoutDiacriticsBecomeTheMostFrequentOne() {
        List<Page> pages = List.of(by("a.md", "Zoe Marek"), by("b.md", "Zoë Márek"), by("c.md", "Zoë Márek"));
        AuthorNames names = AuthorNames.of(pages);
        assertThat(pages).map(names::canonical).allSatisfy(page -> {
            assertThat(page.authors()).containsExactly("Zoë Márek");
            assertThat(page.people()).extracting(Person::name).containsExactly("Zoë Márek");
        });
    }

    @Test
    void lettersWithAStrokeAreTheLetterWithout() {
        List<Page> pages = List.of(by("a.md", "Jakub Kowalczyk-Łasica"), by("b.md", "Jakub Kowalczyk-Lasica"),
                by("c.md", "Jakub Kowalczyk-Lasica"));
        assertThat(AuthorNames.of(pages).canonical(pages.get(0)).authors()).containsExactly("Jakub Kowalczyk-Lasica");
    }

    @Test
    void aTieGoesToTheSpellingWithDiacritics() {
        List<Page> pages = List.of(by("a.md", "Ines Lopez"), by("b.md", "Inés López"));
        assertThat(AuthorNames.of(pages).canonical(pages.get(0)).authors()).containsExactly("Inés López");
    }

    @Test
    void aQuotedNicknameIsTheSameAuthor() {
        List<Page> pages = List.of(by("a.md", "Tomas \"Tom\" Varga"), by("b.md", "Tomas \"Tom\" Varga"),
                by("c.md", "Tomas Varga"), by("d.md", "Pia “Pip” Holm"), by("e.md", "Pia Holm", "Pia Holm"),
                by("f.md", "Pia Holm"));
        AuthorNames names = AuthorNames.of(pages);
        assertThat(names.canonical(pages.get(2)).authors()).containsExactly("Tomas \"Tom\" Varga");
        assertThat(names.canonical(pages.get(3)).authors()).containsExactly("Pia Holm");
        assertThat(names.canonical(pages.get(4)).authors()).containsExactly("Pia Holm");
    }

    @Test
    void namesThatDifferInALetterStayApartAndUntouchedPagesAreTheSame() {
        List<Page> pages = List.of(by("a.md", "Jon Berg"), by("b.md", "John Berg"), by("c.md", "Jon Berg"));
        AuthorNames names = AuthorNames.of(pages);
        assertThat(names.canonical(pages.get(1)).authors()).containsExactly("John Berg");
        assertThat(names.canonical(pages.get(0))).isSameAs(pages.get(0));
    }
}
