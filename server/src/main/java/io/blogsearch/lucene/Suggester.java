package io.blogsearch.lucene;

import io.blogsearch.api.SuggestResponse.Suggestion;
import io.blogsearch.lucene.facet.FacetValues;
import io.blogsearch.parse.UrlEscaper;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Completions as you type: post and talk titles from the edge-n-gram title field, then speakers, conferences and
 * tags whose words start with what was typed (from the facet values, so they are the index's own spellings). A
 * question opening with "who said" is completed with the quotes that say the rest, each with its speaker.
 */
final class Suggester {

    static final int MAX_SUGGESTIONS = 10;
    private static final int MAX_TITLES = 5;
    private static final Map<String, Integer> PER_DIM = Map.of(FacetDims.SPEAKER, 3, FacetDims.CONFERENCE, 2,
            FacetDims.TAG, 2);
    private static final Set<String> TITLE_FIELDS = Set.of(Fields.TITLE, Fields.TYPE, Fields.URL, Fields.SPEAKER);
    private static final List<DocType> TITLED = List.of(DocType.POST, DocType.PAGE, DocType.TALK);

    private Suggester() {
    }

    static List<Suggestion> suggest(BlogSearcher searcher, String typed) throws IOException {
        UserQuery asked = UserQueryParser.parse(typed);
        if (asked.asksWhoSaid()) {
            List<String> rest = new ArrayList<>();
            asked.words().forEach(word -> rest.addAll(Analysis.exactTokens(word)));
            asked.phrases().forEach(phrase -> rest.addAll(Analysis.exactTokens(phrase)));
            return rest.isEmpty() ? List.of() : titles(searcher, limited(rest), List.of(DocType.QUOTE));
        }
        List<String> tokens = limited(Analysis.exactTokens(typed == null ? "" : typed));
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>(titles(searcher, tokens, TITLED));
        String prefix = String.join(" ", tokens);
        for (String dim : FacetValues.SUGGESTED) {
            int taken = 0;
            for (FacetValues.Entry entry : searcher.facetValues().values(dim)) {
                if (taken < PER_DIM.get(dim) && matches(entry.normalized(), prefix)) {
                    out.add(new Suggestion(entry.value(), dim, "/?" + dim + "="
                            + URLEncoder.encode(entry.value(), StandardCharsets.UTF_8).replace("+", "%20")));
                    taken++;
                }
            }
        }
        return out.subList(0, Math.min(out.size(), MAX_SUGGESTIONS));
    }

    private static List<String> limited(List<String> tokens) {
        return tokens.subList(0, Math.min(tokens.size(), UserQueryParser.MAX_CLAUSES));
    }

    /** Titles of the given types holding the typed words, the last one as a prefix; a quote comes with its speaker. */
    private static List<Suggestion> titles(BlogSearcher searcher, List<String> tokens, List<DocType> types)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int required = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (last && token.length() >= BlogAnalyzers.MIN_PREFIX && token.length() <= BlogAnalyzers.MAX_PREFIX) {
                query.add(new TermQuery(new Term(Fields.TITLE_PREFIX, token)), Occur.MUST);
                required++;
            } else if (!Analysis.isStopWord(token) || tokens.size() == 1) {
                query.add(new TermQuery(new Term(Fields.TITLE_EXACT, token)), Occur.MUST);
                required++;
            }
        }
        if (required == 0) {
            return List.of();
        }
        query.add(new TermInSetQuery(Fields.TYPE, types.stream().map(type -> new BytesRef(type.value())).toList()),
                Occur.FILTER);
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ScoreDoc hit : searcher.search(query.build(), MAX_TITLES * 2).scoreDocs) {
            Document d = searcher.storedFields().document(hit.doc, TITLE_FIELDS);
            String title = d.get(Fields.TITLE);
            if (title != null && seen.add(title) && out.size() < MAX_TITLES) {
                String speaker = DocType.QUOTE.value().equals(d.get(Fields.TYPE)) ? d.get(Fields.SPEAKER) : null;
                out.add(new Suggestion(speaker == null ? title : "“" + title + "” — " + speaker,
                        d.get(Fields.TYPE), UrlEscaper.escape(d.get(Fields.URL))));
            }
        }
        return out;
    }

    /** Whether the typed words are a prefix of the value starting at one of its words. */
    private static boolean matches(String normalizedValue, String prefix) {
        if (normalizedValue.startsWith(prefix)) {
            return true;
        }
        int space = normalizedValue.indexOf(' ');
        while (space >= 0) {
            if (normalizedValue.startsWith(prefix, space + 1)) {
                return true;
            }
            space = normalizedValue.indexOf(' ', space + 1);
        }
        return false;
    }
}
