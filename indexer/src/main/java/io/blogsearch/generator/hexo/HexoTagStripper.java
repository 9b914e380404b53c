package io.blogsearch.generator.hexo;

import io.blogsearch.parse.UrlEscaper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Hexo's tag plugins (Nunjucks tags in a post's Markdown) into what their HTML shows, so no template syntax
 * reaches the page's text. As in Hexo, fenced code blocks and inline code are left alone, and {@code {% raw %}}
 * keeps its content as written. Then:
 * <ul>
 *   <li>{@code {% codeblock [title] [lang:x] %}} (or {@code code}) becomes a fenced code block in that language;</li>
 *   <li>{@code {% blockquote [author[, source]] [link] [title] %}} (or {@code quote}) becomes Hexo's blockquote
 *       with its {@code <footer>}: the author in {@code <strong>}, the source in {@code <cite>}, so the quote
 *       extractor attributes it when the author reads as a person's name; {@code pullquote} a plain blockquote;</li>
 *   <li>{@code {% link text url %}}, {@code {% post_link slug title %}} and {@code {% asset_link slug title %}}
 *       keep their visible text (a {@code post_link} without a title shows the other post's title, not known
 *       here: nothing);</li>
 *   <li>any other tag ({@code youtube}, {@code asset_img}, {@code iframe}, a theme's {@code note}) goes, the body
 *       of a paired one kept; {@code {{ variables }}} and {@code {# comments #}} go.</li>
 * </ul>
 * Jekyll's stripper does not fit: Liquid reaches into code blocks, and knows neither codeblock nor blockquote.
 */
final class HexoTagStripper {

    private static final String OPEN = "\\{%-?\\s*";
    private static final String CLOSE = "\\s*-?%}";
    private static final Pattern FENCE = Pattern.compile(
            "(?m)^( {0,3})(`{3,}|~{3,})[^\\n]*\\n[\\s\\S]*?(?:^\\1?\\2[`~]*[ \\t]*$|\\z)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?!`)[\\s\\S]+?(?<!`)\\1(?!`)");
    private static final Pattern RAW = Pattern.compile(
            "(?s)" + OPEN + "raw" + CLOSE + "(.*?)" + OPEN + "endraw" + CLOSE);
    private static final Pattern COMMENT = Pattern.compile("(?s)\\{#.*?#}");
    private static final Pattern CODEBLOCK = Pattern.compile(
            "(?s)" + OPEN + "(codeblock|code)\\b([^%]*?)" + CLOSE + "\\r?\\n?(.*?)" + OPEN + "end\\1" + CLOSE);
    private static final Pattern QUOTE = Pattern.compile(
            "(?s)" + OPEN + "(blockquote|quote|pullquote)\\b([^%]*?)" + CLOSE + "(.*?)" + OPEN + "end\\1" + CLOSE);
    private static final Pattern LANG = Pattern.compile("(?:^|\\s)lang:(\\S+)");
    private static final Pattern FULL_CITE_WITH_TITLE = Pattern.compile("(?i)(\\S.*)\\s+(https?://\\S+)\\s+(.+)");
    private static final Pattern FULL_CITE = Pattern.compile("(?i)(\\S.*)\\s+(https?://\\S+)");
    private static final Pattern AUTHOR_TITLE = Pattern.compile("([^,]+),\\s*([^,]+)");
    private static final Pattern TEXT_TAG = Pattern.compile(
            OPEN + "(link|a|anchor|post_link|asset_link)\\s+(.*?)" + CLOSE);
    private static final Pattern URL = Pattern.compile(
            "^(?:[a-z][a-z0-9+.-]*:|/|#|\\.)\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIRED = Pattern.compile(
            "(?s)" + OPEN + "(\\w+)\\b[^%]*?" + CLOSE + "(.*?)" + OPEN + "end\\1" + CLOSE);
    private static final Pattern TAG = Pattern.compile("(?s)\\{%.*?%}");
    private static final Pattern OUTPUT = Pattern.compile("(?s)\\{\\{.*?}}");
    private static final String PLACEHOLDER = "\u0000kept%d\u0000";
    private static final Pattern KEPT = Pattern.compile("\u0000kept(\\d+)\u0000");

    private HexoTagStripper() {
    }

    /** The body with Hexo's tags turned into Markdown and HTML. */
    static String strip(String body) {
        if (!body.contains("{%") && !body.contains("{{") && !body.contains("{#")) {
            return body;
        }
        List<String> kept = new ArrayList<>();
        String text = keep(RAW, body, kept, match -> match.group(1));
        text = keep(FENCE, text, kept, MatchResult::group);
        text = keep(INLINE_CODE, text, kept, MatchResult::group);
        text = COMMENT.matcher(text).replaceAll("");
        text = keep(CODEBLOCK, text, kept, HexoTagStripper::fenced);
        text = replaceNested(QUOTE, text, HexoTagStripper::blockquote);
        text = TEXT_TAG.matcher(text).replaceAll(match -> Matcher.quoteReplacement(linkText(match)));
        text = replaceNested(PAIRED, text, match -> match.group(2));
        text = TAG.matcher(text).replaceAll("");
        text = OUTPUT.matcher(text).replaceAll("");
        String restored;
        do { // a kept block may hold another (code inside raw)
            restored = text;
            text = KEPT.matcher(text).replaceAll(match ->
                    Matcher.quoteReplacement(kept.get(Integer.parseInt(match.group(1)))));
        } while (!text.equals(restored));
        return text;
    }

    private interface Replacement {
        String of(MatchResult match);
    }

    /** Replaces each match by a placeholder for what {@code replacement} makes of it, restored at the end. */
    private static String keep(Pattern pattern, String text, List<String> kept, Replacement replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            kept.add(replacement.of(matcher));
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.format(PLACEHOLDER, kept.size() - 1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Replaces until nothing matches: a quote may hold a paired tag and the other way round. */
    private static String replaceNested(Pattern pattern, String text, Replacement replacement) {
        String before;
        String after = text;
        do {
            before = after;
            after = pattern.matcher(before).replaceAll(match -> Matcher.quoteReplacement(replacement.of(match)));
        } while (!after.equals(before));
        return after;
    }

    private static String fenced(MatchResult match) {
        Matcher lang = LANG.matcher(match.group(2));
        String code = match.group(3).stripTrailing();
        String fence = code.contains("```") ? "~~~~" : "```";
        return "\n" + fence + (lang.find() ? lang.group(1) : "") + "\n" + code + "\n" + fence + "\n";
    }

    /** Hexo's blockquote: the content as Markdown, then a footer naming the author and source. */
    private static String blockquote(MatchResult match) {
        String content = match.group(3).strip();
        if (match.group(1).equals("pullquote")) {
            return "\n\n<blockquote>\n\n" + content + "\n\n</blockquote>\n\n";
        }
        String arguments = match.group(2).strip();
        String author = arguments;
        String source = null;
        String title = null;
        Matcher cite;
        if ((cite = FULL_CITE_WITH_TITLE.matcher(arguments)).matches()) {
            author = cite.group(1);
            source = cite.group(2);
            title = cite.group(3);
        } else if ((cite = FULL_CITE.matcher(arguments)).matches()) {
            author = cite.group(1);
            source = cite.group(2);
        } else if ((cite = AUTHOR_TITLE.matcher(arguments)).find()) {
            author = cite.group(1);
            title = cite.group(2);
        }
        StringBuilder html = new StringBuilder("\n\n<blockquote");
        if (source != null) {
            html.append(" cite=\"").append(escape(UrlEscaper.escape(source))).append('"');
        }
        html.append(">\n\n").append(content).append("\n\n");
        if (!author.isBlank() || source != null || title != null) {
            html.append("<footer>");
            if (!author.isBlank()) {
                html.append("<strong>").append(escape(author.strip())).append("</strong>");
            }
            if (source != null || title != null) {
                html.append("<cite>").append(escape(title != null ? title.strip()
                        : source.replaceAll("^https?://|/(index.html?)?$", ""))).append("</cite>");
            }
            html.append("</footer>");
        }
        return html.append("</blockquote>\n\n").toString();
    }

    /**
     * The text a linking tag shows: {@code link}'s words before its URL, the title argument of {@code post_link}
     * and {@code asset_link} (their second and later words; a trailing {@code true}/{@code false} is an option).
     */
    private static String linkText(MatchResult match) {
        List<String> words = new ArrayList<>(List.of(match.group(2).strip().split("\\s+")));
        if (match.group(1).endsWith("_link")) {
            words.remove(0);
            if (!words.isEmpty() && words.get(words.size() - 1).matches("true|false")) {
                words.remove(words.size() - 1);
            }
            return unquote(String.join(" ", words));
        }
        List<String> text = new ArrayList<>();
        for (String word : words) {
            if (URL.matcher(word).matches()) {
                break;
            }
            text.add(word);
        }
        return unquote(String.join(" ", text));
    }

    private static String unquote(String text) {
        return text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'")) ? text.substring(1, text.length() - 1) : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
