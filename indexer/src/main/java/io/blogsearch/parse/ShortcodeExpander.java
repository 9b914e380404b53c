package io.blogsearch.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;

/**
 * Expands Hugo shortcodes in a Markdown body, so that no {@code {{<} or {@code >}}} reaches the index. As in Hugo,
 * the output of a {@code {{< >}}} shortcode is not Markdown: it stands in the Markdown as a placeholder and is put
 * into the rendered HTML afterwards ({@link Result#substitute}), so it lands where Hugo puts it even inside a code
 * block; {@code {{% %}}} output is Markdown and is rendered with the page. {@code figure} becomes an HTML
 * {@code <figure>}; {@code ref}/{@code relref} the target's permalink; {@code highlight} a fenced code block; other
 * paired shortcodes keep their inner content, except those whose template in the site writes nothing
 * ({@link SilentShortcodes}); unknown standalone shortcodes are dropped (their output is not in the source);
 * shortcode comments ({@code {{<} followed by {@code /*}) keep their inner text without delimiters.
 * A tag whose closing delimiter is missing is reported with its line and its text kept as plain text.
 */
public final class ShortcodeExpander {

    /**
     * The expanded body and the problems found.
     *
     * @param markdown     Markdown with shortcodes replaced (HTML-output shortcodes by placeholders)
     * @param placeholders placeholder to the HTML it stands for
     * @param problems     unclosed shortcodes, with the file line of each
     */
    public record Result(String markdown, Map<String, String> placeholders, List<UnclosedShortcodeException> problems) {

        /** The rendered HTML with every placeholder replaced by its shortcode's output. */
        public String substitute(String html) {
            if (placeholders.isEmpty()) {
                return html;
            }
            StringBuilder out = new StringBuilder(html.length());
            Matcher matcher = PLACEHOLDER.matcher(html);
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(
                        placeholders.getOrDefault(matcher.group(), "")));
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }

    /** Letters and digits only, so Markdown leaves it alone wherever it stands (text, code, link target). */
    private static final Pattern PLACEHOLDER = Pattern.compile("BSSHORTCODE\\d+X");

    private final Map<String, String> placeholders = new HashMap<>();

    private final UnaryOperator<String> refResolver;
    private final Set<String> silent;

    /**
     * An expander (not thread-safe: one per page) whose resolver turns {@code ref} targets (content paths as
     * written) into permalinks, or null when unknown.
     */
    public ShortcodeExpander(UnaryOperator<String> refResolver) {
        this(refResolver, Set.of());
    }

    /** As {@link #ShortcodeExpander(UnaryOperator)}; the shortcodes named in {@code silent} hide what they enclose. */
    public ShortcodeExpander(UnaryOperator<String> refResolver, Set<String> silent) {
        this.refResolver = refResolver;
        this.silent = silent;
    }

    /** Expands every shortcode of {@code body}, whose first line is line {@code firstLine} of the file. */
    public Result expand(String body, int firstLine) {
        List<UnclosedShortcodeException> problems = new ArrayList<>();
        List<Object> tokens = tokenize(body, firstLine, problems);
        StringBuilder out = new StringBuilder(body.length());
        placeholders.clear();
        render(tokens, 0, tokens.size(), out);
        return new Result(out.toString(), Map.copyOf(placeholders), List.copyOf(problems));
    }

    /** Splits the body into text strings and {@link Shortcode} tags. */
    private static List<Object> tokenize(String body, int firstLine, List<UnclosedShortcodeException> problems) {
        List<Object> tokens = new ArrayList<>();
        // every opening delimiter, found in one pass: searching for each kind from each tag was quadratic
        int[] openings = openings(body);
        int nextOpening = 0;
        int line = firstLine;
        int position = 0;
        int lineCountedTo = 0;
        while (position < body.length()) {
            while (nextOpening < openings.length && openings[nextOpening] < position) {
                nextOpening++;
            }
            if (nextOpening == openings.length) {
                tokens.add(body.substring(position));
                break;
            }
            int open = openings[nextOpening];
            tokens.add(body.substring(position, open));
            line += countLines(body, lineCountedTo, open);
            lineCountedTo = open;
            boolean markdown = body.charAt(open + 2) == '%';
            boolean comment = body.startsWith("/*", open + 3);
            String closer = comment ? "*/" + (markdown ? "%" : ">") + "}}" : (markdown ? "%}}" : ">}}");
            int contentStart = open + (comment ? 5 : 3);
            int close = body.indexOf(closer, contentStart);
            int next = nextOpening + 1 < openings.length ? openings[nextOpening + 1] : -1;
            while (next >= 0 && next < contentStart) {
                next = ++nextOpening + 1 < openings.length ? openings[nextOpening + 1] : -1;
            }
            if (close < 0 || (next >= 0 && next < close && !comment)) {
                problems.add(new UnclosedShortcodeException(
                        "shortcode opened with " + body.substring(open, open + 3) + " is never closed", line));
                // keep what was written, minus the delimiter, as plain text
                int end = next < 0 ? body.length() : next;
                tokens.add(body.substring(contentStart, end));
                position = end;
                continue;
            }
            String inside = body.substring(contentStart, close);
            if (comment) {
                // a commented shortcode shows literally in Hugo; we keep its words without delimiters
                tokens.add(inside.strip());
            } else {
                tokens.add(Shortcode.parse(inside, markdown, line));
            }
            position = close + closer.length();
        }
        return tokens;
    }

