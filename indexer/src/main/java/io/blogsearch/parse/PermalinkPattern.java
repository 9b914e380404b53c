package io.blogsearch.parse;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands one Hugo permalink pattern for a page: every token Hugo documents ({@code :year}, {@code :month},
 * {@code :monthname}, {@code :day}, {@code :weekday}, {@code :weekdayname}, {@code :yearday}, {@code :section},
 * {@code :sections}, {@code :sections[1:]}, {@code :title}, {@code :slug}, {@code :slugorfilename},
 * {@code :filename}, {@code :contentbasename}, {@code :slugorcontentbasename}, {@code :sectionslug(s)}), Go date
 * layouts ({@code :06}, {@code :2006_01_02}) and {@code \:} for a literal colon.
 */
final class PermalinkPattern {

    private static final Pattern ATTRIBUTE = Pattern.compile(":(\\w+)(\\[.+?])?");
    private static final String ESCAPED_COLON = "\u0000";
    private static final ZonedDateTime GO_ZERO_TIME = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private PermalinkPattern() {
    }

    /** The pattern expanded for the page at {@code path} with this title, slug (may be null) and date (may be null). */
    static String expand(String pattern, ContentPath path, String title, String slug, ZonedDateTime date) {
        // in the offset the date is written with: 01:00+09:00 on the 1st is on the 1st, as Hugo builds it
        // an undated page has Go's zero time, 0001-01-01 UTC: Hugo links it under /1/01/01/
        ZonedDateTime time = date == null ? GO_ZERO_TIME : date;
        Matcher matcher = ATTRIBUTE.matcher(pattern.replace("\\:", ESCAPED_COLON));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = value(matcher.group(1), matcher.group(2), path, title, blankToNull(slug), time);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString().replace(ESCAPED_COLON, ":");
    }

    private static String value(String name, String slice, ContentPath path, String title, String slug,
                                ZonedDateTime time) {
        if (slice != null) {
            return String.join("/", slice(path.sections(), slice));
        }
        return switch (name) {
            case "year" -> Integer.toString(time.getYear());
            case "month" -> String.format("%02d", time.getMonthValue());
            case "monthname" -> GoDateLayout.format("January", time);
            case "day" -> String.format("%02d", time.getDayOfMonth());
            case "weekday" -> Integer.toString(time.getDayOfWeek().getValue() % 7);
            case "weekdayname" -> GoDateLayout.format("Monday", time);
            case "yearday" -> Integer.toString(time.getDayOfYear());
            case "section", "sectionslug" -> path.section();
            case "sections", "sectionslugs" -> String.join("/", path.sections());
            case "title" -> Permalinks.urlize(title == null ? "" : title);
            case "slug" -> Permalinks.urlize(slug != null ? slug : title == null ? "" : title);
            case "filename" -> fileName(path);
            case "slugorfilename" -> slug != null ? Permalinks.urlize(slug) : fileName(path);
            case "contentbasename" -> Permalinks.urlize(path.baseName());
            case "slugorcontentbasename" -> Permalinks.urlize(slug != null ? slug : path.baseName());
            default -> GoDateLayout.format(name, time);
        };
    }

    /** Hugo's {@code :filename}: the file's name, a bundle's folder name, nothing for a section list. */
    private static String fileName(ContentPath path) {
        return path.sectionList() ? "" : Permalinks.urlize(path.baseName());
    }

    /**
     * Hugo's slice of the sections: {@code [1:3]}, {@code [1:]}, {@code [:2]}, {@code [last]}, {@code [:last]},
     * {@code [0]}; lenient out of bounds (an empty list), as Hugo's own.
     */
    static List<String> slice(List<String> sections, String cut) {
        String spec = cut.trim().toLowerCase(Locale.ROOT);
        if (spec.length() < 3 || spec.charAt(0) != '[' || spec.charAt(spec.length() - 1) != ']'
                || sections.isEmpty()) {
            return List.of();
        }
        String inner = spec.substring(1, spec.length() - 1);
        if (!inner.contains(":")) {
            int n = index(inner, sections, true);
            return n < 0 ? List.of() : List.of(sections.get(n));
        }
        String[] parts = inner.split(":", -1);
        int low = index(parts[0], sections, true);
        int high = index(parts[1], sections, false);
        return low < 0 || high < low ? List.of() : List.copyOf(sections.subList(low, high));
    }

    private static int index(String text, List<String> sections, boolean low) {
        if (text.isEmpty()) {
            return low ? 0 : sections.size();
        }
        if (text.equals("last")) {
            return sections.size() - 1;
        }
        int n;
        try {
            n = Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
        return n >= sections.size() ? (low ? -1 : sections.size()) : n;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
