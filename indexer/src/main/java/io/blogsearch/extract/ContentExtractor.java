package io.blogsearch.extract;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page's rendered HTML once, in document order: the body text, the sections (a heading with an id starts
 * one; Markdown headings always have one), the quotes and the figures, each with the section it sits in.
 * {@code <script>}, {@code <style>}, iframes and other embedded non-text are dropped; the text of raw HTML, such
 * as embedded tweets and HTML blockquotes, is kept.
 */
public final class ContentExtractor {

    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "noscript", "template", "object",
            "embed", "svg", "canvas", "video", "audio", "head", "button", "select", "textarea", "form");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "br", "tr", "table", "pre",
            "blockquote", "figure", "figcaption", "dd", "dt", "dl", "hr", "section", "article", "header", "footer",
            "aside", "nav", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** What separates the cells of a table row in the extracted text. */
    public static final String CELL_SEPARATOR = "|";

    private final String pageUrl;
    private final String baseUrl;
    private final StringBuilder body = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    /** Quotes of a given name alone, named once the page's whole text is known. */
    private final List<ReportedSpeech.ByGivenName> byGivenName = new ArrayList<>();
    private StringBuilder sectionText;
    private String heading;
    private int level;
    private String anchor;
    private int figureDepth;

    private ContentExtractor(String pageUrl, String baseUrl) {
        this.pageUrl = pageUrl;
        this.baseUrl = baseUrl;
    }

    /** Everything a page's HTML holds; image URLs are resolved against the page URL and the site's base URL. */
    public static PageContent extract(String html, String pageUrl, String baseUrl) {
        ContentExtractor extractor = new ContentExtractor(pageUrl, baseUrl);
        Document document = Jsoup.parseBodyFragment(html);
        NodeTraversor.filter(extractor.filter(), document.body());
        extractor.closeSection();
        String body = tidy(extractor.body);
        extractor.quotes.addAll(ReportedSpeech.resolve(extractor.byGivenName, body));
        return new PageContent(body, List.copyOf(extractor.sections),
                List.copyOf(extractor.quotes), List.copyOf(extractor.figures));
    }

    private NodeFilter filter() {
        return new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    append(text.text());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (DROPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (HEADINGS.contains(tag) && element.hasAttr("id") && figureDepth == 0) {
                    startSection(element, tag);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                    append("\n");
                }
                if (tag.equals("td") || tag.equals("th")) {
                    // cells of a row stay apart, so a row can be read back ("Title | Speakers | Date")
                    append(element.elementSiblingIndex() > 0 ? " " + CELL_SEPARATOR + " " : " ");
                }
                onElement(element, tag);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        append("\n");
                    }
                    if (element.normalName().equals("figure")) {
                        figureDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        };
    }

    /** Whether an ancestor is a blockquote: a walk up, where {@code closest("blockquote")} parses a query per call. */
    private static boolean insideBlockquote(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private void onElement(Element element, String tag) {
        switch (tag) {
            case "blockquote" -> QuoteExtractor.extract(element, anchor).ifPresent(quotes::add);
            case "p" -> {
                if (!insideBlockquote(element)) {
                    quotes.addAll(QuoteExtractor.inParagraph(element, anchor, byGivenName));
                }
            }
            case "figure" -> {
                // a figure around a blockquote is a quote with its caption, not an image
                if (figureDepth++ == 0 && element.selectFirst("> blockquote") == null) {
                    FigureExtractor.fromFigure(element, pageUrl, baseUrl, anchor).ifPresent(figures::add);
                }
            }
            case "img" -> {
                if (figureDepth == 0) {
                    FigureExtractor.fromImage(element, pageUrl, baseUrl, anchor).ifPresent(figures::add);
                }
            }
            default -> {
            }
        }
    }

    private void startSection(Element element, String tag) {
        closeSection();
        heading = element.text().strip();
        level = tag.charAt(1) - '0';
        anchor = element.attr("id");
        sectionText = new StringBuilder();
        body.append('\n').append(heading).append('\n');
    }

    private void closeSection() {
        if (sectionText != null) {
            sections.add(new Section(heading, level, anchor, tidy(sectionText), null));
        }
    }

    private void append(String text) {
        body.append(text);
        if (sectionText != null) {
            sectionText.append(text);
        }
    }

    /** Collapses runs of spaces and of blank lines, so stored text is compact. */
    static String tidy(CharSequence text) {
        int length = text.length();
        char[] in = new char[length];
        // one bulk copy: charAt through CharSequence on a large UTF-16 builder showed up hot in profiles
        (text instanceof StringBuilder builder ? builder : new StringBuilder(text)).getChars(0, length, in, 0);
        char[] out = new char[length];
        int size = 0;
        boolean space = false;
        boolean newline = true;
        for (char c : in) {
            if (c == '\n') {
                if (!newline) {
                    out[size++] = '\n';
                }
                newline = true;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\u00a0' || Character.isWhitespace(c)) {
                space = !newline;
            } else {
                if (space) {
                    out[size++] = ' ';
                }
                out[size++] = c;
                space = false;
                newline = false;
            }
        }
        while (size > 0 && out[size - 1] == '\n') {
            size--;
        }
        return new String(out, 0, size);
    }
}
