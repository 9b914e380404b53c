package io.blogsearch.entity;

import io.blogsearch.schema.DocType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One searchable thing a page yields, as any engine needs it: a Lucene writer and an OpenSearch writer each turn it
 * into a document of their own. Values are plain text; blank or null means absent.
 */
public sealed interface Entity permits PageEntity, SectionEntity, QuoteEntity, FigureEntity, TalkEntity {

    /** What every entity carries: its identity, where it links to, its post and its facets. */
    Common common();

    /** The entity's id, unique in the index. */
    default String id() {
        return common().id();
    }

    /** The entity's type. */
    default DocType type() {
        return common().type();
    }

    /**
     * What every entity of a page carries.
     *
     * @param id             unique id: the page's path, plus {@code #anchor}, {@code #quote-N}, ... for the others
     * @param type           post, page, section, quote, figure or talk
     * @param lang           the page's language code, lower case (the schema's default when the page names none)
     * @param path           the source file's site-relative path: the key its entities are replaced and deleted by,
     *                       and the id of the post they belong to
     * @param translationKey what links the page to its translations, or null
     * @param postTitle      the page's title
     * @param postUrl        the page's URL
     * @param url            the entity's own URL (the page's, with {@code #anchor} when it has one)
     * @param anchor         the heading anchor the entity sits under, or null
     * @param talkTitle      the title of the talk the entity sits under, or null
     * @param date           the page's date, or null
     * @param dateOffset     the offset the date is written with, or null for UTC
     * @param facets         facet dimension ({@link io.blogsearch.schema.FacetDims}) to its values, in a fixed
     *                       order, distinct and never blank; type, language and year are derived from the above
     * @param taxonomyTerms  the page's non-tag taxonomy terms as {@code taxonomy:term}, shown with a hit
     * @param context        searched text around the entity (page title, section heading), in order
     */
    record Common(String id, DocType type, String lang, String path, String translationKey, String postTitle,
                  String postUrl, String url, String anchor, String talkTitle, Instant date, ZoneOffset dateOffset,
                  Map<String, List<String>> facets, List<String> taxonomyTerms, List<String> context) {

        /** Copies the collections: an entity never changes. */
        public Common {
            facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
            taxonomyTerms = List.copyOf(taxonomyTerms);
            context = List.copyOf(context);
        }

        /** The day of the date as the blog shows it (in the offset it is written with), or null without a date. */
        public LocalDate day() {
            return date == null ? null : date.atOffset(dateOffset == null ? ZoneOffset.UTC : dateOffset).toLocalDate();
        }

        /** The values of one facet dimension, empty when it has none. */
        public List<String> facet(String dim) {
            return facets.getOrDefault(dim, List.of());
        }
    }
}
