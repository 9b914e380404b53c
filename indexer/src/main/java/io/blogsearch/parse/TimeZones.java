package io.blogsearch.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A site's configured time zone ({@code timeZone} in Hugo, {@code timezone} in Jekyll and Hexo). */
public final class TimeZones {

    private TimeZones() {
    }

    /** The zone a config names; UTC when unset or not a zone Java knows (what a build server without one uses). */
    public static ZoneId orUtc(String name) {
        if (name == null || name.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The offset a date is shown in under {@code zone}; null for UTC, the offset a page without one is shown in. */
    public static ZoneOffset offsetAt(ZoneId zone, Instant date) {
        if (date == null || zone.equals(ZoneOffset.UTC)) {
            return null;
        }
        ZoneOffset offset = zone.getRules().getOffset(date);
        return offset.equals(ZoneOffset.UTC) ? null : offset;
    }
}
