package io.blogsearch.cli;

import io.blogsearch.generator.SourceOptions;
import io.blogsearch.opensearch.write.OpenSearchTarget;
import io.blogsearch.source.SiteException;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.FileProblem;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexLockedException;
import io.blogsearch.write.IndexOptions;
import io.blogsearch.write.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blogsearch index}: builds or updates the index of a blog's sources (a Lucene folder, or an OpenSearch alias)
 * and prints a summary.
 */
@Command(name = "index",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each to the terminal width itself.
        description = {
            "Indexes a blog into a Lucene index (or, with --opensearch, into an OpenSearch cluster): the sources of "
                + "a Hugo, Hexo, Jekyll, Docusaurus or Zola site or of any Markdown folder mapped in "
                + "blogsearch.yaml; the generator is recognised from the site's files.",
            "Incremental by default: unchanged files (by content hash) are not parsed again, changed ones are "
                + "replaced, deleted ones removed. The index is committed once at the end, so readers never see a "
                + "half-built index and an interrupted build leaves the previous one intact."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every content file was indexed",
            "1:unexpected error (a bug, or the index folder cannot be written)",
            "2:usage error (unknown or missing option)",
            "3:some files were skipped or only partly indexed (listed with path, line and reason)",
            "4:the site is unusable (no content folder, no content files, unreadable config) or the index is "
                    + "locked by another build; one-line reason on stderr",
            "5:no progress for --stall-timeout seconds; every thread's stack is printed on stderr"})
public final class IndexCommand implements Callable<Integer> {

    /** Exit code when every file was indexed. */
    public static final int OK = 0;
    /** Exit code for an unexpected failure. */
    public static final int UNEXPECTED = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;
    /** Exit code when some files were skipped or partly indexed. */
    public static final int SOME_SKIPPED = 3;
    /** Exit code when the site cannot be indexed at all. */
    public static final int SITE_UNUSABLE = 4;
    /** Exit code when the run made no progress for {@code --stall-timeout} seconds. */
    public static final int STALLED = IndexWatchdog.STALLED;
    /** Default of {@code --stall-timeout}: far longer than any step of a 100k-post build takes. */
    static final long DEFAULT_STALL_SECONDS = 600;

    private static final Pattern VALID_BASE_URL = Pattern.compile("(https?://[^\\s/]+(/\\S*)?|/\\S*)");

    @Spec
    private CommandSpec spec;

    @Option(names = "--site", paramLabel = "PATH",
            description = "Root of the site: a Hugo site (content/), a Jekyll site (_config.yml, _posts/), a "
                    + "Docusaurus site (docusaurus.config.*), a Zola site (zola.toml or config.toml with base_url, "
                    + "content/) or a Markdown folder (blogsearch.yaml source:).")
    private Path site;

    @Option(names = "--html", paramLabel = "DIR",
            description = "Instead of --site: the built output of any generator (its HTML files, or the pages its "
                    + "sitemap.xml lists); give the site's URL with --base-url.")
    private Path html;

