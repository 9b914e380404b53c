package io.blogsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Above the {@link SearchEngine} seam no class names Lucene or the Lucene engine: the routes, metrics, command line
 * and API talk to the interface, and the one factory ({@code cli/Engines.java}) picks the engine.
 */
class EngineSeamTest {

    private static final Path SOURCES = Path.of("src/main/java/io/blogsearch");
    private static final List<String> ABOVE_THE_SEAM = List.of("server", "cli", "api", "query", "engine");
    private static final Path FACTORY = SOURCES.resolve("cli/Engines.java");
    /** A Lucene or Lucene-engine name in code: an import, or a qualified name in a statement. */
    private static final Pattern ENGINE_TYPE =
            Pattern.compile("\\b(org\\.apache\\.lucene|io\\.blogsearch\\.lucene)\\.");

    @Test
    void noClassAboveTheSeamNamesLuceneButTheFactory() throws IOException {
        List<Path> sources = sourcesAbove();
        assertThat(sources).as("the packages above the seam are found").hasSizeGreaterThan(30).contains(FACTORY);

        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            if (!source.equals(FACTORY) && ENGINE_TYPE.matcher(Files.readString(source)).find()) {
                offenders.add(SOURCES.relativize(source).toString());
            }
        }

        assertThat(offenders).as("classes above the seam naming Lucene or io.blogsearch.lucene").isEmpty();
    }

    @Test
    void theScanFindsAnEngineTypeWhereOneIsNamed() throws IOException {
        assertThat(ENGINE_TYPE.matcher(Files.readString(FACTORY)).find()).as("the factory names the Lucene engine")
                .isTrue();
        assertThat(ENGINE_TYPE.matcher("        org.apache.lucene.index.Term term = null;").find()).isTrue();
        assertThat(ENGINE_TYPE.matcher("import io.blogsearch.query.Synonyms;").find()).isFalse();
    }

    private static List<Path> sourcesAbove() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String pkg : ABOVE_THE_SEAM) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
