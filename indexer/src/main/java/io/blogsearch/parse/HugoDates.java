package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats Hugo accepts in front matter: RFC 3339 with or without zone and fraction, a space
 * instead of {@code T}, zones as {@code Z}, {@code +02:00} or {@code +0200} (also after a space), and plain dates.
 * Values without a zone are taken as UTC, Hugo's default {@code timeZone}, unless the caller names the zone its
 * generator reads them in.
 */
public final class HugoDates {

    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** Strict, as Go's time.Parse: February 30 is refused, not moved to the 28th. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("H:mm")
            .optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter();

    private HugoDates() {
    }

    /** The instant a front matter value names, or null when it is absent, empty or not a date Hugo reads. */
    public static Instant parse(JsonNode value) {
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        return parse(value.asText());
    }

    /** The instant a date string names, or null when it is not a date Hugo reads. */
    public static Instant parse(String text) {
        return parse(text, ZoneOffset.UTC);
    }

    /** The instant a front matter value names, a value without a zone read in {@code zoneless}; null as above. */
    public static Instant parse(JsonNode value, ZoneId zoneless) {
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        return parse(value.asText(), zoneless);
    }

    /** The instant a date string names, a date or time without a zone read in {@code zoneless}; null as above. */
    public static Instant parse(String text, ZoneId zoneless) {
        ZonedDateTime written = parseZoned(text, zoneless);
        return written == null ? null : written.toInstant();
    }

    /**
     * The date and time a front matter value names in the offset it is written with ({@code 01:00+09:00} stays on
     * its day, as Hugo's permalinks and templates show it), one without a zone in {@code zoneless}; null as above.
     */
    public static ZonedDateTime parseZoned(JsonNode value, ZoneId zoneless) {
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        return parseZoned(value.asText(), zoneless);
    }

    /** As {@link #parseZoned(JsonNode, ZoneId)}, for a date string. */
    public static ZonedDateTime parseZoned(String text, ZoneId zoneless) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") || trimmed.startsWith("'"))) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
        }
        Matcher matcher = SHAPE.matcher(trimmed);
        if (!matcher.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(matcher.group(1), DATE);
            if (matcher.group(2) == null) {
                return date.atStartOfDay(zoneless);
            }
            TemporalAccessor time = TIME.parse(matcher.group(2));
            LocalDateTime dateTime = date.atTime(LocalTime.from(time));
            if (matcher.group(3) == null) {
                return dateTime.atZone(zoneless);
            }
            return dateTime.atZone(offset(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String normalised = zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
        return ZoneOffset.of(normalised);
    }
}
