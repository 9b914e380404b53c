package io.blogsearch.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shortcode tag as written: {@code {{< name "pos" key="value" >}}}, {@code {{% name %}}}, a closing
 * {@code {{< /name >}}} or a self-closing {@code {{< name />}}}.
 *
 * @param name        shortcode name, without the slash of a closing tag
 * @param positional  positional arguments, unquoted
 * @param named       named arguments, unquoted
 * @param markdown    true for {@code {{% %}}}: Hugo renders the inner content as Markdown
 * @param closing     true for {@code {{< /name >}}}
 * @param selfClosing true for {@code {{< name />}}}
 * @param line        1-based line of the file the tag starts on
 */
record Shortcode(String name, List<String> positional, Map<String, String> named, boolean markdown,
                 boolean closing, boolean selfClosing, int line) {

    /** A named argument, else the positional one at {@code index}, else null. */
    String argument(String key, int index) {
        String value = named.get(key);
        if (value != null) {
            return value;
        }
        return index >= 0 && index < positional.size() ? positional.get(index) : null;
    }

    /** Parses what stands between the delimiters, e.g. {@code  figure src="a.png" title="A" }. */
    static Shortcode parse(String inside, boolean markdown, int line) {
        String text = inside.strip();
        boolean closing = text.startsWith("/");
        if (closing) {
            text = text.substring(1).strip();
        }
        boolean selfClosing = text.endsWith("/");
        if (selfClosing) {
            text = text.substring(0, text.length() - 1).strip();
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        tokenize(text, tokens, quoted);
        String name = tokens.isEmpty() ? "" : tokens.get(0);
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int equals = token.indexOf('=');
            if (!quoted.get(i) && equals > 0) {
                named.put(token.substring(0, equals), unquote(token.substring(equals + 1)));
            } else {
                positional.add(quoted.get(i) ? token : unquote(token));
            }
        }
        return new Shortcode(name, List.copyOf(positional), Map.copyOf(named), markdown, closing, selfClosing, line);
    }

    /** Splits on whitespace outside quotes; a token is "quoted" when it is wholly a quoted string. */
    private static void tokenize(String text, List<String> tokens, List<Boolean> quoted) {
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean wholeQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '`') {
                wholeQuoted = current.length() == 0;
                quote = c;
                if (!wholeQuoted) {
                    current.append(c);
                    // a quoted value after key=, keep the quotes so unquote can strip them with the key split
                    int end = closingQuote(text, i + 1, c);
                    if (end > 0) {
                        current.append(text, i + 1, end + 1);
                        i = end;
                    }
                    quote = 0;
                }
            } else if (Character.isWhitespace(c)) {
                flush(current, tokens, quoted, wholeQuoted);
                wholeQuoted = false;
            } else {
                current.append(c);
            }
        }
        flush(current, tokens, quoted, wholeQuoted);
    }

    /** Index of the quote closing a string that starts at {@code from}, skipping backslash escapes; -1 if none. */
    private static int closingQuote(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder current, List<String> tokens, List<Boolean> quoted, boolean wholeQuoted) {
        if (current.length() > 0 || wholeQuoted) {
            tokens.add(current.toString());
            quoted.add(wholeQuoted);
            current.setLength(0);
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("`") && value.endsWith("`"))) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }
}
