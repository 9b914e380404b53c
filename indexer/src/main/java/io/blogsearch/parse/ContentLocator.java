package io.blogsearch.parse;

import io.blogsearch.source.SiteLanguages;
import io.blogsearch.source.SiteLanguages.ContentMount;
import java.util.Locale;
import java.util.Set;

/**
 * Places a content file in its site's content tree and language, as Hugo does: the first content mount (or
 * per-language {@code contentDir}) holding it gives its language and where it lands; without mounts,
 * {@code content/} is the tree; a language suffix of a configured language ({@code post.de.md}) wins over both.
 */
public final class ContentLocator {

    private final SiteLanguages languages;
    private final Set<String> codes;

    /** A locator for the site with these languages. */
    public ContentLocator(SiteLanguages languages) {
        this.languages = languages;
        this.codes = languages.codes();
    }

    /**
     * Where this site-relative file sits, or null when Hugo does not build it: no content mount holds it, or its
     * language is disabled.
     */
    public ContentPath locate(String relative) {
        String logical = null;
        String lang = null;
        if (languages.mounts().isEmpty()) {
            logical = relative.startsWith("content/") ? relative.substring("content/".length()) : null;
        } else {
            for (ContentMount mount : languages.mounts()) {
                String source = mount.source().isEmpty() ? "" : mount.source() + "/";
                if (relative.startsWith(source)) {
                    String rest = relative.substring(source.length());
                    logical = mount.target().isEmpty() ? rest : mount.target() + "/" + rest;
                    lang = mount.lang();
                    break;
                }
            }
        }
        if (logical == null) {
            return null;
        }
        String suffix = suffixLanguage(logical);
        String language = suffix != null ? suffix : lang;
        if (language != null && !languages.built(language)) {
            return null; // a disabled language: Hugo builds none of its pages
        }
        return ContentPath.of(relative, logical, suffix, language);
    }

    private String suffixLanguage(String logical) {
        if (codes.isEmpty()) {
            return null;
        }
        String file = logical.substring(logical.lastIndexOf('/') + 1);
        int extension = file.lastIndexOf('.');
        String name = extension < 0 ? file : file.substring(0, extension);
        int dot = name.lastIndexOf('.');
        String code = dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return code != null && codes.contains(code) ? code : null;
    }
}
