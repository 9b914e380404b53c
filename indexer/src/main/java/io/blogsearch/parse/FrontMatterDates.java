package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the front matter dates Hugo would refuse. Hugo stops the build on a date it cannot read; blogsearch indexes
 * the page without that date (so its text stays findable) and reports the file and line, so the author can fix it.
 */
final class FrontMatterDates {

    /** The date keys Hugo reads, in either spelling. */
    private static final List<String> KEYS = List.of("date", "publishDate", "publishdate", "pubDate", "pubdate",
            "expiryDate", "expirydate", "lastmod");

    private FrontMatterDates() {
    }

    /** One problem per date key whose value is not a date; {@code text} is the whole file, for the line. */
    static List<PageProblemException> invalid(FrontMatter frontMatter, String text) {
        List<PageProblemException> problems = new ArrayList<>();
        for (String key : KEYS) {
            JsonNode value = frontMatter.values().get(key);
            if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()
                    || HugoDates.parse(value) != null) {
                continue;
            }
            problems.add(new InvalidDateException("invalid " + key + " \"" + shorten(value.asText())
                    + "\" (Hugo refuses it): indexed without it, or with the date its file name gives",
                    lineOf(key, text, frontMatter.bodyLine())));
        }
        return problems;
    }

    /** The 1-based line of the file where {@code key} is set in the front matter, or 0. */
    private static int lineOf(String key, String text, int bodyLine) {
        Pattern setting = Pattern.compile("\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[:=].*");
        String[] lines = text.split("\n", Math.max(2, bodyLine));
        for (int i = 0; i < Math.min(lines.length, bodyLine - 1); i++) {
            if (setting.matcher(lines[i]).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
