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
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
