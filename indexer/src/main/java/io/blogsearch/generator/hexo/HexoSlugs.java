package io.blogsearch.generator.hexo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hexo's {@code slugize} (hexo-util), which makes category slugs, {@code :post_title} and heading ids: Latin letters
 * lose their accents ({@code é} is {@code e}, {@code ß} is {@code s}, full-width {@code Ａ} is {@code A}), control
 * characters go, every run of spaces and ASCII punctuation ({@code ~`!@#$%^&*()-_+=[]{}|\;:"'<>,.?/}) becomes one
 * {@code -}, trimmed at both ends; everything else (other scripts, typographic quotes, dashes) stays as written.
 * Case is kept unless {@code transform} is 1 (lower) or 2 (upper).
 */
final class HexoSlugs {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f]");
    private static final Pattern SPECIAL = Pattern.compile("[\\s~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");
    /** Latin letters that do not decompose into a base letter and accents, as hexo-util maps them. */
    private static final Map<Integer, String> LATIN = Map.ofEntries(Map.entry((int) 'ß', "s"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'Ħ', "H"));

    private HexoSlugs() {
    }

    /** The slug of a text, case kept. */
    static String slugize(String text) {
        return slugize(text, 0);
    }

    /** The slug of a text: {@code transform} 1 lower-cases it, 2 upper-cases it, anything else keeps the case. */
    static String slugize(String text, int transform) {
        String slug = SPECIAL.matcher(CONTROL.matcher(latinBase(text)).replaceAll("")).replaceAll("-");
        slug = EDGES.matcher(slug).replaceAll("");
        return switch (transform) {
            case 1 -> slug.toLowerCase(Locale.ROOT);
            case 2 -> slug.toUpperCase(Locale.ROOT);
            default -> slug;
        };
    }

    /**
     * Latin letters without their accents; only Latin ones, since decomposing other scripts would change their
     * letters (Japanese が is か and a mark) where hexo-util keeps them.
     */
    private static String latinBase(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String mapped = LATIN.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else if (c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A) {
                out.appendCodePoint(c - 0xFEE0); // full-width Latin letters
            } else if (c >= 0xC0 && c < 0x250 || c >= 0x1E00 && c < 0x1F00) {
                String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "");
                out.append(base.isEmpty() ? new String(Character.toChars(c)) : base);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
