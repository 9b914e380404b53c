package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.source.SiteLanguages.ContentMount;
import io.blogsearch.source.SiteLanguages.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a site's languages as Hugo does: {@code languages} (each with its {@code weight}, {@code contentDir} and
 * {@code baseURL}), {@code defaultContentLanguage}, {@code defaultContentLanguageInSubdir}, and the content mounts
 * of {@code module.mounts} with their {@code lang} or {@code sites.matrix.languages}.
 */
final class LanguageConfigReader {

    private static final String DEFAULT_LANGUAGE = "en";
    /** Per-language keys that change URLs or facets and that blogsearch does not read per language. */
    private static final List<String> UNREAD_LANGUAGE_KEYS = List.of("permalinks", "uglyURLs",
            "uglyurls", "disablePathToLower", "disablepathtolower");

    private final JsonNode config;
    private final ConfigOrigins origins;
    private final List<ConfigNotice> notices;

    LanguageConfigReader(JsonNode config, ConfigOrigins origins, List<ConfigNotice> notices) {
        this.config = config;
        this.origins = origins;
        this.notices = notices;
    }

    SiteLanguages read() {
        String defaultLanguage = lower(config.path("defaultContentLanguage").asText(
                config.path("defaultcontentlanguage").asText(DEFAULT_LANGUAGE)));
        JsonNode subdir = config.has("defaultContentLanguageInSubdir") ? config.get("defaultContentLanguageInSubdir")
                : config.path("defaultcontentlanguageinsubdir");
        boolean inSubdir = subdir.asBoolean(false) || "true".equalsIgnoreCase(subdir.asText());
        List<Language> languages = new ArrayList<>();
        List<ContentMount> dirs = new ArrayList<>();
        Set<String> disabledCodes = new HashSet<>();
        String disabled = config.has("disableLanguages") ? "disableLanguages" : "disablelanguages";
        config.path(disabled).forEach(code -> disabledCodes.add(lower(code.asText())));
        Iterator<Map.Entry<String, JsonNode>> entries = config.path("languages").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String code = lower(entry.getKey());
            JsonNode language = entry.getValue();
            String baseUrl = text(language, "baseURL", "baseurl");
            languages.add(new Language(code, language.path("weight").asInt(0),
                    baseUrl == null ? null : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/",
                    language.path("disabled").asBoolean(false) || disabledCodes.contains(code)));
            for (String key : UNREAD_LANGUAGE_KEYS) {
                if (language.has(key)) {
                    notices.add(new ConfigNotice(origins.of("languages"), "languages." + entry.getKey() + "." + key,
                            "a per-language " + key + " is not read; the site-wide one applies"));
                }
            }
            String contentDir = text(language, "contentDir", "contentdir");
            if (contentDir != null) {
                dirs.add(new ContentMount(trimSlashes(contentDir), "", code));
            }
        }
        languages.sort(Comparator.comparingInt(Language::weight).thenComparing(Language::code));
        List<ContentMount> mounts = moduleMounts(defaultLanguage);
        String siteContentDir = text(config, "contentDir", "contentdir");
        if (mounts.isEmpty() && (!dirs.isEmpty() || siteContentDir != null)) {
            // the site's contentDir (else content/) holds the pages of languages without a folder of their own
            String shared = siteContentDir == null ? "content" : trimSlashes(siteContentDir);
            if (dirs.stream().noneMatch(dir -> dir.source().equals(shared))) {
                dirs.add(new ContentMount(shared, "", null));
            }
            // the deepest folder first: content/de beats content for content/de/x.md
            dirs.sort(Comparator.comparingInt((ContentMount mount) -> mount.source().length()).reversed());
            mounts = List.copyOf(dirs);
        }
        return new SiteLanguages(defaultLanguage, inSubdir, List.copyOf(languages), List.copyOf(mounts));
    }

    /** The content mounts of {@code module.mounts}, else of a {@code module*} config file that holds mounts. */
    private List<ContentMount> moduleMounts(String defaultLanguage) {
        String key = "module";
        JsonNode list = config.path(key).path("mounts");
        if (!list.isArray()) {
            Iterator<String> names = config.fieldNames();
            while (names.hasNext() && !list.isArray()) {
                String name = names.next();
                if (name.startsWith("module") && config.path(name).path("mounts").isArray()) {
                    key = name;
                    list = config.path(name).path("mounts");
                    notices.add(new ConfigNotice(origins.of(name), name + ".mounts",
                            "read as the module mounts (Hugo reads them only once the site renders this file into "
                                    + "module.yaml)"));
                }
            }
        }
        List<ContentMount> mounts = new ArrayList<>();
        boolean filtersNoted = false;
        for (JsonNode mount : list) {
            String target = trimSlashes(mount.path("target").asText(""));
            if (!(target.equals("content") || target.startsWith("content/"))) {
                continue;
            }
            String lang = mountLanguage(mount);
            boolean filtered = mount.has("files") || mount.has("includefiles") || mount.has("excludefiles");
            if (filtered && !filtersNoted) {
                filtersNoted = true;
                notices.add(new ConfigNotice(origins.of(key), key + ".mounts[].files",
                        "file filters of content mounts are not applied: each file is read once, in the language "
                                + "of the first mount holding it"));
            }
            mounts.add(new ContentMount(trimSlashes(mount.path("source").asText("")),
                    target.equals("content") ? "" : target.substring("content/".length()),
                    lang == null ? defaultLanguage : lang));
        }
        return mounts;
    }

    private static String mountLanguage(JsonNode mount) {
        String lang = text(mount, "lang");
        if (lang != null) {
            return lower(lang);
        }
        JsonNode languages = mount.path("sites").path("matrix").path("languages");
        if (languages.isArray() && !languages.isEmpty()) {
            return lower(languages.get(0).asText());
        }
        return languages.isTextual() ? lower(languages.asText()) : null;
    }

    private static String text(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText().trim();
            }
        }
        return null;
    }

    private static String trimSlashes(String path) {
        String trimmed = path.trim().replace('\\', '/');
        while (trimmed.startsWith("/") || trimmed.startsWith("./")) {
            trimmed = trimmed.substring(trimmed.startsWith("/") ? 1 : 2);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String lower(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }
}
