package io.blogsearch.entity;

import io.blogsearch.model.Speaker;
import java.util.List;

/**
 * A talk a page reports on or lists.
 *
 * @param common   identity, post and facets (its conference, its speakers' names)
 * @param title    the talk's title
 * @param text     the text of the talk's own section, or null for a talk listed among others
 * @param kind     keynote, talk, ... ({@link io.blogsearch.model.TalkKind#label()})
 * @param speakers its speakers with role and organisation, in heading order
 * @param heading  the heading the talk was found under
 */
public record TalkEntity(Entity.Common common, String title, String text, String kind, List<Speaker> speakers,
                         String heading) implements Entity {

    /** Copies the list: an entity never changes. */
    public TalkEntity {
        speakers = List.copyOf(speakers);
    }
}
