package io.blogsearch.entity;

import io.blogsearch.model.Section;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A hash of what a section says, equal for the near-duplicates that repeat across pages (a release post's closing
 * section, a "why use this" list): the heading and text lower-cased, with everything but letters dropped, so version
 * numbers, dates, links' punctuation and spacing do not tell two copies apart. Sections too short to say anything
 * (a heading over a figure) get none: two of them sharing a few words are no repeat.
 */
public final class SectionHash {

    /** Letters a section needs for a hash. */
    static final int MIN_LETTERS = 60;
    /**
     * Sections sharing one hash from which it is boilerplate: the server weighs such sections less and the indexer
     * leaves them out of their posts' scored text ({@link OwnText}). Two copies may be a quote or a post and its
     * rewrite; three are a template.
     */
    public static final int REPEATED_COPIES = 3;

    private SectionHash() {
    }

    /** The section's hash (hex), or null when it is too short to tell. */
    public static String of(Section section) {
        byte[] letters = lettersToHash(section);
        if (letters == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(letters);
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lower-case letters of the heading and text as UTF-8, or null when there are fewer than
     * {@link #MIN_LETTERS}. Every section of every parsed page is hashed twice (for its state, then for its entity and
     * its post's own text); most text is ASCII, whose letters are gathered without a lower-cased copy or encoding it
     * again.
     */
    private static byte[] lettersToHash(Section section) {
        byte[] ascii = asciiLetters(section.heading(), section.text());
        if (ascii != null) {
            return ascii.length < MIN_LETTERS ? null : ascii;
        }
        String letters = letters(section.heading() + " " + section.text());
        return letters.length() < MIN_LETTERS ? null : letters.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The lower-case letters of the heading and text as UTF-8, as {@link #letters} gives them, or null when either
     * holds a character beyond ASCII (whose lower case and letters that method decides).
     */
    private static byte[] asciiLetters(String heading, String text) {
        String first = String.valueOf(heading);
        String second = String.valueOf(text);
        byte[] letters = new byte[first.length() + second.length()];
        int length = appendAsciiLetters(first, letters, 0);
        if (length < 0) {
            return null;
        }
        length = appendAsciiLetters(second, letters, length);
        return length < 0 ? null : Arrays.copyOf(letters, length);
    }

    /** Appends the lower-cased ASCII letters of {@code text} at {@code at}; the new length, or -1 beyond ASCII. */
    private static int appendAsciiLetters(String text, byte[] letters, int at) {
        int length = at;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            if (c >= 'a' && c <= 'z') {
                letters[length++] = (byte) c;
            } else if (c >= 'A' && c <= 'Z') {
                letters[length++] = (byte) (c + ('a' - 'A'));
            }
        }
        return length;
    }

    private static String letters(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                letters.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return letters.toString();
    }
}
