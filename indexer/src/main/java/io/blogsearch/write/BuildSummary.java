package io.blogsearch.write;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one build did.
 *
 * @param pages       pages in the index after the build (posts, plain pages and section lists)
 * @param posts       of those, blog posts
 * @param sections    sections in the index
 * @param quotes      quotes in the index
 * @param figures     figures in the index
 * @param talks       talks in the index
 * @param speakers    distinct speaker names (talk and quote speakers)
 * @param conferences distinct conferences
 * @param parsed      files parsed in this build (changed or new)
 * @param unchanged   files reused from the previous build without parsing
 * @param rewritten   pages whose documents were (re)written
 * @param deleted     pages removed because their file is gone (or is now a draft or skipped)
 * @param excluded    drafts and expired pages left out
 * @param problems    files skipped or indexed only partly, with path, line and reason
 * @param elapsed     wall-clock time of the build, commit included
 * @param languages   pages per language code, by code
 * @param notices     config forms the build did not understand, one line each ({@code file: key: what was done})
 */
public record BuildSummary(int pages, int posts, int sections, int quotes, int figures, int talks, int speakers,
                           int conferences, int parsed, int unchanged, int rewritten, int deleted, int excluded,
                           List<FileProblem> problems, Duration elapsed, Map<String, Integer> languages,
                           List<String> notices) {

    public BuildSummary {
        problems = List.copyOf(problems);
        languages = languages == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(languages));
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A summary without languages and notices. */
    public BuildSummary(int pages, int posts, int sections, int quotes, int figures, int talks, int speakers,
                        int conferences, int parsed, int unchanged, int rewritten, int deleted, int excluded,
                        List<FileProblem> problems, Duration elapsed) {
        this(pages, posts, sections, quotes, figures, talks, speakers, conferences, parsed, unchanged, rewritten,
                deleted, excluded, problems, elapsed, Map.of(), List.of());
    }

    /** This summary with another elapsed time. */
    public BuildSummary withElapsed(Duration value) {
        return new BuildSummary(pages, posts, sections, quotes, figures, talks, speakers, conferences, parsed,
                unchanged, rewritten, deleted, excluded, problems, value, languages, notices);
    }

    /** Files that were not indexed at all. */
    public List<FileProblem> skippedFiles() {
        return problems.stream().filter(FileProblem::skipped).toList();
    }

    /** True when every file was indexed completely. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
