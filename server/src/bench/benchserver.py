"""Starts `blogsearch serve` for the Python benchmark scripts and waits until it is ready. Standard library only."""
import http.client
import os
import subprocess
import sys
import time


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
