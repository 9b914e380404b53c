package io.blogsearch.parse;

import io.blogsearch.source.Site;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permalink of a page as Hugo builds it: the {@code url} front matter; else the {@code permalinks} pattern of
 * the page's section ({@code :year}, {@code :month}, {@code :day}, {@code :title}, {@code :slug},
 * {@code :filename}, {@code :section}, {@code :contentbasename}, ...); else {@code /section/path/file/} with
 * {@code slug} replacing the file name. Paths are lower-cased unless the site sets {@code disablePathToLower}.
 */
public final class Permalinks {

    private static final Pattern TOKEN = Pattern.compile(":([a-zA-Z]+)");

    private Permalinks() {
    }

    /** The absolute permalink of a page, with the characters a browser would encode percent-encoded. */
    public static String of(Site site, ContentPath path, String title, String slug, String url, Instant date) {
        return UrlEscaper.escape(unescaped(site, path, title, slug, url, date));
    }

    private static String unescaped(Site site, ContentPath path, String title, String slug, String url,
                                    Instant date) {
        if (url != null && !url.isBlank()) {
            String trimmed = url.strip();
            if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
                return trimmed;
            }
            return site.baseUrl() + stripLeadingSlash(trimmed);
        }
        String pattern = path.sectionList() ? null : site.permalinks().get(path.section());
        String relative = pattern != null
                ? expand(pattern, path, title, slug, date, site.disablePathToLower())
                : defaultPath(path, slug, site.disablePathToLower());
        return site.baseUrl() + stripLeadingSlash(relative);
    }

    private static String defaultPath(ContentPath path, String slug, boolean keepCase) {
        List<String> parts = new java.util.ArrayList<>(path.urlPath());
        if (slug != null && !slug.isBlank() && !path.sectionList() && !parts.isEmpty()) {
            parts.set(parts.size() - 1, slug.strip());
        }
        if (parts.isEmpty()) {
            return "";
        }
        String joined = String.join("/", parts.stream().map(Permalinks::sanitize).toList()) + "/";
        return keepCase ? joined : joined.toLowerCase(Locale.ROOT);
    }

    private static String expand(String pattern, ContentPath path, String title, String slug, Instant date,
                                 boolean keepCase) {
        ZonedDateTime time = (date == null ? Instant.EPOCH : date).atZone(ZoneOffset.UTC);
        Matcher matcher = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "year" -> String.format("%04d", time.getYear());
                case "month" -> String.format("%02d", time.getMonthValue());
                case "monthname" -> time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                case "day" -> String.format("%02d", time.getDayOfMonth());
                case "weekday" -> Integer.toString(time.getDayOfWeek().getValue() % 7);
                case "weekdayname" -> time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                case "yearday" -> Integer.toString(time.getDayOfYear());
                case "section" -> path.section();
                case "sections" -> String.join("/", path.bundle() || path.sectionList()
                        ? path.folders().subList(0, Math.max(0, path.folders().size() - 1)) : path.folders());
                case "title" -> urlize(title == null ? "" : title);
                case "slug" -> slug != null && !slug.isBlank() ? urlize(slug) : urlize(title == null ? "" : title);
                case "filename", "contentbasename" -> path.baseName();
                case "slugorfilename", "slugorcontentbasename" ->
                        slug != null && !slug.isBlank() ? urlize(slug) : path.baseName();
                default -> matcher.group(0);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        String result = out.toString().replaceAll("/{2,}", "/");
        return keepCase ? result : result.toLowerCase(Locale.ROOT);
    }

    /**
     * Hugo's urlize of a title (its {@code UnicodeSanitize}): letters, digits, marks and {@code ./\\_#+~-@} stay,
     * a run of whitespace becomes one {@code -} unless a {@code -} is already beside it, everything else goes.
     * So "RustFest Lisbon 2023 - Day 2" becomes "RustFest-Lisbon-2023-Day-2", as on the live site.
     */
    public static String urlize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingHyphen = false;
        boolean lastWasHyphen = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = Character.isLetterOrDigit(c) || "./\\_#+~-@".indexOf(c) >= 0
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || (c == '%' && i + 1 < text.length() && isHex(text.charAt(i)) && isHex(text.charAt(i + 1)));
            if (allowed) {
                lastWasHyphen = c == '-';
                if (pendingHyphen && !lastWasHyphen) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.appendCodePoint(c);
            } else if (out.length() > 0 && !lastWasHyphen && Character.isWhitespace(c)) {
                pendingHyphen = true;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String sanitize(String segment) {
        return segment.replace(' ', '-');
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
