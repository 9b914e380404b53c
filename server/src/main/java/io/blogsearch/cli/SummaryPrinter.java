package io.blogsearch.cli;

import io.blogsearch.write.BuildSummary;
import java.io.PrintWriter;

/** Prints a build summary for people. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(BuildSummary summary, PrintWriter out) {
        out.printf("Indexed %d pages (%d posts) in %.1f s%n", summary.pages(), summary.posts(),
                summary.elapsed().toMillis() / 1000.0);
        out.printf("  sections %d, quotes %d, figures %d, talks %d, speakers %d, conferences %d%n",
                summary.sections(), summary.quotes(), summary.figures(), summary.talks(), summary.speakers(),
                summary.conferences());
        out.printf("  files parsed %d, unchanged %d, pages rewritten %d, removed %d, "
                        + "drafts/expired/future/empty/unbuilt left out %d%n",
                summary.parsed(), summary.unchanged(), summary.rewritten(), summary.deleted(), summary.excluded());
        if (summary.languages().size() > 1) {
            out.printf("  languages %s%n", summary.languages());
        }
        for (String notice : summary.notices()) {
            out.printf("  not understood: %s%n", notice);
        }
        long skipped = summary.skippedFiles().size();
        long partial = summary.problems().size() - skipped;
        if (summary.problems().isEmpty()) {
            out.println("  every file indexed");
        } else {
            out.printf("  %d files skipped, %d problems in indexed files (listed on stderr)%n", skipped, partial);
        }
        out.flush();
    }
}
