package io.blogsearch.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One content file of the site, parsed, with everything extracted from it.
 *
 * <p>Built in two steps: parsing one file fills everything but {@code talks} and {@code conference},
 * which need the whole archive (see {@link io.blogsearch.extract.ArchiveEnricher}).
 *
 * @param path        path relative to the site root, with forward slashes, e.g. {@code content/post/x.md}
 * @param contentHash SHA-256 of the file's bytes, hex; decides whether a file must be parsed again
 * @param kind        post, page or section list
 * @param title       front matter title, or a title derived from the file name
 * @param description {@code description} or {@code summary}, may be null
 * @param authors     from {@code author}, {@code authors} or {@code params.author}, else the site's author
 * @param date        {@code date}, else {@code publishDate}, else null
 * @param lastmod     {@code lastmod}, may be null
 * @param taxonomies  taxonomy plural name (e.g. {@code tags}) to its terms, in front matter order
 * @param url         the page's absolute permalink as Hugo builds it
 * @param aliases     front matter aliases
 * @param body        plain text of the whole body
 * @param sections    headings with their text, in document order
 * @param quotes      attributed quotes
 * @param figures     images
 * @param talks       talks detected from headings (filled by enrichment)
 * @param conference  the conference the page reports on, or null (filled by enrichment)
 * @param frontMatter every front matter key, for extensions ({@code conference}, {@code event}, ...)
 * @param lang        the page's language code (e.g. {@code en}, {@code de}, {@code zh-cn}), lower case; null when
 *                    unknown
 * @param translationKey what links the translations of one page: its {@code translationKey}, else its path inside
 *                    its language's content tree; null when unknown
 * @param people      the authors with their affiliation and link, in the order of {@code authors}
 * @param dateOffset  the offset {@code date} is written with (a blog shows its dates on that day), or null for UTC
 */
public record Page(
        String path,
        String contentHash,
        PageKind kind,
        String title,
        String description,
        List<String> authors,
        Instant date,
        Instant lastmod,
        Map<String, List<String>> taxonomies,
        String url,
        List<String> aliases,
        String body,
        List<Section> sections,
        List<Quote> quotes,
        List<Figure> figures,
        List<Talk> talks,
        String conference,
        Map<String, Object> frontMatter,
        String lang,
        String translationKey,
        List<Person> people,
        ZoneOffset dateOffset) {

    public Page {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** A page whose date is in UTC (or that has none). */
    public Page(String path, String contentHash, PageKind kind, String title, String description, List<String> authors,
                Instant date, Instant lastmod, Map<String, List<String>> taxonomies, String url, List<String> aliases,
                String body, List<Section> sections, List<Quote> quotes, List<Figure> figures, List<Talk> talks,
                String conference, Map<String, Object> frontMatter, String lang, String translationKey,
                List<Person> people) {
        this(path, contentHash, kind, title, description, authors, date, lastmod, taxonomies, url, aliases, body,
                sections, quotes, figures, talks, conference, frontMatter, lang, translationKey, people, null);
    }

    /** A page without translation key and people (authors only as names). */
    public Page(String path, String contentHash, PageKind kind, String title, String description, List<String> authors,
                Instant date, Instant lastmod, Map<String, List<String>> taxonomies, String url, List<String> aliases,
                String body, List<Section> sections, List<Quote> quotes, List<Figure> figures, List<Talk> talks,
                String conference, Map<String, Object> frontMatter, String lang) {
        this(path, contentHash, kind, title, description, authors, date, lastmod, taxonomies, url, aliases, body,
                sections, quotes, figures, talks, conference, frontMatter, lang, null, List.of());
    }

    /** The offset {@code date} is written with, UTC when none is known. */
    public ZoneOffset dateOffsetOrUtc() {
        return dateOffset == null ? ZoneOffset.UTC : dateOffset;
    }

    /** Tags of the page, empty when it has none. */
    public List<String> tags() {
        return taxonomies.getOrDefault("tags", List.of());
    }

    /** This page with the archive-wide knowledge added. */
    public Page withKnowledge(List<Section> sections, List<Quote> quotes, List<Talk> talks, String conference) {
        return new Page(path, contentHash, kind, title, description, authors, date, lastmod, taxonomies, url,
                aliases, body, sections, quotes, figures, talks, conference, frontMatter, lang, translationKey,
                people, dateOffset);
    }

    /** This page with its authors spelt as the archive spells them ({@code people} in the order of {@code authors}). */
    public Page withAuthors(List<String> authors, List<Person> people) {
        return new Page(path, contentHash, kind, title, description, authors, date, lastmod, taxonomies, url,
                aliases, body, sections, quotes, figures, talks, conference, frontMatter, lang, translationKey,
                people, dateOffset);
    }

    /** This page with its taxonomy terms spelt as the archive spells them. */
    public Page withTaxonomies(Map<String, List<String>> terms) {
        return new Page(path, contentHash, kind, title, description, authors, date, lastmod, terms, url,
                aliases, body, sections, quotes, figures, talks, conference, frontMatter, lang, translationKey,
                people, dateOffset);
    }

    /** This page as another kind (post or plain page), once the site's main sections are known. */
    public Page withKind(PageKind value) {
        return new Page(path, contentHash, value, title, description, authors, date, lastmod, taxonomies, url,
                aliases, body, sections, quotes, figures, talks, conference, frontMatter, lang, translationKey,
                people, dateOffset);
    }
}
