package io.blogsearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search result: a post, page, section, quote, figure or talk, shown on its own and linked to its place.
 *
 * @param type        post, page, section, quote, figure or talk
 * @param id          unique entity id
 * @param title       display title (plain text)
 * @param url         absolute URL, with {@code #anchor} for anything inside a post
 * @param path        source file relative to the site root
 * @param post        the post the entity belongs to
 * @param date        publication date, ISO {@code yyyy-MM-dd}, or null
 * @param tags        the post's tags
 * @param conference  the conference the post reports on, or null
 * @param speakers    speakers of the entity (talk speakers, quote speaker)
 * @param snippet     HTML: matched terms in {@code <mark>}, every other character escaped
 * @param section     heading of the section the entity is in, or null
 * @param moreInPost  how many more entities of the same post matched and were folded into this hit (those shown in
 *                    {@code inPost} included: {@code moreInPost - inPost.size()} are not shown)
 * @param quote       quote hits only
 * @param figure      figure hits only
 * @param talk        talk hits only
 * @param lang        the language code of the page (e.g. {@code en}, {@code ja}), or null in an index without them
 * @param inPost      up to three of the folded entities, shown under the card: quotes, then talks, then sections
 */
public record Hit(String type, String id, String title, String url, String path, PostRef post, String date,
                  List<String> tags, String conference, List<String> speakers, String snippet, String section,
                  int moreInPost,
                  @JsonInclude(JsonInclude.Include.NON_NULL) QuoteInfo quote,
                  @JsonInclude(JsonInclude.Include.NON_NULL) FigureInfo figure,
                  @JsonInclude(JsonInclude.Include.NON_NULL) TalkInfo talk,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String lang,
                  List<InPostHit> inPost) {

    /**
     * A matching quote, talk or section of the same post, folded into a hit and shown under its card.
     *
     * @param type    quote, talk or section
     * @param id      unique entity id
     * @param title   display title (plain text)
     * @param url     absolute URL with the entity's {@code #anchor}
     * @param snippet HTML: matched terms in {@code <mark>}, every other character escaped
     * @param section heading of the section the entity is in, or null
     * @param quote   quote entries only
     * @param talk    talk entries only
     */
    public record InPostHit(String type, String id, String title, String url, String snippet, String section,
                            @JsonInclude(JsonInclude.Include.NON_NULL) QuoteInfo quote,
                            @JsonInclude(JsonInclude.Include.NON_NULL) TalkInfo talk) {
    }

    /** The post an entity belongs to. */
    public record PostRef(String title, String url, String date) {
    }

    /** A quote's words, who said them ("A &amp; B" for several people) and where they were published, if linked. */
    public record QuoteInfo(String text, String speaker, @JsonInclude(JsonInclude.Include.NON_NULL) String source) {
    }

    /** A figure's title and image URL. */
    public record FigureInfo(String title, String image) {
    }

    /** A talk: title, kind and speakers with role and organisation. */
    public record TalkInfo(String title, String kind, List<SpeakerInfo> speakers) {
    }

    /** A talk speaker. */
    public record SpeakerInfo(String name, String role, String org) {
    }
}
