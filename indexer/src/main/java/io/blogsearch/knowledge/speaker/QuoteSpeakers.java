package io.blogsearch.knowledge.speaker;

import io.blogsearch.model.Quote;
import java.util.ArrayList;
import java.util.List;

/** The people behind one quote attribution: "Ana Lima &amp; Bo Berg" is two speakers, joined again with " &amp; ". */
public final class QuoteSpeakers {

    private static final String HANDLE_PREFIX = "@";

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

    /**
     * The quotes with every speaker known only by a handle ({@code @analima}, from an embedded post whose display
     * name is no person's name) replaced by the person it stands for; a quote whose handle matches nobody is dropped:
     * without a person it is no quote.
     */
    public static List<Quote> resolveHandles(List<Quote> quotes, HandleResolver handles) {
        if (quotes.stream().noneMatch(quote -> quote.speaker() != null && quote.speaker().startsWith(HANDLE_PREFIX))) {
            return quotes;
        }
        List<Quote> resolved = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            if (quote.speaker() == null || !quote.speaker().startsWith(HANDLE_PREFIX)) {
                resolved.add(quote);
                continue;
            }
            String person = handles.resolve(quote.speaker());
            if (person != null) {
                resolved.add(quote.withSpeaker(person));
            }
        }
        return resolved;
    }
}
