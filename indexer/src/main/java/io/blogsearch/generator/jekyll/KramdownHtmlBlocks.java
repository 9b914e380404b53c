package io.blogsearch.generator.jekyll;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the headings inside an HTML element whose Markdown kramdown reads ({@code <div markdown="1">}): its GFM
 * parser names the headings of the page but leaves those inside HTML elements to its HTML converter, which names
 * them by kramdown's own rule ({@link KramdownHeadingIds#CONVERTER}).
 */
final class KramdownHtmlBlocks {

    /** An element opening a block of Markdown: {@code <div dir="rtl" markdown="1">}. */
    private static final Pattern OPEN = Pattern.compile(
            "[ ]{0,3}<([A-Za-z][\\w-]*)\\b[^>]*\\smarkdown\\s*=\\s*[\"']?(?:1|block)[\"']?[^>]*>.*");
    private static final Pattern FENCE = Pattern.compile("[ ]{0,3}(?:```|~~~).*");

    private KramdownHtmlBlocks() {
    }

    /** The text with each heading inside a Markdown-reading HTML element, and without an id of its own, marked. */
    static String mark(String text) {
        if (!text.contains("markdown")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        String element = null;
        int depth = 0;
        boolean code = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            code ^= FENCE.matcher(line).matches();
            if (code) {
                continue;
            }
            if (element == null) {
                Matcher open = OPEN.matcher(line);
                if (open.matches()) {
                    element = open.group(1).toLowerCase(Locale.ROOT);
                    depth = 0;
                } else {
                    continue;
                }
            }
            if (depth > 0 && KramdownAttributeLists.ATX.matcher(line).matches()
                    && !KramdownAttributeLists.EXPLICIT_ID.matcher(line).find()) {
                lines[i] = line.stripTrailing() + " {#" + KramdownHeadingIds.CONVERTER + "}";
            }
            depth += count(line, "<" + element + "\\b") - count(line, "</" + element + "\\s*>");
            if (depth <= 0) {
                element = null; // the element closed (or opened and closed on one line)
            }
        }
        return String.join("\n", lines);
    }

    private static int count(String line, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(line);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
