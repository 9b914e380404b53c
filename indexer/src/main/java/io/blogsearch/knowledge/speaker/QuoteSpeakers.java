package io.blogsearch.knowledge.speaker;

import io.blogsearch.model.Quote;
import java.util.List;

/** The people behind one quote attribution: "Ana Lima &amp; Bo Berg" is two speakers, joined again with " &amp; ". */
public final class QuoteSpeakers {

    private QuoteSpeakers() {
    }

    /** Each person of an attribution; a single name gives itself. */
    public static List<String> split(String attribution) {
        return new Quote("", attribution, null).speakers();
    }

    /** The attribution for several people. */
    public static String join(List<String> names) {
        return String.join(Quote.SPEAKER_JOINER, names);
    }
}
