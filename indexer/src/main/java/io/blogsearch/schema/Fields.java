package io.blogsearch.schema;

/**
 * Every field name of the index, in one place. One Lucene document per entity (post, section, quote, figure,
 * talk); entities inside a post carry the post's id, title, url and date so a hit can be shown on its own.
 *
 * <p>Field kinds, and why:
 * <ul>
 *   <li>keyword ({@code StringField}): exact identity, used to delete and look up ({@link #ID}, {@link #PATH},
 *       {@link #TYPE});</li>
 *   <li>english text ({@code TextField}, {@link BlogAnalyzers#english()}): recall through stemming and folding;
 *       stored with offsets so the highlighter can cut snippets without re-analysing;</li>
 *   <li>{@code *_exact} text ({@link BlogAnalyzers#exact()}): unstemmed twin, so exact words can outrank stems;</li>
 *   <li>{@code *_prefix} text ({@link BlogAnalyzers#prefixIndex()}): edge n-grams of titles for as-you-type; bodies are
 *       not n-grammed (it would multiply the index), the server expands a half-typed word against the term
 *       dictionary;</li>
 *   <li>facets ({@code SortedSetDocValuesFacetField}, dims in {@link FacetDims}): counts and drill-down;</li>
 *   <li>stored-only fields: what a hit displays, never searched.</li>
 * </ul>
 */
public final class Fields {

    /** Keyword, stored: unique entity id, e.g. {@code content/post/x.md#running-with-scissors}. */
    public static final String ID = "id";
    /** Keyword, stored: {@link DocType#value()}; also the {@link FacetDims#TYPE} facet. */
    public static final String TYPE = "type";
    /**
     * Keyword, stored: source file relative to the site root; every document of a file shares it, so one delete
     * replaces a file.
     */
    public static final String PATH = "path";
    /** Keyword, stored: SHA-256 of the source file; unchanged files are not parsed again. */
    public static final String CONTENT_HASH = "content_hash";
    /**
     * Keyword, stored, post documents only: hash of everything the file's documents were built from; unchanged means
     * no rewrite.
     */
    public static final String FINGERPRINT = "fingerprint";
    /**
     * Binary doc values only (UTF-8), post documents only: the parsed page as JSON, before archive-wide enrichment;
     * the incremental cache. Doc values, not a stored field: reading it back then needs no decompression of the
     * post's stored body. (A field's doc values type is fixed per index, hence the separate cached twins of
     * keywords that every document carries.)
     */
    public static final String RECORD = "page_record";
    /** Binary doc values only, post documents only: {@link #PATH} again, for the incremental build. */
    public static final String CACHED_PATH = "cached_path";
    /** Binary doc values only, post documents only: {@link #CONTENT_HASH} again, for the incremental build. */
    public static final String CACHED_CONTENT_HASH = "cached_content_hash";
    /** Binary doc values only, post documents only: {@link #FINGERPRINT} again, for the incremental build. */
    public static final String CACHED_FINGERPRINT = "cached_fingerprint";
    /**
     * Binary doc values only (UTF-8), post documents only: what the archive enricher worked out about the page on
     * its own (its talk detection), in the enricher's format; unchanged pages of an incremental run reuse it.
     */
    public static final String CACHED_KNOWLEDGE = "cached_knowledge";
    /**
     * Binary doc values only (UTF-8), post documents only: {@link #RECORD} without body and section texts, in a
     * compact hand-written form an incremental run reads for every unchanged page.
     */
    public static final String CACHED_OUTLINE = "cached_outline";
    /**
     * Binary doc values only (UTF-8), post documents only: the source file's size, modification time and file key
     * when it was last read, recorded only once that time was settled (2 s before the build began). An incremental
     * run that finds the same stamp skips reading and hashing the file, as git's index and rsync's quick check do.
     */
    public static final String CACHED_FILE_STAMP = "cached_file_stamp";
    /**
     * Binary doc values only (ISO-8601 instant), post documents only: the page's {@code expiryDate}, so that an
     * incremental run drops an unchanged page once it has expired, as Hugo would.
     */
    public static final String CACHED_EXPIRY = "cached_expiry";
    /**
     * Binary doc values only (UTF-8, one problem a line), post documents only: the problems of a page indexed as well
     * as possible (cut, invalid UTF-8, an unclosed shortcode), so a run that reuses the page still reports them.
     */
    public static final String CACHED_PROBLEMS = "cached_problems";
    /**
     * Binary doc values only, post documents only: the hashes of the page's sections and which of them repeat across
     * the site and were left out of the post's scored text, so an incremental run counts every hash of the site
     * without reading unchanged pages and rewrites a page whose sections became repeated or unique again.
     */
    public static final String CACHED_SECTION_HASHES = "cached_section_hashes";
    /**
     * How many entity documents a source file has: kept with its state by an engine whose documents are not replaced
     * by path (OpenSearch), so that a rewrite deletes only the positions past the new count.
     */
    public static final String CACHED_ENTITIES = "cached_entities";
    /** Keyword, stored: page kind of the post document ({@code post}, {@code page}, {@code section_list}). */
    public static final String PAGE_KIND = "page_kind";
    /**
     * Keyword, stored, every document of a page: what links the translations of one page (its
     * {@code translationKey}, else its path inside its language's content tree), so a search can fold a page's
     * languages into one hit or list its translations.
     */
    public static final String TRANSLATION_KEY = "translation_key";
    /**
     * Stored only, page documents: each author's affiliation as {@code name\tAffiliation}, kept beside the author
     * facet (which holds the bare names).
     */
    public static final String AUTHOR_AFFILIATION = "author_affiliation";

