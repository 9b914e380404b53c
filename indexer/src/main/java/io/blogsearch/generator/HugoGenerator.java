package io.blogsearch.generator;

import io.blogsearch.parse.ContentPath;
import io.blogsearch.parse.PageParser;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import io.blogsearch.source.SiteReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Hugo: a {@code content/} folder or a {@code hugo.*}/{@code config.*} config; read by {@link SiteReader}. */
public final class HugoGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "hugo";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path root, SourceOptions options) {
        if (Files.isDirectory(root.resolve("content")) || Files.isDirectory(root.resolve("config/_default"))) {
            return true;
        }
        for (String name : List.of("hugo", "config")) {
            for (String extension : List.of("toml", "yaml", "yml", "json")) {
                if (Files.isRegularFile(root.resolve(name + "." + extension))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        return SiteReader.read(root);
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        PageParser parser = new PageParser(site, drafts, now);
        return new ContentParser() {
            @Override
            public PreparedPage prepare(String path, String hash, byte[] bytes) throws PageProblemException {
                return parser.prepare(path, hash, bytes);
            }

            @Override
            public ParsedPage render(PreparedPage prepared, RefResolver refs) {
                return parser.render(prepared, refs);
            }

            @Override
            public ContentPath locate(String path) {
                return parser.locate(path);
            }

            @Override
            public String sharedInputs() {
                return parser.sharedInputs();
            }

            @Override
            public boolean kindsFromSections() {
                return true;
            }

            @Override
            public boolean isExpired(Instant expiry) {
                return parser.isExpired(expiry);
            }
        };
    }
}
