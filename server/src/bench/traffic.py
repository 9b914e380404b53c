#!/usr/bin/env python3
"""Traffic for the reliability script (reliability.sh), Python 3 standard library only; loopback only.

  traffic.py fuzz PORT N [PID]    N fuzzed requests (garbage, worst-case word lists, odd parameters, hostile paths,
                                  wrong methods) one after another; prints statuses, 5xx count, p50/p99/max latency,
                                  the p50/p99/max tookMs the server reports for its searches, and with PID the server's
                                  CPU time per request (both less noisy than the latency on a loaded machine)
  traffic.py cost PORT PID N      N uncached searches of 16 random unknown long words; prints the server's CPU time
                                  per search (from /proc/PID/stat) and the tookMs the server reports
  traffic.py soak PORT SECONDS PID [THREADS]
                                  realistic searches (half uncached) from THREADS connections for SECONDS, sampling
                                  the resident memory of PID every 10 s; prints the samples and the request counts
Exit code 1 when a request got a 5xx or no answer at all.
"""
import http.client
import random
import re
import string
import sys
import threading
import time
import urllib.parse

HOST = "127.0.0.1"
PIECES = ["\"", "\"\"", "-", "--", "+", "*", "?", "~", "~2", "\\", ":", "(", ")", "[", "]", "{", "}", "^", "!",
          "&&", "||", "AND", "OR", "NOT", "/", "speaker:", "tag:", "type:", "type:poem", "title:", "year:",
          "year:99999", "conference:\"", "-\"", " ", "\t", "%", "%00", "\u0000", "\U0001F600", "\u4e2d\u6587",
          "\u00fcn\u00efc\u00f6d\u00e9", "\u0130", "<script>", "'", ";", "x" * 300, "0", "-1", "1e9", "NaN", "*:*",
          "\"unclosed", "\u202e", "\r\n", "who said", "kubernetes", "storage", "the", "a"]
REAL = ["kubernetes", "rook ceph", "scissors", "gitlab ci", "docker", "keycloak", "matrix", "kubernets",
        "elasticsearh", "kube", "scis", "\"running with scissors\"", "liz rice", "speaker:rice", "k8s",
        "cluster architecture", "helm chart -rook", "ipv6 containers", "conference", "keynote"]
PARAMS = ["size=0", "size=101", "size=-5", "size=abc", "page=0", "page=1001", "page=99", "type=poem", "type=quote",
          "sort=sideways", "sort=oldest", "from=2018-13-45", "from=yesterday", "to=2019-02-30", "year=abc",
          "year=2018", "tag=" + "t" * 2000, "post=content/post/x.md", "speaker=%00", "conference=%E2%80%AE"]


def unknown_words(count):
    """A worst-case word list: long words no index holds, each costing typo automata if nothing caps them."""
    return " ".join(random.choice(string.ascii_lowercase) + "".join(
        random.choice(string.ascii_lowercase) for _ in range(random.randint(7, 23))) for _ in range(count))


def garbage():
    return "".join(random.choice(PIECES) if random.random() < 0.75 else chr(random.randint(32, 0x2FFF))
                   for _ in range(random.randint(1, 12)))


def fuzzed_request():
    """(method, path) of one fuzzed request."""
    kind = random.random()
    if kind < 0.35:
        return "GET", "/api/search?q=" + urllib.parse.quote(garbage())
    if kind < 0.60:
        return "GET", "/api/search?q=" + urllib.parse.quote(unknown_words(random.choice([8, 16, 16, 40])))
    if kind < 0.72:
        q = urllib.parse.quote(random.choice(REAL))
        return "GET", "/api/search?q=" + q + "&" + "&".join(random.sample(PARAMS, random.randint(1, 3)))
    if kind < 0.84:
        return "GET", "/api/suggest?q=" + urllib.parse.quote(random.choice([garbage(), unknown_words(3), "kube"]))
    if kind < 0.88:
        return random.choice(["POST", "PUT", "DELETE"]), random.choice(["/api/search?q=x", "/healthz", "/"])
    if kind < 0.92:
        return "GET", random.choice(["/api/search?q=%zz", "/api/search?q=%", "/api/../../etc/passwd",
                                     "/api/search?" + "q=x&" * 500, "/%2e%2e/%2e%2e/", "/api/nothing",
                                     "/api/search?q=" + "y" * 60000])
    return "GET", "/api/search?q=" + urllib.parse.quote(unknown_words(16)) + "&size=100&page=" + str(
        random.randint(1, 50))


class Client:
    """One keep-alive connection, reopened when the server closes it (as it does after a refused request)."""

    def __init__(self, port):
        self.port = port
        self.connection = None
        self.body = b""

    def send(self, method, path, headers=None):
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
            try:
                self.connection.request(method, path, headers=headers or {})
                response = self.connection.getresponse()
                self.body = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status
            except (http.client.HTTPException, ConnectionError, OSError):
                self.close()
                if attempt == 1:
                    return None
        return None

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def took_millis(body):
    """The tookMs of a search answer, or None for any other answer."""
    match = re.search(rb'"tookMs":(\d+)', body)
    return int(match.group(1)) if match else None


