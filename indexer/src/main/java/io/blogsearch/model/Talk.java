package io.blogsearch.model;

import java.util.List;

/**
 * A talk a post reports on, detected from a heading.
 *
 * @param kind     keynote, talk, ...
 * @param title    the talk's title without kind prefix, speakers or skill markers
 * @param speakers speakers in heading order; may be empty ({@code Presentation: "Title"})
 * @param heading  the heading text as written
 * @param anchor   the heading's anchor id, as Hugo renders it
 */
public record Talk(TalkKind kind, String title, List<Speaker> speakers, String heading, String anchor) {
    public Talk {
        speakers = List.copyOf(speakers);
    }
}
