package io.blogsearch.state;

import io.blogsearch.entity.SectionHash;
import io.blogsearch.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The section hashes of one page as its state keeps them ({@link PageState#sectionHashes}; in a Lucene index
 * {@link io.blogsearch.schema.Fields#CACHED_SECTION_HASHES}): every hash of its sections in order, each marked
 * {@code +} when it was left out of the post's scored text as repeated, {@code -} when kept; space-separated;
 * {@code .} for a page without hashed sections.
 *
 * @param hashes   the hashes of the page's sections, in order (sections too short for one have none)
 * @param excluded those left out of the post's scored text
 */
public record SectionHashRecord(List<String> hashes, Set<String> excluded) {

    /** Copies the collections: a record never changes. */
    /** The stored form of a page without hashed sections: never blank, so it is kept like any other. */
    private static final String EMPTY = ".";

    /** Copies the collections: a record never changes. */
    public SectionHashRecord {
        hashes = List.copyOf(hashes);
        excluded = Set.copyOf(excluded);
    }

    /** The hashes of the sections of a parsed page (whose section texts are present), none excluded yet. */
    public static SectionHashRecord of(List<Section> sections) {
        List<String> hashes = new ArrayList<>(sections.size());
        for (Section section : sections) {
            String hash = SectionHash.of(section);
            if (hash != null) {
                hashes.add(hash);
            }
        }
        return new SectionHashRecord(hashes, Set.of());
    }

    /** The same hashes with those in {@code repeated} marked excluded. */
    public SectionHashRecord excluding(Set<String> repeated) {
        Set<String> cut = new LinkedHashSet<>();
        hashes.stream().filter(repeated::contains).forEach(cut::add);
        return new SectionHashRecord(hashes, cut);
    }

    /** The stored form. */
    public String write() {
        if (hashes.isEmpty()) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder(hashes.size() * 26);
        for (String hash : hashes) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(excluded.contains(hash) ? '+' : '-').append(hash);
        }
        return out.toString();
    }

    /** The record a stored form holds, or null when there is none or it is damaged (the page is then rewritten). */
    public static SectionHashRecord read(String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.equals(EMPTY)) {
            return new SectionHashRecord(List.of(), Set.of());
        }
        List<String> hashes = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (String item : stored.split(" ")) {
            if (item.isEmpty()) {
                continue;
            }
            char mark = item.charAt(0);
            if (item.length() < 2 || mark != '+' && mark != '-') {
                return null;
            }
            hashes.add(item.substring(1));
            if (mark == '+') {
                excluded.add(item.substring(1));
            }
        }
        return new SectionHashRecord(hashes, excluded);
    }
}
