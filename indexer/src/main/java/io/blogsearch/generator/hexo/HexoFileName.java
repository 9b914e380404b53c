package io.blogsearch.generator.hexo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's file name read back through {@code new_post_name}, as Hexo reads it: the pattern without its extension is
 * matched against the path under {@code _posts/} (or {@code _drafts/}) without its extension, {@code :year} as four
 * digits, {@code :month}/{@code :day} as two, {@code :i_month}/{@code :i_day} as one or two, {@code :hash} as twelve
 * hex digits and any other placeholder as the shortest text that fits. The post's slug ({@code :title} in its URL)
 * is what {@code :title} matched, kept as written, folders and case included; when the name does not fit the
 * pattern, or the pattern has no {@code :title}, it is the whole path slugized. The other placeholders
 * ({@code :lang}, ...) become front matter values of the post.
 *
 * @param slug   the post's slug
 * @param values what the other placeholders matched (year, month, lang, ...)
 */
record HexoFileName(String slug, Map<String, String> values) {

    private static final Pattern PARAM = Pattern.compile(":(\\w*[^_\\W])");
    private static final Map<String, String> SEGMENTS = Map.of("year", "(\\d{4})", "month", "(\\d{2})",
            "day", "(\\d{2})", "i_month", "(\\d{1,2})", "i_day", "(\\d{1,2})", "hash", "([0-9a-f]{12})");

    /** Reads {@code path} (relative to {@code _posts/}, with extension) through the {@code new_post_name} pattern. */
    static HexoFileName of(String newPostName, String path) {
        String pattern = withoutExtension(newPostName);
        String name = withoutExtension(path);
        List<String> params = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher param = PARAM.matcher(pattern);
        int last = 0;
        while (param.find()) {
            regex.append(Pattern.quote(pattern.substring(last, param.start())));
            regex.append(SEGMENTS.getOrDefault(param.group(1), "(.+?)"));
            params.add(param.group(1));
            last = param.end();
        }
        regex.append(Pattern.quote(pattern.substring(last))).append('$');
        Matcher matcher = Pattern.compile(regex.toString()).matcher(name);
        if (!matcher.matches()) {
            return new HexoFileName(HexoSlugs.slugize(name), Map.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            values.put(params.get(i), matcher.group(i + 1));
        }
        String slug = values.remove("title");
        return new HexoFileName(slug != null ? slug : HexoSlugs.slugize(name), Map.copyOf(values));
    }

    /** A path without the extension of its file ({@code .md}); a name without one stays as it is. */
    static String withoutExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot <= path.lastIndexOf('/') ? path : path.substring(0, dot);
    }
}
