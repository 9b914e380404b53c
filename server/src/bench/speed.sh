#!/usr/bin/env bash
# Speed a blog owner feels (issue 19): every figure in one run, each beside its target, indexing beside Pagefind.
#
#   server/src/bench/speed.sh            all figures (about 2-4 minutes on 2 idle cores)
#
# Measures whole processes, JVM start included, with /usr/bin/time:
#   - blogsearch index of ../shared/corpus/edenmal: full (--full) and incremental with nothing changed (best of RUNS)
#   - peak resident memory (and time) indexing ../shared/corpus/opentelemetry (--full, one run)
#   - serve --index (the edenmal index): time from start to the first answer (a search sent until one is answered)
#     and to /readyz (after the warm-up), then the first and the tenth query's latency after /readyz (ten different
#     queries, Cache-Control: no-cache, so none is answered from a cache)
#   - blogsearch search "..." whole process (best of RUNS)
#   - Pagefind (npm package, its binary and npx) beside blogsearch on the same sources: the sample blog and a generated
#     archive of 1,000 posts, each built with Debian's hugo (hugo + pagefind is the path a Pagefind user pays)
#
# Env: RUNS (3), BLOGSEARCH (how to run blogsearch; default "java -jar server/target/blogsearch.jar", e.g.
# BLOGSEARCH="target/dist/blogsearch-0.1.0/bin/blogsearch" for the launcher), JAVA_OPTS/BLOGSEARCH_JAVA_OPTS (passed
# through to the launcher), WORK (target/speed), PAGEFIND_DIR (where npm installs pagefind; WORK/pagefind),
# POSTS (1000), PORT (7098); SKIP_EDENMAL=1 (reuse its index), SKIP_OTEL=1, SKIP_SERVE=1, SKIP_PAGEFIND=1 leave
# parts out.
# Needs the built jar (./mvnw -B -q package -DskipTests), hugo (/usr/bin/hugo), npm, curl, /usr/bin/time; the
# generated archive needs the test classes (./mvnw -o -B -q test-compile -pl server -am; built when missing).
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=server/target/blogsearch.jar
RUNS=${RUNS:-3}; WORK=${WORK:-target/speed}; POSTS=${POSTS:-1000}; PORT=${PORT:-7098}
PAGEFIND_DIR=${PAGEFIND_DIR:-$WORK/pagefind}
BLOGSEARCH=${BLOGSEARCH:-java ${BLOGSEARCH_JAVA_OPTS:-${JAVA_OPTS:-}} -jar $JAR}
EDENMAL=../shared/corpus/edenmal; OTEL=../shared/corpus/opentelemetry
HUGO=${HUGO:-/usr/bin/hugo}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
mkdir -p "$WORK"
LOG=$WORK/speed.log; : >"$LOG"

