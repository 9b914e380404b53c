package io.blogsearch.generator.docusaurus;

import java.util.regex.Pattern;

/**
 * Keeps MDX out of a Docusaurus post's text, outside fenced code blocks: {@code import}/{@code export} lines,
 * {@code {/* comments *}/} and other {@code {expressions}} (a heading's {@code {#id}} stays), the
 * {@code <!-- truncate -->} marker, the lines of
 * admonition fences ({@code :::tip Title} keeps its title as a paragraph), self-closing components
 * ({@code <Tweet id="1" />}) and the tags of components with children ({@code <Tabs>}, whose text stays). Inline code
 * spans are left as written: MDX reads {@code `<FlatList>`} and {@code `{id}`} as code, not as JSX.
 */
public final class MdxStripper {

    private static final Pattern IMPORT_EXPORT = Pattern.compile("^(import|export)\\s.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern ADMONITION = Pattern.compile("^\\s*:::+\\s*(\\w+)?\\s*(.*)$");
    private static final Pattern TRUNCATE = Pattern.compile("<!--\\s*truncate\\s*-->|\\{/\\*\\s*truncate\\s*\\*/}");
    private static final Pattern EXPRESSION = Pattern.compile("\\{(?!#)[^{}\\n]*}");
    private static final Pattern SELF_CLOSING = Pattern.compile("<[A-Z][\\w.]*(?:\\s[^<>]*?)?/>");
    private static final Pattern COMPONENT_TAG = Pattern.compile("</?[A-Z][\\w.]*(?:\\s[^<>]*)?>");

    private MdxStripper() {
    }

    /** The body as Markdown and HTML. */
    public static String strip(String body) {
        StringBuilder out = new StringBuilder(body.length());
        boolean code = false;
        boolean inImport = false;
        for (String line : body.split("\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                code = !code;
                out.append(line).append('\n');
                continue;
            }
            if (code) {
                out.append(line).append('\n');
                continue;
            }
            // MDX reads import/export statements up to the next blank line, as one block of JavaScript
            if (inImport || IMPORT_EXPORT.matcher(line).matches()) {
                inImport = !line.isBlank();
                continue;
            }
            out.append(clean(line)).append('\n');
        }
        return out.toString();
    }

    private static String clean(String line) {
        var admonition = ADMONITION.matcher(line);
        if (admonition.matches()) {
            return admonition.group(2).replaceAll("^\\[|]$", "");
        }
        StringBuilder out = new StringBuilder(line.length());
        int from = 0;
        for (int[] span : InlineCode.spans(line)) {
            out.append(cleanText(line.substring(from, span[0]))).append(line, span[0], span[1]);
            from = span[1];
        }
        return out.append(cleanText(line.substring(from))).toString();
    }

    private static String cleanText(String line) {
        String text = TRUNCATE.matcher(line).replaceAll("");
        text = SELF_CLOSING.matcher(text).replaceAll("");
        text = COMPONENT_TAG.matcher(text).replaceAll("");
        return EXPRESSION.matcher(text).replaceAll("");
    }
}
