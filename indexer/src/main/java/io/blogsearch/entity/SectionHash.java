package io.blogsearch.entity;

import io.blogsearch.model.Section;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        String letters = letters(section.heading() + " " + section.text());
        if (letters.length() < MIN_LETTERS) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(letters.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }

    private static String letters(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(lower.length());
        // a plain loop: every section of every parsed page passes here, and a stream costs more in a cold JVM
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
