package io.blogsearch.knowledge.talk;

import io.blogsearch.knowledge.conference.EventNames;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker's own list of talks: a page titled as a list of talks ("Talks", "My Presentations") by an author who
 * reads as a person. Each heading {@code Conference - Title} or {@code Title (Conference 2019)} is a talk by the
 * author, given at that conference; a {@code Co-Speakers: Name, Name} line in its section adds people. A heading
 * without a conference or co-speakers is no talk (a year, an intro).
 */
public final class OwnTalks {

    private static final Pattern PARENTHESISED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern CO_SPEAKERS = Pattern.compile("(?im)^\\s*co-?speakers?\\s*:\\s*(.+)$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

    private OwnTalks() {
    }

    /** The talks of a speaker's own list of talks, with sections tied to them, or empty when the page is none. */
    public static Optional<TalkSections.Result> detect(Page page, Predicate<String> person) {
        TalkKind kind = page.title() == null ? null : TalkHeadingParser.sectionKind(page.title());
        if (kind == null || page.authors() == null) {
            return Optional.empty();
        }
        List<Speaker> authors = page.authors().stream().filter(person).map(Speaker::named).toList();
        if (authors.isEmpty()) {
            return Optional.empty();
        }
        List<Talk> talks = new ArrayList<>();
        List<Section> tied = new ArrayList<>();
        for (Section section : page.sections()) {
            Optional<Talk> talk = talk(section, kind, authors, person);
            talk.ifPresent(talks::add);
            tied.add(talk.isPresent() ? section.withTalkAnchor(section.anchor()) : section);
        }
        return talks.isEmpty() ? Optional.empty() : Optional.of(new TalkSections.Result(talks, tied));
    }

    private static Optional<Talk> talk(Section section, TalkKind kind, List<Speaker> authors,
                                       Predicate<String> person) {
        String heading = section.heading().strip();
        String title = heading;
        String conference = null;
        Matcher parenthesised = PARENTHESISED.matcher(heading);
        Matcher dash = DASH.matcher(heading);
        if (parenthesised.matches() && EventNames.fromPhrase(parenthesised.group(2)).isPresent()) {
            title = parenthesised.group(1).strip();
            conference = EventNames.fromPhrase(parenthesised.group(2)).get();
        } else if (dash.find()) {
            Optional<String> event = EventNames.fromPhrase(heading.substring(0, dash.start()));
            if (event.isPresent()) {
                title = heading.substring(dash.end()).strip();
                conference = event.get();
            }
        }
        List<Speaker> coSpeakers = coSpeakers(section.text(), person);
        if (conference == null && coSpeakers.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        authors.forEach(author -> speakers.put(author.name(), author));
        coSpeakers.forEach(speaker -> speakers.putIfAbsent(speaker.name(), speaker));
        return Optional.of(new Talk(kind, title, List.copyOf(speakers.values()), section.heading(), section.anchor(),
                conference));
    }

    /** The people of a "Co-Speakers:" line; parts that do not read as people (organisations) are left out. */
    static List<Speaker> coSpeakers(String text, Predicate<String> person) {
        List<Speaker> people = new ArrayList<>();
        Matcher line = CO_SPEAKERS.matcher(text == null ? "" : text);
        if (!line.find()) {
            return people;
        }
        for (String part : NAME_SEPARATORS.split(line.group(1))) {
            String name = part.replaceAll("\\(.*$", "").replaceAll("[*_]", "").strip();
            if (person.test(name)) {
                people.add(Speaker.named(name));
            }
        }
        return people;
    }
}
