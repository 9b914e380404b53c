package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Hugo's {@code ref} lookups: logical paths in each language's content tree, any letter case. */
class RefResolverTest {

    private static final Map<String, String> URLS = Map.of(
            "content/en/community/_index.md", "https://e.org/community/",
            "content/en/docs/guides/deadlines.md", "https://e.org/docs/guides/deadlines/",
            "content/en/docs/guides/retries/index.md", "https://e.org/docs/guides/retries/",
            "content/en/blog/retries.md", "https://e.org/blog/retries/",
            "content/ja/docs/guides/deadlines.md", "https://e.org/ja/docs/guides/deadlines/");

    /** Each language's content in content/LANG, as a site with contentDir per language mounts it. */
    private static final Function<String, ContentPath> LOCATE = path -> {
        String[] parts = path.split("/", 3);
        return ContentPath.of(path, parts[2], null, parts[1]);
    };

    private final RefResolver refs = new RefResolver(URLS, LOCATE);

    @Test
    void findsPagesByTheirPathInTheLanguagesContentTree() {
        assertThat(refs.resolve("/docs/guides/deadlines.md", "content/en/blog/retries.md"))
                .isEqualTo("https://e.org/docs/guides/deadlines/");
        assertThat(refs.resolve("/docs/guides/deadlines", "content/ja/docs/guides/deadlines.md"))
                .isEqualTo("https://e.org/ja/docs/guides/deadlines/");
        assertThat(refs.resolve("/docs/guides/retries/index.md#backoff", "content/en/blog/retries.md"))
                .isEqualTo("https://e.org/docs/guides/retries/#backoff");
    }

    @Test
    void lettersCaseDoesNotMatterAndSectionsAreFoundByTheirFolder() {
        assertThat(refs.resolve("Community", "content/en/docs/guides/deadlines.md"))
                .isEqualTo("https://e.org/community/");
        assertThat(refs.resolve("/community/_index.md", "content/en/blog/retries.md"))
                .isEqualTo("https://e.org/community/");
    }

    @Test
    void aRelativePathIsTriedFromThePagesFolderFirstAndAnAmbiguousNameNowhere() {
        assertThat(refs.resolve("retries", "content/en/docs/guides/deadlines.md"))
                .isEqualTo("https://e.org/docs/guides/retries/");
        assertThat(refs.resolve("../../blog/retries.md", "content/en/docs/guides/deadlines.md"))
                .isEqualTo("https://e.org/blog/retries/");
        assertThat(refs.resolve("retries", "content/en/community/_index.md")).isNull();
        assertThat(refs.resolve("deadlines", "content/en/community/_index.md"))
                .isEqualTo("https://e.org/docs/guides/deadlines/");
        assertThat(refs.resolve("missing", "content/en/blog/retries.md")).isNull();
    }
}
