package io.blogsearch.extract;

import io.blogsearch.model.Quote;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Embedded tweets ({@code <blockquote class="twitter-tweet">}) as quotes by their author: the words are the tweet's
 * paragraph, the author the display name after the dash ({@code &mdash; Ana Lima (@analima)}), the source the
 * tweet's own link. A display name that does not read as a person's name is kept as its {@code @handle}, for the
 * archive-wide step to match against the people it knows (see {@link #HANDLE_PREFIX}).
 */
public final class TweetQuotes {

    /** A speaker that is only a handle starts with this; it is resolved to a known person or dropped later. */
    public static final String HANDLE_PREFIX = "@";
    private static final Pattern BYLINE = Pattern.compile("[—–]\\s*(.+?)\\s*\\(@(\\w{1,30})\\)");

    private TweetQuotes() {
    }

    /** The quote an embedded tweet holds, or empty when it has no words or no author. */
    static Optional<Quote> extract(Element tweet, String sectionAnchor) {
        Element words = tweet.selectFirst("> p");
        Matcher byline = BYLINE.matcher(tweet.ownText());
        if (words == null || !byline.find()) {
            return Optional.empty();
        }
        String speaker = QuoteAttribution.speakers(byline.group(1));
        if (speaker == null) {
            speaker = HANDLE_PREFIX + byline.group(2);
        }
        Element link = tweet.selectFirst("> a[href*=/status/]");
        String source = link == null ? null : link.attr("href").replaceAll("\\?.*$", "");
        String text = QuoteText.written(QuoteText.of(words));
        return text.isEmpty() ? Optional.empty() : Optional.of(new Quote(text, speaker, sectionAnchor, source));
    }
}
