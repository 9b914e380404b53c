package io.blogsearch.generator.zola;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Zola's shortcodes out of a page's text, as far as text goes: an inline shortcode
 * ({@code {{ youtube(id="x") }}}) is removed, since what its template renders is not in the file; a shortcode with a
 * body ({@code {% note(kind="tip") %}text{% end %}}) keeps its body; an escaped shortcode (the call between
 * comment markers inside the braces) becomes the literal shortcode, as Zola prints it. Only Zola's call syntax is
 * a shortcode ({@code name(key=literal, ...)}), so braces in code ({@code format!("{{}}")}) stay as written.
 * Liquid's stripper does not fit: it removes every {@code {{ ... }}}.
 */
final class TeraStripper {

    private static final String STRING = "\"[^\"]*\"|'[^']*'|`[^`]*`";
    private static final String LITERAL = "(?:" + STRING + "|true|false|-?\\d+(?:\\.\\d+)?|\\[(?:" + STRING
            + "|[^\\]\"'`])*])";
    private static final String KWARG = "[A-Za-z_]\\w*\\s*=\\s*" + LITERAL;
    /** A shortcode call: its name and keyword arguments, as Zola's grammar has it. */
    private static final String CALL = "[A-Za-z_]\\w*\\s*\\(\\s*(?:" + KWARG + "(?:\\s*,\\s*" + KWARG + ")*)?\\s*\\)";
    private static final Pattern ESCAPED = Pattern.compile(
            "\\{\\{/\\*\\s*" + CALL + "\\s*\\*/}}|\\{%/\\*\\s*(?:" + CALL + "|end)\\s*\\*/%}");
    private static final Pattern INLINE = Pattern.compile("\\{\\{\\s*" + CALL + "\\s*}}");
    private static final Pattern WITH_BODY = Pattern.compile(
            "(?s)\\{%\\s*" + CALL + "\\s*%}(.*?)\\{%\\s*end\\s*%}");
    private static final Pattern LONE_TAG = Pattern.compile("\\{%\\s*(?:" + CALL + "|end)\\s*%}");
    private static final String PLACEHOLDER = "\u0000escaped%d\u0000";

    private TeraStripper() {
    }

    /** The body without shortcode calls; bodies and escaped shortcodes kept as Zola renders them. */
    static String strip(String body) {
        if (!body.contains("{{") && !body.contains("{%")) {
            return body;
        }
        List<String> escaped = new ArrayList<>();
        Matcher matcher = ESCAPED.matcher(body);
        StringBuilder kept = new StringBuilder();
        while (matcher.find()) {
            escaped.add(matcher.group().replaceFirst("^\\{\\{/\\*", "{{").replaceFirst("\\*/}}$", "}}")
                    .replaceFirst("^\\{%/\\*", "{%").replaceFirst("\\*/%}$", "%}"));
            matcher.appendReplacement(kept, Matcher.quoteReplacement(String.format(PLACEHOLDER, escaped.size() - 1)));
        }
        matcher.appendTail(kept);
        String text = INLINE.matcher(kept).replaceAll("");
        String before;
        do { // a body may hold another shortcode with a body: again until none is left
            before = text;
            text = WITH_BODY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        } while (!text.equals(before));
        text = LONE_TAG.matcher(text).replaceAll("");
        for (int i = 0; i < escaped.size(); i++) {
            text = text.replace(String.format(PLACEHOLDER, i), escaped.get(i));
        }
        return text;
    }
}
