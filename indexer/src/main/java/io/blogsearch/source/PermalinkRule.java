package io.blogsearch.source;

import java.util.regex.Pattern;

/**
 * One {@code permalinks} rule: pages of this kind whose Hugo path matches get this pattern.
 *
 * @param kind    {@code page}, {@code section}, {@code term} or {@code taxonomy}
 * @param path    the Hugo path glob it targets (e.g. {@code /{posts,posts/**}})
 * @param matcher that glob as a regular expression over lower-case Hugo paths ({@code /posts/2024/x})
 * @param pattern the permalink pattern, e.g. {@code /:year/:month/:slug/}
 */
public record PermalinkRule(String kind, String path, Pattern matcher, String pattern) {

    /** Whether this rule applies to a page of this kind at this Hugo path. */
    public boolean matches(String pageKind, String hugoPath) {
        return kind.equals(pageKind) && matcher.matcher(hugoPath).matches();
    }

    /** A rule from a glob as Hugo's page matchers write them ({@code *}, {@code **}, {@code {a,b}}). */
    public static PermalinkRule of(String kind, String glob, String pattern) {
        return new PermalinkRule(kind, glob, globPattern(glob), pattern);
    }

    /** The glob Hugo gives a section key of the map forms: the section and everything below it. */
    public static String sectionGlob(String section) {
        String trimmed = section.replaceAll("^[ /]+|[ /]+$", "");
        return trimmed.isEmpty() ? "/*" : "/{" + trimmed + "," + trimmed + "/**}";
    }

    /** A Hugo path glob ({@code *}, {@code **}, {@code ?}, {@code {a,b}}) as a regular expression. */
    public static Pattern globPattern(String glob) {
        return Pattern.compile(globToRegex(glob));
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                regex.append("(?:");
                depth++;
            } else if (c == '}' && depth > 0) {
                regex.append(')');
                depth--;
            } else if (c == ',' && depth > 0) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
