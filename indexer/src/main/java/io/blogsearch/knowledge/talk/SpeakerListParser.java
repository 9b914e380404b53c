package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        return parse(text, person, new Mode(true, phrase -> false));
    }

    /**
     * The speakers of a schedule's byline ("Name, Org &amp; Name, Org; Name, Org"): there, what follows a name and a
     * comma is the organisation even when it reads like a name ("Ana Lima, Red Hat; Bo Berg, Aiven"). Before an
     * "&amp;" or "and" that is only so when the phrase is a known organisation: "Ana Lima, Bo Berg and Cy Dahl, Org"
     * lists three people, "Ana Lima, Red Hat and Cy Dahl, Org" two, and shape cannot tell them apart.
     *
     * @param knownOrg whether a phrase is seen as an organisation where nothing else could stand (see
     *                 {@link #organisations})
     */
    public static Optional<List<Speaker>> parseByline(String text, Predicate<String> person,
            Predicate<String> knownOrg) {
        return parse(text, person, new Mode(false, knownOrg));
    }

    /** A byline read with no organisation known beforehand. */
    public static Optional<List<Speaker>> parseByline(String text, Predicate<String> person) {
        return parseByline(text, person, phrase -> false);
    }

    /** The organisations the bylines name for sure, to read the ambiguous ones of the same page section. */
    public static Set<String> organisations(List<String> bylines, Predicate<String> person) {
        Set<String> organisations = new HashSet<>();
        for (String byline : bylines) {
            parseByline(byline, person).ifPresent(speakers -> speakers.stream().map(Speaker::org)
                    .filter(Objects::nonNull).forEach(organisations::add));
        }
        return organisations;
    }

    private static Optional<List<Speaker>> parse(String text, Predicate<String> person, Mode mode) {
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
            Optional<List<Speaker>> parsed = group(group, person, mode);
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
    private static Optional<List<Speaker>> group(String group, Predicate<String> person, Mode mode) {
        List<List<String>> chunks = chunks(group, person);
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        List<Speaker> speakers = new ArrayList<>();
        List<Speaker> listed = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> elements = chunks.get(i);
            boolean beforeJoiner = i < chunks.size() - 1;
            if (mode.namesBeforeJoiner() && beforeJoiner && elements.size() > 1 && allNames(elements, person)) {
                // "Bassam Tabbara, Tony Allen & Jared Watts, Upbound": a list of names before the last "&".
                elements.forEach(name -> speakers.add(Speaker.named(name)));
                listed.addAll(speakers.subList(speakers.size() - elements.size(), speakers.size()));
            } else if (elements.size() > 2 && isName(elements.get(1), person)) {
                // "Bake Bread Faster, Otto Brenner, Fellow, Org": a second name where a role belongs means the
                // first element was the end of a title, not a person.
                return Optional.empty();
            } else if (elements.size() > 3 && nameInRolePosition(elements, person)) {
                // "Ana Lima, Org, Bo Berg, Org": pairs, never one person whose role holds another's name
                speakers.addAll(pairs(elements, person));
            } else if (!mode.namesBeforeJoiner() && beforeJoiner && elements.size() == 2
                    && isName(elements.get(1), person) && !mode.knownOrg().test(elements.get(1))) {
                // a name-shaped phrase after a name, before "and": a person or an organisation, so neither
                speakers.add(Speaker.named(elements.get(0)));
            } else {
                Speaker speaker = Affiliation.speaker(elements);
                speakers.add(speaker);
                if (elements.size() == 1) {
                    listed.add(speaker);
                }
            }
        }
        return Optional.of(shareOrganisation(speakers, listed));
    }

    /**
     * "Ana Lima, Org, Bo Berg, Org, Cy Dahl, Org" read as name and organisation pairs when it alternates plainly;
     * else only its first person, without role or organisation, rather than a guess.
     */
    private static List<Speaker> pairs(List<String> elements, Predicate<String> person) {
        List<Speaker> pairs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i += 2) {
            boolean alternates = i + 1 < elements.size() && isName(elements.get(i), person)
                    && !person.test(elements.get(i + 1));
            if (!alternates) {
                return List.of(Speaker.named(elements.get(0)));
            }
            pairs.add(Affiliation.speaker(List.of(elements.get(i), elements.get(i + 1))));
        }
        return pairs;
    }

    /**
     * A name between the second and the last element (the last may be "Red Hat") right after something that is no
     * role: "Org, Name" starts another person, "GM, River Lab" only names where the role is held.
     */
    private static boolean nameInRolePosition(List<String> elements, Predicate<String> person) {
        for (int i = 2; i < elements.size() - 1; i++) {
            if (isName(elements.get(i), person) && !NameShape.isRole(elements.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String phrase, Predicate<String> person) {
        return person.test(phrase) && !NameShape.isRole(phrase);
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

    /**
     * "Chen Goldberg &amp; Anthony Yeh, Google": people listed by name alone share the last one's organisation;
     * a person left bare because the rest could not be read with confidence shares nothing.
     */
    private static List<Speaker> shareOrganisation(List<Speaker> speakers, List<Speaker> listed) {
        Speaker last = speakers.get(speakers.size() - 1);
        if (last.org() == null || last.role() != null) {
            return speakers;
        }
        List<Speaker> shared = new ArrayList<>();
        for (Speaker speaker : speakers) {
            boolean bare = listed.stream().anyMatch(s -> s == speaker) && speaker.org() == null
                    && speaker.role() == null;
            shared.add(bare ? new Speaker(speaker.name(), null, last.org()) : speaker);
        }
        return shared;
    }

    /** How a text is read: a heading's speaker list or a byline, and which organisations are known. */
    private record Mode(boolean namesBeforeJoiner, Predicate<String> knownOrg) {
    }
}
