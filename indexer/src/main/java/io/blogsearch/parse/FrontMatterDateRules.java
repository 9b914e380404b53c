package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's {@code frontmatter} config: the front matter keys, in order, that give a page its {@code date} and
 * {@code publishDate}, and {@code :filename}, the date a file name starts with ({@code 2018-05-29-post.md}), which
 * also gives the page its slug ({@code post}) when its front matter has none. Unset, Hugo reads {@code date}, then
 * {@code publishDate} ({@code pubdate}, {@code published}), then {@code lastmod} ({@code modified}).
 * {@code :filemodtime} and {@code :git} name nothing a source file holds and are passed over.
 */
final class FrontMatterDateRules {

    /** A date of the page and the slug its file name gives when {@code :filename} decided it, else null. */
    record Dated(ZonedDateTime date, String slug) {
    }

    private static final String FILENAME = ":filename";
    private static final Map<String, List<String>> ALIASES = Map.of("lastmod", List.of("modified"),
            "publishdate", List.of("pubdate", "published"), "expirydate", List.of("unpublishdate"));
    private static final List<String> DEFAULT_DATE = List.of("date", "publishdate", "lastmod");
    private static final List<String> DEFAULT_PUBLISH_DATE = List.of("publishdate", "date");
    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");

    private final List<String> date;
    private final List<String> publishDate;
    private final ZoneId zoneless;

    private FrontMatterDateRules(List<String> date, List<String> publishDate, ZoneId zoneless) {
        this.date = date;
        this.publishDate = publishDate;
        this.zoneless = zoneless;
    }

    /** The rules of a site config ({@code frontmatter}, any letter case); zoneless dates are in {@code zoneless}. */
    static FrontMatterDateRules of(JsonNode config, ZoneId zoneless) {
        JsonNode section = field(config, "frontmatter");
        return new FrontMatterDateRules(keys(field(section, "date"), DEFAULT_DATE),
                keys(field(section, "publishdate"), DEFAULT_PUBLISH_DATE), zoneless);
    }

    /** The page's date, in the offset it is written with, or null. */
    Dated date(FrontMatter frontMatter, ContentPath path) {
        return first(date, frontMatter, path);
    }

    /** When Hugo publishes the page, or null. */
    Dated publishDate(FrontMatter frontMatter, ContentPath path) {
        return first(publishDate, frontMatter, path);
    }

    private Dated first(List<String> keys, FrontMatter frontMatter, ContentPath path) {
        for (String key : keys) {
            if (key.equals(FILENAME)) {
                Dated named = fromFileName(path.baseName());
                if (named != null) {
                    return frontMatter.text("slug") != null ? new Dated(named.date(), null) : named;
                }
            } else if (!key.startsWith(":")) {
                ZonedDateTime value = HugoDates.parseZoned(frontMatter.values().get(key), zoneless);
                if (value != null) {
                    return new Dated(value, null);
                }
            }
        }
        return null;
    }

    /** Hugo reads the first ten characters of the name as a date and the rest, trimmed of " -_", as the slug. */
    private Dated fromFileName(String baseName) {
        Matcher matcher = DATED_NAME.matcher(baseName == null ? "" : baseName);
        if (!matcher.matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            String slug = matcher.group(4).replaceAll("^[ \\-_]+|[ \\-_]+$", "");
            return new Dated(day.atStartOfDay(zoneless), slug);
        } catch (DateTimeException e) {
            return null; // 2015-03-00-name.md: Hugo passes such a name over
        }
    }

    /** A configured list with {@code :default} expanded and each key followed by its aliases, as Hugo does. */
    private static List<String> keys(JsonNode configured, List<String> defaults) {
        List<String> raw = new ArrayList<>();
        if (configured.isArray()) {
            configured.forEach(value -> raw.add(value.asText().strip().toLowerCase(Locale.ROOT)));
        } else if (configured.isTextual()) {
            raw.add(configured.asText().strip().toLowerCase(Locale.ROOT));
        } else {
            raw.addAll(defaults);
        }
        List<String> keys = new ArrayList<>();
        for (String key : raw) {
            for (String expanded : key.equals(":default") ? defaults : List.of(key)) {
                addOnce(keys, expanded);
                ALIASES.getOrDefault(expanded, List.of()).forEach(alias -> addOnce(keys, alias));
            }
        }
        return List.copyOf(keys);
    }

    private static void addOnce(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    private static JsonNode field(JsonNode node, String lowerCaseName) {
        if (node == null) {
            return MissingNode.getInstance();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return node.get(name);
            }
        }
        return MissingNode.getInstance();
    }
}
