package io.blogsearch.knowledge.conference;

import io.blogsearch.model.Page;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Evidence that a post reports on an event, and the event's name as its title gives it. */
public final class EventReports {

    /** Words of taxonomy terms that mark event reports: "Conferences", "Conference Reports", "Event", "Meetup". */
    private static final Set<String> EVENT_WORDS = Set.of("conference", "conferences", "event", "events", "meetup",
            "meetups", "summit", "congress", "convention", "kongress", "konferenz");

    /** Trailing title parts that name the post, not the event: "- Day 2", "Recap", "(Recap) Presentation". */
    private static final List<Pattern> TRAILERS = List.of(
            Pattern.compile("[\\s\\-–—:|,]*\\(?\\bDay\\s*#?\\s*\\d+\\)?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("[\\s\\-–—:|,]*\\(?\\bPart\\s*#?\\s*\\d+\\)?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("[\\s\\-–—:|,]*\\(?\\b(?:recap|report|notes|summary|impressions|review|presentation"
                    + "|slides|talk|writeup|write-up|roundup)\\)?$", Pattern.CASE_INSENSITIVE));

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private EventReports() {
    }

    /** True when a taxonomy term of the page names events ("Conferences", "Conference Reports", "Meetup"). */
    public static boolean taggedAsEvent(Page page) {
        return page.taxonomies().values().stream().flatMap(List::stream)
                .flatMap(term -> List.of(NON_LETTERS.split(term.toLowerCase(Locale.ROOT))).stream())
                .anyMatch(EVENT_WORDS::contains);
    }

    /** The event's name from a report's title: "KubeCon Copenhagen 2018 - Day 1" gives "KubeCon Copenhagen 2018". */
    public static String nameFromTitle(String title) {
        String name = title.trim();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Pattern trailer : TRAILERS) {
                String stripped = trailer.matcher(name).replaceFirst("").trim();
                if (!stripped.isEmpty() && !stripped.equals(name)) {
                    name = stripped;
                    changed = true;
                }
            }
        }
        return name;
    }
}
