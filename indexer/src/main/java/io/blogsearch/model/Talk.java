package io.blogsearch.model;

import java.util.List;

/**
 * A talk a post reports on or lists, detected from a heading or a list.
 *
 * @param kind       keynote, talk, ...
 * @param title      the talk's title without kind prefix, speakers or skill markers
 * @param speakers   speakers in heading order; may be empty ({@code Presentation: "Title"})
 * @param heading    the heading text as written (for a listed talk, the heading of its list)
 * @param anchor     the heading's anchor id, as Hugo renders it
 * @param conference the event the talk was given at when the page names one per talk (a speaker's own list of
 *                   talks), else null: the post's conference applies
 */
public record Talk(TalkKind kind, String title, List<Speaker> speakers, String heading, String anchor,
                   String conference) {
    public Talk {
        speakers = List.copyOf(speakers);
    }

    /** A talk at the post's own conference. */
    public Talk(TalkKind kind, String title, List<Speaker> speakers, String heading, String anchor) {
        this(kind, title, speakers, heading, anchor, null);
    }
}
