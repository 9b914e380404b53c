package io.blogsearch.source;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The languages of a Hugo site and where their content comes from.
 *
 * @param defaultLanguage the {@code defaultContentLanguage} code, lower case ({@code en} when unset)
 * @param defaultInSubdir {@code defaultContentLanguageInSubdir}: the default language also gets its {@code /lang/}
 * @param languages       the configured languages by weight, then code; empty for a site without {@code languages}
 * @param mounts          content mounts in declaration order (module mounts, else each language's
 *                        {@code contentDir}); empty when the site uses the plain {@code content/} folder
 */
public record SiteLanguages(String defaultLanguage, boolean defaultInSubdir, List<Language> languages,
                            List<ContentMount> mounts) {

    /** A site with one language and no mounts. */
    public static SiteLanguages single(String defaultLanguage) {
        return new SiteLanguages(defaultLanguage, false, List.of(), List.of());
    }

    /** Whether the site has more than one language: only then do URLs get a language prefix. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The configured language codes. */
    public Set<String> codes() {
        return languages.stream().map(Language::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The language of this code, or null when the site does not configure it. */
    public Language language(String code) {
        return languages.stream().filter(language -> language.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * One configured language.
     *
     * @param code    the language key, lower case (e.g. {@code en}, {@code zh-cn})
     * @param weight  its {@code weight} (0 when unset)
     * @param baseUrl  its own {@code baseURL} (a multihost site), ending in {@code /}, or null
     * @param disabled true when the site does not build it ({@code disabled: true} or {@code disableLanguages})
     */
    public record Language(String code, int weight, String baseUrl, boolean disabled) {
    }

    /** Whether Hugo builds pages of this language (an unknown code is built in the default language). */
    public boolean built(String code) {
        Language language = language(code);
        return language == null || !language.disabled();
    }

    /**
     * A folder mounted into the content tree.
     *
     * @param source the folder relative to the site root, forward slashes, no trailing slash (e.g. {@code content/ja})
     * @param target where it lands inside the content tree, relative, no slashes around ({@code ""} for the root)
     * @param lang   the language its files belong to, or null when the mount names none
     */
    public record ContentMount(String source, String target, String lang) {
    }
}