def fuzz(port, count, pid=None):
    random.seed(16)
    client = Client(port)
    statuses = {}
    latencies = []
    took = []
    before = cpu_millis(pid) if pid else 0
    failures = []
    slowest = []
    for _ in range(count):
        method, path = fuzzed_request()
        start = time.perf_counter()
        status = client.send(method, path)
        latencies.append((time.perf_counter() - start) * 1000)
        if took_millis(client.body) is not None:
            took.append(took_millis(client.body))
        slowest.append((latencies[-1], status, method, path[:100]))
        slowest.sort(reverse=True)
        del slowest[5:]
        statuses[status] = statuses.get(status, 0) + 1
        if status is None or status >= 500:
            failures.append(f"{status} {method} {path[:120]}")
    print("fuzz: %d requests, statuses %s" % (count, dict(sorted(statuses.items(), key=lambda s: str(s[0])))))
    print("fuzz: 5xx or no answer: %d" % len(failures))
    for failure in failures[:10]:
        print("  " + failure)
    print("fuzz: latency p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (
        percentile(latencies, 0.5), percentile(latencies, 0.99), max(latencies)))
    print("fuzz: server tookMs of %d searches p50 %d, p99 %d, max %d%s" % (
        len(took), percentile(took, 0.5), percentile(took, 0.99), max(took, default=0),
        ", %.1f ms of server CPU per request" % ((cpu_millis(pid) - before) / count) if pid else ""))
    for millis, status, method, path in slowest:
        print("  slowest: %.1f ms %s %s %s" % (millis, status, method, path))
    return 1 if failures else 0


def cpu_millis(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / 100  # utime + stime, in clock ticks of 1/100 s


def cost(port, pid, count):
    import json
    client = Client(port)
    took = []
    before = cpu_millis(pid)
    for _ in range(count):
        query = urllib.parse.quote(" ".join(random.choice(string.ascii_lowercase) + "".join(
            random.choice(string.ascii_lowercase) for _ in range(11)) for _ in range(16)))
        client.connection = client.connection or http.client.HTTPConnection(HOST, port, timeout=30)
        client.connection.request("GET", "/api/search?q=" + query, headers={"Cache-Control": "no-cache"})
        took.append(json.loads(client.connection.getresponse().read())["tookMs"])
    spent = cpu_millis(pid) - before
    print("cost: 16 unknown 12-letter words, %d uncached searches: %.1f ms of server CPU per search, "
          "tookMs p50 %d, p99 %d" % (count, spent / count, percentile(took, 0.5), percentile(took, 0.99)))
    return 0


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def soak(port, seconds, pid, threads):
    queries = [q for q in re.findall(r'"(q=[^"]*)"', open(__file__.replace("traffic.py", "queries.lua")).read())]
    counts = {"requests": 0, "errors": 0}
    lock = threading.Lock()
    deadline = time.time() + seconds

    def worker(seed):
        rng = random.Random(seed)
        client = Client(port)
        while time.time() < deadline:
            fresh = rng.random() < 0.5
            status = client.send("GET", "/api/search?" + rng.choice(queries),
                                 {"Cache-Control": "no-cache"} if fresh else None)
            with lock:
                counts["requests"] += 1
                if status != 200:
                    counts["errors"] += 1

    workers = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(threads)]
    for thread in workers:
        thread.start()
    start = time.time()
    samples = []
    while time.time() < deadline:
        samples.append((time.time() - start, rss_mib(pid), counts["requests"], counts["errors"]))
        print("soak: t=%5.0fs rss=%6.1f MiB requests=%d errors=%d" % samples[-1], flush=True)
        time.sleep(min(10, max(0.0, deadline - time.time())))
    for thread in workers:
        thread.join()
    samples.append((time.time() - start, rss_mib(pid), counts["requests"], counts["errors"]))
    first_minute = max(s[1] for s in samples if s[0] <= 60)
    half = [s[1] for s in samples if s[0] >= samples[-1][0] / 2]
    print("soak: %d requests, %d errors, %.0f req/s" % (counts["requests"], counts["errors"],
                                                       counts["requests"] / samples[-1][0]))
    print("soak: rss at start %.1f MiB, max in the first minute %.1f MiB, max %.1f MiB, at the end %.1f MiB; "
          "second half from %.1f to %.1f MiB" % (samples[0][1], first_minute, max(s[1] for s in samples),
                                                 samples[-1][1], min(half), max(half)))
    return 1 if counts["errors"] else 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "fuzz":
        sys.exit(fuzz(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else None))
    if len(sys.argv) >= 5 and sys.argv[1] == "cost":
        sys.exit(cost(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
    if len(sys.argv) >= 5 and sys.argv[1] == "soak":
        sys.exit(soak(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]),
                      int(sys.argv[5]) if len(sys.argv) > 5 else 4))
    print(__doc__)
    sys.exit(2)
