package io.blogsearch.generator.jekyll;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's attribute lists ({@code {: #id .class}}, {@code {:toc}}) kept out of a page's text: a block attribute
 * list on the line right after a heading (or, with no block above it, right before one) gives that heading its id,
 * as kramdown does, so the id moves onto the heading ({@code ## Title {#id}}); every other attribute list goes.
 */
final class KramdownAttributeLists {

    /** A line that is only a block attribute list. */
    private static final Pattern BLOCK = Pattern.compile("[ \\t]*\\{:([^}\\n]*)}[ \\t]*");
    private static final Pattern ANY = Pattern.compile("(?m)^[ \\t]*\\{:[^}\\n]*}[ \\t]*$\\n?|\\{:[^}\\n]*}");
    /** An ATX heading: up to three spaces, one to six {@code #}, then a space or the end of the line. */
    static final Pattern ATX = Pattern.compile("[ ]{0,3}#{1,6}(?:[ \\t].*)?");
    /** A setext underline ({@code ===} or {@code ---}), which makes the line above it a heading. */
    private static final Pattern SETEXT = Pattern.compile("[ ]{0,3}(?:=+|-+)[ \\t]*");
    /** A heading that ends with its id already ({@code ## Title {#id}}). */
    static final Pattern EXPLICIT_ID = Pattern.compile("\\{#[^{}]*}[ \\t]*$");
    /** An id in an attribute list: {@code #id}, as kramdown reads it. */
    private static final Pattern ID = Pattern.compile("(?:^|\\s)#([\\w:-][\\w.:-]*)");

    private KramdownAttributeLists() {
    }

    /** The text with headings' ids written after them and no attribute list left. */
    static String strip(String text) {
        if (!text.contains("{:")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher block = BLOCK.matcher(lines[i]);
            if (!block.matches()) {
                continue;
            }
            Optional<String> id = id(block.group(1));
            int heading = headingFor(lines, i);
            if (id.isPresent() && heading >= 0 && !EXPLICIT_ID.matcher(lines[heading]).find()) {
                lines[heading] = withId(lines[heading], id.get());
            }
        }
        return ANY.matcher(String.join("\n", lines)).replaceAll("");
    }

    /** The heading an attribute list on line {@code i} belongs to: the block just above, else the one just below. */
    private static int headingFor(String[] lines, int i) {
        if (i > 0 && !lines[i - 1].isBlank()) {
            if (ATX.matcher(lines[i - 1]).matches()) {
                return i - 1;
            }
            boolean setext = i > 1 && SETEXT.matcher(lines[i - 1]).matches() && !lines[i - 2].isBlank();
            return setext ? i - 2 : -1; // a paragraph or other block above takes it
        }
        return i + 1 < lines.length && ATX.matcher(lines[i + 1]).matches() ? i + 1 : -1;
    }

    private static Optional<String> id(String attributes) {
        Matcher matcher = ID.matcher(attributes);
        String id = null;
        while (matcher.find()) {
            id = matcher.group(1); // the last #id wins
        }
        return Optional.ofNullable(id);
    }

    /** An ATX heading's closing hashes go before the id, which Markdown reads only at the end of the line. */
    private static String withId(String heading, String id) {
        String text = heading.stripTrailing().replaceFirst("(?<=\\s)#+$", "").stripTrailing();
        return text + " {#" + id + "}";
    }
}
