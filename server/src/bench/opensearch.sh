#!/usr/bin/env bash
# Both engines on one machine in one run: the realistic query mix (queries.lua, answers recomputed: no-cache) against
# `serve --index` (embedded Lucene) and `serve --opensearch` (one local OpenSearch node), and the time to index the
# site into each (into OpenSearch straight, no local index).
#
#   server/src/bench/opensearch.sh [SITE]           SITE defaults to ../shared/corpus/edenmal
#   server/src/bench/opensearch.sh --generate N     the generated N-post archive of bench.sh (N=100000: the large one)
#
# Env: DURATION (20s), THREADS (2), CONNECTIONS (8), HEAP (256m, each blogsearch server), OS_HEAP (1g, the node),
# PORT (7099; the OpenSearch server takes PORT+1, the node 9299/9399).
# Needs wrk, the built jar and the OpenSearch distribution the build unpacks (./mvnw -B -q package -DskipTests and
# ./mvnw -B -q process-test-resources -pl server); as root the node runs as the user blogsearch-os (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=server/target/blogsearch.jar
CP=server/target/test-classes:indexer/target/test-classes:$JAR
DIST=server/target/opensearch/opensearch-2.19.3
DURATION=${DURATION:-20s}; THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-8}; HEAP=${HEAP:-256m}
OS_HEAP=${OS_HEAP:-1g}; PORT=${PORT:-7099}; OS_PORT=9299
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
[ -x "$DIST/bin/opensearch" ] || ./mvnw -B -q process-test-resources -pl server

if [ "${1:-}" = "--generate" ]; then
  N=$2; SITE=target/bench-$N-site
  [ -d "$SITE/content" ] || java -cp "$CP" io.blogsearch.bench.GenerateArchiveBench "$SITE" "$N"
else
  SITE=${1:-../shared/corpus/edenmal}
fi
INDEX=target/bench-os-lucene-index
NODE=target/bench-opensearch
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

mkdir -p target && rm -rf "$NODE" && cp -r "$DIST" "$NODE"
AS_USER=()
if [ "$(id -u)" = 0 ]; then
  chown -R blogsearch-os "$NODE"
  AS_USER=(setpriv --reuid=blogsearch-os --regid=blogsearch-os --init-groups --)
fi
OPENSEARCH_JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")} \
OPENSEARCH_JAVA_OPTS="-Xms$OS_HEAP -Xmx$OS_HEAP" "${AS_USER[@]}" "$NODE/bin/opensearch" \
  -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port=$OS_PORT -Etransport.port=$((OS_PORT + 100)) \
  -Ecluster.routing.allocation.disk.threshold_enabled=false >target/bench-opensearch.log 2>&1 &
NODE_PID=$!
LUCENE_SERVER=; OS_SERVER=
trap 'kill $LUCENE_SERVER $OS_SERVER $NODE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$OS_PORT/_cluster/health" >/dev/null && break; sleep 1; done

seconds() { local start=$SECONDS; "$@" >/dev/null; echo $((SECONDS - start)); }
LUCENE_S=$(seconds java -Xmx8g -jar "$JAR" index --site "$SITE" --index "$INDEX" --full --quiet)
OS_S=$(seconds java -Xmx8g -jar "$JAR" index --site "$SITE" --full --quiet \
  --opensearch "http://127.0.0.1:$OS_PORT" --opensearch-index bench --opensearch-replicas 0)
DOCS=$(curl -s "http://127.0.0.1:$OS_PORT/bench/_count" | sed 's/.*"count":\([0-9]*\).*/\1/')

java -Xmx"$HEAP" -jar "$JAR" serve --index "$INDEX" --port "$PORT" --host 127.0.0.1 >target/bench-lucene.log 2>&1 &
LUCENE_SERVER=$!
java -Xmx"$HEAP" -jar "$JAR" serve --opensearch "http://127.0.0.1:$OS_PORT" --opensearch-index bench \
  --port $((PORT + 1)) --host 127.0.0.1 >target/bench-os-server.log 2>&1 &
OS_SERVER=$!
await() { for _ in $(seq 1 300); do curl -sf "$1/readyz" >/dev/null && return; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }
await "http://127.0.0.1:$PORT"; await "http://127.0.0.1:$((PORT + 1))"

field() { awk -v k="$1" '$1==k {print $2}' <<<"$2"; }
measure() { # name, url
  NO_CACHE=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s server/src/bench/queries.lua "$2" >/dev/null
  local out; out=$(NO_CACHE=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s server/src/bench/queries.lua "$2")
  printf '%-11s %10s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(field 50% "$out")" "$(field 99% "$out")" "$(grep -hE 'Non-2xx|Socket errors' <<<"$out" || true)"
}
echo
echo "site: $SITE   wrk: $THREADS threads, $CONNECTIONS connections, $DURATION, uncached   server heap $HEAP, node $OS_HEAP"
echo "index into Lucene: ${LUCENE_S} s; into OpenSearch ($DOCS documents): ${OS_S} s"
measure "Lucene" "http://127.0.0.1:$PORT"
measure "OpenSearch" "http://127.0.0.1:$((PORT + 1))"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
