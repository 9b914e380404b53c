package io.blogsearch.knowledge.talk;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.model.Section;
import io.blogsearch.model.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Talks in a table: a row with a title cell followed by a cell of people ({@code Title | Name, Org & Name | Date}).
 * Tables list many things by people (maintainers, owners, books), so a table counts only when its header names
 * talks or speakers ("Talk", "Session", "Speakers", "Presenter") or the page reports on an event under a heading
 * announcing talks.
 */
public final class TalkTableParser {

    private static final String SEPARATOR = " " + ContentExtractor.CELL_SEPARATOR + " ";
    private static final Pattern CELLS = Pattern.compile("\\s" + Pattern.quote(ContentExtractor.CELL_SEPARATOR)
            + "\\s");
    private static final Pattern TALK_HEADER = Pattern.compile("(?i)\\b(?:speakers?|presenters?|keynotes?|talks?|"
            + "sessions?|presentations?|workshops?|panels?)\\b");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");

    private TalkTableParser() {
    }

    /** The talks the tables of a section list, in order, anchored at the section. */
    public static List<Talk> parse(Section section, HeadingContext context) {
        String text = section.text();
        List<Talk> talks = new ArrayList<>();
        if (text == null || !text.contains(SEPARATOR)) {
            return talks;
        }
        boolean inTable = false;
        boolean talkTable = false;
        for (String line : text.split("\n")) {
            if (!line.contains(SEPARATOR)) {
                inTable = false;
                continue;
            }
            if (!inTable) {
                inTable = true; // the header row
                talkTable = TALK_HEADER.matcher(line).find()
                        || (context.eventReport() && context.underTalksSection());
                continue;
            }
            if (talkTable) {
                row(CELLS.split(line), section, context).ifPresent(talks::add);
            }
        }
        return talks;
    }

    /** The talk of one row: the first cell of people, titled by the cell before it. */
    private static Optional<Talk> row(String[] cells, Section section, HeadingContext context) {
        for (int i = 1; i < cells.length; i++) {
            String people = BY.matcher(cells[i].strip()).replaceFirst("");
            if (people.isEmpty() || SpeakerListParser.parseByline(people, context::isPerson).isEmpty()) {
                continue;
            }
            return TalkListParser.talk(cells[i - 1], people, section, context);
        }
        return Optional.empty();
    }
}
