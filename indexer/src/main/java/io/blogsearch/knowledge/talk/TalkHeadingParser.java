package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a heading names a talk and splits it into kind, title and speakers.
 *
 * <p>Formats: {@code Keynote: Title - Name, Role, Org; Name, Org & Name}, {@code Title - Name (Org) / Name (Org)},
 * {@code Title, Name, Org} under a talks section, {@code Title - Name, Name & Name, Org},
 * {@code Presentation: "Title"}; skill markers ({@code [A]}, {@code (Intermediate Skill Level)}) are dropped.
 * The split point is the first dash after which the rest reads as people, so titles may contain dashes and
 * colons. A heading whose right-hand side is not a list of people ("Step 1 - Download", "etcd - The brain") is
 * not a talk; one that is needs one more piece of evidence: a kind prefix, a talks section, an event report, or a
 * job title after the name. A kind prefix without speakers ("Tutorial: Installing it") names a talk only in an event
 * report or under a talks section.
 */
public final class TalkHeadingParser {

    private static final Pattern SKILL_MARKER = Pattern.compile(
            "\\s*(?:\\[(?:A|I|B|E|Advanced|Intermediate|Beginner|Expert)]"
                    + "|\\((?:[\\p{L} ]+ )?Skill Level\\))", Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND_PREFIX = Pattern.compile("^([^:]{1,40}):\\s+(.+)$");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern QUOTED = Pattern.compile("^[\"“„'‘](.+)[\"”“'’]$");

    private static final Map<String, TalkKind> KIND_WORDS = Map.ofEntries(
            Map.entry("keynote", TalkKind.KEYNOTE), Map.entry("keynotes", TalkKind.KEYNOTE),
            Map.entry("talk", TalkKind.TALK), Map.entry("talks", TalkKind.TALK),
            Map.entry("sessions", TalkKind.TALK),
            Map.entry("presentation", TalkKind.PRESENTATION), Map.entry("presentations", TalkKind.PRESENTATION),
            Map.entry("workshop", TalkKind.WORKSHOP), Map.entry("workshops", TalkKind.WORKSHOP),
            Map.entry("tutorial", TalkKind.WORKSHOP), Map.entry("tutorials", TalkKind.WORKSHOP),
            Map.entry("panel", TalkKind.PANEL), Map.entry("panels", TalkKind.PANEL));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String OPENING_QUOTES = "\"“„'‘";
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern PREFIX_WORDS = Pattern.compile("[\\s+&]+");
    private static final Pattern SECTION_WORD = Pattern.compile(
            "keynote|talk|session|presentation|workshop|tutorial|panel", Pattern.CASE_INSENSITIVE);
    private static final int MAX_SECTION_HEADING = 60;
    private static final Set<String> NEGATIONS = Set.of("not", "no", "without", "my", "our", "your", "after",
            "before");

    private TalkHeadingParser() {
    }

    /** The talk a heading names, or empty when it names none. */
    public static Optional<Talk> parse(String heading, String anchor, HeadingContext context) {
        if (!mayNameTalk(heading, context)) {
            return Optional.empty();
        }
        String cleaned = WHITESPACE.matcher(SKILL_MARKER.matcher(heading).replaceAll("")).replaceAll(" ").trim();
        Matcher prefix = KIND_PREFIX.matcher(cleaned);
        TalkKind prefixKind = prefix.matches() ? kindOfPrefix(prefix.group(1)) : null;
        String text = prefixKind != null ? prefix.group(2).trim() : cleaned;
        TalkKind kind = prefixKind != null ? prefixKind
                : context.sectionKind() != null ? context.sectionKind() : TalkKind.TALK;
        boolean announced = prefixKind != null || context.underTalksSection();
        if (QUOTED.matcher(text).matches()) {
            return announced || context.eventReport()
                    ? Optional.of(new Talk(kind, title(text), List.of(), heading, anchor))
                    : Optional.empty();
        }
        Optional<Talk> split = splitAtDash(text, kind, heading, anchor, context, announced)
                .or(() -> announced ? splitAtComma(text, kind, heading, anchor, context) : Optional.empty());
        if (split.isPresent() || prefixKind == null) {
            return split;
        }
        // "Tutorial: Installing it" is a talk only where talks are reported: any how-to post has such headings
        return context.eventReport() || context.underTalksSection()
                ? Optional.of(new Talk(kind, title(text), List.of(), heading, anchor)) : Optional.empty();
    }

    /**
     * A cheap test that rules out most headings of an archive before any parsing: every talk format needs a
     * dash, a colon (kind prefix), a leading quote, or a comma under a talks section.
     */
    private static boolean mayNameTalk(String heading, HeadingContext context) {
        boolean quoted = !heading.isEmpty() && OPENING_QUOTES.indexOf(heading.charAt(0)) >= 0;
        return quoted || heading.indexOf(':') >= 0 || heading.indexOf(" - ") >= 0 || heading.indexOf(" – ") >= 0
                || heading.indexOf(" — ") >= 0 || (context.underTalksSection() && heading.indexOf(',') >= 0);
    }

    /** The kind a heading announces for the headings under it ("Morning Keynotes", "Talks"), or null. */
    public static TalkKind sectionKind(String heading) {
        if (heading.length() > MAX_SECTION_HEADING || !SECTION_WORD.matcher(heading).find()) {
            return null;
        }
        String[] words = WHITESPACE.split(heading.trim().toLowerCase(Locale.ROOT));
        if (words.length > 4 || heading.contains(":") || heading.contains(" - ")) {
            return null;
        }
        for (String word : words) {
            TalkKind kind = KIND_WORDS.get(word);
            // A plural ("Keynotes") announces a list; a singular only when it is the whole heading ("Keynote").
            if (kind != null && (word.endsWith("s") || words.length == 1)) {
                return kind;
            }
        }
        return null;
    }

    private static Optional<Talk> splitAtDash(String text, TalkKind kind, String heading, String anchor,
                                              HeadingContext context, boolean announced) {
        Matcher dash = DASH.matcher(text);
        while (dash.find()) {
            String left = text.substring(0, dash.start()).trim();
            Optional<List<Speaker>> speakers = SpeakerListParser.parse(text.substring(dash.end()), context::isPerson);
            if (!left.isEmpty() && speakers.isPresent()
                    && (announced || context.eventReport() || hasRole(speakers.get()))) {
                return Optional.of(new Talk(kind, title(left), speakers.get(), heading, anchor));
            }
        }
        return Optional.empty();
    }

    /** "Title, Name, Org": the first comma after which the rest reads as people. */
    private static Optional<Talk> splitAtComma(String text, TalkKind kind, String heading, String anchor,
                                               HeadingContext context) {
        String[] parts = COMMA.split(text);
        for (int i = 1; i < parts.length; i++) {
            if (!context.isPerson(parts[i])) {
                continue;
            }
            String rest = String.join(", ", Arrays.asList(parts).subList(i, parts.length));
            Optional<List<Speaker>> speakers = SpeakerListParser.parse(rest, context::isPerson);
            if (speakers.isPresent()) {
                String left = String.join(", ", Arrays.asList(parts).subList(0, i));
                return Optional.of(new Talk(kind, title(left), speakers.get(), heading, anchor));
            }
        }
        return Optional.empty();
    }

    /** "Keynote", "Lightning Talk", "Opening Remarks + Keynote"; not "Not a talk" or "my talk". */
    static TalkKind kindOfPrefix(String prefix) {
        String[] written = PREFIX_WORDS.split(prefix.trim());
        if (written.length == 0 || written.length > 4) {
            return null;
        }
        for (int i = 0; i < written.length - 1; i++) {
            String word = written[i];
            if (!Character.isUpperCase(word.charAt(0)) || NEGATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        String[] words = PREFIX_WORDS.split(prefix.trim().toLowerCase(Locale.ROOT));
        String last = words[words.length - 1];
        if (last.equals("talk") && words.length > 1 && words[words.length - 2].equals("lightning")) {
            return TalkKind.LIGHTNING;
        }
        return KIND_WORDS.get(last);
    }

    /** The kind a word names ("keynote", "presentations"), or null. */
    static TalkKind kindOfWord(String word) {
        return KIND_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    private static boolean hasRole(List<Speaker> speakers) {
        return speakers.stream().anyMatch(s -> s.role() != null);
    }

    private static String title(String text) {
        String trimmed = text.trim();
        Matcher quoted = QUOTED.matcher(trimmed);
        return quoted.matches() ? quoted.group(1).trim() : trimmed;
    }
}
