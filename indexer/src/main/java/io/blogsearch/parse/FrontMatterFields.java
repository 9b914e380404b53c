package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.model.Person;
import io.blogsearch.source.Site;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the page fields Hugo knows from front matter: title (else the file name), description or summary,
 * date (as the site's {@code frontmatter} config says), author / authors / params.author (else the site's
 * author), and every taxonomy.
 */
final class FrontMatterFields {

    /** Taxonomies read even when the config does not declare them: they are common enough to be worth searching. */
    private static final List<String> ALWAYS = List.of("tags", "categories", "keywords", "series");

    private final Site site;
    private final ZoneId zoneless;
    private final PeopleParser people;
    private final FrontMatterDateRules dates;
    /** Front matter key of each taxonomy to the name it is indexed under, for languages without their own. */
    private final Map<String, String> taxonomies = new LinkedHashMap<>();
    /** The same for each language that declares its own {@code taxonomies}. */
    private final Map<String, Map<String, String>> languageTaxonomies = new HashMap<>();

    FrontMatterFields(Site site) {
        this.site = site;
        this.zoneless = TimeZones.orUtc(site.config() == null ? "" : site.config().path("timezone").asText(""));
        this.people = new PeopleParser(site);
        this.dates = FrontMatterDateRules.of(site.config(), zoneless);
        ALWAYS.forEach(name -> taxonomies.put(name, name));
        site.taxonomies().values().forEach(name -> taxonomies.put(name, name));
        readLanguageTaxonomies(site);
    }

    /**
     * A language's own {@code taxonomies} replace the site's for its pages, as Hugo builds them; each is indexed under
     * the site's name for the same singular ({@code tag: FRtags} of a French site feeds the tags), else the default
     * language's, else its own.
     */
    private void readLanguageTaxonomies(Site site) {
        JsonNode languages = site.config() == null ? null : site.config().get("languages");
        if (languages == null || !languages.isObject()) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        site.taxonomies().forEach(names::put);
        ownTaxonomies(languages.path(site.languages().defaultLanguage())).forEach(names::putIfAbsent);
        languages.fields().forEachRemaining(language -> {
            Map<String, String> own = ownTaxonomies(language.getValue());
            if (!own.isEmpty() || language.getValue().path("taxonomies").isObject()) {
                Map<String, String> keys = new LinkedHashMap<>();
                ALWAYS.forEach(name -> keys.put(name, name));
                own.forEach((singular, plural) -> keys.put(plural, names.getOrDefault(singular, plural)));
                languageTaxonomies.put(language.getKey().toLowerCase(Locale.ROOT), keys);
            }
        });
    }

    /** A language's {@code taxonomies}: singular to plural, as written. */
    private static Map<String, String> ownTaxonomies(JsonNode language) {
        Map<String, String> own = new LinkedHashMap<>();
        language.path("taxonomies").fields().forEachRemaining(entry -> {
            if (entry.getValue().isValueNode() && !entry.getValue().asText().isBlank()) {
                own.put(entry.getKey(), entry.getValue().asText().strip());
            }
        });
        return own;
    }

    String title(FrontMatter frontMatter, ContentPath path) {
        String title = frontMatter.text("title", "linkTitle", "linktitle");
        if (title != null) {
            return title;
        }
        String name = path.baseName();
        if (name.equals("_index") || name.isEmpty()) {
            return site.title() == null ? "Home" : site.title();
        }
        return name.replace('-', ' ').replace('_', ' ');
    }

    String description(FrontMatter frontMatter) {
        return frontMatter.text("description", "summary");
    }

    /**
     * The page's date as the site's {@code frontmatter} config finds it (by default {@code date}, else
     * {@code publishDate}, else {@code lastmod}), in the offset it is written with; a date written without one is in
     * the site's {@code timeZone} (UTC when unset or unknown), as Hugo reads it. With {@code :filename}, also the slug
     * the file name gives.
     */
    FrontMatterDateRules.Dated dated(FrontMatter frontMatter, ContentPath path) {
        return dates.date(frontMatter, path);
    }

    /** When Hugo publishes the page ({@code publishDate}, else its date, unless configured otherwise), or null. */
    FrontMatterDateRules.Dated publishDate(FrontMatter frontMatter, ContentPath path) {
        return dates.publishDate(frontMatter, path);
    }

    /**
     * The page's people: {@code authors}, else {@code author}, else {@code params.author(s)}, else its language's
     * {@code params.author} (lang null: the site's default language), else the site's.
     */
    List<Person> people(FrontMatter frontMatter, String lang) {
        JsonNode values = frontMatter.values();
        List<Person> people = this.people.parse(values.get("authors"));
        if (people.isEmpty()) {
            people = this.people.parse(values.get("author"));
        }
        if (people.isEmpty()) {
            people = this.people.parse(values.path("params").get("authors"));
        }
        if (people.isEmpty()) {
            people = this.people.parse(values.path("params").get("author"));
        }
        if (people.isEmpty() && lang != null && site.config() != null) {
            people = this.people.parse(site.config().path("languages").path(lang.toLowerCase(Locale.ROOT))
                    .path("params").get("author"));
        }
        if (people.isEmpty() && site.defaultAuthor() != null) {
            people = this.people.parseText(site.defaultAuthor());
        }
        return people;
    }

    /** The page's terms of every taxonomy of its language (null: the site's), by the name each is indexed under. */
    Map<String, List<String>> taxonomies(FrontMatter frontMatter, String lang) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        Map<String, String> keys = lang == null ? taxonomies
                : languageTaxonomies.getOrDefault(lang.toLowerCase(Locale.ROOT), taxonomies);
        for (Map.Entry<String, String> key : keys.entrySet()) {
            String taxonomy = key.getKey();
            JsonNode node = frontMatter.values().get(taxonomy);
            if (node == null) {
                node = caseInsensitive(frontMatter.values(), taxonomy);
            }
            if (node == null) {
                node = frontMatter.values().path("params").get(taxonomy);
            }
            List<String> terms = list(node);
            if (taxonomy.equals("keywords") && node != null && node.isTextual()) {
                // keywords is often the HTML meta form: one string of comma-separated words
                terms = list(node).stream().flatMap(term -> Arrays.stream(term.split(",")))
                        .map(String::strip).filter(term -> !term.isEmpty()).distinct().toList();
            }
            if (!terms.isEmpty()) {
                List<String> merged = result.computeIfAbsent(key.getValue(), name -> new ArrayList<>());
                terms.stream().filter(term -> !merged.contains(term)).forEach(merged::add);
            }
        }
        return result;
    }

    /** Hugo reads front matter keys case-insensitively: {@code Tags} is {@code tags}. */
    private static JsonNode caseInsensitive(JsonNode values, String key) {
        Iterator<String> names = values.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equalsIgnoreCase(key)) {
                return values.get(name);
            }
        }
        return null;
    }

    /** A list of strings from a list, a single string, or a list of maps with a {@code name}. */
    List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> addText(values, item.isObject() ? item.get("name") : item));
        } else if (node.isObject()) {
            addText(values, node.get("name"));
        } else {
            addText(values, node);
        }
        return values;
    }

    private static void addText(List<String> values, JsonNode node) {
        if (node != null && node.isValueNode() && !node.asText().isBlank()) {
            String text = node.asText().strip();
            if (!values.contains(text)) {
                values.add(text);
            }
        }
    }
}
