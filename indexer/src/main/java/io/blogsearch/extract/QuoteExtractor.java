package io.blogsearch.extract;

import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises quotes by a person in a blockquote: a last line naming who said it ({@code - Name}, as Markdown
 * {@code \- Name} renders, {@code — Name, Role}, {@code -- Name}, {@code ~ Name}, {@code By [Name](url)}), one line
 * {@code "words" - Name}, a {@code **QUOTE**} marker introducing the speaker ({@code from Name:},
 * {@code Name, Role}), HTML {@code <footer>}/{@code <cite>} or the {@code <figcaption>} of an enclosing
 * {@code <figure>}, a theme shortcode's author ({@code data-quote-author}) and embedded tweets ({@link TweetQuotes}).
 * Admonitions ({@code > **NOTE**}, {@code > [!NOTE]}) and quotations naming no person are not quotes. What the
 * words are is {@link QuoteText}'s rule.
 */
public final class QuoteExtractor {

    private static final Pattern ADMONITION = Pattern.compile("^\\[?!?[A-Z][A-Z ;]{1,20}[]:!]?$");
    /** Markers that introduce a quote and its speaker: "QUOTE", "Quote:", "Zitat". */
    private static final Set<String> QUOTE_MARKERS = Set.of("quote", "zitat", "citation", "cita", "citação");
    /**
     * Words that end a sentence or a quotation, then a dash and who said them at the very end of the block:
     * {@code > “…pull.” — _Ana Lima_}, or the name alone on the last line after {@code …arguments." —}.
     */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            "^(.+[.!?…\"”’»])\\s*(?:--|-|—|–|―)\\s+(\\S.{1,80})$");
    /** A whole line "quoted words" - Name. */
    private static final Pattern QUOTED_LINE = Pattern.compile(
            "^[\"“„«‘](.{2,}?)[\"”“»’][.,!]?\\s*(?:--|-|—|–|―|~)\\s*(\\S.*)$");
    /** The attribute a theme's quote shortcode leaves its author in (see the shortcode expander). */
    public static final String AUTHOR_ATTRIBUTE = "data-quote-author";
    /** The attribute a theme's quote shortcode leaves its source link in. */
    public static final String SOURCE_ATTRIBUTE = "data-quote-source";

    private QuoteExtractor() {
    }

    /** The quote a blockquote holds, with the anchor of the section it is in, or empty when it is no quote. */
    public static Optional<Quote> extract(Element blockquote, String sectionAnchor) {
        if (blockquote.hasClass("twitter-tweet")) {
            return TweetQuotes.extract(blockquote, sectionAnchor);
        }
        if (blockquote.hasClass("instagram-media")) {
            return Optional.empty();
        }
        if (blockquote.hasAttr(AUTHOR_ATTRIBUTE)) {
            return quote(QuoteText.of(blockquote), QuoteAttribution.speakers(blockquote.attr(AUTHOR_ATTRIBUTE)),
                    sectionAnchor, blank(blockquote.attr(SOURCE_ATTRIBUTE)) ? null : blockquote.attr(SOURCE_ATTRIBUTE));
        }
        Optional<Quote> html = HtmlQuotes.extract(blockquote, sectionAnchor);
        if (html.isPresent()) {
            return html;
        }
        List<String> lines = lines(blockquote);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Optional<Quote> marked = marked(lines, sectionAnchor);
        if (marked.isPresent() || isMarked(lines) || isAdmonition(blockquote)) {
            return marked;
        }
        Optional<Quote> quote = lines.size() == 1 ? quotedLine(lines.get(0), sectionAnchor)
                : attributedByLastLine(lines, sectionAnchor);
        return quote.isPresent() ? quote : trailingAttribution(lines, sectionAnchor);
    }

    /** The last line is only the attribution ({@code - Ana Lima}); the lines before it are the words. */
    private static Optional<Quote> attributedByLastLine(List<String> lines, String sectionAnchor) {
        String attribution = QuoteAttribution.attributionOf(lines.get(lines.size() - 1));
        return attribution == null ? Optional.empty()
                : quote(String.join(" ", lines.subList(0, lines.size() - 1)), QuoteAttribution.speakers(attribution),
                        sectionAnchor, null);
    }

    /** The attribution closes the block's last sentence ({@link #TRAILING_ATTRIBUTION}). */
    private static Optional<Quote> trailingAttribution(List<String> lines, String sectionAnchor) {
        Matcher matcher = TRAILING_ATTRIBUTION.matcher(String.join(" ", lines).strip());
        return matcher.matches()
                ? quote(matcher.group(1), QuoteAttribution.speakers(matcher.group(2)), sectionAnchor, null)
                : Optional.empty();
    }

    /**
     * Quotes written as whole lines of a paragraph ({@code "Culture beats plans." - Ana Lima}) or reported in its
     * sentences ({@code "Culture beats plans," said Ana Lima.}: {@link ReportedSpeech}; words of a given name alone
     * go to {@code byGivenName}, resolved once the page's whole text is known).
     */
    static List<Quote> inParagraph(Element paragraph, String sectionAnchor,
                                   List<ReportedSpeech.ByGivenName> byGivenName) {
        String text = paragraph.text();
        List<Quote> quotes = ReportedSpeech.in(text, sectionAnchor, byGivenName);
        if (text.indexOf('-') < 0 && text.indexOf('—') < 0 && text.indexOf('–') < 0) {
            return quotes; // most paragraphs: no dash, no attribution
        }
        for (String line : lines(paragraph)) {
            quotedLine(line, sectionAnchor).ifPresent(quotes::add);
        }
        return quotes;
    }

    /** {@code "words" - Name} on one line, or empty. */
    static Optional<Quote> quotedLine(String line, String sectionAnchor) {
        Matcher matcher = QUOTED_LINE.matcher(line.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return quote(matcher.group(1), QuoteAttribution.speakers(matcher.group(2)), sectionAnchor, null);
    }

    /** "QUOTE from Name:" or "QUOTE Name, Role" as the first line, the quoted words after it. */
    private static Optional<Quote> marked(List<String> lines, String sectionAnchor) {
        if (!isMarked(lines)) {
            return Optional.empty();
        }
        String first = lines.get(0).strip();
        String rest = first.substring(first.indexOf(' ') < 0 ? first.length() : first.indexOf(' ')).strip();
        if (rest.isEmpty() || lines.size() < 2) {
            return Optional.empty();
        }
        return quote(String.join(" ", lines.subList(1, lines.size())), QuoteAttribution.speakers(rest),
                sectionAnchor, null);
    }

    private static boolean isMarked(List<String> lines) {
        String first = lines.get(0).strip();
        int end = first.indexOf(' ');
        String marker = (end < 0 ? first : first.substring(0, end)).replaceAll("[:*_]+$", "");
        return QUOTE_MARKERS.contains(marker.toLowerCase(Locale.ROOT));
    }

    /** A quote of these words by these people, or empty when either is missing. */
    static Optional<Quote> quote(String words, String speakers, String sectionAnchor, String source) {
        if (speakers == null || words == null) {
            return Optional.empty();
        }
        String text = QuoteText.spoken(words);
        return text.isEmpty() ? Optional.empty() : Optional.of(new Quote(text, speakers, sectionAnchor, source));
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

    /**
     * The non-blank lines of a block as written: paragraphs, soft line breaks and {@code <br>} each end one. Struck-out
     * text is left out.
     */
    static List<String> lines(Element block) {
        StringBuilder text = new StringBuilder();
        appendWithBreaks(block, text);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String tidy = line.replaceAll("\\s+", " ").strip();
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        return lines;
    }

    private static void appendWithBreaks(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                } else if (tag.equals("p") || tag.equals("li") || tag.equals("div")) {
                    text.append('\n');
                    appendWithBreaks(element, text);
                    text.append('\n');
                } else if (!tag.equals("pre") && !tag.equals("script") && !tag.equals("style")
                        && !QuoteText.isDeleted(element)) {
                    appendWithBreaks(element, text);
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
