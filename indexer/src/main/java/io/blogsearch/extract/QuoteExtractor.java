package io.blogsearch.extract;

import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises attributed quotes: a blockquote whose last line names who said it ({@code - Name}, as Markdown
 * {@code \- Name} renders, {@code — Name}, {@code – Name}, {@code -- Name}, {@code ~ Name}). Admonitions
 * ({@code > **NOTE** ...}), embedded tweets and blockquotes without an attribution are not quotes.
 */
public final class QuoteExtractor {

    private static final Pattern ATTRIBUTION = Pattern.compile("^(?:--|-|—|–|―|~)\\s*(\\S.*)$");
    private static final Pattern ADMONITION = Pattern.compile("^\\[?!?[A-Z][A-Z ]{1,20}[]:!]?$");
    /** More words than a name (with an initial or a particle) has: a cited source, not a speaker. */
    private static final int MAX_NAME_WORDS = 5;
    private static final String OPENING_MARKS = "\"“„«‘'";
    private static final String CLOSING_MARKS = "\"”“»’'";
    /** Attributions that cite a document rather than a person ("– Quote from [the docs](...)"). */
    private static final Pattern SOURCE_CITATION = Pattern.compile(
            "^(?i:quote[ds]? from|taken from|from|source|see|via|cited from|excerpt from)\\b.*");

    private QuoteExtractor() {
    }

    /** The quote a blockquote holds, with the anchor of the section it is in, or empty when it is no quote. */
    public static Optional<Quote> extract(Element blockquote, String sectionAnchor) {
        if (blockquote.hasClass("twitter-tweet") || blockquote.hasClass("instagram-media") || isAdmonition(blockquote)) {
            return Optional.empty();
        }
        Element last = blockquote.children().last();
        List<String> lines = new ArrayList<>();
        if (last == null) {
            lines.addAll(lines(blockquote));
        } else {
            if (!last.tagName().equals("p")) {
                return Optional.empty();
            }
            for (Element child : blockquote.children()) {
                if (child != last) {
                    lines.add(child.text());
                }
            }
            lines.addAll(lines(last));
        }
        lines.removeIf(String::isBlank);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        Matcher attribution = ATTRIBUTION.matcher(lines.get(lines.size() - 1).strip());
        if (!attribution.matches()) {
            return Optional.empty();
        }
        String speaker = speakerName(attribution.group(1));
        if (speaker == null) {
            return Optional.empty();
        }
        String text = String.join(" ", lines.subList(0, lines.size() - 1)).replaceAll("\\s+", " ").strip();
        text = withoutEnclosingMarks(text);
        return text.isEmpty() ? Optional.empty() : Optional.of(new Quote(text, speaker, sectionAnchor));
    }

    /** The name part of an attribution ("Liz Rice, Aqua Security" gives "Liz Rice"), or null if it reads as no name. */
    static String speakerName(String attribution) {
        String name = attribution.strip();
        int cut = indexOfAny(name, ",", "(", " @");
        if (cut > 0) {
            name = name.substring(0, cut);
        }
        // counted before cutting at dashes: "Title - part - Site" is a cited page, not a person with a role
        long words = name.split("\\s+").length;
        cut = indexOfAny(name, " - ", " – ", " — ");
        if (cut > 0) {
            name = name.substring(0, cut);
        }
        name = name.replaceAll("[\\s.:;!]+$", "").strip();
        if (SOURCE_CITATION.matcher(name).matches()) {
            return null;
        }
        if (name.isEmpty() || words > MAX_NAME_WORDS || !name.codePoints().anyMatch(Character::isLetter)
                || name.contains("://")) {
            return null;
        }
        return name;
    }

    /** Drops one pair of quotation marks around the whole text, keeping quotes inside it. */
    static String withoutEnclosingMarks(String text) {
        if (text.length() >= 2 && OPENING_MARKS.indexOf(text.charAt(0)) >= 0
                && CLOSING_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
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

    private static boolean isAdmonition(Element blockquote) {
        Element first = blockquote.children().first();
        if (first == null) {
            return false;
        }
        String text = first.text().strip();
        if (text.startsWith("[!")) {
            return true; // GitHub-style alert: > [!NOTE]
        }
        Element strong = first.children().first();
        if (strong == null || !(strong.tagName().equals("strong") || strong.tagName().equals("b"))
                || !text.startsWith(strong.text())) {
            return false;
        }
        return ADMONITION.matcher(strong.text().strip()).matches();
    }

    /** The lines of a paragraph as written: soft line breaks and {@code <br>} both end a line. */
    private static List<String> lines(Element paragraph) {
        StringBuilder text = new StringBuilder();
        appendWithBreaks(paragraph, text);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            lines.add(line.replaceAll("\\s+", " ").strip());
        }
        return lines;
    }

    private static void appendWithBreaks(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element) {
                if (element.tagName().equals("br")) {
                    text.append('\n');
                } else {
                    appendWithBreaks(element, text);
                }
            }
        }
    }
}
