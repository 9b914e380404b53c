package io.blogsearch.api;

/**
 * How every engine writes a snippet's text as HTML: {@code & < > " '} escaped and line breaks as spaces, so a snippet
 * is safe as element content and in attributes and reads the same whichever engine answered.
 */
public final class SnippetHtml {

    private SnippetHtml() {
    }

    /** Appends {@code content[from, to)} escaped to {@code out}. */
    public static void escape(CharSequence content, int from, int to, StringBuilder out) {
        int copied = from; // characters before this are written; runs that need no escaping are copied at once
        for (int i = from; i < to; i++) {
            String replacement = switch (content.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\n', '\r', '\t' -> " ";
                default -> null;
            };
            if (replacement != null) {
                out.append(content, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        out.append(content, copied, to);
    }
}
