package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.SnippetHtml;
import java.util.Iterator;
import java.util.Map;

/**
 * A hit's snippet as the Lucene engine writes it: every character escaped for HTML ({@code & < > " '}, line breaks as
 * spaces) and the matched terms in {@code <mark>}. OpenSearch marks them with private-use characters
 * ({@link SearchBody#OPEN}), which are swapped for the tags only after escaping, so no text can forge a tag; marks
 * that touch are joined into one, as the Lucene engine joins them.
 */
final class Snippet {

    private Snippet() {
    }

    /** The snippet of a hit: its text's fragment, else its title's, else empty. */
    static String of(JsonNode hit) {
        String text = first(hit.path("highlight"), "text.");
        if (text == null) {
            text = first(hit.path("highlight"), "title.");
        }
        return text == null ? "" : marked(text);
    }

    /** Escapes {@code fragment} and turns the private-use marks into {@code <mark>} tags. */
    static String marked(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length() + 32);
        int plain = 0;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '\uE001' && i + 1 < fragment.length() && fragment.charAt(i + 1) == '\uE000') {
                // a mark that ends where the next begins (CJK pairs of characters) goes on as one mark
                SnippetHtml.escape(fragment, plain, i, out);
                plain = i + 2;
                i++;
            } else if (c == '\uE000' || c == '\uE001') {
                SnippetHtml.escape(fragment, plain, i, out);
                out.append(c == '\uE000' ? "<mark>" : "</mark>");
                plain = i + 1;
            }
        }
        SnippetHtml.escape(fragment, plain, fragment.length(), out);
        return out.toString().strip();
    }

    private static String first(JsonNode highlight, String prefix) {
        String unmarked = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = highlight.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().startsWith(prefix) && field.getValue().size() > 0) {
                String fragment = field.getValue().get(0).asText();
                if (fragment.indexOf(SearchBody.OPEN) >= 0) {
                    return fragment;
                }
                unmarked = unmarked == null ? fragment : unmarked;
            }
        }
        return unmarked;
    }
}
