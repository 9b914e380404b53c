package io.blogsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.lucene.SearchService;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.query.Synonyms;
import io.blogsearch.schema.FacetDims;
import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The CPU time of one uncached search, measured in-process on one thread: the 50 requests of {@code queries.lua},
 * answered by blogsearch's engine (recomputed, as with {@code Cache-Control: no-cache}) and written as JSON, against
 * the floor of {@code bench.sh} ({@link BareSearchBench}, with snippets, and with snippets and facets) on the same
 * index. Thread CPU time leaves out the time other processes take the processor, so on a machine shared with other
 * work it is steadier than requests per second; the least of many rounds is reported, with the median. No HTTP: the
 * request handling both servers share is not counted. Not a test (surefire skips *Bench*).
 *
 * <p>Arguments: index folder, rounds (default 40). Run with the server's test classpath.
 */
public final class SearchCpuBench {

    private static final Map<String, String> FACET_PARAMS = Map.of("type", FacetDims.TYPE, "conference",
            FacetDims.CONFERENCE, "speaker", FacetDims.SPEAKER, "tag", FacetDims.TAG, "year", FacetDims.YEAR,
            "author", FacetDims.AUTHOR, "lang", FacetDims.LANG);
    private static final int WARM_UP_ROUNDS = 20;
    /**
     * Warm-up rounds go on for at least this long ({@code -Dwarmup.seconds}): with both compilers, the optimising
     * one keeps compiling and deoptimising the search's code for some 20-30 s of this mix, and a shorter warm-up
     * measures blogsearch half compiled while the floor's little code is long done.
     */
    private static final long WARM_UP_SECONDS = Long.getLong("warmup.seconds", 30);

    private SearchCpuBench() {
    }

    /** One way of answering a request string, returning the JSON bytes. */
    private interface Answerer {
        byte[] answer(String request) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<String> requests = requests();
        ObjectMapper mapper = new ObjectMapper();
        SearchService engine = SearchService.open(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS, 1);
        while (!engine.isReady()) {
            Thread.sleep(20);
        }
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        BareSearchBench snippets = BareSearchBench.of(reader, "snippets");
        BareSearchBench facets = BareSearchBench.of(reader, "facets");
        Map<String, Answerer> ways = new LinkedHashMap<>();
        ways.put("blogsearch uncached", r -> mapper.writeValueAsBytes(engine.search(request(r), true)));
        ways.put("floor with snippets", r -> mapper.writeValueAsBytes(snippets.answer(param(r, "q"))));
        ways.put("floor with snippets and facets", r -> mapper.writeValueAsBytes(facets.answer(param(r, "q"))));
        Map<String, double[]> perRound = new LinkedHashMap<>();
        ways.keySet().forEach(way -> perRound.put(way, new double[rounds]));
        long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        int warmUpRounds = 0;
        while (warmUpRounds < WARM_UP_ROUNDS || System.nanoTime() < warmUpEnd) {
            for (Answerer way : ways.values()) {
                cpuMillisPerRequest(way, requests);
            }
            warmUpRounds++;
        }
        for (int round = 0; round < rounds; round++) {
            // Ways alternate round by round, so a busy spell of the machine falls on all of them alike.
            for (Map.Entry<String, Answerer> way : ways.entrySet()) {
                perRound.get(way.getKey())[round] = cpuMillisPerRequest(way.getValue(), requests);
            }
        }
        System.out.printf("index %s, %d requests x %d rounds (after %d warm-up rounds, %d s), one thread%n", index,
                requests.size(), rounds, warmUpRounds, WARM_UP_SECONDS);
        double ours = least(perRound.get("blogsearch uncached"));
        perRound.forEach((way, ms) -> System.out.printf("%-32s CPU per request: least %.3f ms, median %.3f ms,"
                + " floor/blogsearch %.2f%n", way, least(ms), median(ms), least(ms) / ours));
        if (Boolean.getBoolean("perQuery")) {
            perQuery(ways.get("blogsearch uncached"), ways.get("floor with snippets and facets"), requests, rounds);
        }
        engine.close();
        reader.close();
    }

    private static double cpuMillisPerRequest(Answerer way, List<String> requests) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (String request : requests) {
            way.answer(request);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e6 / requests.size();
    }

    /** Each request's least CPU time over the rounds, ours beside the floor's, the costliest first. */
    private static void perQuery(Answerer ours, Answerer floor, List<String> requests, int rounds) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, double[]> least = new LinkedHashMap<>();
        for (String request : requests) {
            double[] both = {Double.MAX_VALUE, Double.MAX_VALUE};
            for (int round = 0; round < rounds; round++) {
                Answerer[] pair = {ours, floor};
                for (int i = 0; i < 2; i++) {
                    long start = threads.getCurrentThreadCpuTime();
                    pair[i].answer(request);
                    both[i] = Math.min(both[i], (threads.getCurrentThreadCpuTime() - start) / 1e6);
                }
            }
            least.put(request, both);
        }
        least.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.out.printf("%8.3f ms %8.3f ms  %s%n", e.getValue()[0], e.getValue()[1],
                        e.getKey()));
    }

    private static double least(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The query strings of queries.lua. */
    private static List<String> requests() throws Exception {
        String lua = Files.readString(Path.of("server/src/bench/queries.lua"));
        String block = lua.substring(lua.indexOf("local queries = {"), lua.indexOf("}", lua.indexOf("local queries")));
        List<String> requests = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(block);
        while (quoted.find()) {
            requests.add(quoted.group(1));
        }
        return requests;
    }

    /** The request as the API reads it, for the parameters the benchmark's queries use. */
    private static SearchRequest request(String query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String dim = FACET_PARAMS.get(kv[0]);
            if (dim != null && kv.length == 2 && !kv[1].isEmpty()) {
                filters.computeIfAbsent(dim, d -> new ArrayList<>()).add(decode(kv[1]));
            }
        }
        String sort = param(query, "sort");
        return new SearchRequest(param(query, "q"), filters, null, null,
                sort.isEmpty() ? null : SortOrder.parse(sort).orElseThrow(), 1, SearchRequest.DEFAULT_SIZE);
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return kv.length == 2 ? decode(kv[1]) : "";
            }
        }
        return "";
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
