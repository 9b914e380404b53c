package io.blogsearch.model;

import java.util.Locale;

/** The kind of a talk, as named in its heading ("Keynote: ...") or {@code TALK} when none is named. */
public enum TalkKind {
    KEYNOTE, TALK, PRESENTATION, WORKSHOP, PANEL, LIGHTNING;

    /** The lower-case name used in the index and the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
