package io.blogsearch.parse;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formats a time with a Go layout ({@code 2006-01-02}, {@code Jan}, {@code Monday}, {@code 06}, {@code .000}),
 * as Hugo's permalink tokens such as {@code :06} or {@code :2006_01_02} do. Time zones print as UTC.
 */
final class GoDateLayout {

    private GoDateLayout() {
    }

    /** The time written with the layout; text that is no part of Go's reference time stays as it is. */
    static String format(String layout, ZonedDateTime time) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int used = chunk(layout, i, time, out);
            if (used == 0) {
                out.append(layout.charAt(i));
                used = 1;
            }
            i += used;
        }
        return out.toString();
    }

    /** Writes the layout chunk starting at {@code i}; returns its length, 0 when none starts there. */
    private static int chunk(String layout, int i, ZonedDateTime time, StringBuilder out) {
        String rest = layout.substring(i);
        String[][] named = {
            {"January", month(time, TextStyle.FULL)}, {"Jan", month(time, TextStyle.SHORT)},
            {"Monday", day(time, TextStyle.FULL)}, {"Mon", day(time, TextStyle.SHORT)}, {"MST", "UTC"},
            {"2006", String.format("%04d", time.getYear())}, {"002", String.format("%03d", time.getDayOfYear())},
            {"__2", String.format("%3d", time.getDayOfYear())},
            {"01", two(time.getMonthValue())}, {"02", two(time.getDayOfMonth())}, {"03", two(hour12(time))},
            {"04", two(time.getMinute())}, {"05", two(time.getSecond())}, {"06", two(time.getYear() % 100)},
            {"15", two(time.getHour())}, {"_2", String.format("%2d", time.getDayOfMonth())},
            {"PM", time.getHour() < 12 ? "AM" : "PM"}, {"pm", time.getHour() < 12 ? "am" : "pm"},
            {"1", Integer.toString(time.getMonthValue())}, {"2", Integer.toString(time.getDayOfMonth())},
            {"3", Integer.toString(hour12(time))}, {"4", Integer.toString(time.getMinute())},
            {"5", Integer.toString(time.getSecond())},
        };
        if ((rest.startsWith(".0") || rest.startsWith(",0") || rest.startsWith(".9") || rest.startsWith(",9"))) {
            int digits = 1;
            while (digits < rest.length() && rest.charAt(digits) == rest.charAt(1)) {
                digits++;
            }
            if (digits == rest.length() || !Character.isDigit(rest.charAt(digits))) {
                String nanos = String.format("%09d", time.getNano()).substring(0, Math.min(9, digits - 1));
                out.append(rest.charAt(0)).append(nanos);
                return digits;
            }
        }
        for (String[] entry : named) {
            if (rest.startsWith(entry[0])) {
                out.append(entry[1]);
                return entry[0].length();
            }
        }
        return 0;
    }

    private static String month(ZonedDateTime time, TextStyle style) {
        return time.getMonth().getDisplayName(style, Locale.ENGLISH);
    }

    private static String day(ZonedDateTime time, TextStyle style) {
        return time.getDayOfWeek().getDisplayName(style, Locale.ENGLISH);
    }

    private static int hour12(ZonedDateTime time) {
        int hour = time.getHour() % 12;
        return hour == 0 ? 12 : hour;
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }
}