# run_timed OUT CMD...: runs CMD, writes "wall-seconds maxRSS-KB user-seconds system-seconds" to OUT; CMD's output
# goes to the log.
run_timed() {
  local out=$1; shift
  # Exit status 3 is a success with news: index "done with problems", search "nothing found" (or out of time).
  /usr/bin/time -f '%e %M %U %S' -o "$out" "$@" >>"$LOG" 2>&1 || [ $? = 3 ] \
    || { echo "failed: $* (see $LOG)" >&2; exit 1; }
}
# best_of N CMD...: the least wall time of N runs and, apart, the least CPU time (user + system), in seconds: on a
# busy machine the wall time says more about the neighbours than about us, the CPU time less so.
best_of() {
  local n=$1 wall= cpu=; shift
  for _ in $(seq 1 "$n"); do
    run_timed "$WORK/t" "$@"
    # The last line: time writes "Command exited with non-zero status 3" above it.
    wall=$(tail -1 "$WORK/t" | awk -v b="$wall" '{ print (b == "" || $1 < b) ? $1 : b }')
    cpu=$(tail -1 "$WORK/t" | awk -v b="$cpu" '{ c = $3 + $4; print (b == "" || c < b) ? c : b }')
  done
  echo "$wall s (cpu $cpu)"
}
# row NAME FIGURE TARGET: one line of the report.
row() { printf '%-52s %22s   %s\n' "$1" "$2" "$3"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
read -ra BS <<<"$BLOGSEARCH"  # a command line: its words, so /usr/bin/time runs it without a shell

echo "blogsearch: $BLOGSEARCH   runs: best of $RUNS   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)   cores: $(nproc)"
echo
row "Figure" "Measured" "Target"

# --- indexing the shared corpus -------------------------------------------------------------------------------
EIDX=$WORK/edenmal-index
if [ "${SKIP_EDENMAL:-0}" != 1 ] || [ ! -d "$EIDX" ]; then
FULL=$(best_of "$RUNS" "${BS[@]}" index --site "$EDENMAL" --index "$EIDX" --full --quiet)
row "index edenmal --full, whole process" "$FULL" "< 1.08 s (Pagefind npx), aim 0.34 s"
INCR=$(best_of "$RUNS" "${BS[@]}" index --site "$EDENMAL" --index "$EIDX" --quiet)
row "index edenmal, incremental, nothing changed" "$INCR" "< 0.5 s"
fi

# --- memory indexing opentelemetry ------------------------------------------------------------------------------
if [ "${SKIP_OTEL:-0}" != 1 ]; then
  /usr/bin/time -v -o "$WORK/otel.time" "${BS[@]}" index --site "$OTEL" --index "$WORK/otel-index" --full --quiet \
    >>"$LOG" 2>&1
  RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/otel.time")
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$WORK/otel.time")
  CPU=$(awk -F': ' '/(User|System) time/ { c += $2 } END { printf "%.1f", c }' "$WORK/otel.time")
  row "index opentelemetry --full: peak RSS" "$RSS MB" "< 300 MB"
  row "index opentelemetry --full: time" "$WALL (cpu $CPU)" ""
fi

# --- serve: start-up and first queries ---------------------------------------------------------------------------
if [ "${SKIP_SERVE:-0}" != 1 ]; then
QUERIES=(kubernetes prometheus "service mesh" keynote docker observability security containers talk conference)
START=$(now)
"${BS[@]}" serve --index "$EIDX" --port "$PORT" --host 127.0.0.1 >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
# cpu_of PID: the process's own CPU seconds (utime + stime in clock ticks): on a busy machine, the comparable figure.
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
query() {
  curl -sf -o /dev/null -H 'Cache-Control: no-cache' -w '%{time_total}' -G --data-urlencode "q=$1" \
    "http://127.0.0.1:$PORT/api/search"
}
# A reader's first search, sent as soon as the port answers: searches are served once the index is open, while
# /readyz (what a load balancer waits for) still waits for the warm-up.
FIRST_ANSWER=
for _ in $(seq 1 1000); do
  if query "${QUERIES[0]}" >/dev/null; then FIRST_ANSWER=$(since "$START"); FIRST_CPU=$(cpu_of $SERVER); break; fi
  sleep 0.01
done
[ -n "$FIRST_ANSWER" ] || { echo "serve never answered a search: $WORK/serve.log" >&2; exit 1; }
READY=
for _ in $(seq 1 1000); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz"; then
    READY=$(since "$START"); READY_CPU=$(cpu_of $SERVER); break
  fi
  sleep 0.01
done
[ -n "$READY" ] || { echo "serve never became ready: $WORK/serve.log" >&2; exit 1; }
LAT=()
for q in "${QUERIES[@]}"; do
  LAT+=("$(query "$q")")
done
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
ms() { awk -v s="$1" 'BEGIN { printf "%.0f ms", s * 1000 }'; }
row "serve --index edenmal: start to /readyz" "$READY s (cpu $READY_CPU)" ""
row "serve --index edenmal: start to first answer" "$FIRST_ANSWER s (cpu $FIRST_CPU)" "< 1 s"
row "serve: first query (uncached)" "$(ms "${LAT[0]}")" "as fast as the tenth"
row "serve: tenth query (uncached)" "$(ms "${LAT[9]}")" ""
fi

# --- search from a terminal ---------------------------------------------------------------------------------------
SEARCH=$(best_of "$RUNS" "${BS[@]}" search --index "$EIDX" "service mesh")
row "search \"service mesh\", whole process" "$SEARCH" "< 0.5 s"

# --- beside Pagefind ------------------------------------------------------------------------------------------------
[ "${SKIP_PAGEFIND:-0}" = 1 ] && exit 0
PAGEFIND=$PAGEFIND_DIR/node_modules/.bin/pagefind
if [ ! -x "$PAGEFIND" ]; then
  mkdir -p "$PAGEFIND_DIR"
  (cd "$PAGEFIND_DIR" && npm install --no-audit --no-fund --silent pagefind >>"$OLDPWD/$LOG" 2>&1) || true
fi
if ! "$PAGEFIND" --version >>"$LOG" 2>&1; then
  echo "Pagefind could not be installed or run (npm install pagefind in $PAGEFIND_DIR; see $LOG): skipped" >&2
  exit 0
fi
echo
echo "beside $("$PAGEFIND" --version) (npm), $("$HUGO" version | cut -d' ' -f1-2); best of $RUNS"
row "Source: step" "Time" ""

# compare NAME SITE: hugo build, pagefind (binary and npx), blogsearch index of the same sources.
compare() {
  local name=$1 site=$2 public=$WORK/$1-public
  rm -rf "$public"
  local hugo_s pf_s npx_s full_s incr_s
  hugo_s=$(best_of "$RUNS" "$HUGO" --quiet -s "$site" -d "$(pwd)/$public")
  pf_s=$(best_of "$RUNS" "$PAGEFIND" --site "$public" --quiet)
  npx_s=$(best_of "$RUNS" bash -c "cd '$PAGEFIND_DIR' && npx --no-install pagefind --site '$(pwd)/$public' --quiet")
  full_s=$(best_of "$RUNS" "${BS[@]}" index --site "$site" --index "$WORK/$name-index" --full --quiet)
  incr_s=$(best_of "$RUNS" "${BS[@]}" index --site "$site" --index "$WORK/$name-index" --quiet)
  row "$name: hugo build" "$hugo_s" "$(find "$public" -name '*.html' | wc -l) HTML files"
  row "$name: pagefind (binary)" "$pf_s" ""
  row "$name: pagefind (npx)" "$npx_s" ""
  row "$name: hugo + pagefind (binary / npx)" \
    "$(awk -v a="${hugo_s%% *}" -v b="${pf_s%% *}" -v c="${npx_s%% *}" 'BEGIN { printf "%.2f / %.2f s", a + b, a + c }')" ""
  row "$name: blogsearch index --full" "$full_s" "< hugo + pagefind"
  row "$name: blogsearch index, nothing changed" "$incr_s" ""
}
compare sample examples/sample-blog

GEN=$WORK/generated-$POSTS
if [ ! -d "$GEN/content" ]; then
  CP=server/target/test-classes:indexer/target/test-classes:$JAR
  [ -f server/target/test-classes/io/blogsearch/bench/GenerateArchiveBench.class ] \
    || ./mvnw -o -B -q test-compile -pl server -am
  java -cp "$CP" io.blogsearch.bench.GenerateArchiveBench "$GEN" "$POSTS" >>"$LOG"
  # The generator writes content only: the sample blog's minimal layouts let hugo render it; its posts link to pages
  # that are not generated, which hugo should report but not fail on.
  cp -r examples/sample-blog/layouts "$GEN/"
  # Shortcodes hugo has no template for render their inner text: the posts come from fixtures written for the parser.
  for name in $(grep -rhoE '\{\{[<%] *[a-z]+' "$GEN/content" | sed -E 's/\{\{[<%] *//' | sort -u); do
    case $name in figure | highlight | ref | relref | param | gist | youtube | vimeo | tweet | instagram) ;;
      *) [ -f "$GEN/layouts/shortcodes/$name.html" ] || printf '{{ .Inner }}\n' >"$GEN/layouts/shortcodes/$name.html" ;;
    esac
  done
  printf 'refLinksErrorLevel: WARNING\n' >>"$GEN/config.yaml"
fi
compare "generated-$POSTS" "$GEN"
