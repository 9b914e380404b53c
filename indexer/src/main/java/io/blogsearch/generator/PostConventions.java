package io.blogsearch.generator;

import io.blogsearch.model.PageKind;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HeadingAnchors;
import io.blogsearch.parse.HeadingIdStyle;
import io.blogsearch.parse.PageProblemException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What one generator decides about a Markdown file: whether it is a post, its title, date, URL, authors and
 * taxonomies, its language, whether it is left out, which of its syntax is not Markdown (Liquid, MDX) and must be
 * removed, and how its headings are named.
 */
public interface PostConventions {

    /**
     * The front matter the generator reads for the file: its own, with what the site's config adds for files like it
     * (Jekyll's {@code defaults}) underneath.
     */
    default FrontMatter frontMatter(String path, FrontMatter own) {
        return own;
    }

    /** Post or plain page. */
    PageKind kind(String path, FrontMatter frontMatter);

    /** The title: front matter, else what the generator falls back on. */
    String title(String path, FrontMatter frontMatter);

    /** The publication date, or null. */
    Instant date(String path, FrontMatter frontMatter);

    /** The absolute URL the generator publishes the page at. */
    String url(String path, FrontMatter frontMatter, Instant date);

    /**
     * The offset the blog shows the page's date in (its day and year), or null for UTC: the offset the date is
     * written with, or the generator's site time zone, as the generator shows dates.
     */
    default ZoneOffset dateOffset(FrontMatter frontMatter, Instant date) {
        return null;
    }

    /** When the page was last updated, or null. */
    default Instant lastmod(FrontMatter frontMatter) {
        return FrontMatterValues.date(frontMatter, List.of("last_modified_at", "lastmod", "updated", "updated_at"));
    }

    /** The authors' names. */
    List<String> authors(FrontMatter frontMatter);

    /** Taxonomy plural name ({@code tags}, {@code categories}) to terms. */
    Map<String, List<String>> taxonomies(String path, FrontMatter frontMatter);

    /** The description, or null. */
    default String description(FrontMatter frontMatter) {
        return frontMatter.text("description", "summary", "excerpt");
    }

    /** Why the page is left out ({@code draft}, {@code future}), or null when it is indexed. */
    default String excluded(String path, FrontMatter frontMatter, Instant date, boolean drafts, Instant now) {
        return frontMatter.flag("draft") && !drafts ? "draft" : null;
    }

    /** The body as plain Markdown (and HTML), the generator's own syntax removed. */
    default String markdown(String body) {
        return body;
    }

    /** The language the generator gives the page ({@code post.fr.md}), or null to take front matter or the site's. */
    default String language(String path, FrontMatter frontMatter) {
        return null;
    }

    /** How the generator names headings: GitHub style (goldmark, kramdown GFM) unless it says otherwise. */
    default HeadingIdStyle headingIds() {
        return HeadingAnchors::github;
    }

    /** What the generator does that can only be followed approximately here (the page is still indexed). */
    default List<PageProblemException> problems(String path, FrontMatter frontMatter) {
        return List.of();
    }
}
