#!/usr/bin/env python3
"""Facet-count cost: one jar served twice on one index, facet counts of results (the default, ResultFacetCounts)
and of matching entities (-Dblogsearch.bench.entityFacetCounts=true, the counting before issue 14), in alternating
runs. Each run warms up, then sends a fixed query mix one request at a time with Cache-Control: no-cache (every answer
recomputed) and records the server's tookMs and the client's round trip. Python 3 standard library only; loopback.

  facet_cost.py JAR INDEX [--rounds 3] [--passes 5] [--warmup 3] [--heap 256m] [--port 7097] [--queries FILE]

The mix: the 50 requests of queries.lua, plus FILE's (one query string a line, e.g. q=x&year=2019) when given.
Prints, per mode, p50/p90/p99/mean of tookMs and of the round trip over every request, and over the requests whose
facets were counted exactly (facetsExact: true, the only ones result counting applies to).
"""
import argparse
import http.client
import json
import sys
import time

import benchserver

MODES = {"results": [], "entities": ["-Dblogsearch.bench.entityFacetCounts=true"]}


def run(port, queries, passes):
    """[(query, tookMs, round trip ms, facetsExact)] of `passes` passes over the mix."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    results = []
    for _ in range(passes):
        for query in queries:
            begin = time.perf_counter()
            connection.request("GET", "/api/search?" + query, headers={"Cache-Control": "no-cache"})
            response = connection.getresponse()
            body = response.read()
            elapsed = (time.perf_counter() - begin) * 1000
            if response.status != 200:
                sys.exit("HTTP %d for %s" % (response.status, query))
            answer = json.loads(body)
            results.append((query, answer["tookMs"], elapsed, answer["facetsExact"]))
    return results


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def describe(name, samples):
    if not samples:
        return "%-28s (none)" % name
    took = [s[1] for s in samples]
    trip = [s[2] for s in samples]
    return ("%-28s n=%-5d tookMs p50 %3d p90 %3d p99 %3d mean %6.2f | round trip ms p50 %6.2f p90 %6.2f p99 %6.2f "
            "mean %6.2f" % (name, len(samples), percentile(took, .5), percentile(took, .9), percentile(took, .99),
                            sum(took) / len(took), percentile(trip, .5), percentile(trip, .9), percentile(trip, .99),
                            sum(trip) / len(trip)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("index")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--heap", default="256m")
    parser.add_argument("--port", type=int, default=7097)
    parser.add_argument("--queries")
    args = parser.parse_args()
    queries = benchserver.query_mix(args.queries)
    samples = {mode: [] for mode in MODES}
    for _ in range(args.rounds):
        for mode, flags in MODES.items():
            server = benchserver.start(args.jar, args.index, args.heap, args.port, flags, "facet-cost-server.log")
            try:
                run(args.port, queries, args.warmup)
                samples[mode] += run(args.port, queries, args.passes)
            finally:
                server.terminate()
                server.wait()
    exact = {query for query, _, _, is_exact in samples["results"] if is_exact}
    print("%d queries, %d of them counted exactly (at most 10,000 matches); %d rounds x %d passes per mode"
          % (len(queries), len(exact), args.rounds, args.passes))
    for mode in MODES:
        print(describe(mode + ", all", samples[mode]))
        print(describe(mode + ", exact only", [s for s in samples[mode] if s[0] in exact]))


if __name__ == "__main__":
    main()
