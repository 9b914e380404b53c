package io.blogsearch.generator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a permalink pattern such as {@code /blog/:year/:month/:day/:slug/} with Jekyll's placeholders
 * ({@code :year}, {@code :short_year}, {@code :month}, {@code :i_month}, {@code :day}, {@code :i_day},
 * {@code :y_day}, {@code :hour}, {@code :minute}, {@code :second}) plus whatever the caller supplies
 * ({@code :slug}, {@code :title}, {@code :categories}, ...). Unknown placeholders stay as written; runs of
 * {@code /} collapse to one, and the result starts with {@code /}.
 */
public final class PermalinkPattern {

    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");

    private PermalinkPattern() {
    }

    /** The path the pattern gives for these values. */
    public static String expand(String pattern, Map<String, String> values) {
        return expand(pattern, TOKEN, values);
    }

    /**
     * The path the pattern gives for these values, its placeholders found by {@code token} (group 1 the name), for
     * generators that spell them otherwise (Hexo's may hold capitals and digits).
     */
    public static String expand(String pattern, Pattern token, Map<String, String> values) {
        Matcher matcher = token.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group(0) : value));
        }
        matcher.appendTail(out);
        String path = ("/" + out).replaceAll("/{2,}", "/");
        return path;
    }

    /** The date placeholders of a date (UTC); an empty map when there is no date. */
    public static Map<String, String> dateValues(Instant date) {
        return dateValues(date, ZoneOffset.UTC);
    }

    /** The date placeholders of a date as a clock in {@code zone} reads it; an empty map when there is no date. */
    public static Map<String, String> dateValues(Instant date, ZoneId zone) {
        Map<String, String> values = new HashMap<>();
        if (date == null) {
            return values;
        }
        ZonedDateTime time = date.atZone(zone);
        values.put("year", String.format("%04d", time.getYear()));
        values.put("short_year", String.format("%02d", time.getYear() % 100));
        values.put("month", String.format("%02d", time.getMonthValue()));
        values.put("i_month", Integer.toString(time.getMonthValue()));
        values.put("day", String.format("%02d", time.getDayOfMonth()));
        values.put("i_day", Integer.toString(time.getDayOfMonth()));
        values.put("y_day", String.format("%03d", time.getDayOfYear()));
        values.put("hour", String.format("%02d", time.getHour()));
        values.put("minute", String.format("%02d", time.getMinute()));
        values.put("second", String.format("%02d", time.getSecond()));
        return values;
    }

    /** A site URL joined with a site-relative path (which may start with {@code /}). */
    public static String absolute(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }
}
