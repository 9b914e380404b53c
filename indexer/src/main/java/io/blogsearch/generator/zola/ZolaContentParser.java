package io.blogsearch.generator.zola;

import io.blogsearch.generator.ContentParser;
import io.blogsearch.parse.ContentPath;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import java.time.Instant;

/** The Markdown parser for Zola's files, given them as Zola reads them: front matter after leading blank lines. */
final class ZolaContentParser implements ContentParser {

    private final ContentParser markdown;

    ZolaContentParser(ContentParser markdown) {
        this.markdown = markdown;
    }

    @Override
    public PreparedPage prepare(String path, String contentHash, byte[] bytes) throws PageProblemException {
        return markdown.prepare(path, contentHash, FrontMatterStart.atTop(bytes));
    }

    @Override
    public ParsedPage render(PreparedPage prepared, RefResolver refs) {
        return markdown.render(prepared, refs);
    }

    @Override
    public ContentPath locate(String path) {
        return markdown.locate(path);
    }

    @Override
    public String sharedInputs() {
        return markdown.sharedInputs();
    }

    @Override
    public boolean kindsFromSections() {
        return markdown.kindsFromSections();
    }

    @Override
    public boolean isExpired(Instant expiry) {
        return markdown.isExpired(expiry);
    }
}
