package io.blogsearch.generator.zola;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Zola's {@code ignored_content}: glob patterns matched against each content file's full path, as the globset crate
 * matches them by default: {@code *} and {@code **} cross folder separators, {@code ?} is one character,
 * {@code [ab]}/{@code [!ab]} a class and {@code {a,b}} alternatives. So {@code *.draft.md} leaves out every such file,
 * and {@code temp.*} (which must match the whole path) none.
 */
final class IgnoredContent {

    private final List<Pattern> patterns;

    private IgnoredContent(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The matcher of these globs; a glob that does not compile is reported and left out. */
    static IgnoredContent of(List<String> globs) {
        return new IgnoredContent(globs.stream().map(IgnoredContent::compile).filter(Objects::nonNull).toList());
    }

    /** Whether Zola skips the file at this absolute path. */
    boolean ignores(Path file) {
        String path = file.toAbsolutePath().normalize().toString().replace('\\', '/');
        return patterns.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        String inside = glob.substring(i + 1, end);
                        regex.append('[').append(inside.startsWith("!") ? "^" + quoteClass(inside.substring(1))
                                : quoteClass(inside)).append(']');
                        i = end;
                    }
                }
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        regex.append(')');
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            return notUnderstood(glob);
        }
        try {
            return Pattern.compile(regex.toString());
        } catch (PatternSyntaxException e) {
            return notUnderstood(glob);
        }
    }

    private static Pattern notUnderstood(String glob) {
        System.err.println("warning: ignored_content glob '" + glob + "' is not understood; not applied");
        return null;
    }

    /** A character class's inside with the characters regex classes treat specially escaped, ranges kept. */
    private static String quoteClass(String inside) {
        return inside.replace("\\", "\\\\").replace("[", "\\[").replace("^", "\\^").replace("&", "\\&");
    }
}
