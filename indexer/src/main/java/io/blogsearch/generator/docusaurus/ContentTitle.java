package io.blogsearch.generator.docusaurus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blog post's content title, as Docusaurus reads it. The {@code # heading} a post starts with (after its
 * {@code import} block) titles it when front matter has no {@code title}; and the post's first heading, when it is
 * a level-1 heading above any thematic break, is taken out of the rendered text, the page showing its title instead
 * (the blog plugin's {@code removeContentTitle}), so it is no section and has no anchor.
 */
final class ContentTitle {

    private static final Pattern ATX_TITLE = Pattern.compile("^#[ \\t]+([^ \\t].*)(?:\\n|$)");
    private static final Pattern SETEXT_TITLE = Pattern.compile("^(.*)\\n=+(?:\\n|$)");
    private static final Pattern TITLE_END = Pattern.compile("\\s*(?:\\{#*[\\w-]+}|#+)$");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t].*)?$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile(
            "^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");

    private ContentTitle() {
    }

    /** The title the body starts with, or null. */
    static String of(String body) {
        String content = withoutImports(body.replace("\r\n", "\n").strip());
        Matcher atx = ATX_TITLE.matcher(content);
        String title;
        if (atx.find()) {
            title = TITLE_END.matcher(atx.group(1).strip()).replaceAll("");
        } else {
            Matcher setext = SETEXT_TITLE.matcher(content);
            if (!setext.find()) {
                return null;
            }
            title = setext.group(1).strip().replaceAll("\\s*=+$", "");
        }
        return CODE.matcher(title).replaceAll("$1").strip();
    }

    /** The Markdown without the content title the page shows in its place. */
    static String strip(String markdown) {
        String[] lines = markdown.split("\n", -1);
        boolean code = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                code = !code;
                continue;
            }
            if (code) {
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                return atx.group(1).length() == 1 ? without(lines, i, i) : markdown;
            }
            boolean underParagraph = i > 0 && !lines[i - 1].isBlank();
            Matcher underline = SETEXT_UNDERLINE.matcher(line);
            if (underParagraph && underline.matches()) {
                return underline.group(1).startsWith("=") ? without(lines, i - 1, i) : markdown;
            }
            if (THEMATIC_BREAK.matcher(line).matches()) {
                return markdown;
            }
        }
        return markdown;
    }

    /** MDX's import blocks: lines from {@code import} up to the next blank line. */
    private static String withoutImports(String content) {
        String rest = content;
        while (rest.startsWith("import") && rest.length() > 6 && Character.isWhitespace(rest.charAt(6))) {
            int blank = rest.indexOf("\n\n");
            if (blank < 0) {
                break;
            }
            rest = rest.substring(blank).replaceFirst("^\\n+", "");
        }
        return rest.strip();
    }

    private static String without(String[] lines, int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i < first || i > last) {
                out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return out.toString();
    }
}
