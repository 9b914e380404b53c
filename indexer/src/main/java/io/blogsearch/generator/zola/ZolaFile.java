package io.blogsearch.generator.zola;

import io.blogsearch.parse.HugoDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Markdown file sits in a Zola site's {@code content/} folder and what its name says, as Zola reads it:
 * {@code _index.md} is its folder's section; {@code folder/index.md} is a page named after its folder (assets beside
 * it); {@code name.fr.md} is the French page when fr is one of the site's other languages; a name (or bundle folder)
 * starting with a date ({@code 2024-05-01}, or a full RFC 3339 datetime) then {@code _} or {@code -} dates the page
 * and leaves that prefix out of the slug, unless {@code slugify.paths_keep_dates}.
 *
 * @param folders  the folders between {@code content/} and the page (a bundle's own folder not included)
 * @param name     the file name without extension and language
 * @param lang     the file name's language when it is one of the other languages, else null (the default one)
 * @param bundle   a page bundle ({@code index.md} in a folder of its own)
 * @param section  a section's {@code _index.md}
 * @param nameDate the date at the start of the name, or null
 * @param slugText what the slug is made of without front matter {@code slug}: the name (or bundle folder), its date
 *                 prefix removed
 */
record ZolaFile(List<String> folders, String name, String lang, boolean bundle, boolean section, Instant nameDate,
                String slugText) {

    /** Zola's date prefix: a date or RFC 3339 datetime, then optionally a space, {@code _} or {@code -} and a slug. */
    private static final Pattern DATED = Pattern.compile(
            "^(?<datetime>\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
                    + "(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?"
                    + "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?)"
                    + "(?:\\s?[_-](?<slug>.+)$)?");
    private static final String CONTENT = "content/";

    /** The file at a site-relative path ({@code content/blog/x.md}) of a site with this config. */
    static ZolaFile of(String path, ZolaConfig config) {
        String inContent = path.startsWith(CONTENT) ? path.substring(CONTENT.length()) : path;
        List<String> folders = new ArrayList<>(Arrays.asList(inContent.split("/")));
        String file = folders.remove(folders.size() - 1);
        String name = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
        boolean bundle = !folders.isEmpty() && name.split("\\.", -1)[0].equals("index");
        String lang = null;
        int dot = name.indexOf('.');
        if (dot >= 0 && config.languages().contains(name.substring(dot + 1))) {
            lang = name.substring(dot + 1);
            name = name.substring(0, dot);
        }
        boolean section = name.equals("_index");
        // a bundle's slug and date come from its folder, which is then not one of the page's sections
        String slugSource = name.equals("index") && !folders.isEmpty() ? folders.get(folders.size() - 1) : name;
        if (bundle && !section) {
            folders.remove(folders.size() - 1);
        }
        Instant date = null;
        Matcher dated = DATED.matcher(slugSource);
        if (!section && dated.lookingAt()) {
            date = HugoDates.parse(dated.group("datetime")); // 2021-02-30 matches but names no day: no date
            if (dated.group("slug") != null && !config.keepDates()) {
                slugSource = dated.group("slug");
            }
        }
        return new ZolaFile(List.copyOf(folders), name, lang, bundle && !section, section, date, slugSource);
    }

    /** Whether Zola reads this content file at all: a page, or the section file of a configured language. */
    static boolean isRead(String fileName, ZolaConfig config) {
        if (!fileName.endsWith(".md") || fileName.startsWith(".")) {
            return false;
        }
        if (!fileName.startsWith("_index.") || fileName.equals("_index.md")) {
            return true;
        }
        String lang = fileName.substring("_index.".length(), fileName.length() - ".md".length());
        return config.languages().contains(lang); // Zola reads no other _index.*.md
    }
}
