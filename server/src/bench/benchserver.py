"""What the Python benchmark scripts share: the query mix of queries.lua, and a `blogsearch serve` started and waited
for until it is ready. Standard library only."""
import http.client
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def query_mix(extra_file=None):
    """The queries of queries.lua, then EXTRA_FILE's (one query string a line, # for comments) when given."""
    with open(os.path.join(HERE, "queries.lua"), encoding="utf-8") as lua:
        block = lua.read().split("local queries = {", 1)[1].split("}", 1)[0]
    queries = re.findall(r'"([^"]*)"', block)
    if extra_file:
        with open(extra_file, encoding="utf-8") as extra:
            queries += [line.strip() for line in extra if line.strip() and not line.startswith("#")]
    return queries


def start(jar, index, heap, port, flags=(), log_name="bench-server.log"):
    """Serves INDEX with JAR on loopback PORT (JVM FLAGS, -Xmx HEAP); returns the process once /readyz answers 200."""
    os.makedirs("target", exist_ok=True)
    log_path = os.path.join("target", log_name)
    log = open(log_path, "w")
    server = subprocess.Popen(["java", "-Xmx" + heap, *flags, "-jar", jar, "serve", "--index", index, "--port",
                               str(port), "--host", "127.0.0.1"], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/readyz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.kill()
    sys.exit("the server did not get ready; see " + log_path)
