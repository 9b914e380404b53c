package io.blogsearch.lucene.hits;

import io.blogsearch.api.Hit;
import io.blogsearch.api.Hit.FigureInfo;
import io.blogsearch.api.Hit.InPostHit;
import io.blogsearch.api.Hit.PostRef;
import io.blogsearch.api.Hit.QuoteInfo;
import io.blogsearch.api.Hit.SpeakerInfo;
import io.blogsearch.api.Hit.TalkInfo;
import io.blogsearch.schema.SpeakersJson;
import io.blogsearch.parse.UrlEscaper;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads the stored fields a hit displays (never the large record or body fields) into an API {@link Hit}. */
final class HitReader {

    private static final Set<String> DISPLAYED = Set.of(Fields.ID, Fields.TYPE, Fields.TITLE, Fields.URL,
            Fields.PATH, Fields.POST_TITLE, Fields.POST_URL, Fields.DATE, Fields.DATE_DAY, Fields.TAG,
            Fields.CONFERENCE, Fields.SPEAKER, Fields.SECTION_HEADING, Fields.QUOTE_TEXT, Fields.QUOTE_SOURCE,
            Fields.FIGURE_IMAGE, Fields.TALK_KIND, Fields.TALK_TITLE, Fields.TALK_SPEAKERS, Fields.LANG);

    private final StoredCache stored;

    HitReader(StoredCache stored) {
        this.stored = stored;
    }

    /** The type stored on a loaded document. */
    static String type(Document d) {
        return d.get(Fields.TYPE);
    }

    /** The displayed stored fields of a document (one block decompression per hit). */
    Document load(int doc) throws IOException {
        return stored.document(doc, DISPLAYED);
    }

    /** The hit for a loaded document, with its snippet, the number of folded hits of its post and those shown. */
    static Hit read(Document d, String snippet, int moreInPost, List<InPostHit> inPost) {
        String type = d.get(Fields.TYPE);
        String title = d.get(Fields.TITLE);
        String date = date(d);
        List<String> speakers = Arrays.asList(d.getValues(Fields.SPEAKER));
        // escaped again on the way out: an index built before URLs were escaped may still hold raw characters
        return new Hit(type, d.get(Fields.ID), title, UrlEscaper.escape(d.get(Fields.URL)), d.get(Fields.PATH),
                new PostRef(d.get(Fields.POST_TITLE), UrlEscaper.escape(d.get(Fields.POST_URL)), date), date,
                Arrays.asList(d.getValues(Fields.TAG)), d.get(Fields.CONFERENCE), speakers,
                snippet == null ? "" : snippet, d.get(Fields.SECTION_HEADING), moreInPost,
                DocType.QUOTE.value().equals(type) ? quote(d) : null,
                DocType.FIGURE.value().equals(type) ? new FigureInfo(title,
                        UrlEscaper.escape(d.get(Fields.FIGURE_IMAGE))) : null,
                DocType.TALK.value().equals(type) ? talk(d) : null, d.get(Fields.LANG), inPost);
    }

    /** A folded quote, talk or section of a post, as shown under the post's card. */
    static InPostHit readShown(Document d, String snippet) {
        String type = d.get(Fields.TYPE);
        return new InPostHit(type, d.get(Fields.ID), d.get(Fields.TITLE), UrlEscaper.escape(d.get(Fields.URL)),
                snippet == null ? "" : snippet, d.get(Fields.SECTION_HEADING),
                DocType.QUOTE.value().equals(type) ? quote(d) : null,
                DocType.TALK.value().equals(type) ? talk(d) : null);
    }

    private static QuoteInfo quote(Document d) {
        String[] speakers = d.getValues(Fields.SPEAKER);
        return new QuoteInfo(d.get(Fields.QUOTE_TEXT), speakers.length == 0 ? null : String.join(" & ", speakers),
                d.get(Fields.QUOTE_SOURCE));
    }

    private static TalkInfo talk(Document d) {
        List<SpeakerInfo> speakers = SpeakersJson.read(d.get(Fields.TALK_SPEAKERS)).stream()
                .map(s -> new SpeakerInfo(s.name(), s.role(), s.org())).toList();
        String title = d.get(Fields.TALK_TITLE) != null ? d.get(Fields.TALK_TITLE) : d.get(Fields.TITLE);
        return new TalkInfo(title, d.get(Fields.TALK_KIND), speakers);
    }

    /** The day the blog shows the date on; in UTC for an index written before that day was stored. */
    private static String date(Document d) {
        String day = d.get(Fields.DATE_DAY);
        if (day != null) {
            return day;
        }
        IndexableField field = d.getField(Fields.DATE);
        if (field == null || field.numericValue() == null) {
            return null;
        }
        return Instant.ofEpochMilli(field.numericValue().longValue()).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
