package io.blogsearch.knowledge.conference;

import io.blogsearch.model.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** The words a trailer can end with: a title ending otherwise (nor in a digit or ')') keeps its regexes idle. */
    private static final List<String> TRAILER_WORDS = List.of("recap", "report", "notes", "summary", "impressions",
            "review", "presentation", "slides", "talk", "writeup", "write-up", "roundup");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Whether a taxonomy term names events, by term: a site has a few hundred terms on thousands of pages. */
    private static final Map<String, Boolean> EVENT_TERMS = new ConcurrentHashMap<>();
    private static final int MAX_TERMS_REMEMBERED = 10_000;

    private EventReports() {
    }

    /** True when a taxonomy term of the page names events ("Conferences", "Conference Reports", "Meetup"). */
    public static boolean taggedAsEvent(Page page) {
        for (List<String> terms : page.taxonomies().values()) {
            for (String term : terms) {
                Boolean known = EVENT_TERMS.get(term);
                boolean event = known != null ? known : namesEvents(term);
                if (known == null && EVENT_TERMS.size() < MAX_TERMS_REMEMBERED) {
                    EVENT_TERMS.put(term, event);
                }
                if (event) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesEvents(String term) {
        for (String word : NON_LETTERS.split(term.toLowerCase(Locale.ROOT))) {
            if (EVENT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The event's name from a report's title: "KubeCon Copenhagen 2018 - Day 1" gives "KubeCon Copenhagen 2018". */
    public static String nameFromTitle(String title) {
        String name = title.trim();
        boolean changed = true;
        while (changed && mayEndInTrailer(name)) {
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

    private static boolean mayEndInTrailer(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        if (Character.isDigit(last) || last == ')') {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return TRAILER_WORDS.stream().anyMatch(lower::endsWith);
    }
}
