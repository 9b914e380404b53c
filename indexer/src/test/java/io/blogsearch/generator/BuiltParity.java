package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A generator fixture indexed twice, from its sources and from the HTML its generator built from them (read with
 * {@code --html}), for tests that both give the same documents.
 */
final class BuiltParity implements AutoCloseable {

    private static final Path GENERATOR =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator");

    private final IndexProbe source;
    private final IndexProbe built;
    private final UnaryOperator<String> url;

    private BuiltParity(IndexProbe source, IndexProbe built, UnaryOperator<String> url) {
        this.source = source;
        this.built = built;
        this.url = url;
    }

    /**
     * Indexes {@code generator/SITE} and {@code generator/BUILT} (served at {@code baseUrl}) into {@code work};
     * the built site must index without problems. {@code url} maps each URL before comparing.
     */
    static BuiltParity of(Path work, String site, String builtSite, String baseUrl, UnaryOperator<String> url)
            throws Exception {
        new IndexBuilder(IndexOptions.of(GENERATOR.resolve(site), work.resolve("source"))).build();
        BuildSummary html = new IndexBuilder(IndexOptions.of(GENERATOR.resolve(builtSite), work.resolve("html"))
                .withSource(new SourceOptions("html", baseUrl, null))).build();
        assertThat(html.problems()).isEmpty();
        IndexProbe source = IndexProbe.open(work.resolve("source"));
        return new BuiltParity(source, IndexProbe.open(work.resolve("html")), url);
    }

    /** The index of the sources. */
    IndexProbe source() {
        return source;
    }

    /** Asserts that both indexes give documents of this type the same URLs and values of each field. */
    void assertSame(DocType type, String... fields) {
        for (String field : fields) {
            assertThat(values(built, type, field)).as(type + " " + field).isEqualTo(values(source, type, field));
        }
    }

    private Set<String> values(IndexProbe probe, DocType type, String field) {
        return probe.all(type).stream()
                .map(d -> url.apply(d.get(Fields.URL) + " " + String.join(",", d.getValues(field))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void close() throws IOException {
        try (source; built) {
            // both closed, the source's even when the built one's close fails
        }
    }
}
