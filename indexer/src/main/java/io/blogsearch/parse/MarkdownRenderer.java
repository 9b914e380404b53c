package io.blogsearch.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown to HTML with commonmark-java (GFM tables and strikethrough; raw HTML passed through, as Hugo
 * does with {@code unsafe: true}), giving every heading the id its generator would give it: Hugo's
 * ({@link HeadingAnchors}) unless another {@link HeadingIdStyle} is named; explicit {@code {#id}} heading attributes
 * are read the same way for every style.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("\\s*\\{([^{}]*)}\\s*$");
    /** Hugo's alert designator: {@code [!TYPE]}, a fold sign, then the optional title. */
    private static final Pattern ALERT_MARKER = Pattern.compile("\\[![A-Za-z]+][+-]?[ \\t]*(.*)", Pattern.DOTALL);

    private MarkdownRenderer() {
    }

    /** The HTML of a Markdown document, headings with Hugo's ids. */
    public static String render(String markdown) {
        return render(markdown, HeadingAnchors::github);
    }

    /** The HTML of a Markdown document, headings with the ids {@code style} gives. */
    public static String render(String markdown, HeadingIdStyle style) {
        return render(markdown, style, false);
    }

    /**
     * The HTML of a Markdown document, headings with the ids {@code style} gives; with {@code alerts} (a site whose
     * blockquote render hook draws Hugo's alerts), a blockquote's leading {@code [!NOTE]} marker is left out, as the
     * hook receives the text without it, and a title written after it ({@code [!TIP] Custom title}) stays.
     */
    public static String render(String markdown, HeadingIdStyle style, boolean alerts) {
        Node document = PARSER.parse(markdown);
        if (alerts) {
            removeAlertMarkers(document);
        }
        Map<Node, String> ids = assignIds(document, style);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .attributeProviderFactory(context -> headingIds(ids))
                .build();
        return renderer.render(document);
    }

    private static void removeAlertMarkers(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                if (quote.getFirstChild() instanceof Paragraph paragraph
                        && paragraph.getFirstChild() instanceof Text first) {
                    Matcher marker = ALERT_MARKER.matcher(first.getLiteral());
                    if (marker.matches() && marker.group(1).isEmpty()) {
                        Node next = first.getNext();
                        first.unlink();
                        if (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
                            next.unlink();
                        }
                        if (paragraph.getFirstChild() == null) {
                            paragraph.unlink();
                        }
                    } else if (marker.matches()) {
                        first.setLiteral(marker.group(1));
                    }
                }
                visitChildren(quote);
            }
        });
    }

    private static AttributeProvider headingIds(Map<Node, String> ids) {
        return (node, tagName, attributes) -> {
            String id = ids.get(node);
            if (id != null) {
                attributes.put("id", id);
            }
        };
    }

    private static Map<Node, String> assignIds(Node document, HeadingIdStyle style) {
        List<Heading> nodes = new ArrayList<>();
        List<HeadingIdStyle.Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String explicit = takeExplicitId(heading); // first: the attribute list is not part of the text
                nodes.add(heading);
                headings.add(new HeadingIdStyle.Heading(text(heading).strip(), explicit, heading.getLevel()));
            }
        });
        List<String> styled = style.ids(headings);
        Map<Node, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            boolean unknown = headings.get(i).explicitId() == null
                    && ShortcodeExpander.holdsShortcodeOutput(headings.get(i).text());
            if (styled.get(i) != null && !unknown) {
                ids.put(nodes.get(i), styled.get(i));
            }
        }
        return ids;
    }

    /**
     * Removes a trailing attribute list ({@code {#id .class}}) from the heading's last text and returns its id, if
     * any; braces that are not an attribute list ({@link HeadingAttributes}) stay in the text.
     */
    private static String takeExplicitId(Heading heading) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher matcher = HEADING_ATTRIBUTES.matcher(last.getLiteral());
        if (!matcher.find()) {
            return null;
        }
        Optional<String> id = HeadingAttributes.parse(matcher.group(1));
        if (id.isEmpty()) {
            return null;
        }
        last.setLiteral(last.getLiteral().substring(0, matcher.start()));
        return id.get().isEmpty() ? null : id.get();
    }

    /** The heading's text as goldmark sees it: text and code span contents, without markup or raw HTML. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }
}
