#!/usr/bin/env python3
"""Answers of the benchmark queries, to compare two builds: serves JAR on INDEX, asks every request of queries.lua
(and FILE's, one query string a line, when given) with Cache-Control: no-cache, and writes one line per request to
OUT: the request and its whole answer (hits, snippets, facets, total, correction) without the time it took, as
sorted JSON. Two builds answer alike when `diff` of their files is empty. Python 3 standard library only; loopback.

  answers.py JAR INDEX OUT [--queries FILE] [--heap 256m] [--port 7098]
"""
import argparse
import http.client
import json

import benchserver


def answer(port, query):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/api/search?" + query, headers={"Cache-Control": "no-cache"})
    response = connection.getresponse()
    body = json.loads(response.read())
    if response.status != 200:
        return {"status": response.status, "body": body}
    body.pop("tookMs", None)
    return body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("index")
    parser.add_argument("out")
    parser.add_argument("--queries")
    parser.add_argument("--heap", default="256m")
    parser.add_argument("--port", type=int, default=7098)
    args = parser.parse_args()
    server = benchserver.start(args.jar, args.index, args.heap, args.port, log_name="answers-server.log")
    try:
        with open(args.out, "w", encoding="utf-8") as out:
            for query in benchserver.query_mix(args.queries):
                out.write(json.dumps({"request": query, "answer": answer(args.port, query)}, sort_keys=True,
                                     ensure_ascii=False) + "\n")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
