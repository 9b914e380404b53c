package io.blogsearch.generator.zola;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Zola's slugify ({@code slugify.paths} and {@code slugify.anchors}): {@code on} transliterates to ASCII, lower-cases,
 * turns every run of characters other than a-z and 0-9 into one {@code -} and trims it; {@code safe} keeps the text
 * but, for paths, drops the characters no file system takes ({@code <>:"/\|?*}) and trailing spaces and dots, and for
 * anchors, like {@code off}, turns ASCII whitespace into {@code _}; {@code off} keeps paths as written.
 *
 * <p>Zola transliterates with the deunicode table. Here a character counts as known when it is ASCII, when Unicode's
 * compatibility decomposition reduces it to ASCII letters with accents (é, ñ, ﬁ), when it is one of the Latin letters
 * that do not decompose (ß, æ, ø, œ, ł, đ, þ, ð, ı), or when it is punctuation or a space that deunicode turns into
 * ASCII punctuation (quotes, dashes, ellipsis). Anything else (other scripts, emoji, symbols such as © or °) becomes
 * words or syllables in Zola's slug that are not known here: {@link #slugify} then says so with null.
 */
final class ZolaSlugs {

    /** A {@code slugify} setting of the site's config. */
    enum Strategy {
        ON, SAFE, OFF;

        /** The setting's value ({@code on}, {@code safe}, {@code off}); {@code on}, Zola's default, when unset. */
        static Strategy of(String value) {
            return switch (value == null ? "on" : value.strip().toLowerCase(Locale.ROOT)) {
                case "safe" -> SAFE;
                case "off" -> OFF;
                default -> ON;
            };
        }
    }

    private static final Map<Integer, String> LATIN = Map.ofEntries(Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"), Map.entry((int) 'ı', "i"));
    /** Latin-1 punctuation deunicode turns into ASCII punctuation only (not §, ¶, ©, °, ×: those give letters). */
    private static final String LATIN1_PUNCTUATION = "\u00a0¡¦«¬\u00ad¯´·¸»¿";

    private ZolaSlugs() {
    }

    /** A path segment ({@code slug} front matter or a file name) as {@code slugify.paths} makes it. */
    static String path(String text, Strategy strategy) {
        return switch (strategy) {
            case ON -> approximate(text);
            case SAFE -> text.replaceAll("[ .]+$", "").replaceAll("[<>:\"/\\\\|?*]", "");
            case OFF -> text;
        };
    }

    /** A heading's id as {@code slugify.anchors} makes it, or null when the slug is not known here. */
    static String anchor(String text, Strategy strategy) {
        return strategy == Strategy.ON ? slugify(text) : text.replaceAll("[ \\t\\n\\f\\r]", "_");
    }

    /** The {@code on} slug, or null when the text holds a character whose transliteration is not known here. */
    static String slugify(String text) {
        String ascii = ascii(text, false);
        return ascii == null ? null : slug(ascii);
    }

    /** The {@code on} slug with the characters whose transliteration is not known left out. */
    private static String approximate(String text) {
        return slug(ascii(text, true));
    }

    private static String slug(String ascii) {
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The text in ASCII; an unknown character is dropped when {@code lenient}, else the answer is null. */
    private static String ascii(String text, boolean lenient) {
        StringBuilder out = new StringBuilder(text.length());
        for (int c : text.codePoints().toArray()) {
            String known = transliterate(c);
            if (known == null && !lenient) {
                return null;
            }
            out.append(known == null ? " " : known);
        }
        return out.toString();
    }

    private static String transliterate(int c) {
        if (c < 0x80) {
            return Character.toString(c);
        }
        if (LATIN.containsKey(c)) {
            return LATIN.get(c);
        }
        if (isPunctuation(c)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (int part : decomposed.codePoints().toArray()) {
            int type = Character.getType(part);
            if (part < 0x80) {
                out.appendCodePoint(part);
            } else if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                return null;
            }
        }
        return out.toString();
    }

    /** Spaces, dashes, quotes, bullets and dots of Latin-1 and General Punctuation, which deunicode keeps ASCII. */
    private static boolean isPunctuation(int c) {
        return LATIN1_PUNCTUATION.indexOf(c) >= 0 || c >= 0x2000 && c <= 0x2029 || c == 0x202f
                || c >= 0x2032 && c <= 0x203e || c >= 0x2043 && c <= 0x2049 && c != 0x2044
                || c >= 0x2060 && c <= 0x2064 || c == 0xfeff;
    }
}
