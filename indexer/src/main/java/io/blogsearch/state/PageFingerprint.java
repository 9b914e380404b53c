package io.blogsearch.state;

import io.blogsearch.model.Page;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import java.util.TreeMap;

/** The fingerprint of a page's entities: equal fingerprints, equal entities, so the page need not be rewritten. */
public final class PageFingerprint {

    private PageFingerprint() {
    }

    /**
     * What a page's entities are built from. The enricher only adds knowledge (talks, conference, section talk
     * anchors, canonical speakers, the archive's spellings of authors and terms) to a parsed page, so the file's hash
     * plus that knowledge identifies them, for one version of the parser. Written with the state's codec rather than
     * Jackson: an incremental run fingerprints every page in a cold JVM.
     *
     * @param parserVersion what parsing gave for the same bytes: a new version rewrites every page
     */
    public static String of(String parserVersion, Page page) {
        CompactText.Writer key = new CompactText.Writer();
        key.field(parserVersion);
        key.field(page.contentHash());
        key.field(page.title());
        key.field(page.kind() == null ? null : page.kind().name());
        key.field(page.url());
        key.field(page.dateOffset() == null ? null : page.dateOffset().getId());
        key.field(page.lang());
        key.field(page.translationKey());
        key.field(page.conference());
        key.strings(page.authors());
        // terms are spelt across the archive (a new page may respell those of the pages already indexed)
        new TreeMap<>(page.taxonomies()).forEach((taxonomy, terms) -> {
            key.field(taxonomy);
            key.strings(terms);
        });
        key.list(page.sections(), (Section section) -> key.field(section.talkAnchor()));
        key.list(page.quotes(), (Quote quote) -> key.field(quote.speaker()));
        key.list(page.talks(), talk -> PageCodec.writeTalk(key, talk));
        return Hashes.sha256(key.toString());
    }
}
