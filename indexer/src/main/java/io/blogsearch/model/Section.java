package io.blogsearch.model;

/**
 * A heading of a page and the text up to the next heading.
 *
 * @param heading    heading text (inline Markdown rendered to plain text)
 * @param level      1 to 6
 * @param anchor     the id Hugo's goldmark renderer gives the heading
 * @param text       plain text of the section body
 * @param talkAnchor anchor of the talk heading this section belongs to (itself or an enclosing one), or null
 */
public record Section(String heading, int level, String anchor, String text, String talkAnchor) {

    /** This section, now known to belong to the talk under the given anchor. */
    public Section withTalkAnchor(String anchor) {
        return new Section(heading, level, this.anchor, text, anchor);
    }
}
