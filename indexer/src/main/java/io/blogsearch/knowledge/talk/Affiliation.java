package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one person's comma-separated elements ("Name, Role, Org") into a speaker. Which element is a role and which
 * the organisation is decided by role words, legal-form suffixes and appositions, never by known names.
 */
final class Affiliation {

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "a Cisco company", "an Acme subsidiary": a phrase describing the organisation written before it. */
    private static final Pattern APPOSITION = Pattern.compile("^an?\\s+\\S.*");

    private Affiliation() {
    }

    /**
     * Comma-separated elements, with a legal-form suffix ("Synadia, Inc.") or an apposition ("Splunk, a Cisco
     * company") kept on the organisation before it.
     */
    static List<String> elements(String chunk) {
        List<String> elements = new ArrayList<>();
        for (String element : COMMA.split(chunk)) {
            String trimmed = element.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            // an apposition right after the name describes the person ("Ana, a developer"): only later ones glue
            boolean glued = NameShape.isCompanySuffix(trimmed)
                    || (elements.size() > 1 && APPOSITION.matcher(trimmed).matches());
            if (!elements.isEmpty() && glued) {
                elements.set(elements.size() - 1, elements.get(elements.size() - 1) + ", " + trimmed);
            } else {
                elements.add(trimmed);
            }
        }
        return elements.isEmpty() ? List.of("") : elements;
    }

    /**
     * Name first; one more element is a role when it has a role word, else the organisation; more: role..., org.
     * A last element of role words and then an organisation with a legal-form suffix ("Co-founder Acme Inc.") is
     * split between the two.
     */
    static Speaker speaker(List<String> elements) {
        String name = elements.get(0);
        if (elements.size() == 1) {
            return Speaker.named(name);
        }
        List<String> roles = new ArrayList<>(elements.subList(1, elements.size() - 1));
        String last = elements.get(elements.size() - 1);
        String org = last;
        int split = roleThenOrganisation(last);
        if (split > 0) {
            String[] words = WHITESPACE.split(last);
            roles.add(String.join(" ", Arrays.asList(words).subList(0, split)));
            org = String.join(" ", Arrays.asList(words).subList(split, words.length));
        } else if (roles.isEmpty() && NameShape.isRole(last)) {
            return new Speaker(name, last, null);
        }
        return new Speaker(name, roles.isEmpty() ? null : String.join(", ", roles), org);
    }

    /**
     * How many leading words of "Co-founder Acme Inc." are the role: all leading role words, when what follows has
     * none and ends with a legal-form suffix; 0 when the phrase is not shaped so.
     */
    private static int roleThenOrganisation(String phrase) {
        String[] words = WHITESPACE.split(phrase.trim());
        if (words.length < 3 || !NameShape.isCompanySuffix(words[words.length - 1])) {
            return 0;
        }
        int roleWords = 0;
        while (roleWords < words.length && NameShape.isRoleWord(words[roleWords])) {
            roleWords++;
        }
        for (int i = roleWords; i < words.length; i++) {
            if (NameShape.isRoleWord(words[i])) {
                return 0;
            }
        }
        // the organisation needs a name before its suffix
        return roleWords > 0 && words.length - roleWords >= 2 ? roleWords : 0;
    }
}