    /** English text, stored, offsets: display title (post title, heading, quote text, figure title, talk title). */
    public static final String TITLE = "title";
    /** Unstemmed twin of {@link #TITLE}. */
    public static final String TITLE_EXACT = "title_exact";
    /** Edge n-grams of {@link #TITLE}, for as-you-type. */
    public static final String TITLE_PREFIX = "title_prefix";
    /**
     * English text, stored, offsets: body text (post body, section text, quote text, figure caption and alt, talk
     * section text).
     */
    public static final String TEXT = "text";
    /** Unstemmed twin of {@link #TEXT}. */
    public static final String TEXT_EXACT = "text_exact";
    /** English text, not stored: where an entity sits (post title, section heading, talk title); weak evidence. */
    public static final String CONTEXT = "context";
    /** English text, stored: the post's description or summary. */
    public static final String DESCRIPTION = "description";

    /** Exact-analyzed text of speaker names, for {@code speaker:rice}. Stored values in {@link #SPEAKER}. */
    public static final String SPEAKER_TEXT = "speaker_text";
    /**
     * Exact-analyzed text of a page's authors, on whole pages only: a reader who types a person's name finds the
     * posts that person wrote, even where the name appears only in front matter. Stored values in {@link #AUTHOR}.
     */
    public static final String AUTHOR_TEXT = "author_text";
    /** Exact-analyzed text of tags, for {@code tag:rook}. */
    public static final String TAG_TEXT = "tag_text";
    /** Exact-analyzed text of the conference, for {@code conference:kubecon}. */
    public static final String CONFERENCE_TEXT = "conference_text";

    /** Stored, multi-valued: speakers (talk speakers, quote speaker). */
    public static final String SPEAKER = "speaker";
    /** Stored, multi-valued: tags. */
    public static final String TAG = "tag";
    /** Stored, multi-valued: every taxonomy term as {@code taxonomy:term} (categories, keywords, ...). */
    public static final String TAXONOMY = "taxonomy";
    /** Stored: the conference. */
    public static final String CONFERENCE = "conference";
    /**
     * Keyword, stored: the page's language code, lower case ({@code en}, {@code zh-cn}); every entity of a page has it.
     * Also the {@link FacetDims#LANG} facet. The stemmed fields of a document are analysed for it
     * ({@link LanguageAnalyzers}).
     */
    public static final String LANG = "lang";
    /** Stored, multi-valued: authors. */
    public static final String AUTHOR = "author";

    /** Long point, doc values and stored: publication date in epoch milliseconds, for range filters and sorting. */
    public static final String DATE = "date";
    /**
     * Stored: the date's day as the blog shows it, {@code yyyy-MM-dd} in the offset the date is written with (a post
     * of 01:00+09:00 on the 1st is on the 1st, though its instant is on the 31st in UTC); the year facet is its year.
     */
    public static final String DATE_DAY = "date_day";
    /** Stored: absolute URL of the entity, with {@code #anchor} for anything inside a post. */
    public static final String URL = "url";
    /** Stored: heading anchor of the section the entity is in, or of the talk/section itself. */
    public static final String ANCHOR = "anchor";
    /** Stored: heading text of the section the entity is in. */
    public static final String SECTION_HEADING = "section_heading";

    /**
     * Keyword, stored, section documents: a hash of what the section says, equal for near-duplicates
     * ({@code SectionHash}); how many sections share it tells boilerplate that repeats across pages.
     */
    public static final String SECTION_HASH = "section_hash";

    /** Keyword, stored: id of the post document the entity belongs to (a post's own id for post documents). */
    public static final String POST_ID = "post_id";
    /** Stored: title of the post the entity belongs to. */
    public static final String POST_TITLE = "post_title";
    /** Stored: URL of the post the entity belongs to. */
    public static final String POST_URL = "post_url";

    /** Stored, quote documents: the quote text. */
    public static final String QUOTE_TEXT = "quote_text";
    /** Stored, quote documents: where the words were published (an embedded tweet's link), when known. */
    public static final String QUOTE_SOURCE = "quote_source";
    /** Stored, figure documents: the resolved image URL. */
    public static final String FIGURE_IMAGE = "figure_image";
    /** Stored, talk documents: keynote, talk, presentation, workshop, panel. */
    public static final String TALK_KIND = "talk_kind";
    /** Stored, talk documents and entities under a talk: the talk title. */
    public static final String TALK_TITLE = "talk_title";
    /** Stored, talk documents: JSON array of {@code {name, role, org}}. */
    public static final String TALK_SPEAKERS = "talk_speakers";

    private Fields() {
    }
}
