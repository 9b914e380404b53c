package io.blogsearch.generator.jekyll;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Liquid out of a Jekyll page's text, as Jekyll's rendering would leave it: {@code {% raw %}} blocks keep
 * their content verbatim, {@code {% comment %}} blocks go, {@code {% highlight lang %}} becomes a fenced code
 * block, every other tag ({@code include}, {@code if}, {@code for}, {@code link}, ...) and every
 * {@code {{ output }}} is removed ({@code {{ site.baseurl }}/x} leaves {@code /x} and {@code {{ "/x" | relative_url }}}
 * leaves {@code /x}, both resolved against the site's base URL; the text between {@code if} and {@code endif}
 * stays), and kramdown's attribute
 * lists ({@code {: .class}}, {@code {:toc}}) are dropped, a heading's id kept ({@link KramdownAttributeLists});
 * headings whose id kramdown makes apart are marked ({@link KramdownHeadingIds}).
 */
public final class LiquidStripper {

    private static final Pattern RAW = Pattern.compile("(?s)\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern COMMENT = Pattern.compile(
            "(?s)\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern HIGHLIGHT = Pattern.compile(
            "(?s)\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%}\\r?\\n?(.*?)\\{%-?\\s*endhighlight\\s*-?%}");
    private static final Pattern TAG = Pattern.compile("(?s)\\{%.*?%}");
    private static final Pattern OUTPUT = Pattern.compile("(?s)\\{\\{.*?}}");
    private static final Pattern URL_FILTER = Pattern.compile(
            "\\{\\{-?\\s*(['\"])([^'\"]*)\\1\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?}}");
    private static final Pattern FENCE = Pattern.compile("[ ]{0,3}(?:```|~~~).*");
    private static final String PLACEHOLDER = "\u0000raw%d\u0000";

    private LiquidStripper() {
    }

    /** The body without Liquid. */
    public static String strip(String body) {
        if (body.indexOf('{') < 0) {
            return KramdownHtmlBlocks.mark(body);
        }
        List<String> raw = new ArrayList<>();
        Matcher rawMatcher = RAW.matcher(body);
        StringBuilder kept = new StringBuilder();
        while (rawMatcher.find()) {
            raw.add(rawMatcher.group(1));
            rawMatcher.appendReplacement(kept, Matcher.quoteReplacement(String.format(PLACEHOLDER, raw.size() - 1)));
        }
        rawMatcher.appendTail(kept);
        String text = COMMENT.matcher(kept).replaceAll("");
        text = HIGHLIGHT.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement("```" + match.group(1) + "\n" + match.group(2).stripTrailing() + "\n```"));
        text = KramdownAttributeLists.strip(text);
        text = markTemplatedHeadings(text);
        text = KramdownHtmlBlocks.mark(text);
        text = TAG.matcher(text).replaceAll("");
        // a link through relative_url keeps its path: the site's base URL is added when links are resolved
        text = URL_FILTER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
        text = OUTPUT.matcher(text).replaceAll("");
        for (int i = 0; i < raw.size(); i++) {
            text = text.replace(String.format(PLACEHOLDER, i), raw.get(i));
        }
        return text;
    }

    /**
     * Marks each ATX heading whose text Liquid writes ({@code ## {{ year.name }}}, {@code ## Setup {% include
     * badge.html %}}) and that names no id of its own: kramdown makes its id from the text the build writes, which is
     * not known here ({@link KramdownHeadingIds#UNKNOWN}).
     */
    private static String markTemplatedHeadings(String text) {
        if (!text.contains("{%") && !text.contains("{{")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean code = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            code ^= FENCE.matcher(line).matches(); // a "# {{ x }}" line in a code block is code, not a heading
            boolean templated = line.contains("{%") || line.contains("{{");
            if (!code && templated && KramdownAttributeLists.ATX.matcher(line).matches()) {
                String stripped = OUTPUT.matcher(TAG.matcher(line).replaceAll("")).replaceAll("");
                if (!KramdownAttributeLists.EXPLICIT_ID.matcher(stripped).find()) {
                    lines[i] = line.stripTrailing() + " {#" + KramdownHeadingIds.UNKNOWN + "}";
                }
            }
        }
        return String.join("\n", lines);
    }
}
