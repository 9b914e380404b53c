package io.blogsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.engine.IndexNotReadyException;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blogsearch search}: the search layer on a terminal, straight from the index (no server needed). */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each to the terminal width itself.
        description = {
            "Searches the index and prints the hits: quotes with their speaker, talks with their speakers, the post "
                + "each hit belongs to and its link. The query language is the web page's: \"phrases\", -exclusion, "
                + "speaker:, tag:, conference:, type:, title:, year: fields and \"who said …\" questions; typos and "
                + "half-typed words are tolerated."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:something was found",
            "1:unexpected error",
            "2:usage error (unknown or invalid option)",
            "3:nothing was found",
            "4:no index at --index"})
public final class SearchCommand implements Callable<Integer> {

    public static final int FOUND = 0;
    public static final int NOTHING_FOUND = 3;
    public static final int NO_INDEX = 4;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to search for; empty lists the newest.")
    private List<String> words = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:BLOGSEARCH_INDEX}",
            description = "Index folder (env BLOGSEARCH_INDEX). Required.")
    private Path index;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "post, page, section, quote, figure or talk; repeatable.")
    private List<String> types = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker; repeatable (OR).")
    private List<String> speakers = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only this tag; repeatable (OR).")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--conference", paramLabel = "NAME", description = "Only this conference; repeatable (OR).")
    private List<String> conferences = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY", description = "Only this year; repeatable (OR).")
    private List<String> years = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Only pages in this language (e.g. en, ja); repeatable (OR).")
    private List<String> langs = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, newest or oldest.")
    private String sort;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10",
            description = "Hits to print, 1 to 100 (default ${DEFAULT-VALUE}).")
    private int size;

    @Mixin
    private OpenSearchOptions openSearch = new OpenSearchOptions();

    @Option(names = "--json", description = "Print the API's JSON answer instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        if (!openSearch.enabled() && !Files.isDirectory(index)) {
            spec.commandLine().getErr().println("blogsearch search: no index at " + index);
            return NO_INDEX;
        }
        try (SearchEngine engine = openSearch.enabled()
                ? Engines.openSearch(openSearch.config(), SearchEngine.DEFAULT_BUDGET_MILLIS) : Engines.lucene(index)) {
            SearchResponse response = engine.search(request);
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(response));
            } else {
                HitPrinter.print(response, out, System.console() != null);
            }
            out.flush();
            return response.hits().isEmpty() ? NOTHING_FOUND : FOUND;
        } catch (IndexNotReadyException e) {
            spec.commandLine().getErr().println("blogsearch search: " + e.getMessage());
            return NO_INDEX;
        }
    }

    private SearchRequest request() {
        if (openSearch.enabled()) {
            try {
                openSearch.config();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        } else if (index == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: --index (or BLOGSEARCH_INDEX)");
        }
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new ParameterException(spec.commandLine(), "--size must be from 1 to " + SearchRequest.MAX_SIZE);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        List<String> typeValues = new ArrayList<>();
        for (String type : types) {
            typeValues.add(DocType.parse(type).map(t -> t.value()).orElseThrow(() ->
                    new ParameterException(spec.commandLine(),
                            "--type must be post, page, section, quote, figure or talk")));
        }
        put(filters, FacetDims.TYPE, typeValues);
        put(filters, FacetDims.SPEAKER, speakers);
        put(filters, FacetDims.TAG, tags);
        put(filters, FacetDims.CONFERENCE, conferences);
        put(filters, FacetDims.YEAR, years);
        put(filters, FacetDims.LANG, langs.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList());
        SortOrder order = sort == null ? null : SortOrder.parse(sort).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--sort must be relevance, newest or oldest"));
        return new SearchRequest(String.join(" ", words), filters, null, null, order, 1, size);
    }

    private static void put(Map<String, List<String>> filters, String dim, List<String> values) {
        if (!values.isEmpty()) {
            filters.put(dim, List.copyOf(values));
        }
    }

    /** Prints one response for people. */
    static final class HitPrinter {

        private HitPrinter() {
        }

        static void print(SearchResponse response, PrintWriter out, boolean ansi) {
            out.printf("%d matches (%d ms)%s%n", response.total(), response.tookMs(),
                    response.didYouMean() == null ? "" : " - did you mean: " + response.didYouMean() + "?");
            int rank = 1;
            for (Hit hit : response.hits()) {
                out.println();
                out.printf("%2d. [%s] %s%n", rank++, hit.type(), headline(hit, ansi));
                if (hit.talk() != null && !hit.talk().speakers().isEmpty()) {
                    out.println("    by " + String.join(", ", hit.talk().speakers().stream().map(s ->
                            s.name() + (s.org() == null ? "" : " (" + s.org() + ")")).toList()));
                }
                if (hit.quote() == null && !hit.snippet().isBlank()) {
                    out.println("    " + plain(hit.snippet(), ansi));
                }
                String post = hit.post().title() + (hit.date() == null ? "" : " (" + hit.date() + ")");
                if (hit.conference() != null) {
                    post += " - " + hit.conference();
                }
                out.println("    in: " + post);
                out.println("    " + hit.url());
                if (hit.moreInPost() > 0) {
                    out.printf("    + %d more in this post%n", hit.moreInPost());
                }
            }
        }

        private static String headline(Hit hit, boolean ansi) {
            if (hit.quote() != null) {
                String speaker = hit.quote().speaker() == null ? "" : " - " + hit.quote().speaker();
                return "\"" + plain(hit.snippet(), ansi) + "\"" + speaker;
            }
            return hit.title();
        }

        /** The snippet without HTML: marks become bold on a terminal, entities are decoded. */
        private static String plain(String html, boolean ansi) {
            String marked = html.replace("<mark>", ansi ? "\u001b[1m" : "").replace("</mark>", ansi ? "\u001b[0m" : "");
            return marked.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }
}
