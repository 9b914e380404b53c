package io.blogsearch.write;

import io.blogsearch.model.Page;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;

/** The fingerprint of a page's documents: equal fingerprints, equal documents, so the page need not be rewritten. */
final class PageFingerprint {

    private PageFingerprint() {
    }

    /**
     * What a page's documents are built from. The enricher only adds knowledge (talks, conference, section talk
     * anchors, canonical speakers) to a parsed page, so the file's hash plus that knowledge identifies them.
     * Written out by hand rather than through Jackson: an incremental run fingerprints every page in a cold JVM.
     */
    static String of(Page page) {
        StringBuilder key = new StringBuilder(256).append(IndexBuilder.PARSER_VERSION).append('|')
                .append(page.contentHash());
        field(key, page.title());
        field(key, page.kind() == null ? null : page.kind().name());
        field(key, page.url());
        field(key, page.lang());
        field(key, page.translationKey());
        field(key, page.conference());
        page.authors().forEach(author -> field(key, author));
        key.append("|s");
        page.sections().forEach(section -> field(key, section.talkAnchor()));
        key.append("|q");
        page.quotes().forEach(quote -> field(key, quote.speaker()));
        key.append("|t");
        for (Talk talk : page.talks()) {
            field(key, talk.kind() == null ? null : talk.kind().name());
            field(key, talk.title());
            field(key, talk.heading());
            field(key, talk.anchor());
            field(key, talk.conference());
            for (Speaker speaker : talk.speakers()) {
                field(key, speaker.name());
                field(key, speaker.role());
                field(key, speaker.org());
            }
            key.append(';');
        }
        return Hashes.sha256(key.toString());
    }

    /** Appends a value with its length, so no two different lists of values give the same key. */
    private static void field(StringBuilder key, String value) {
        if (value == null) {
            key.append("|-");
        } else {
            key.append('|').append(value.length()).append(':').append(value);
        }
    }

}
