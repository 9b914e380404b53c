package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.source.CascadeConfigReader;
import io.blogsearch.source.PermalinkRule;
import io.blogsearch.source.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code cascade} of section pages' front matter ({@code _index.md}) that keeps pages from being rendered:
 * {@code cascade: {_build: {render: never}}} leaves out the section and everything below it in its language, or
 * the pages its {@code target.path} (or {@code _target.path}) glob matches, as Hugo builds them.
 */
final class SectionCascades {

    /** Pages of {@code lang} whose Hugo path {@code paths} matches are not rendered. */
    private record Unrendered(String lang, Pattern paths) {
    }

    private final List<Unrendered> unrendered;

    private SectionCascades(List<Unrendered> unrendered) {
        this.unrendered = unrendered;
    }

    /** Reads the cascades of every section page of the site; a file that cannot be read cascades nothing. */
    static SectionCascades of(Site site, ContentLocator locator) {
        List<Unrendered> unrendered = new ArrayList<>();
        if (site.root() == null) {
            return new SectionCascades(unrendered);
        }
        String defaultLanguage = site.languages().defaultLanguage();
        for (String file : site.contentFiles()) {
            ContentPath path = locator.locate(file);
            if (path == null || !path.sectionList()) {
                continue;
            }
            JsonNode cascade = cascade(site.root().resolve(file));
            if (cascade == null) {
                continue;
            }
            String lang = path.lang() != null ? path.lang() : defaultLanguage;
            for (String glob : CascadeConfigReader.unrenderedTargets(cascade)) {
                String section = path.hugoPath();
                // without a target the cascade covers the section itself and everything below it
                String paths = !glob.isEmpty() ? glob.toLowerCase(Locale.ROOT)
                        : section.equals("/") ? "/**" : PermalinkRule.sectionGlob(section);
                unrendered.add(new Unrendered(lang, PermalinkRule.globPattern(paths)));
            }
        }
        return new SectionCascades(List.copyOf(unrendered));
    }

    /** Whether a cascade keeps the page at {@code path}, in language {@code lang}, from being rendered. */
    boolean notRendered(ContentPath path, String lang) {
        String hugoPath = path.hugoPath();
        return unrendered.stream().anyMatch(rule -> Objects.equals(rule.lang(), lang)
                && rule.paths().matcher(hugoPath).matches());
    }

    /** The rules, in file order, as text that changes when they do. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        unrendered.forEach(rule -> text.append(rule.lang()).append(':').append(rule.paths().pattern()).append(';'));
        return text.toString();
    }

    private static JsonNode cascade(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            JsonNode values = FrontMatterParser.parse(text).withLowerCaseKeys().values();
            JsonNode cascade = values.get("cascade");
            return cascade == null || cascade.isNull() || cascade.isMissingNode() ? null : cascade;
        } catch (IOException | FrontMatterException | RuntimeException e) {
            return null; // the page itself is read and reported with the other files
        }
    }
}
