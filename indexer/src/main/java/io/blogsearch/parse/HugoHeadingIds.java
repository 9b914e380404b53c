package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The heading ids a Hugo site's pages carry, as its config's {@code markup.goldmark.parser} says:
 * {@code autoHeadingIDType} {@code github} (the default), {@code github-ascii} or {@code blackfriday}; with
 * {@code autoHeadingID = false} only headings with an id of their own ({@code ## Title {#id}}) have one.
 */
final class HugoHeadingIds {

    private HugoHeadingIds() {
    }

    /** The style of the site whose (merged) config is {@code config}; keys in any letter case, as Hugo reads them. */
    static HeadingIdStyle of(JsonNode config) {
        JsonNode parser = field(field(field(config, "markup"), "goldmark"), "parser");
        JsonNode auto = field(parser, "autoheadingid");
        if (auto.isBoolean() && !auto.asBoolean() || "false".equalsIgnoreCase(auto.asText())) {
            return HugoHeadingIds::explicitOnly;
        }
        return switch (field(parser, "autoheadingidtype").asText("github").strip().toLowerCase(Locale.ROOT)) {
            case "blackfriday" -> HeadingAnchors::blackfriday;
            case "github-ascii" -> HeadingAnchors::githubAscii;
            default -> HeadingAnchors::github;
        };
    }

    private static List<String> explicitOnly(List<HeadingIdStyle.Heading> headings) {
        List<String> ids = new ArrayList<>(headings.size());
        headings.forEach(heading -> ids.add(heading.explicitId()));
        return ids;
    }

    private static JsonNode field(JsonNode node, String lowerCaseName) {
        if (node != null && node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                    return node.get(name);
                }
            }
        }
        return MissingNode.getInstance();
    }
}
