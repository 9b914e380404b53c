package io.blogsearch.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of pages indexed as well as possible, kept with their post document ({@code line TAB kind TAB reason}
 * a line), so an incremental run that reuses an unchanged page reports them again instead of falling silent.
 */
final class PageProblems {

    private PageProblems() {
    }

    /** The problems of indexed (not skipped) files, encoded per path. */
    static Map<String, String> byPath(Collection<FileProblem> problems) {
        Map<String, List<FileProblem>> grouped = new HashMap<>();
        for (FileProblem problem : problems) {
            if (!problem.skipped()) {
                grouped.computeIfAbsent(problem.path(), path -> new ArrayList<>()).add(problem);
            }
        }
        Map<String, String> encoded = new HashMap<>();
        grouped.forEach((path, list) -> encoded.put(path, encode(list)));
        return encoded;
    }

    private static String encode(List<FileProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (FileProblem problem : problems) {
            text.append(problem.line()).append('\t').append(oneLine(problem.kind())).append('\t')
                    .append(oneLine(problem.reason())).append('\n');
        }
        return text.toString();
    }

    /** The problems stored for {@code path}, as they were reported when it was parsed. */
    static List<FileProblem> decode(String path, String encoded) {
        List<FileProblem> problems = new ArrayList<>();
        if (encoded == null) {
            return problems;
        }
        for (String line : encoded.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                problems.add(new FileProblem(path, Integer.parseInt(parts[0]), parts[1], parts[2], false));
            }
        }
        return problems;
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