    private static int[] openings(String body) {
        int[] found = new int[8];
        int count = 0;
        for (int at = body.indexOf("{{"); at >= 0 && at + 2 < body.length(); at = body.indexOf("{{", at + 1)) {
            char kind = body.charAt(at + 2);
            if (kind == '<' || kind == '%') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static int countLines(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private void render(List<Object> tokens, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            Object token = tokens.get(i);
            if (token instanceof String text) {
                out.append(text);
                continue;
            }
            Shortcode tag = (Shortcode) token;
            if (tag.closing()) {
                continue; // a closing tag without its opening one: nothing to show
            }
            int close = tag.selfClosing() ? -1 : matchingClose(tokens, i, to, tag.name());
            if (close < 0) {
                String output = standalone(tag);
                out.append(output.isEmpty() ? unknownOutput() : tag.markdown() ? output : placeholder(output));
            } else {
                paired(tag, tokens, i + 1, close, out);
                i = close;
            }
        }
    }

    private static int matchingClose(List<Object> tokens, int openIndex, int to, String name) {
        int depth = 0;
        for (int i = openIndex + 1; i < to; i++) {
            if (tokens.get(i) instanceof Shortcode tag && tag.name().equals(name)) {
                if (!tag.closing() && !tag.selfClosing()) {
                    depth++;
                } else if (tag.closing()) {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                }
            }
        }
        return -1;
    }

    private String placeholder(String html) {
        if (html.isEmpty()) {
            return "";
        }
        String key = "BSSHORTCODE" + placeholders.size() + "X";
        placeholders.put(key, html);
        return key;
    }

    /**
     * A placeholder for the output of a shortcode whose template is not read: it stands for nothing in the page's
     * text, but a heading holding it has an id that cannot be told (Hugo's comes from that output).
     */
    private String unknownOutput() {
        String key = "BSSHORTCODE" + placeholders.size() + "X";
        placeholders.put(key, "");
        return key;
    }

    /** Whether a heading's text holds a shortcode's output, so the id Hugo gives it cannot be told here. */
    static boolean holdsShortcodeOutput(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    private String standalone(Shortcode tag) {
        switch (tag.name()) {
            case "figure":
                return FigureHtml.of(tag);
            case "ref":
            case "relref":
                String target = tag.argument("path", 0);
                String resolved = target == null ? null : refResolver.apply(target);
                // Hugo stops on a target it cannot find; here the text goes on, and a link destination that is not
                // empty keeps a reference definition ("[x]: {{< ref y >}}") and the ones after it definitions
                return resolved == null ? "#" : resolved;
            default:
                return "";
        }
    }

    private void paired(Shortcode tag, List<Object> tokens, int from, int to, StringBuilder out) {
        if (silent.contains(tag.name())) {
            return; // its template writes nothing, so what it encloses is not on the page
        }
        if (tag.name().equals("highlight") || tag.name().equals("code")) {
            StringBuilder inner = new StringBuilder();
            render(tokens, from, to, inner);
            String language = tag.argument("lang", 0);
            out.append("\n```").append(language == null ? "" : language).append('\n')
                    .append(inner.toString().strip()).append("\n```\n");
            return;
        }
        if (tag.name().equals("figure")) {
            out.append(tag.markdown() ? FigureHtml.of(tag) : placeholder(FigureHtml.of(tag)));
        }
        if (QuoteHtml.isAttributedQuote(tag)) {
            out.append(QuoteHtml.opening(tag));
            render(tokens, from, to, out);
            out.append(QuoteHtml.closing());
            return;
        }
        render(tokens, from, to, out);
    }
}
