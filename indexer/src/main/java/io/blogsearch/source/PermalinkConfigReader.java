package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code permalinks} in each form Hugo accepts: the older {@code section: pattern} map (pages and terms of
 * that section), the map per kind ({@code page:}, {@code section:}, {@code term:}, {@code taxonomy:}) and the list
 * of {@code {target: {kind, path}, pattern}} rules. A form or token it cannot read becomes a notice.
 */
final class PermalinkConfigReader {

    private static final Set<String> KINDS = Set.of("page", "section", "term", "taxonomy");
    private static final Set<String> TOKENS = Set.of("year", "month", "monthname", "day", "weekday", "weekdayname",
            "yearday", "section", "sectionslug", "sections", "sectionslugs", "title", "slug", "slugorfilename",
            "filename", "contentbasename", "slugorcontentbasename");
    private static final Pattern ATTRIBUTE = Pattern.compile(":(\\w+)(\\[.+?])?");
    /** Parts of Go's reference time: an attribute made of them is a date layout, as Hugo accepts. */
    private static final Pattern GO_LAYOUT = Pattern.compile(
            "(?:2006|06|January|Jan|01|1|Monday|Mon|02|_2|2|15|03|3|04|4|05|5|PM|pm|MST|002|__2|[-_.:]|0+|9+)+");

    private final String file;
    private final List<ConfigNotice> notices;

    PermalinkConfigReader(ConfigOrigins origins, List<ConfigNotice> notices) {
        this.file = origins.of("permalinks");
        this.notices = notices;
    }

    /** The rules in the order they are tried: the first that matches a page decides its link. */
    List<PermalinkRule> read(JsonNode permalinks) {
        List<PermalinkRule> rules = new ArrayList<>();
        if (permalinks == null || permalinks.isNull()) {
            return rules;
        }
        if (permalinks.isArray()) {
            int index = 0;
            for (JsonNode rule : permalinks) {
                String kind = rule.path("target").path("kind").asText("page").toLowerCase(Locale.ROOT);
                String path = rule.path("target").path("path").asText("/**").toLowerCase(Locale.ROOT);
                add(rules, kind, path, rule.get("pattern"), "permalinks[" + index++ + "]");
            }
            return rules;
        }
        List<PermalinkRule> mapped = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = permalinks.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            if (entry.getValue().isTextual()) {
                add(mapped, "page", PermalinkRule.sectionGlob(key), entry.getValue(), "permalinks." + key);
                add(mapped, "term", PermalinkRule.sectionGlob(key), entry.getValue(), "permalinks." + key);
            } else if (entry.getValue().isObject() && KINDS.contains(key)) {
                entry.getValue().fields().forEachRemaining(section -> add(mapped, key,
                        PermalinkRule.sectionGlob(section.getKey().toLowerCase(Locale.ROOT)), section.getValue(),
                        "permalinks." + key + "." + section.getKey()));
            } else {
                notices.add(new ConfigNotice(file, "permalinks." + entry.getKey(), "not a pattern nor a map of "
                        + "page, section, term or taxonomy patterns; ignored"));
            }
        }
        // the map forms have no order in Hugo; the deepest section is the most specific
        mapped.sort(Comparator.comparingInt((PermalinkRule rule) -> rule.path().length()).reversed());
        rules.addAll(mapped);
        return rules;
    }

    private void add(List<PermalinkRule> rules, String kind, String glob, JsonNode pattern, String key) {
        if (pattern == null || !pattern.isTextual()) {
            notices.add(new ConfigNotice(file, key, "no pattern string; ignored"));
            return;
        }
        Matcher matcher = ATTRIBUTE.matcher(pattern.asText().replace("\\:", ""));
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean sliced = matcher.group(2) != null;
            boolean known = sliced ? name.equals("sections") || name.equals("sectionslugs")
                    : TOKENS.contains(name) || GO_LAYOUT.matcher(name).matches();
            if (!known) {
                notices.add(new ConfigNotice(file, key, "unknown permalink token " + matcher.group()
                        + " (Hugo refuses it); pages it targets keep Hugo's default path"));
                return;
            }
        }
        rules.add(PermalinkRule.of(kind, glob, pattern.asText()));
    }
}
