package io.blogsearch.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A compact, hand-written text encoding for the incremental caches stored beside a page's record (page outlines,
 * talk memos): each value is written as {@code length:value} or {@code -} for null, so values may hold any
 * character and reading needs no JSON parser (whose JIT cost dominated a cold incremental run).
 */
public final class CompactText {

    private CompactText() {
    }

    /** Values with their length ({@code -} for null), so they may hold any character. */
    public static final class Writer {
        private final StringBuilder text = new StringBuilder(512);

        /** The text written so far. */
        @Override
        public String toString() {
            return text.toString();
        }

        public void field(String value) {
            if (value == null) {
                text.append('-');
            } else {
                text.append(value.length()).append(':').append(value);
            }
        }

        public void instant(Instant value) {
            field(value == null ? null : value.getEpochSecond() + "." + value.getNano());
        }

        public void strings(List<String> values) {
            list(values, this::field);
        }

        public <T> void list(List<T> values, Consumer<T> each) {
            if (values == null) {
                field(null);
                return;
            }
            field(Integer.toString(values.size()));
            values.forEach(each);
        }
    }

    /** Reads what {@link Writer} wrote, in order; throws a RuntimeException on damaged text. */
    public static final class Reader {
        private final String text;
        private int at;

        public Reader(String text) {
            this.text = text;
        }

        public String next() {
            if (text.charAt(at) == '-') {
                at++;
                return null;
            }
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text, at, colon, 10);
            String value = text.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            return value;
        }

        public Instant instant() {
            String value = next();
            if (value == null) {
                return null;
            }
            int dot = value.indexOf('.');
            return Instant.ofEpochSecond(Long.parseLong(value, 0, dot, 10),
                    Integer.parseInt(value, dot + 1, value.length(), 10));
        }

        public List<String> strings() {
            return list(this::next);
        }

        public <T> List<T> list(Supplier<T> each) {
            String count = next();
            if (count == null) {
                return null;
            }
            int size = Integer.parseInt(count);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(each.get());
            }
            return values;
        }

        public boolean atEnd() {
            return at == text.length();
        }
    }
}
