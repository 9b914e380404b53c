#!/usr/bin/env bash
# JVM options for `index`, side by side (issue 19): one archive indexed at once with each set of options through the
# same launcher, so every run sees the same machine load; prints CPU (user + sys), wall and peak RSS of each, and the
# collections of each run's log.
#
#   server/src/bench/index-options.sh DIST SITE       e.g. DIST=target/dist (an unpacked distribution), SITE a site
#   server/src/bench/index-options.sh --generate N DIST   a generated N-post archive (target/bench-N-site)
#
# The sets (labels): default (the launcher's own options), c2 (-XX:TieredStopAtLevel=4: the optimising compiler
# too), young96 (a fixed 96 MB young generation), and java-jar (java -jar with the JVM's defaults: G1, both
# compilers, a quarter of the machine's memory). OPTIONS_ONLY="default c2" runs only those.
# Needs /usr/bin/time; the generated archive needs the test classes (./mvnw -o -B -q test-compile -pl server -am).
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ "${1:-}" = "--generate" ]; then
  N=$2; DIST=$3; SITE=target/bench-$N-site
  [ -d "$SITE/content" ] || java -cp server/target/test-classes:indexer/target/test-classes:server/target/blogsearch.jar \
      io.blogsearch.bench.GenerateArchiveBench "$SITE" "$N"
else
  DIST=$1; SITE=$2
fi
WORK=${WORK:-target/index-options}
mkdir -p "$WORK"; rm -rf "$WORK"/*-idx
# the launcher records its class data archive on a first run: not one of the measured ones
[ -f "$DIST/lib/blogsearch-index.jsa" ] || "$DIST/bin/blogsearch" index --site examples/sample-blog \
    --index "$WORK/prime-idx" --full --quiet

declare -A SETS=(
  [default]=""
  [c2]="-XX:TieredStopAtLevel=4"
  [young96]="-XX:NewSize=96m -XX:MaxNewSize=96m"
)
run() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label wall %e s, user %U s, sys %S s, peak RSS %M KB" -o "$WORK/$label.time" "$@" \
      >"$WORK/$label.out" 2>&1 || echo "$label failed: see $WORK/$label.out" >&2
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in ${OPTIONS_ONLY:-default c2 young96 java-jar}; do
  if [ "$label" = java-jar ]; then
    run java-jar java "-Xlog:gc:file=$WORK/java-jar.gc" -jar "$DIST/lib/blogsearch.jar" index --site "$SITE" \
        --index "$WORK/java-jar-idx" --full --quiet &
  else
    run "$label" env BLOGSEARCH_JAVA_OPTS="${SETS[$label]} -Xlog:gc:file=$WORK/$label.gc" "$DIST/bin/blogsearch" \
        index --site "$SITE" --index "$WORK/$label-idx" --full --quiet &
  fi
done
wait
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in ${OPTIONS_ONLY:-default c2 young96 java-jar}; do
  [ -f "$WORK/$label.time" ] || continue
  awk '{ print } /user/ { for (i = 1; i <= NF; i++) if ($i == "user" || $i == "sys") cpu += $(i + 1) }
       END { printf "  CPU %.1f s\n", cpu }' "$WORK/$label.time"
  echo "  collections: $(grep -c 'Pause Young' "$WORK/$label.gc" || true) young, $(grep -c 'Pause Full' \
      "$WORK/$label.gc" || true) full"
done
