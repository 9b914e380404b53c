package io.blogsearch.generator;

import io.blogsearch.model.Page;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The files of a site as its recognised generator reads them, for the generators' tests: the site opened as
 * {@code index --site} opens it, each file prepared (date, URL, left out or not) or rendered into its page.
 */
final class SourcePages {

    /** The build time of every test: later than every fixture's dates, so none is in the future. */
    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final Generator generator;
    private final ContentParser parser;
    private final Path root;

    private SourcePages(Generator generator, ContentParser parser, Path root) {
        this.generator = generator;
        this.parser = parser;
        this.root = root;
    }

    /** The site at {@code root}, with its drafts when {@code drafts}. */
    static SourcePages of(Path root, boolean drafts) throws Exception {
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        return new SourcePages(opened.generator(), opened.generator().parser(opened.site(), drafts, NOW), root);
    }

    /** The generator that recognised the site. */
    String generator() {
        return generator.name();
    }

    /** The file at {@code path} prepared: kind, date, URL and whether it is left out. */
    PreparedPage prepare(String path) throws Exception {
        return parser.prepare(path, "h", Files.readAllBytes(root.resolve(path)));
    }

    /** The file at {@code path} rendered into its page. */
    Page parse(String path) throws Exception {
        return parser.render(prepare(path), new RefResolver(Map.of())).page();
    }
}
