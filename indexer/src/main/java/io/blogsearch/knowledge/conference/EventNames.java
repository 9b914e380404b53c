package io.blogsearch.knowledge.conference;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name of an event in a post's title or first paragraph, and says nothing when the evidence is weak.
 * An event name is a short run of capitalised words with an edition year ("KubeCon EU 2022", "PromCon 2017",
 * "FOSDEM'20 Brussels", "Harbour Days Oslo 2019"), never a sentence, a date ("March 2024") or a thing that only has
 * a year (awards, release notes, meetings, surveys). Words around it that say what the post does ("Announcing",
 * "Recap of", "Guide to", "… at", "Wrap-Up", "Day 2") are not part of it.
 */
public final class EventNames {

    private static final int MAX_WORDS = 6;
    /** An edition: "2019", "'19", or a name with its year glued on ("FOSDEM19", "FOSDEM'20"). */
    private static final Pattern EDITION = Pattern.compile(
            "^(?:(?:19|20)\\d\\d|['’]\\d\\d|\\p{L}[\\p{L}\\-]*['’]?(?:19|20)?\\d\\d)[!.,]?$");
    /** Where a title says the post was written at an event: "… at KubeCon EU 2022", "… @ PromCon 2017". */
    private static final Pattern AT = Pattern.compile("(?:^|\\s)(?i:(at|@|from))\\s+(?i:the\\s+)?(\\p{Lu}.*)$");
    /** Parts of titles that separate what the post is from what it is about. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|]\\s+|:\\s+|\\s*[!?]+\\s*$"
            // a run of CJK text ends a Latin-script name: "RopeCon 2031で、…"
            + "|\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}、。，：！？「」（）]+\\s*");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:announcing|introducing|recap(?:ping)?(?: of)?"
            + "|report(?:ing)? (?:from|on)|highlights (?:from|of)|notes (?:from|on)|welcome to|see you at"
            + "|join us at|meet us at|guide to|a guide to|the|our|my|day\\s*#?\\d+ (?:at|of))\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?i)[\\s\\-–—:|,(]*(?:wrap[- ]?up|recap|roundup|"
            + "round-up|report|summary|highlights|review|retrospective|impressions|notes|takeaways|day\\s*#?\\d+|"
            + "part\\s*#?\\d+|edition|presentation|slides|talks?)\\)?[!.]*$");
    /** Words that name events, for titles that give no other sign the post is about one. */
    private static final Pattern EVENT_WORD = Pattern.compile("(?i)\\p{L}+con\\b|\\b(?:summit|conference|conf|"
            + "days?|fest|festival|camp|meetup|forum|expo|congress|kongress|konferenz|symposium|hackathon|"
            + "devroom|unconference|week)\\b");
    /** Words of things that have a year but are no events. */
    private static final Set<String> NOT_EVENT_WORDS = Set.of("release", "releases", "version", "award", "awards",
            "meeting", "meetings", "survey", "roadmap", "newsletter", "update", "updates", "changelog", "tutorial",
            "announcement", "year", "review", "state", "report", "results", "budget", "plan", "goals", "women's",
            "international", "holiday", "holidays", "cohort", "internship", "mentorship");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DATING = Set.of("in", "of", "since", "until", "for", "from", "by");
    private static final Set<String> CONNECTORS = Set.of("+", "&", "x", "and", "de", "of", "on", "in", "der", "the");

    private EventNames() {
    }

    /**
     * The event a title names.
     *
     * @param title        the post's title
     * @param eventReport  whether the post's taxonomies mark it as an event report (then an event-like name with a
     *                     year is enough; otherwise the title must say "at" the event or name an event word)
     */
    public static Optional<String> fromTitle(String title, boolean eventReport) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String text = title.strip().replaceAll("\\s+", " ");
        Matcher at = AT.matcher(text);
        if (at.find()) {
            // "at"/"@" an event is evidence enough; "from" also starts "Lessons from Production 2031"
            Optional<String> named = candidate(at.group(2), at.group(1).equalsIgnoreCase("from"));
            if (named.isPresent()) {
                return named;
            }
        }
        for (String segment : SEPARATOR.split(text)) {
            Optional<String> named = candidate(segment, !eventReport);
            if (named.isPresent()) {
                return named;
            }
        }
        return candidate(text, !eventReport);
    }

    /** The event a post's first paragraph says it was written at ("… at KubeCon EU 2022 …"), or empty. */
    public static Optional<String> fromFirstParagraph(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        Matcher at = Pattern.compile("(?:^|\\s)(?:at|@)\\s+(?:the\\s+)?(\\p{Lu}[^.,;!?()]*?(?:19|20)\\d\\d)\\b")
                .matcher(paragraph);
        while (at.find()) {
            Optional<String> named = candidate(at.group(1), true);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** The event a short phrase names ("RopeCon EU 2031", "Day 2 at RopeCon 2031"), or empty. */
    public static Optional<String> fromPhrase(String phrase) {
        return phrase == null ? Optional.empty() : candidate(phrase, false);
    }

    /** The event name a piece of title is, with leading and trailing report words removed, or empty. */
    static Optional<String> candidate(String piece, boolean needsEventWord) {
        String name = piece.strip();
        String previous;
        do {
            previous = name;
            name = LEADING.matcher(name).replaceFirst("");
            name = TRAILING.matcher(name).replaceFirst("").strip();
            name = name.replaceAll("^[\\s\\-–—:|,(]+|[\\s\\-–—:|,!.]+$", "");
        } while (!name.equals(previous) && !name.isEmpty());
        if (!looksLikeEventName(name) || (needsEventWord && !EVENT_WORD.matcher(name).find())) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static boolean hasLetters(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 3;
    }

    private static boolean looksLikeEventName(String name) {
        String[] words = name.split(" ");
        if (name.isEmpty() || words.length > MAX_WORDS || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        boolean year = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (NOT_EVENT_WORDS.contains(lower) || MONTHS.contains(lower)) {
                return false;
            }
            // "in 2031" dates the post; an edition follows the name ("RopeCon 2031")
            boolean edition = EDITION.matcher(word).matches() && !(i > 0 && DATING.contains(words[i - 1]));
            year |= edition;
            boolean capitalised = Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))
                    || word.startsWith("'") || word.startsWith("’");
            if (!edition && !capitalised && !(i > 0 && CONNECTORS.contains(lower))) {
                return false;
            }
        }
        return year && hasLetters(name);
    }
}
