package io.blogsearch.generator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's file (or bundle folder) name split into its date and slug, as Jekyll, Docusaurus and many home-made
 * blogs name posts: {@code 2021-03-04-my-post.md} is dated 2021-03-04 with slug {@code my-post}.
 *
 * @param date the date in the name (midnight UTC), or null when the name carries none
 * @param slug the name without the date prefix and the extension
 */
public record DatedName(Instant date, String slug) {

    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)");

    /** Splits a base name (no folders, no extension). */
    public static DatedName of(String baseName) {
        Matcher matcher = DATED.matcher(baseName);
        if (matcher.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
                return new DatedName(date.atStartOfDay().toInstant(ZoneOffset.UTC), matcher.group(4));
            } catch (DateTimeException e) {
                return new DatedName(null, baseName); // 2021-13-40-x is a name, not a date
            }
        }
        return new DatedName(null, baseName);
    }

    /** The base name of a site-relative path: the file name without extension, or the folder of an index file. */
    public static String baseName(String path) {
        String[] parts = path.split("/");
        String file = parts[parts.length - 1];
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        return name.equals("index") && parts.length > 1 ? parts[parts.length - 2] : name;
    }

    /** Whether a base name starts with a date. */
    public static boolean isDated(String baseName) {
        return of(baseName).date() != null;
    }
}
