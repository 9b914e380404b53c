package io.blogsearch.knowledge.talk;

import io.blogsearch.model.TalkKind;

/**
 * What surrounds a heading, as evidence for or against it naming a talk.
 *
 * @param eventReport the page reports on an event (it has a conference)
 * @param sectionKind the kind named by an enclosing "Talks"/"Keynotes"/"Presentations" heading, or null when the
 *                    heading is not under such a section
 */
public record HeadingContext(boolean eventReport, TalkKind sectionKind) {

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
}
