package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the speaker part of a talk heading ("Name, Role, Org; Name, Org &amp; Name", "Name (Org) / Name (Org)",
 * "Name, Name &amp; Name, Org") into speakers, or nothing when any part does not read as a person.
 */
public final class SpeakerListParser {

    private static final Pattern LEAD_IN = Pattern.compile("^(?i:presented by|hosted by|by|with)\\s+");
    private static final Pattern PARENTHESISED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** "&amp;" and "and" join people, but also appear inside roles ("VP &amp; GM"); see {@link #chunks}. */
    private static final Pattern JOINER = Pattern.compile("\\s+(?:&|and)\\s+");
    private static final Pattern GROUPS = Pattern.compile("\\s*;\\s*");
    private static final Pattern PARENTHESISED_JOINER = Pattern.compile("\\s+(?:/|&|and|,)\\s+");

    private SpeakerListParser() {
    }

    /** The speakers named by the text, judged by name shape alone. */
    public static Optional<List<Speaker>> parse(String text) {
        return parse(text, NameShape::isPersonName);
    }

    /**
     * The speakers named by the text, in order, or empty when it is not a list of people.
     *
     * @param person decides whether a phrase is a person's name (name shape, or a name the site config adds)
     */
    public static Optional<List<Speaker>> parse(String text, Predicate<String> person) {
        return parse(text, person, true);
    }

    /**
     * The speakers of a schedule's byline ("Name, Org &amp; Name, Org; Name, Org"): there, what follows a name and a
     * comma is the organisation even when it reads like a name ("Ana Lima, Red Hat &amp; Bo Berg, Aiven").
     */
    public static Optional<List<Speaker>> parseByline(String text, Predicate<String> person) {
        return parse(text, person, false);
    }

    private static Optional<List<Speaker>> parse(String text, Predicate<String> person, boolean namesBeforeJoiner) {
        String rest = LEAD_IN.matcher(text.trim()).replaceFirst("");
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.endsWith(")")) {
            Optional<List<Speaker>> parenthesised = parenthesised(rest, person);
            if (parenthesised.isPresent()) {
                return parenthesised;
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        for (String group : GROUPS.split(rest)) {
            Optional<List<Speaker>> parsed = group(group, person, namesBeforeJoiner);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            speakers.addAll(parsed.get());
        }
        return Optional.of(speakers);
    }

    /** "Name (Org) / Name (Org)" or "Name (Org) &amp; Name (Org)". */
    private static Optional<List<Speaker>> parenthesised(String text, Predicate<String> person) {
        List<Speaker> speakers = new ArrayList<>();
        for (String part : PARENTHESISED_JOINER.split(text)) {
            Matcher matcher = PARENTHESISED.matcher(part.trim());
            String name = matcher.matches() ? matcher.group(1).trim() : part.trim();
            if (!person.test(name)) {
                return Optional.empty();
            }
            speakers.add(new Speaker(name, null, matcher.matches() ? matcher.group(2).trim() : null));
        }
        return Optional.of(speakers);
    }

    /** One ";"-separated group: people joined by "&amp;"/"and", the last ones possibly sharing an organisation. */
    private static Optional<List<Speaker>> group(String group, Predicate<String> person, boolean namesBeforeJoiner) {
        List<List<String>> chunks = chunks(group, person);
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> elements = chunks.get(i);
            boolean beforeJoiner = i < chunks.size() - 1;
            if (namesBeforeJoiner && beforeJoiner && elements.size() > 1 && allNames(elements, person)) {
                // "Bassam Tabbara, Tony Allen & Jared Watts, Upbound": a list of names before the last "&".
                elements.forEach(name -> speakers.add(Speaker.named(name)));
            } else if (elements.size() > 2 && person.test(elements.get(1))
                    && !NameShape.isRole(elements.get(1))) {
                // "Bake Bread Faster, Otto Brenner, Fellow, Org": a second name where a role belongs means the
                // first element was the end of a title, not a person.
                return Optional.empty();
            } else {
                speakers.add(Affiliation.speaker(elements));
            }
        }
        return Optional.of(shareOrganisation(speakers));
    }

    /** Splits at joiners, gluing back a piece that does not start with a name ("VP, Group &amp; GM, Center"). */
    private static List<List<String>> chunks(String group, Predicate<String> person) {
        List<List<String>> chunks = new ArrayList<>();
        Matcher joiner = JOINER.matcher(group);
        int start = 0;
        List<String> pieces = new ArrayList<>();
        List<String> glue = new ArrayList<>();
        while (joiner.find()) {
            pieces.add(group.substring(start, joiner.start()));
            glue.add(joiner.group());
            start = joiner.end();
        }
        pieces.add(group.substring(start));
        StringBuilder current = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            if (person.test(Affiliation.elements(pieces.get(i)).get(0))) {
                chunks.add(Affiliation.elements(current.toString()));
                current = new StringBuilder(pieces.get(i));
            } else {
                current.append(glue.get(i - 1)).append(pieces.get(i));
            }
        }
        chunks.add(Affiliation.elements(current.toString()));
        for (List<String> chunk : chunks) {
            if (chunk.isEmpty() || !person.test(chunk.get(0))) {
                return List.of();
            }
        }
        return chunks;
    }

    private static boolean allNames(List<String> elements, Predicate<String> person) {
        return elements.stream().allMatch(e -> person.test(e) && !NameShape.isRole(e));
    }

    /** "Chen Goldberg &amp; Anthony Yeh, Google": people named without an organisation share the last one's. */
    private static List<Speaker> shareOrganisation(List<Speaker> speakers) {
        Speaker last = speakers.get(speakers.size() - 1);
        if (last.org() == null || last.role() != null) {
            return speakers;
        }
        List<Speaker> shared = new ArrayList<>();
        for (Speaker speaker : speakers) {
            boolean bare = speaker.role() == null && speaker.org() == null;
            shared.add(bare ? new Speaker(speaker.name(), null, last.org()) : speaker);
        }
        return shared;
    }
}
