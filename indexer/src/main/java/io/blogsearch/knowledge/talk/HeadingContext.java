package io.blogsearch.knowledge.talk;

import io.blogsearch.knowledge.speaker.NameKey;
import io.blogsearch.model.TalkKind;
import java.util.Set;

/**
 * What surrounds a heading, as evidence for or against it naming a talk.
 *
 * @param eventReport the page reports on an event (it has a conference)
 * @param sectionKind the kind named by an enclosing "Talks"/"Keynotes"/"Presentations" heading, or null when the
 *                    heading is not under such a section
 * @param extraNames  {@link NameKey name keys} the site config declares as speakers, accepted whatever their shape
 */
public record HeadingContext(boolean eventReport, TalkKind sectionKind, Set<String> extraNames) {

    public HeadingContext {
        extraNames = Set.copyOf(extraNames);
    }

    /** A context without config-declared names. */
    public HeadingContext(boolean eventReport, TalkKind sectionKind) {
        this(eventReport, sectionKind, Set.of());
    }

    /** A heading of a page that is not an event report, under no talks section. */
    public static HeadingContext plain() {
        return new HeadingContext(false, null);
    }

    /** A heading of an event report, under no talks section. */
    public static HeadingContext inEventReport() {
        return new HeadingContext(true, null);
    }

    /** True when an enclosing heading announces talks. */
    public boolean underTalksSection() {
        return sectionKind != null;
    }

    /** True when the phrase reads as a person's name or is one the site config declares. */
    public boolean isPerson(String phrase) {
        return NameShape.isPersonName(phrase) || extraNames.contains(NameKey.of(phrase));
    }
}
