package io.blogsearch.parse;

import java.util.Optional;

/**
 * The attribute list of a heading ({@code {#id .class key=value}}) as Hugo's Markdown parser, goldmark, reads it: an
 * {@code #id} or {@code .class} of letters, digits and {@code _ - : .} (any non-ASCII character too), or a
 * {@code name=value} pair, separated by spaces or commas. Anything else is not a list at all, and goldmark then
 * leaves the braces in the heading's text and its anchor: {@code ## {verb} {object}} is a heading of those words,
 * anchored {@code #verb-object}.
 */
final class HeadingAttributes {

    private final String text;
    private int at;
    private String id;

    private HeadingAttributes(String text) {
        this.text = text;
    }

    /**
     * The list between a heading's trailing braces ({@code inner}, braces left out): empty when goldmark would not
     * read it as attributes; else the id it sets, or an empty string when it sets none.
     */
    static Optional<String> parse(String inner) {
        HeadingAttributes list = new HeadingAttributes(inner);
        return list.read() ? Optional.of(list.id == null ? "" : list.id) : Optional.empty();
    }

    private boolean read() {
        while (true) {
            if (at == text.length()) {
                return true;
            }
            // blanks where an attribute should start end no list: "{ }" is text, "{}" and "{#a }" are lists
            skipSpaces();
            if (at == text.length()) {
                return false;
            }
            char c = text.charAt(at);
            if (c == '#' || c == '.') {
                at++;
                int start = at;
                while (at < text.length() && isIdChar(text.charAt(at))) {
                    at++;
                }
                if (c == '#') {
                    id = text.substring(start, at); // a later id wins, as goldmark sets them in order
                }
            } else if (!readPair()) {
                return false;
            }
            skipSpaces();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                skipSpaces();
            }
        }
    }

    /** {@code name=value}: a name of letters, digits and {@code _ : . -} (not starting with a digit or - or .). */
    private boolean readPair() {
        char first = text.charAt(at);
        if (!(isAsciiLetter(first) || first == '_' || first == ':')) {
            return false;
        }
        while (at < text.length() && isNameChar(text.charAt(at))) {
            at++;
        }
        skipSpaces();
        if (at == text.length() || text.charAt(at) != '=') {
            return false;
        }
        at++;
        skipSpaces();
        return readValue();
    }

    /** A quoted string (with backslash escapes), or a bare word or number up to the next space or comma. */
    private boolean readValue() {
        if (at == text.length()) {
            return false;
        }
        if (text.charAt(at) == '"') {
            for (at++; at < text.length(); at++) {
                char c = text.charAt(at);
                if (c == '\\') {
                    at++;
                } else if (c == '"') {
                    at++;
                    return true;
                }
            }
            return false;
        }
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != ',') {
            at++;
        }
        return at > start;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** Goldmark restricts ids to what XHTML allows: no ASCII punctuation but {@code _ - : .}. */
    private static boolean isIdChar(char c) {
        if (Character.isWhitespace(c)) {
            return false;
        }
        boolean asciiPunctuation = c < 128 && !Character.isLetterOrDigit(c);
        return !asciiPunctuation || c == '_' || c == '-' || c == ':' || c == '.';
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
