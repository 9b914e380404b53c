package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.model.Person;
import io.blogsearch.source.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@code author}/{@code authors} value into people: lists are split ({@code A & B}, {@code A and B},
 * {@code A, B}, arrays), Markdown links and a trailing affiliation ({@code [Name](url) (Company)},
 * {@code [Name, Company](url)}) become the name with the affiliation and link beside it, a social handle beside a
 * name ({@code Name (@handle)}) and what the person writes for ({@code Name on behalf of the team}) are left out of
 * the name, a handle the site's author data knows ({@code data/authors/*}, {@code params.authors}) becomes its
 * display name, and a template's placeholder ({@code Author Name}) is nobody, so the site's author stands instead.
 */
public final class PeopleParser {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|;)\\s*");
    private static final Pattern TRAILING_AFFILIATION = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    /** A handle on a social network or code host: names the account, not the person's organisation. */
    private static final Pattern HANDLE = Pattern.compile("@[\\w.-]+");
    /** "Name on behalf of the team": the person is the one before the phrase. */
    private static final Pattern ON_BEHALF = Pattern.compile("\\s+on behalf of\\s+.*$", Pattern.CASE_INSENSITIVE);
    /**
     * The words a theme's or archetype's template puts where a name belongs ("Author Name", "Your Name", "Firstname
     * Lastname"): a byline of these words only was never filled in, and names nobody. Generic words of the field
     * itself, never a person's name, so the rule holds on any blog.
     */
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("author", "name", "your", "first", "last",
            "firstname", "lastname", "fullname", "full", "surname", "given", "family");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final Site site;

    /** A parser resolving handles through the author data of {@code site}. */
    public PeopleParser(Site site) {
        this.site = site;
    }

    /** The people of several author values as a generator's conventions read them, duplicates dropped. */
    public List<Person> parseAll(List<String> values) {
        List<Person> people = new ArrayList<>();
        values.forEach(value -> people.addAll(parseText(value)));
        return distinct(people);
    }

    /** The people of a front matter value: a string, a list of strings, or maps with a {@code name}. */
    List<Person> parse(JsonNode value) {
        List<Person> people = new ArrayList<>();
        if (value == null || value.isNull()) {
            return people;
        }
        if (value.isArray()) {
            value.forEach(item -> people.addAll(parse(item)));
        } else if (value.isObject()) {
            String name = value.path("name").asText("");
            if (!name.isBlank()) {
                people.addAll(parseText(name));
            }
        } else if (value.isValueNode()) {
            people.addAll(parseText(value.asText()));
        }
        return distinct(people);
    }

    /** The people of one text value. */
    List<Person> parseText(String raw) {
        String text = raw.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Matcher link = LINK.matcher(text);
        List<Person> people = new ArrayList<>();
        int end = -1;
        String name = null;
        String url = null;
        while (link.find()) {
            if (name != null) {
                people.add(person(name, affiliation(text.substring(end, link.start())), url));
            }
            name = link.group(1);
            url = link.group(2);
            end = link.end();
        }
        if (name != null) {
            people.add(person(name, affiliation(text.substring(end)), url));
            people.removeIf(person -> isPlaceholder(person.name()));
            return people;
        }
        for (String part : splitTopLevel(ON_BEHALF.matcher(text).replaceFirst(""))) {
            Matcher affiliated = TRAILING_AFFILIATION.matcher(part);
            people.add(affiliated.matches() ? person(affiliated.group(1), affiliated.group(2), null)
                    : person(part, null, null));
        }
        people.removeIf(person -> person.name().isEmpty() || isPlaceholder(person.name()));
        return people;
    }

    /** Whether {@code name} is only a template's placeholder words, e.g. {@code Author Name}. */
    private static boolean isPlaceholder(String name) {
        String words = NOT_LETTERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words.split(" ")) {
            if (!PLACEHOLDER_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** What stands between a link and the next: {@code (Company)}, {@code , Company}; separators dropped. */
    private static String affiliation(String between) {
        String text = between.strip().replaceAll("^(?:[,;&]|(?i:and)\\b)\\s*", "")
                .replaceAll("(?:\\s*(?:[,;&]|\\b(?i:and)))+\\s*$", "").strip();
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    /** Splits at separators outside parentheses, so {@code Jane (Acme, Inc.)} stays one person. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        Matcher separator = SEPARATOR.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && separator.find(i) && separator.start() == i) {
                parts.add(text.substring(start, i).strip());
                start = separator.end();
                i = Math.max(i, separator.end() - 1);
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private Person person(String name, String affiliation, String url) {
        String clean = name.replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
        Matcher inner = TRAILING_AFFILIATION.matcher(clean);
        if (inner.matches() && !inner.group(1).isBlank()) {
            // [Name (Company)](url): the affiliation written inside the link text
            clean = inner.group(1).strip();
            affiliation = affiliation == null ? inner.group(2).strip() : affiliation;
        }
        int comma = clean.indexOf(", ");
        if (url != null && comma > 0 && clean.indexOf(", ", comma + 1) < 0) {
            // [Name, Company](url): one link is one person, so what follows the comma is where they work
            affiliation = affiliation == null ? clean.substring(comma + 2).strip() : affiliation;
            clean = clean.substring(0, comma).strip();
        }
        if (affiliation != null && HANDLE.matcher(affiliation).matches()) {
            affiliation = null;
        }
        String display = displayName(clean);
        return new Person(display, affiliation, url == null || url.isBlank() ? null : url);
    }

    /** The display name the site's author data gives a handle, else the name as written. */
    private String displayName(String handle) {
        if (handle.isEmpty() || handle.contains(" ")) {
            return handle;
        }
        String key = handle.toLowerCase(Locale.ROOT);
        for (JsonNode entry : new JsonNode[] {site.dataFile("authors/" + handle), site.dataFile("authors/" + key),
                site.dataFile("authors") == null ? null : site.dataFile("authors").get(handle),
                site.config().path("params").path("authors").get(handle),
                site.config().path("params").path("authors").get(key)}) {
            String name = entry == null ? null : nameOf(entry);
            if (name != null) {
                return name;
            }
        }
        return handle;
    }

    private static String nameOf(JsonNode entry) {
        for (String key : List.of("name", "displayName", "title", "fullName")) {
            JsonNode value = entry.get(key);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return entry.isTextual() && !entry.asText().isBlank() ? entry.asText().strip() : null;
    }

    private static List<Person> distinct(List<Person> people) {
        List<Person> result = new ArrayList<>();
        for (Person person : people) {
            if (result.stream().noneMatch(other -> other.name().equals(person.name()))) {
                result.add(person);
            }
        }
        return result;
    }
}
