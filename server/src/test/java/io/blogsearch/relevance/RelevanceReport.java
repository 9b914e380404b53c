package io.blogsearch.relevance;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.schema.FacetDims;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Runs judged queries against an engine and reports success@1 and MRR@10, overall and per kind of query. */
final class RelevanceReport {

    static final int DEPTH = 10;
    /** Rounds of the query mix timed after the judged run (which warms the searcher up). */
    private static final int TIMED_ROUNDS = 3;

    private final List<String> lines = new ArrayList<>();
    private final Map<String, double[]> perKind = new TreeMap<>();
    private double reciprocalRanks;
    private int successes;
    private int queries;

    private long warmMillis;

    /** Runs every judgment and records its rank; then times the mix again, warmed up and uncached. */
    static RelevanceReport run(SearchEngine engine, List<Judgment> judgments) throws IOException {
        RelevanceReport report = new RelevanceReport();
        report.judge(engine, judgments);
        long start = System.nanoTime();
        for (int i = 0; i < TIMED_ROUNDS; i++) {
            for (Judgment judgment : judgments) {
                engine.search(request(judgment), true);
            }
        }
        report.warmMillis = (System.nanoTime() - start) / 1_000_000 / TIMED_ROUNDS;
        return report;
    }

    private static SearchRequest request(Judgment judgment) {
        Map<String, List<String>> filters = judgment.type() == null ? Map.of()
                : Map.of(FacetDims.TYPE, List.of(judgment.type()));
        return new SearchRequest(judgment.query(), filters, null, null, null, 1, DEPTH);
    }

    private void judge(SearchEngine engine, List<Judgment> judgments) throws IOException {
        RelevanceReport report = this;
        for (Judgment judgment : judgments) {
            SearchResponse response = engine.search(request(judgment), true);
            report.add(judgment, rank(response.hits(), judgment), response.hits());
        }
    }

    private void add(Judgment judgment, int rank, List<Hit> hits) {
        double reciprocal = rank == 0 ? 0 : 1.0 / rank;
        reciprocalRanks += reciprocal;
        successes += rank == 1 ? 1 : 0;
        queries++;
        double[] kind = perKind.computeIfAbsent(judgment.kind(), k -> new double[3]);
        kind[0] += reciprocal;
        kind[1] += rank == 1 ? 1 : 0;
        kind[2]++;
        lines.add(String.format(Locale.ROOT, "  %-8s %-44s rank %-2s top: %s", judgment.kind(), judgment.query(),
                rank == 0 ? "-" : Integer.toString(rank), hits.isEmpty() ? "(none)" : hits.get(0).path()));
    }

    /** Mean reciprocal rank of the first relevant hit in the top {@link #DEPTH}. */
    double mrr() {
        return reciprocalRanks / queries;
    }

    /** Share of queries whose first hit is relevant. */
    double successAt1() {
        return (double) successes / queries;
    }

    /** Prints every query's rank, then the figures per kind and overall. */
    void print(String corpus) {
        System.out.println("Relevance over " + corpus + " (" + queries + " judged queries):");
        lines.forEach(System.out::println);
        perKind.forEach((kind, f) -> System.out.printf(Locale.ROOT, "  %-8s n=%-3d success@1 = %.3f, MRR@10 = %.3f%n",
                kind, (int) f[2], f[1] / f[2], f[0] / f[2]));
        System.out.printf(Locale.ROOT, "%s: success@1 = %.3f, MRR@10 = %.3f; the %d queries took %d ms warm%n",
                corpus, successAt1(), mrr(), queries, warmMillis);
    }

    private static int rank(List<Hit> hits, Judgment judgment) {
        for (int i = 0; i < hits.size(); i++) {
            if (judgment.relevant().test(hits.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