    @Option(names = "--generator", paramLabel = "NAME",
            description = "The generator that made the site: hugo, hexo, jekyll, docusaurus, zola or markdown; "
                    + "recognised from the site's files when left out.")
    private String generator;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's URL (e.g. https://example.org/blog/), overriding its config's; hits link to it.")
    private String baseUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A blogsearch.yaml to read the source: mapping from instead of the one in the site root.")
    private Path config;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder; created when missing, updated in place when it exists. Not needed with "
                    + "--opensearch, which keeps the index and what the next incremental run reuses in the cluster "
                    + "(given, it only holds the build's scratch files).")
    private Path index;

    @Mixin
    private OpenSearchOptions openSearch = new OpenSearchOptions();

    @Mixin
    private OpenSearchBuildOptions openSearchLayout = new OpenSearchBuildOptions();

    @Option(names = "--full", description = "Rebuild the whole index instead of reusing unchanged files.")
    private boolean full;

    @Option(names = "--drafts", description = "Also index drafts (draft: true); they are left out by default.")
    private boolean drafts;

    @Option(names = "--section", paramLabel = "NAME", split = ",",
            description = "Index only this top-level content section (e.g. blog); repeatable or comma-separated. "
                    + "Default: the site's blogsearch.yaml index.sections, else every section.")
    private List<String> sections = List.of();

    @Option(names = "--quiet", description = "No progress bar and no summary; problems and errors are still "
            + "printed to stderr.")
    private boolean quiet;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_STALL_SECONDS,
            description = "Give up when no file has been read, parsed or written for this long: print every "
                    + "thread's stack and exit with code 5 (default ${DEFAULT-VALUE}; 0 waits forever).")
    private long stallSeconds;

    @Override
    public Integer call() throws Exception {
        String usage = usageProblem();
        if (usage != null) {
            spec.commandLine().getErr().println("blogsearch index: " + usage);
            return USAGE;
        }
        if (stallSeconds <= 0) {
            return build(ProgressListener.none());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (IndexWatchdog watchdog = IndexWatchdog.start(Duration.ofSeconds(stallSeconds), err,
                code -> Runtime.getRuntime().halt(code), ProgressListener.none())) {
            return build(watchdog);
        }
    }

    /** What is wrong with the options picocli cannot check, or null. */
    private String usageProblem() {
        if (index == null && !openSearch.enabled()) {
            return "Missing required option: '--index=DIR' (or --opensearch URL)";
        }
        if (openSearch.enabled()) {
            try {
                openSearch.config();
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            if (openSearchLayout.problem() != null) {
                return openSearchLayout.problem();
            }
        }
        if ((site == null) == (html == null)) {
            return "give either --site PATH (sources) or --html DIR (built output)";
        }
        if (baseUrl != null && !VALID_BASE_URL.matcher(baseUrl.strip()).matches()) {
            return "--base-url must be an http(s) URL or a path starting with /, not '" + baseUrl + "'";
        }
        return null;
    }

    /** Builds the index, telling {@code watchdog} of every step besides the progress bar. */
    private Integer build(ProgressListener watchdog) throws Exception {
        if (!openSearch.enabled()) {
            return build(watchdog, null);
        }
        try (OpenSearchTarget target = OpenSearchTargets.of(openSearch.config(), site, openSearchLayout)) {
            return build(watchdog, target);
        }
    }

    /** Builds into {@code target}, or into the Lucene index folder when it is null. */
    private Integer build(ProgressListener watchdog, OpenSearchTarget target) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(err) : null;
        ProgressListener shown = bar == null ? ProgressListener.none() : bar;
        IndexOptions options = IndexOptions.of(site != null ? site : html, index).withFull(full).withDrafts(drafts)
                .withSections(Set.copyOf(sections))
                .withProgress((phase, done, total) -> {
                    watchdog.progress(phase, done, total);
                    shown.progress(phase, done, total);
                })
                .withSource(new SourceOptions(html != null ? "html" : generator, baseUrl, config))
                .withTarget(target);
        BuildSummary summary;
        try {
            summary = new IndexBuilder(options).build();
        } catch (SiteException | IndexLockedException e) {
            finish(bar);
            err.println("blogsearch index: " + e.getMessage());
            return SITE_UNUSABLE;
        } catch (Exception e) {
            finish(bar);
            // One line (and the stack trace with --debug), exit code UNEXPECTED: see StartupErrorHandler.
            throw e;
        }
        finish(bar);
        if (!quiet) {
            SummaryPrinter.print(summary, out);
            if (target != null) {
                OpenSearchTargets.print(openSearch.config(), target.lastReport(), out);
            }
        }
        for (FileProblem problem : summary.problems()) {
            err.println(problem);
        }
        if (summary.pages() == 0 && !summary.problems().isEmpty()) {
            err.println("blogsearch index: no page could be indexed");
            return SITE_UNUSABLE;
        }
        return summary.clean() ? OK : SOME_SKIPPED;
    }

    private static void finish(ProgressBar bar) {
        if (bar != null) {
            bar.done();
        }
    }
}
