package io.blogsearch.extract;

import io.blogsearch.model.Quote;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Quotes attributed the HTML way: a {@code <footer>} or {@code <cite>} closing the blockquote
 * ({@code <footer>— Ana Lima, <cite>Talk</cite></footer>}), or the {@code <figcaption>} of the {@code <figure>}
 * holding it. The attribution must still name a person.
 */
final class HtmlQuotes {

    private HtmlQuotes() {
    }

    /** The quote of a blockquote attributed by HTML elements, or empty. */
    static Optional<Quote> extract(Element blockquote, String sectionAnchor) {
        Element parent = blockquote.parent();
        if (parent != null && parent.normalName().equals("figure")) {
            Element caption = parent.selectFirst("> figcaption");
            if (caption != null) {
                return QuoteExtractor.quote(QuoteText.of(blockquote), QuoteAttribution.speakers(caption.text()),
                        sectionAnchor, citeUrl(blockquote));
            }
        }
        Element last = blockquote.children().last();
        if (last == null) {
            return Optional.empty();
        }
        if (last.normalName().equals("footer") || last.normalName().equals("cite")) {
            Element byline = last.normalName().equals("footer") ? footerName(last) : last;
            Element words = blockquote.clone();
            words.children().last().remove();
            return QuoteExtractor.quote(QuoteText.of(words), QuoteAttribution.speakers(byline.text()), sectionAnchor,
                    citeUrl(blockquote));
        }
        Element cite = last.normalName().equals("p") ? last.selectFirst("> cite") : null;
        if (cite != null && last.text().strip().endsWith(cite.text().strip())) {
            // <p>words <cite>— Ana Lima</cite></p>: the cite closes the paragraph
            Element words = blockquote.clone();
            words.children().last().selectFirst("> cite").remove();
            return QuoteExtractor.quote(QuoteText.of(words), QuoteAttribution.speakers(cite.text()), sectionAnchor,
                    citeUrl(blockquote));
        }
        return Optional.empty();
    }

    /** The footer's text without a cited work's title: "— Ana Lima, <cite>Talk title</cite>" names Ana Lima. */
    private static Element footerName(Element footer) {
        Element copy = footer.clone();
        Element cite = copy.selectFirst("cite");
        if (cite != null && !copy.text().strip().equals(cite.text().strip())) {
            cite.remove();
        }
        return copy;
    }

    private static String citeUrl(Element blockquote) {
        String cite = blockquote.attr("cite").strip();
        return cite.startsWith("http://") || cite.startsWith("https://") ? cite : null;
    }
}
