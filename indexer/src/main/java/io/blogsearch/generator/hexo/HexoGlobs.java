package io.blogsearch.generator.hexo;

import io.blogsearch.source.PermalinkRule;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Globs of Hexo's config ({@code skip_render}, {@code exclude}, {@code include}, {@code ignore}), matched as micromatch
 * matches them: {@code *} and {@code ?} within one folder, {@code **} across folders (a leading {@code **}{@code /}
 * also matching no folder at all), {@code {a,b}} alternatives.
 */
final class HexoGlobs {

    private final List<Pattern> patterns;

    private HexoGlobs(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The matcher of these globs; one that does not compile is reported and left out. */
    static HexoGlobs of(List<String> globs) {
        return new HexoGlobs(globs.stream().map(HexoGlobs::compile).filter(Objects::nonNull).toList());
    }

    /** Whether any glob matches the path. */
    boolean matches(String path) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private static Pattern compile(String glob) {
        String written = glob.strip().replaceFirst("^\\./", "");
        try {
            String regex = PermalinkRule.globPattern(written).pattern();
            if (written.startsWith("**/")) {
                regex = "(?:" + regex + "|" + PermalinkRule.globPattern(written.substring(3)).pattern() + ")";
            }
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            System.err.println("warning: Hexo config glob '" + glob + "' is not understood; not applied");
            return null;
        }
    }
}
