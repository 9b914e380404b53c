package io.blogsearch.schema;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetsConfig;

/** Facet dimensions, indexed as SortedSetDocValues so no taxonomy index is needed, and their config. */
public final class FacetDims {

    public static final String TYPE = "type";
    public static final String TAG = "tag";
    public static final String YEAR = "year";
    public static final String AUTHOR = "author";
    public static final String CONFERENCE = "conference";
    public static final String SPEAKER = "speaker";
    /** The page's language code as the site names it ({@code en}, {@code ja}, {@code zh-cn}). */
    public static final String LANG = "lang";

    /** Every built-in dimension, in the order the API lists them; the site's taxonomies follow. */
    public static final List<String> ALL = List.of(CONFERENCE, SPEAKER, TAG, YEAR, TYPE, AUTHOR, LANG);

    /**
     * Names a taxonomy's facet cannot take: the built-in dimensions ({@code authors} is the {@link #AUTHOR} facet
     * already) and the search API's other parameters, since a facet is filtered by the parameter of its name.
     */
    private static final Set<String> RESERVED = Set.of(CONFERENCE, SPEAKER, TAG, YEAR, TYPE, AUTHOR, LANG,
            "tags", "authors", "q", "page", "size", "sort", "from", "to", "post");
    private static final Pattern TAXONOMY_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final FacetsConfig.DimConfig MULTI_VALUED = new FacetsConfig.DimConfig();

    static {
        MULTI_VALUED.multiValued = true;
    }

    private FacetDims() {
    }

    /**
     * The facet dimension of a site taxonomy (by its plural name, e.g. {@code categories}, {@code keywords},
     * {@code series}), or null when it has none: tags are {@link #TAG}, and a reserved or unusable name is no facet.
     */
    public static String taxonomy(String plural) {
        String name = plural == null ? "" : plural.trim().toLowerCase(Locale.ROOT);
        return RESERVED.contains(name) || !TAXONOMY_NAME.matcher(name).matches() ? null : name;
    }

    /** Whether a dimension of the index is a site taxonomy rather than a built-in one. */
    public static boolean isTaxonomy(String dim) {
        return taxonomy(dim) != null;
    }

    /**
     * The facets config used at index and at query time; every dimension, the taxonomies' included, may hold several
     * values.
     */
    public static FacetsConfig config() {
        return new FacetsConfig() {
            @Override
            protected DimConfig getDefaultDimConfig() {
                return MULTI_VALUED;
            }
        };
    }
}
