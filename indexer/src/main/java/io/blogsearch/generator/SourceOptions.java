package io.blogsearch.generator;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How to read a site, beyond its root.
 *
 * @param generator  the generator to use ({@code hugo}, {@code hexo}, {@code jekyll}, {@code docusaurus}, {@code zola},
 *                   {@code markdown}, {@code html}); null to recognise it from the site's files
 * @param baseUrl    the site's URL, overriding what its config says; null to take the config's
 * @param configFile a {@code blogsearch.yaml} to use instead of the one in the site root; may be null
 */
public record SourceOptions(String generator, String baseUrl, Path configFile) {

    /** Recognise the generator, take the URL from the site's config, the site root's blogsearch.yaml. */
    public static SourceOptions auto() {
        return new SourceOptions(null, null, null);
    }

    /** The generator name in lower case, or null when it is to be recognised. */
    public String generatorName() {
        return generator == null || generator.isBlank() ? null : generator.strip().toLowerCase(Locale.ROOT);
    }
}
