package io.blogsearch.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shortcodes whose templates show nothing of what they enclose: a {@code comment} shortcode whose template is
 * {@code {{ if .Inner }}{{ end }}} hides it, and so does a chart shortcode that parses it as data or a script
 * shortcode that stores it for the page's footer ({@link ShortcodeInnerUse}); then the enclosed text is not on the
 * page. Read from the site's {@code layouts/shortcodes/} (or {@code layouts/_shortcodes/}), else its themes', as
 * Hugo looks them up. A template is silent when it holds nothing but actions that write nothing (comments,
 * {@code if}/{@code else}/{@code with}/{@code range}/{@code end}, variable assignments) or when it hides its inner
 * text. A shortcode without a template in the sources shows what it encloses.
 */
final class SilentShortcodes {

    private static final Pattern ACTION = Pattern.compile("\\{\\{-?(.*?)-?}}", Pattern.DOTALL);
    private static final Pattern WRITES_NOTHING = Pattern.compile(
            "\\s*(/\\*.*\\*/|(if|else|with|range)\\b.*|end|break|continue|\\$\\w*\\s*:?=.*)\\s*", Pattern.DOTALL);
    private static final List<String> FOLDERS = List.of("layouts/shortcodes", "layouts/_shortcodes");

    private SilentShortcodes() {
    }

    /** The names ({@code comment}, {@code blocks/note}) of the silent shortcodes of the site and its themes. */
    static Set<String> of(Path root, List<Path> themes) {
        Map<String, Boolean> silent = new HashMap<>();
        List<Path> layouts = new ArrayList<>();
        FOLDERS.forEach(folder -> layouts.add(root.resolve(folder)));
        for (Path theme : themes) {
            FOLDERS.forEach(folder -> layouts.add(theme.resolve(folder)));
        }
        for (Path folder : layouts) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f)).toList()) {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    String name = relative.substring(0, relative.length() - ".html".length());
                    // the site's own template comes first and hides the theme's
                    String template = Files.readString(file, StandardCharsets.UTF_8);
                    silent.putIfAbsent(name, writesNothing(template) || ShortcodeInnerUse.hidesInner(template));
                }
            } catch (IOException e) {
                // an unreadable layouts folder: no shortcode is known to be silent
            }
        }
        return silent.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    static boolean writesNothing(String template) {
        Matcher matcher = ACTION.matcher(template);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            if (!WRITES_NOTHING.matcher(matcher.group(1)).matches()) {
                return false;
            }
            rest.append(template, last, matcher.start());
            last = matcher.end();
        }
        rest.append(template.substring(last));
        return rest.toString().isBlank();
    }
}
