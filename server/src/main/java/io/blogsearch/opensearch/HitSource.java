package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.Hit;
import io.blogsearch.api.Hit.FigureInfo;
import io.blogsearch.api.Hit.InPostHit;
import io.blogsearch.api.Hit.PostRef;
import io.blogsearch.api.Hit.QuoteInfo;
import io.blogsearch.api.Hit.SpeakerInfo;
import io.blogsearch.api.Hit.TalkInfo;
import io.blogsearch.parse.UrlEscaper;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.schema.SpeakersJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads an OpenSearch hit's source (see {@link io.blogsearch.opensearch.write.EntityJson}) into the API's {@link Hit},
 * as Lucene's reader does.
 */
final class HitSource {

    private HitSource() {
    }

    /** The hit, with its snippet, the number of other matches of its post and those shown under it. */
    static Hit read(JsonNode hit, int moreInPost, List<InPostHit> inPost) {
        JsonNode source = hit.path("_source");
        JsonNode show = source.path(IndexMapping.SHOW);
        String type = text(source, Fields.TYPE);
        String title = title(source);
        String date = date(source);
        return new Hit(type, text(source, Fields.ID), title, UrlEscaper.escape(first(show, Fields.URL)),
                text(source, Fields.PATH), new PostRef(first(show, Fields.POST_TITLE),
                UrlEscaper.escape(first(show, Fields.POST_URL)), date), date, all(show, Fields.TAG),
                first(show, Fields.CONFERENCE), all(show, Fields.SPEAKER), Snippet.of(hit),
                first(show, Fields.SECTION_HEADING), moreInPost,
                DocType.QUOTE.value().equals(type) ? quote(show) : null,
                DocType.FIGURE.value().equals(type) ? new FigureInfo(title,
                        UrlEscaper.escape(first(show, Fields.FIGURE_IMAGE))) : null,
                DocType.TALK.value().equals(type) ? talk(source, title) : null, text(source, Fields.LANG), inPost);
    }

    /** A folded quote, talk or section of a post, as shown under the post's card. */
    static InPostHit readShown(JsonNode hit) {
        JsonNode source = hit.path("_source");
        JsonNode show = source.path(IndexMapping.SHOW);
        String type = text(source, Fields.TYPE);
        String title = title(source);
        return new InPostHit(type, text(source, Fields.ID), title, UrlEscaper.escape(first(show, Fields.URL)),
                Snippet.of(hit), first(show, Fields.SECTION_HEADING),
                DocType.QUOTE.value().equals(type) ? quote(show) : null,
                DocType.TALK.value().equals(type) ? talk(source, title) : null);
    }

    /** The entity type of a hit. */
    static String type(JsonNode hit) {
        return text(hit.path("_source"), Fields.TYPE);
    }

    private static String title(JsonNode source) {
        Iterator<JsonNode> values = source.path(Fields.TITLE).elements();
        return values.hasNext() ? values.next().asText() : null;
    }

    private static QuoteInfo quote(JsonNode show) {
        List<String> speakers = all(show, Fields.SPEAKER);
        return new QuoteInfo(first(show, Fields.QUOTE_TEXT), speakers.isEmpty() ? null : String.join(" & ", speakers),
                first(show, Fields.QUOTE_SOURCE));
    }

    private static TalkInfo talk(JsonNode source, String title) {
        JsonNode show = source.path(IndexMapping.SHOW);
        List<SpeakerInfo> speakers = SpeakersJson.read(first(show, Fields.TALK_SPEAKERS)).stream()
                .map(s -> new SpeakerInfo(s.name(), s.role(), s.org())).toList();
        String talkTitle = first(show, Fields.TALK_TITLE);
        return new TalkInfo(talkTitle != null ? talkTitle : title, text(source, Fields.TALK_KIND), speakers);
    }

    /** The day the blog shows the date on; in UTC for an index written before that day was kept. */
    private static String date(JsonNode source) {
        String day = first(source.path(IndexMapping.SHOW), Fields.DATE_DAY);
        if (day != null && !day.isBlank()) {
            return day;
        }
        JsonNode millis = source.path(Fields.DATE);
        if (!millis.canConvertToLong()) {
            return null;
        }
        return Instant.ofEpochMilli(millis.asLong()).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.isArray() ? first(node, field) : value.asText();
    }

    private static String first(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray()) {
            return value.isEmpty() ? null : value.get(0).asText();
        }
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<String> all(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
