package io.blogsearch.extract;

import io.blogsearch.knowledge.talk.NameShape;
import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who an attribution names ("— Ana Lima, CTO", "By Ana Lima", "from Ana Lima:", "Ana Lima &amp; Bo Berg"):
 * only people, judged by the shape of their names, never documents, companies or phrases. When the evidence is
 * weak (one word, a title, a sentence) it names nobody, and the quotation is not reported as a quote.
 */
public final class QuoteAttribution {

    /** A line that is only an attribution: a dash, tilde or "By", then the name. */
    static final Pattern ATTRIBUTION_LINE = Pattern.compile("^(?:--|-|—|–|―|~|(?i:by)\\s)\\s*(\\S.*)$");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:--|-|—|–|―|~)?\\s*(?i:(?:quoted? )?(?:by|from))?\\s*");
    /** Attributions that cite a document rather than a person ("– Quote from [the docs](...)"). */
    private static final Pattern SOURCE_CITATION = Pattern.compile(
            "^(?i:quote[ds]? from|taken from|source|see|via|cited from|excerpt from)\\b.*");
    private static final Pattern JOINERS = Pattern.compile("\\s+(?:&|and|und|y|et)\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.:;!,_*]+$");

    private QuoteAttribution() {
    }

    /**
     * The people an attribution names, joined by {@link Quote#SPEAKER_JOINER}, or null when it does not read as
     * people: "Ana Lima, Example Corp" gives "Ana Lima"; "Ana Lima &amp; Bo Berg" both; "the docs" nobody.
     */
    public static String speakers(String attribution) {
        if (attribution == null) {
            return null;
        }
        String text = attribution.strip().replaceAll("^[_*]+|[_*]+$", "").strip();
        if (SOURCE_CITATION.matcher(text).matches() || text.contains("://")) {
            return null;
        }
        text = LEAD_IN.matcher(text).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : JOINERS.split(text)) {
            String name = nameOf(part);
            if (name == null) {
                return null;
            }
            names.add(name);
        }
        return names.isEmpty() ? null : String.join(Quote.SPEAKER_JOINER, names);
    }

    /** One person's name without role, organisation or handle, or null when it does not read as a name. */
    static String nameOf(String part) {
        String name = part.strip();
        int cut = indexOfAny(name, ",", "(", " @", " - ", " – ", " — ", " | ");
        if (cut > 0) {
            name = name.substring(0, cut);
        }
        name = TRAILING.matcher(name).replaceFirst("").replaceAll("^[_*]+", "").strip();
        return NameShape.isPersonName(name) && !NameShape.isRole(name) ? name : null;
    }

    /** The attribution part of a whole line ("- Ana Lima", "By Ana Lima"), or null when the line is not one. */
    static String attributionOf(String line) {
        Matcher matcher = ATTRIBUTION_LINE.matcher(line.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static int indexOfAny(String text, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
