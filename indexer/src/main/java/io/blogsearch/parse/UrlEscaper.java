package io.blogsearch.parse;

/**
 * Percent-encodes the characters a browser encodes when it reads a URL (controls, space, {@code " < > ` { }}), so a
 * URL built from a hostile slug or file name can be put into HTML or JSON by any client without breaking out.
 * Everything else, {@code %} included, stays as written: an already encoded URL is left alone.
 */
public final class UrlEscaper {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEscaper() {
    }

    /** The URL with the unsafe ASCII characters percent-encoded; null stays null. */
    public static String escape(String url) {
        if (url == null || url.chars().noneMatch(UrlEscaper::unsafe)) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (unsafe(c)) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}';
    }
}
