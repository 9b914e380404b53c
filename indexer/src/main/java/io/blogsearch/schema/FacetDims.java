package io.blogsearch.schema;

import java.util.List;
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

    /** Every dimension, in the order the API lists them. */
    public static final List<String> ALL = List.of(CONFERENCE, SPEAKER, TAG, YEAR, TYPE, AUTHOR, LANG);

    private FacetDims() {
    }

    /** The facets config used at index and at query time; every dimension may hold several values. */
    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : ALL) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
