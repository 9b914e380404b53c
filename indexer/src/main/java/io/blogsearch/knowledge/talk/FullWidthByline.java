package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a byline written the Japanese way, without "by": {@code Name（Org）、Name（Role, Org）& Name（Org）}.
 * Full-width parentheses enclose each person's affiliation, read like the elements after a name in an English
 * byline; "、" and "&amp;" join people. A name before "&amp;" with no affiliation of its own shares the next
 * person's organisation ("Ana Lima &amp; Bo Berg（Org）"), as in "Ana Lima &amp; Bo Berg, Org". Every name must
 * read as a person; an affiliation element with no Latin letter is left out, since role words cannot tell whether it
 * names a job or an organisation.
 */
final class FullWidthByline {

    private static final char OPEN = '（';
    private static final char CLOSE = '）';
    private static final char LIST_COMMA = '、';
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    private FullWidthByline() {
    }

    /**
     * The speakers of a line in this form, or empty when it is not one: a line of people only, with at least one
     * full-width parenthesis or "、" so that a bare name ("Ana Lima") is never taken for a byline, and naming two
     * people or one with a readable affiliation.
     */
    static Optional<List<Speaker>> parse(String line, Predicate<String> person) {
        String text = line.strip();
        if (text.indexOf(OPEN) < 0 && text.indexOf(LIST_COMMA) < 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<Character> joiners = new ArrayList<>();
        if (!split(text, parts, joiners)) {
            return Optional.empty();
        }
        List<Speaker> speakers = new ArrayList<>();
        for (String part : parts) {
            Optional<Speaker> speaker = speaker(part, person);
            if (speaker.isEmpty()) {
                return Optional.empty();
            }
            speakers.add(speaker.get());
        }
        // "Knots Under Load（荷重下の結び目）" is a title with its translation, shaped like one person whose
        // affiliation is left out: a byline names two people or an affiliation that can be read
        boolean readable = speakers.size() > 1 || speakers.get(0).org() != null || speakers.get(0).role() != null;
        return readable ? Optional.of(shareOrganisation(speakers, parts, joiners)) : Optional.empty();
    }

    /** Splits at "、" and "&amp;" outside parentheses; false when a part is empty or a parenthesis unbalanced. */
    private static boolean split(String text, List<String> parts, List<Character> joiners) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                depth++;
            } else if (c == CLOSE && --depth < 0) {
                return false;
            } else if (depth == 0 && (c == LIST_COMMA || c == '&' || c == '＆')) {
                parts.add(text.substring(start, i).strip());
                joiners.add(c == LIST_COMMA ? LIST_COMMA : '&');
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return depth == 0 && parts.stream().noneMatch(String::isEmpty);
    }

    /** "Name" or "Name（Role, Org）"; empty when the name is no person's or text follows the parentheses. */
    private static Optional<Speaker> speaker(String part, Predicate<String> person) {
        int open = part.indexOf(OPEN);
        String name = open < 0 ? part : part.substring(0, open).strip();
        if (!person.test(name)) {
            return Optional.empty();
        }
        if (open < 0) {
            return Optional.of(Speaker.named(name));
        }
        if (part.charAt(part.length() - 1) != CLOSE || part.indexOf(OPEN, open + 1) >= 0) {
            return Optional.empty();
        }
        List<String> elements = new ArrayList<>();
        elements.add(name);
        Affiliation.elements(part.substring(open + 1, part.length() - 1)).stream()
                .filter(element -> LATIN.matcher(element).find()).forEach(elements::add);
        return Optional.of(Affiliation.speaker(elements));
    }

    /**
     * Names written without parentheses and joined by "&amp;" to a person with an organisation and no role take
     * that organisation; one whose affiliation was left out shares nothing.
     */
    private static List<Speaker> shareOrganisation(List<Speaker> speakers, List<String> parts,
            List<Character> joiners) {
        List<Speaker> shared = new ArrayList<>(speakers);
        for (int i = shared.size() - 2; i >= 0; i--) {
            Speaker speaker = shared.get(i);
            Speaker next = shared.get(i + 1);
            boolean plain = parts.get(i).indexOf(OPEN) < 0;
            if (plain && joiners.get(i) == '&' && next.org() != null && next.role() == null) {
                shared.set(i, new Speaker(speaker.name(), null, next.org()));
            }
        }
        return shared;
    }
}
