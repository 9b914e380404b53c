package io.blogsearch.model;

/**
 * An attributed quotation: a blockquote whose last line names who said it.
 *
 * @param text          the quoted words, without quotation marks around the whole
 * @param speaker       the speaker as attributed (canonical after speaker merging)
 * @param sectionAnchor anchor of the section the quote is in, or null before the first heading
 */
public record Quote(String text, String speaker, String sectionAnchor) {

    /** This quote attributed to another spelling of its speaker. */
    public Quote withSpeaker(String name) {
        return new Quote(text, name, sectionAnchor);
    }
}
