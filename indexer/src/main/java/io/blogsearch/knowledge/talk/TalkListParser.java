package io.blogsearch.knowledge.talk;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks listed in a section's text rather than in headings: a title line followed by a line
 * {@code by Name, Org & Name, Org} (as a list item {@code - **[Title](link)**<br> by …<br> date} renders), or, under
 * a heading announcing talks, one line {@code Title by Name, Org}; or a title line followed by a Japanese byline
 * {@code Name（Org）、Name（Org）} ({@link FullWidthByline}). The people must all read as people; the date or room
 * after them is dropped. A list counts as talks when the page reports on an event, the section announces
 * talks, or the section lists at least two such items.
 */
public final class TalkListParser {

    private static final Pattern BY_LINE = Pattern.compile("^(?i:by|presented by|speakers?:)\\s+(\\S.*)$");
    private static final Pattern INLINE_BY = Pattern.compile("^(.{3,}?)\\s+(?i:by)\\s+(\\p{Lu}.*)$");
    private static final Pattern KIND_PREFIX = Pattern.compile("^([^:]{1,40}):\\s+(.+)$");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}\"“„'‘]+");
    private static final Pattern QUOTED = Pattern.compile("^[\"“„'‘](.+)[\"”“'’]$");
    /** What a list item's line may end with before its byline: "Title, by Name" is the title "Title". */
    private static final Pattern TRAILING_JOINER = Pattern.compile("[\\s,;:–—]+$");
    /**
     * A line that describes a talk instead of naming it ("A Conf 2020 presentation by Name"): "a" or "an", at most
     * five words, a kind of talk in lower case (a title would capitalise it: "A Better Keynote"). The title is then
     * the item's line before it.
     */
    private static final Pattern DESCRIPTION = Pattern.compile("^(?i:an?)\\s+(?:\\S+\\s+){0,5}(\\p{Ll}+)$");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final int MIN_ITEMS_WITHOUT_OTHER_EVIDENCE = 2;
    private static final String TABLE_CELLS = " " + ContentExtractor.CELL_SEPARATOR + " ";

    private TalkListParser() {
    }

    /** The talks a section lists, in order, anchored at the section; empty when it lists none. */
    public static List<Talk> parse(Section section, HeadingContext context) {
        String text = section.text();
        if (text == null || text.isEmpty() || !(text.contains("by ") || text.contains("By ")
                || text.indexOf('）') >= 0 || text.indexOf('、') >= 0)) {
            return List.of();
        }
        List<Item> items = items(text.split("\n"), context);
        List<String> bylines = items.stream().map(Item::byline).filter(Objects::nonNull).toList();
        // an organisation named for sure in one item's byline reads the same phrase in another's as one too
        Set<String> organisations = SpeakerListParser.organisations(bylines, context::isPerson);
        List<Talk> talks = new ArrayList<>();
        for (Item item : items) {
            Optional<List<Speaker>> speakers = item.speakers() != null ? Optional.of(item.speakers())
                    : SpeakerListParser.parseByline(item.byline().strip(), context::isPerson, organisations::contains);
            talk(item.titleLine(), speakers, section, context).ifPresent(talks::add);
        }
        boolean evidence = context.eventReport() || context.underTalksSection()
                || talks.size() >= MIN_ITEMS_WITHOUT_OTHER_EVIDENCE;
        return evidence ? talks : List.of();
    }

    /** Each listed item as its title line and its people, as an English byline or as speakers already read. */
    private static List<Item> items(String[] lines, HeadingContext context) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(TABLE_CELLS)) {
                continue; // a table row: see TalkTableParser
            }
            Matcher by = BY_LINE.matcher(lines[i].strip());
            if (by.matches()) {
                if (i > 0 && !BY_LINE.matcher(lines[i - 1].strip()).matches()) {
                    items.add(new Item(lines[i - 1], by.group(1), null));
                }
                continue;
            }
            // two bylines in a row mean one of them is a title shaped like people ("Ana Lima & Bo Berg（対談）"):
            // which one cannot be told, so neither is read
            boolean alone = i > 0 && mayBeTitle(lines[i - 1], context)
                    && (i + 1 == lines.length || FullWidthByline.parse(lines[i + 1], context::isPerson).isEmpty());
            Optional<List<Speaker>> fullWidth = alone ? FullWidthByline.parse(lines[i], context::isPerson)
                    : Optional.empty();
            if (fullWidth.isPresent()) {
                items.add(new Item(lines[i - 1], null, fullWidth.get()));
            } else if (context.underTalksSection()) {
                // one line "Title by Name" is also how image credits read: only under a heading announcing talks
                Matcher inline = INLINE_BY.matcher(lines[i].strip());
                String title = inline.matches() ? inlineTitle(inline.group(1), i > 0 ? lines[i - 1] : null) : null;
                if (title != null) {
                    items.add(new Item(title, inline.group(2), null));
                }
            }
        }
        return items;
    }

    /**
     * The title of a line "Title by Name": the words before "by", unless they only describe the talk ("A Conf 2020
     * presentation"); then the line before, when there is one that is neither a byline nor a table row; else null,
     * as a talk without its title is no talk to list.
     */
    private static String inlineTitle(String before, String previousLine) {
        Matcher description = DESCRIPTION.matcher(before.strip());
        if (!description.matches() || TalkHeadingParser.kindOfWord(description.group(1)) == null) {
            return before;
        }
        String previous = previousLine == null ? "" : previousLine.strip();
        boolean title = !previous.isEmpty() && !previous.contains(TABLE_CELLS) && !BY_LINE.matcher(previous).matches()
                && !INLINE_BY.matcher(previous).matches();
        return title ? previous : null;
    }

    /**
     * A line that may be the title before a Japanese byline: neither a byline itself nor the first line of one that
     * goes on (ending with a joiner).
     */
    private static boolean mayBeTitle(String line, HeadingContext context) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !BY_LINE.matcher(stripped).matches()
                && !stripped.endsWith("、") && !stripped.endsWith("&") && !stripped.endsWith(",")
                && FullWidthByline.parse(stripped, context::isPerson).isEmpty();
    }

    /** The talk of one table row or list item, no organisation known beforehand. */
    static Optional<Talk> talk(String titleLine, String people, Section section, HeadingContext context) {
        return talk(titleLine, SpeakerListParser.parseByline(people.strip(), context::isPerson), section, context);
    }

    private static Optional<Talk> talk(String titleLine, Optional<List<Speaker>> speakers, Section section,
            HeadingContext context) {
        if (speakers.isEmpty() || speakers.get().isEmpty()) {
            return Optional.empty();
        }
        String title = LEADING_SYMBOLS.matcher(withoutTranslation(titleLine.strip())).replaceFirst("");
        TalkKind kind = context.sectionKind() != null ? context.sectionKind() : TalkKind.TALK;
        Matcher prefix = KIND_PREFIX.matcher(title);
        if (prefix.matches()) {
            TalkKind named = TalkHeadingParser.kindOfPrefix(prefix.group(1));
            if (named != null) {
                kind = named;
                title = prefix.group(2).strip();
            }
        }
        title = TRAILING_JOINER.matcher(title).replaceFirst("");
        Matcher quoted = QUOTED.matcher(title);
        title = quoted.matches() ? quoted.group(1).strip() : title;
        if (title.isEmpty() || !title.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Talk(kind, title, speakers.get(), section.heading(), section.anchor()));
    }

    /**
     * The title without a translation written after it in full-width parentheses ("Title（タイトル）"): the note is
     * one when it is in Japanese script and the title before it is not. Any other title is kept as written.
     */
    static String withoutTranslation(String title) {
        if (title.isEmpty() || title.charAt(title.length() - 1) != '）') {
            return title;
        }
        int depth = 0;
        for (int i = title.length() - 1; i >= 0; i--) {
            char c = title.charAt(i);
            depth += c == '）' ? 1 : c == '（' ? -1 : 0;
            if (depth == 0) {
                String before = title.substring(0, i).strip();
                boolean translation = !before.isEmpty() && !JAPANESE.matcher(before).find()
                        && JAPANESE.matcher(title.substring(i)).find();
                return translation ? before : title;
            }
        }
        return title;
    }

    /**
     * One listed item.
     *
     * @param titleLine the line before the people
     * @param byline    the people as an English byline ("Name, Org &amp; Name"), or null when already read
     * @param speakers  the people read from a Japanese byline, or null
     */
    private record Item(String titleLine, String byline, List<Speaker> speakers) {
    }
}
