package io.blogsearch.generator;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.extract.PageContent;
import io.blogsearch.model.Page;
import io.blogsearch.model.Person;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.MarkdownRenderer;
import io.blogsearch.parse.PageParser;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.PeopleParser;
import io.blogsearch.parse.ParsedPage;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the Markdown files of a generator other than Hugo: the bytes are decoded and the front matter read as for
 * Hugo (same size limit, encoding and front matter checks); date, URL, kind, authors and taxonomies follow the
 * generator's {@link PostConventions}, and the authors are split into people as for Hugo ({@link PeopleParser}); the
 * body, cleared of the generator's own syntax, is rendered as Markdown with the generator's heading ids
 * ({@link PostConventions#headingIds()}: GitHub style, what kramdown's GFM input and most Markdown sites give,
 * unless the generator has its own).
 */
public final class MarkdownPostParser implements ContentParser {

    private final Site site;
    private final PostConventions conventions;
    private final PageParser reader;
    private final PeopleParser people;
    private final boolean drafts;
    private final Instant now;

    /** A parser for the files of {@code site} following {@code conventions}. */
    public MarkdownPostParser(Site site, PostConventions conventions, boolean drafts, Instant now) {
        this.site = site;
        this.conventions = conventions;
        // Hugo's parser only decodes the bytes and splits off the front matter here; it includes drafts so that
        // leaving them out is decided by the generator's own rules
        this.reader = new PageParser(site, true, now);
        this.people = new PeopleParser(site);
        this.drafts = drafts;
        this.now = now;
    }

    @Override
    public PreparedPage prepare(String path, String contentHash, byte[] bytes) throws PageProblemException {
        PreparedPage read = reader.prepare(path, contentHash, bytes);
        FrontMatter frontMatter = conventions.frontMatter(path, read.frontMatter());
        Instant date = conventions.date(path, frontMatter);
        String url = conventions.url(path, frontMatter, date);
        String excluded = conventions.excluded(path, frontMatter, date, drafts, now);
        List<PageProblemException> problems = new ArrayList<>(read.problems());
        problems.addAll(conventions.problems(path, frontMatter));
        return new PreparedPage(path, contentHash, read.contentPath(), conventions.kind(path, frontMatter),
                frontMatter, url, date, excluded, read.html(), List.copyOf(problems));
    }

    @Override
    public ParsedPage render(PreparedPage prepared, RefResolver refs) {
        FrontMatter frontMatter = prepared.frontMatter();
        String markdown = conventions.markdown(frontMatter.body());
        String html = prepared.html() ? markdown : MarkdownRenderer.render(markdown, conventions.headingIds());
        PageContent content = ContentExtractor.extract(html, prepared.url(), site.baseUrl());
        List<Person> authors = people.parseAll(conventions.authors(frontMatter));
        Page page = new Page(
                prepared.path(),
                prepared.contentHash(),
                prepared.kind(),
                conventions.title(prepared.path(), frontMatter),
                conventions.description(frontMatter),
                authors.stream().map(Person::name).toList(),
                prepared.date(),
                conventions.lastmod(frontMatter),
                conventions.taxonomies(prepared.path(), frontMatter),
                prepared.url(),
                FrontMatterValues.list(frontMatter, List.of("redirect_from", "aliases")),
                content.body(),
                content.sections(),
                content.quotes(),
                content.figures(),
                List.of(),
                null,
                FrontMatterValues.map(frontMatter),
                language(prepared.path(), frontMatter),
                null,
                authors,
                conventions.dateOffset(frontMatter, prepared.date()));
        return new ParsedPage(page, prepared.problems());
    }

    /**
     * The generator's language for the file, else front matter {@code lang}, else the site's language
     * ({@code defaultContentLanguage} in its config), else en.
     */
    private String language(String path, FrontMatter frontMatter) {
        String lang = conventions.language(path, frontMatter);
        if (lang == null) {
            lang = frontMatter.text("lang", "locale");
        }
        if (lang == null) {
            lang = Generators.text(site.config(), "defaultContentLanguage");
        }
        return lang == null ? "en" : lang.replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
