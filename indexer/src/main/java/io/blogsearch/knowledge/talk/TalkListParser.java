package io.blogsearch.knowledge.talk;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks listed in a section's text rather than in headings: a title line followed by a line
 * {@code by Name, Org & Name, Org} (as a list item {@code - **[Title](link)**<br> by …<br> date} renders), or, under
 * a heading announcing talks, one line {@code Title by Name, Org}. The people must all read as people; the date or
 * room after them is dropped. A list counts as talks when the page reports on an event, the section announces
 * talks, or the section lists at least two such items.
 */
public final class TalkListParser {

    private static final Pattern BY_LINE = Pattern.compile("^(?i:by|presented by|speakers?:)\\s+(\\S.*)$");
    private static final Pattern INLINE_BY = Pattern.compile("^(.{3,}?)\\s+(?i:by)\\s+(\\p{Lu}.*)$");
    private static final Pattern KIND_PREFIX = Pattern.compile("^([^:]{1,40}):\\s+(.+)$");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}\"“„'‘]+");
    private static final Pattern QUOTED = Pattern.compile("^[\"“„'‘](.+)[\"”“'’]$");
    private static final int MIN_ITEMS_WITHOUT_OTHER_EVIDENCE = 2;
    private static final String TABLE_CELLS = " " + ContentExtractor.CELL_SEPARATOR + " ";

    private TalkListParser() {
    }

    /** The talks a section lists, in order, anchored at the section; empty when it lists none. */
    public static List<Talk> parse(Section section, HeadingContext context) {
        String text = section.text();
        if (text == null || text.isEmpty() || !(text.contains("by ") || text.contains("By "))) {
            return List.of();
        }
        List<String[]> items = items(text.split("\n"), context);
        List<String> bylines = items.stream().map(item -> item[1]).toList();
        // an organisation named for sure in one item's byline reads the same phrase in another's as one too
        Set<String> organisations = SpeakerListParser.organisations(bylines, context::isPerson);
        List<Talk> talks = new ArrayList<>();
        for (String[] item : items) {
            talk(item[0], item[1], section, context, organisations::contains).ifPresent(talks::add);
        }
        boolean evidence = context.eventReport() || context.underTalksSection()
                || talks.size() >= MIN_ITEMS_WITHOUT_OTHER_EVIDENCE;
        return evidence ? talks : List.of();
    }

    /** Each listed item as its title line and its people: {@code [title, people]}. */
    private static List<String[]> items(String[] lines, HeadingContext context) {
        List<String[]> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(TABLE_CELLS)) {
                continue; // a table row: see TalkTableParser
            }
            Matcher by = BY_LINE.matcher(lines[i].strip());
            if (by.matches() && i > 0 && !BY_LINE.matcher(lines[i - 1].strip()).matches()) {
                items.add(new String[] {lines[i - 1], by.group(1)});
            } else if (!by.matches() && context.underTalksSection()) {
                // one line "Title by Name" is also how image credits read: only under a heading announcing talks
                Matcher inline = INLINE_BY.matcher(lines[i].strip());
                if (inline.matches()) {
                    items.add(new String[] {inline.group(1), inline.group(2)});
                }
            }
        }
        return items;
    }

    /** The talk of one table row or list item, no organisation known beforehand. */
    static Optional<Talk> talk(String titleLine, String people, Section section, HeadingContext context) {
        return talk(titleLine, people, section, context, phrase -> false);
    }

    private static Optional<Talk> talk(String titleLine, String people, Section section, HeadingContext context,
            Predicate<String> knownOrg) {
        Optional<List<Speaker>> speakers = SpeakerListParser.parseByline(people.strip(), context::isPerson,
                knownOrg);
        if (speakers.isEmpty() || speakers.get().isEmpty()) {
            return Optional.empty();
        }
        String title = LEADING_SYMBOLS.matcher(titleLine.strip()).replaceFirst("");
        TalkKind kind = context.sectionKind() != null ? context.sectionKind() : TalkKind.TALK;
        Matcher prefix = KIND_PREFIX.matcher(title);
        if (prefix.matches()) {
            TalkKind named = TalkHeadingParser.kindOfPrefix(prefix.group(1));
            if (named != null) {
                kind = named;
                title = prefix.group(2).strip();
            }
        }
        Matcher quoted = QUOTED.matcher(title);
        title = quoted.matches() ? quoted.group(1).strip() : title;
        if (title.isEmpty() || !title.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Talk(kind, title, speakers.get(), section.heading(), section.anchor()));
    }
}
