package io.blogsearch.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a shortcode template shows what its shortcode encloses as page text. It does not when every use of
 * {@code .Inner} (or {@code .InnerDeindent}, or a variable holding it) is parsed as data
 * ({@code transform.Unmarshal}: a chart's options), stored in the page's scratch ({@code .Page.Scratch.SetInMap},
 * {@code .Page.Store}: a script collected for the page's footer; a tab stored in its parent's scratch is shown by the
 * parent's template), only tested ({@code if .Inner}), written into a {@code <script>} as
 * code ({@code safeJS}), or written inside a {@code <style>}, an HTML comment or a tag's attribute. Any other use
 * (written, rendered, passed to a partial, whose doings are not followed, or given to a script as a string, which a
 * typewriter effect types out) shows it: this reading errs towards indexing the text.
 */
final class ShortcodeInnerUse {

    private static final Pattern ACTION = Pattern.compile("\\{\\{-?(.*?)-?}}", Pattern.DOTALL);
    private static final Pattern INNER = Pattern.compile("(?<![\\w$])\\$?\\.Inner(?:Deindent)?\\b");
    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*\\$(\\w+)\\s*:?=(.*)", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    private static final Pattern AS_DATA = Pattern.compile("\\b(transform\\.Unmarshal|unmarshal)\\b");
    /** A store into the page's scratch: a shortcode's own or its parent's is read back by the parent's template. */
    private static final Pattern STORES = Pattern.compile(
            "\\$?\\.Page\\.(Scratch|Store)\\.(Set|SetInMap|Add|DeleteInMap|Delete)\\b.*", Pattern.DOTALL);
    private static final Pattern TEST = Pattern.compile("\\s*(else\\s+)?if\\b.*", Pattern.DOTALL);
    private static final Pattern CALLS_TEMPLATE = Pattern.compile("\\b(partial|partialCached|template)\\b");
    private static final Pattern HIDDEN_ELEMENT = Pattern.compile(
            "<style\\b.*?</style\\s*>|<!--.*?-->", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile(
            "<script\\b.*?</script\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_CODE = Pattern.compile("\\bsafeJS\\b");

    private ShortcodeInnerUse() {
    }

    /** True when the template shows nothing of the enclosed text (see the class comment). */
    static boolean hidesInner(String template) {
        List<int[]> hidden = regions(HIDDEN_ELEMENT, template);
        List<int[]> scripts = regions(SCRIPT_ELEMENT, template);
        Set<String> holding = new HashSet<>();
        Matcher action = ACTION.matcher(template);
        while (action.find()) {
            String code = action.group(1);
            if (code.strip().startsWith("/*") || !mentionsInner(code, holding)) {
                continue;
            }
            if (CALLS_TEMPLATE.matcher(code).find() && keepsAsText(code)) {
                return false; // what a partial does with the text is not followed here
            }
            Matcher assignment = ASSIGNMENT.matcher(code);
            if (assignment.matches()) {
                String value = assignment.group(2);
                if (keepsAsText(value)) {
                    holding.add(assignment.group(1));
                }
                continue;
            }
            if (TEST.matcher(code).matches() || !keepsAsText(code)) {
                continue;
            }
            boolean scriptCode = within(scripts, action.start()) && AS_CODE.matcher(code).find();
            if (!scriptCode && !within(hidden, action.start()) && !insideTag(template, action.start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsInner(String code, Set<String> holding) {
        if (INNER.matcher(code).find()) {
            return true;
        }
        Matcher variable = VARIABLE.matcher(code);
        while (variable.find()) {
            if (holding.contains(variable.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pipeline keeps the text as text: not parsed as data, not stored by its last command. */
    private static boolean keepsAsText(String pipeline) {
        if (AS_DATA.matcher(pipeline).find()) {
            return false;
        }
        List<String> commands = commands(pipeline);
        String last = commands.isEmpty() ? "" : commands.get(commands.size() - 1).strip();
        return !STORES.matcher(last).matches();
    }

    /** A pipeline's commands: split on {@code |} outside parentheses and quotes. */
    private static List<String> commands(String pipeline) {
        List<String> commands = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < pipeline.length(); i++) {
            char c = pipeline.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                commands.add(pipeline.substring(start, i));
                start = i + 1;
            }
        }
        commands.add(pipeline.substring(start));
        return commands;
    }

    /** The spans the pattern finds (style elements and HTML comments, where nothing written is page text). */
    private static List<int[]> regions(Pattern pattern, String template) {
        List<int[]> regions = new ArrayList<>();
        Matcher matcher = pattern.matcher(template);
        while (matcher.find()) {
            regions.add(new int[] {matcher.start(), matcher.end()});
        }
        return regions;
    }

    private static boolean within(List<int[]> regions, int at) {
        return regions.stream().anyMatch(region -> at >= region[0] && at < region[1]);
    }

    /** Whether {@code at} is inside an HTML tag ({@code <div data-x="…">}), where it is an attribute, not text. */
    private static boolean insideTag(String template, int at) {
        String before = ACTION.matcher(template.substring(0, at)).replaceAll("");
        int open = before.lastIndexOf('<');
        int close = before.lastIndexOf('>');
        return open > close && open + 1 < before.length()
                && Character.isLetter(before.toLowerCase(Locale.ROOT).charAt(open + 1));
    }
}
