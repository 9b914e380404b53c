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
#   - serve --site --watch on a copy of edenmal: from saving a post to the first search that finds it (RUNS saves)
#   - blogsearch search "..." whole process (best of RUNS)
#   - Pagefind (npm package, its binary and npx) beside blogsearch on the same sources: the sample blog and a generated
#     archive of 1,000 posts, each built with Debian's hugo (hugo + pagefind is the path a Pagefind user pays)
#   - a post published: blogsearch index after one new post, beside hugo + pagefind building the site again
#
# Env: RUNS (3), BLOGSEARCH (how to run blogsearch; default "java -jar server/target/blogsearch.jar", e.g.
# BLOGSEARCH="target/dist/blogsearch-0.1.0/bin/blogsearch" for the launcher), BEFORE (another way to run it, e.g. the
# distribution of an older commit: every blogsearch figure is then measured for both, run for run alternately, and
# printed side by side, "now | before"), JAVA_OPTS/BLOGSEARCH_JAVA_OPTS (passed
# through to the launcher), WORK (target/speed), PAGEFIND_DIR (where npm installs pagefind; WORK/pagefind),
# POSTS (1000), PORT (7098); SKIP_EDENMAL=1 (reuse its index), SKIP_OTEL=1, SKIP_SERVE=1, SKIP_WATCH=1,
# SKIP_PAGEFIND=1 leave parts out.
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
  local n=$1; shift
  local wall= cpu=
  for _ in $(seq 1 "$n"); do
    run_timed "$WORK/t" "$@"
    # The last line: time writes "Command exited with non-zero status 3" above it.
    wall=$(tail -1 "$WORK/t" | awk -v b="$wall" '{ print (b == "" || $1 < b) ? $1 : b }')
    cpu=$(tail -1 "$WORK/t" | awk -v b="$cpu" '{ c = $3 + $4; print (b == "" || c < b) ? c : b }')
  done
  echo "$wall s (cpu $cpu)"
}
# both N ARGS...: "blogsearch ARGS" best of N, and with BEFORE the same for it, each run of one followed by one of
# the other, so both see the same load: "now | before".
both() {
  local n=$1; shift
  if [ -z "${BEFORE:-}" ]; then best_of "$n" "${BS[@]}" "$@"; return; fi
  local now= before= i arg a b old=()
  # BEFORE writes indexes of its own (ARG-before): another build's index would make an incremental run parse all
  for arg in "$@"; do case $arg in */*-index) old+=("$arg-before") ;; *) old+=("$arg") ;; esac; done
  for i in $(seq 1 "$n"); do
    a=$(best_of 1 "${BS[@]}" "$@")
    b=$(best_of 1 "${BB[@]}" "${old[@]}")
    now=$(better "$now" "$a")
    before=$(better "$before" "$b")
  done
  echo "$now | $before"
}
# better A B: of two "W s (cpu C)" figures, the least wall and the least CPU.
better() {
  [ -z "$1" ] && { echo "$2"; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, /[ ()]+/); split(b, y, /[ ()]+/);
    printf "%s s (cpu %s)\n", (x[1] < y[1] ? x[1] : y[1]), (x[4] < y[4] ? x[4] : y[4]) }'
}
# row NAME FIGURE TARGET: one line of the report.
row() { printf '%-50s %24s   %s\n' "$1" "$2" "$3"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
read -ra BS <<<"$BLOGSEARCH"  # a command line: its words, so /usr/bin/time runs it without a shell
read -ra BB <<<"${BEFORE:-}"

echo "blogsearch: $BLOGSEARCH${BEFORE:+   before: $BEFORE}   runs: best of $RUNS   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# the Java the launcher finds (JAVA_HOME, else java on PATH)
echo "java: $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)   cores: $(nproc)"
echo
row "Figure" "Measured${BEFORE:+ (now | before)}" "Target"

# --- indexing the shared corpus -------------------------------------------------------------------------------
EIDX=$WORK/edenmal-index
if [ "${SKIP_EDENMAL:-0}" != 1 ] || [ ! -d "$EIDX" ] || { [ -n "${BEFORE:-}" ] && [ ! -d "$EIDX-before" ]; }; then
FULL=$(both "$RUNS" index --site "$EDENMAL" --index "$EIDX" --full --quiet)
row "index edenmal --full, whole process" "$FULL" "< 1.08 s (Pagefind npx), aim 0.34 s"
INCR=$(both "$RUNS" index --site "$EDENMAL" --index "$EIDX" --quiet)
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
QUERIES=(kubernetes prometheus "service mesh" keynote docker observability security containers talk conference)
# cpu_of PID: the process's own CPU seconds (utime + stime in clock ticks): on a busy machine, the comparable figure.
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
query() {
  curl -sf -o /dev/null -H 'Cache-Control: no-cache' -w '%{time_total}' -G --data-urlencode "q=$1" \
    "http://127.0.0.1:$PORT/api/search"
}
# serve_once INDEX CMD...: starts CMD serve on INDEX and prints "first-answer first-cpu ready ready-cpu first-ms
# tenth-ms": a reader's first search is sent as soon as the port answers (searches are served once the index is
# open, while /readyz, what a load balancer waits for, still waits for the warm-up).
serve_once() {
  local index=$1; shift
  local start first= first_cpu ready= ready_cpu server lat=() q
  start=$(now)
  "$@" serve --index "$index" --port "$PORT" --host 127.0.0.1 >"$WORK/serve.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 1000); do
    if query "${QUERIES[0]}" >/dev/null; then first=$(since "$start"); first_cpu=$(cpu_of $server); break; fi
    sleep 0.01
  done
  [ -n "$first" ] || { kill $server; echo "serve never answered a search: $WORK/serve.log" >&2; exit 1; }
  for _ in $(seq 1 1000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz"; then
      ready=$(since "$start"); ready_cpu=$(cpu_of $server); break
    fi
    sleep 0.01
  done
  [ -n "$ready" ] || { kill $server; echo "serve never became ready: $WORK/serve.log" >&2; exit 1; }
  for q in "${QUERIES[@]}"; do lat+=("$(query "$q")"); done
  kill "$server"; wait "$server" 2>/dev/null || true
  awk -v a="$first" -v b="$first_cpu" -v c="$ready" -v d="$ready_cpu" -v e="${lat[0]}" -v f="${lat[9]}" \
    'BEGIN { printf "%s %s %s %s %.0f %.0f\n", a, b, c, d, e * 1000, f * 1000 }'
}
# serve_best RUNS INDEX CMD...: the least of each figure over RUNS starts.
serve_best() {
  local n=$1; shift
  for _ in $(seq 1 "$n"); do serve_once "$@"; done \
    | awk 'NR == 1 { for (i = 1; i <= 6; i++) m[i] = $i } { for (i = 1; i <= 6; i++) if ($i < m[i]) m[i] = $i }
           END { printf "%s %s %s %s %s %s\n", m[1], m[2], m[3], m[4], m[5], m[6] }'
}
if [ "${SKIP_SERVE:-0}" != 1 ]; then
  NOW=(); OLD=()
  for _ in $(seq 1 "$RUNS"); do
    NOW+=("$(serve_best 1 "$EIDX" "${BS[@]}")")
    [ -n "${BEFORE:-}" ] && OLD+=("$(serve_best 1 "$EIDX-before" "${BB[@]}")")
  done
  least() { printf '%s\n' "$@" | awk 'NR == 1 { for (i = 1; i <= 6; i++) m[i] = $i }
    { for (i = 1; i <= 6; i++) if ($i < m[i]) m[i] = $i } END { print m[1], m[2], m[3], m[4], m[5], m[6] }'; }
  read -r F FC R RC L1 L10 <<<"$(least "${NOW[@]}")"
  if [ -n "${BEFORE:-}" ]; then read -r BF BFC BR BRC BL1 BL10 <<<"$(least "${OLD[@]}")"; fi
  side() { [ -n "${BEFORE:-}" ] && echo "$1 | $2" || echo "$1"; }
  row "serve --index edenmal: start to first answer" "$(side "$F s (cpu $FC)" "${BF:-} s (cpu ${BFC:-})")" "< 1 s"
  row "serve --index edenmal: start to /readyz" "$(side "$R s (cpu $RC)" "${BR:-} s (cpu ${BRC:-})")" ""
  row "serve: first query after /readyz (uncached)" "$(side "$L1 ms" "${BL1:-} ms")" "as fast as the tenth"
  row "serve: tenth query (uncached)" "$(side "$L10 ms" "${BL10:-} ms")" ""
fi

# --- serve --site --watch: a saved post searchable ---------------------------------------------------------------
# watch_once SITE CMD...: serves a copy of edenmal in SITE with --watch, saves a post RUNS times (a new word each
# time, the next save once it is found) and prints the least and the most seconds from a save to the first search
# that finds its word (polled every 10 ms, Cache-Control: no-cache). The watcher waits for saves to settle
# (SiteWatcher.DEBOUNCE_MILLIS, 400 ms) before it reindexes.
watch_once() {
  local site=$1; shift
  local server word start found times=() dir i
  rm -rf "$site" "$site-index"; cp -r "$EDENMAL" "$site"
  "$@" serve --site "$site" --index "$site-index" --watch --port "$PORT" --host 127.0.0.1 >"$WORK/watch.log" 2>&1 &
  server=$!
  trap "kill $server 2>/dev/null || true" EXIT
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/readyz" && break; sleep 0.01; done
  dir=$site/content/post; [ -d "$dir" ] || dir=$site/content
  for i in $(seq 1 "$RUNS"); do
    word="quartzfinch$i$RANDOM"
    printf -- '---\ntitle: "Timing a save"\ndate: 2024-05-01T10:00:00Z\n---\n\nA post about the %s.\n' "$word" \
      >"$dir/speed-watch.md"
    start=$(now); found=
    for _ in $(seq 1 1000); do
      if curl -s -H 'Cache-Control: no-cache' -G --data-urlencode "q=$word" "http://127.0.0.1:$PORT/api/search" \
          | grep -q '"total":[1-9]'; then found=$(since "$start"); break; fi
      sleep 0.01
    done
    [ -n "$found" ] || { kill $server; echo "a saved post never became searchable: $WORK/watch.log" >&2; exit 1; }
    times+=("$found")
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
  printf '%s\n' "${times[@]}" | sort -n | awk 'NR == 1 { least = $1 } { most = $1 } END { print least "-" most " s" }'
}
if [ "${SKIP_WATCH:-0}" != 1 ]; then
  WATCH=$(watch_once "$WORK/watch-site" "${BS[@]}")
  [ -n "${BEFORE:-}" ] && WATCH="$WATCH | $(watch_once "$WORK/watch-site-before" "${BB[@]}")"
  row "serve --site --watch: a saved post searchable" "$WATCH" "< 1 s (beside hugo + pagefind below)"
fi

# --- search from a terminal ---------------------------------------------------------------------------------------
SEARCH=$(both "$RUNS" search --index "$EIDX" "service mesh")
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
  full_s=$(both "$RUNS" index --site "$site" --index "$WORK/$name-index" --full --quiet)
  incr_s=$(both "$RUNS" index --site "$site" --index "$WORK/$name-index" --quiet)
  local pub_s
  pub_s=$(published "$name" "$site")
  local pf_sum
  pf_sum=$(awk -v a="${hugo_s%% *}" -v b="${pf_s%% *}" -v c="${npx_s%% *}" \
    'BEGIN { printf "%.2f s / %.2f s", a + b, a + c }')
  row "$name: hugo build" "$hugo_s" "$(find "$public" -name '*.html' | wc -l) HTML files"
  row "$name: pagefind (binary)" "$pf_s" ""
  row "$name: pagefind (npx)" "$npx_s" ""
  row "$name: hugo + pagefind (binary / npx)" "$pf_sum" ""
  row "$name: blogsearch index --full" "$full_s" "< hugo + pagefind: $pf_sum"
  row "$name: blogsearch index, nothing changed" "$incr_s" "beside pagefind alone: ${pf_s%% (*} / ${npx_s%% (*}"
  row "$name: blogsearch index, one post added" "$pub_s" "< hugo + pagefind: $pf_sum"
}
# published NAME SITE: what a blog owner waits for after publishing a post: on a copy of SITE indexed once, a new
# post (a copy of a published one under a new name) and an incremental run, best of RUNS, a new post each run; hugo
# and Pagefind have no such run and build the whole site again.
published() {
  local name=$1 copy=$WORK/$1-published-site i src now= before= a b
  rm -rf "$copy" "$copy-index" "$copy-index-before"
  cp -r "$2" "$copy"
  src=$(grep -rLE '^draft: *true' --include='*.md' "$copy/content" | grep -E '/posts?/' | grep -v '_index.md' \
    | sort | head -1)
  "${BS[@]}" index --site "$copy" --index "$copy-index" --full --quiet >>"$LOG" 2>&1 || [ $? = 3 ]
  [ -n "${BEFORE:-}" ] && { "${BB[@]}" index --site "$copy" --index "$copy-index-before" --full --quiet >>"$LOG" 2>&1 \
    || [ $? = 3 ]; }
  for i in $(seq 1 "$RUNS"); do
    sed -E "s/^title: .*/title: \"Published by the speed benchmark $i\"/" "$src" >"$(dirname "$src")/speed-published-$i.md"
    a=$(best_of 1 "${BS[@]}" index --site "$copy" --index "$copy-index" --quiet)
    now=$(better "$now" "$a")
    if [ -n "${BEFORE:-}" ]; then
      b=$(best_of 1 "${BB[@]}" index --site "$copy" --index "$copy-index-before" --quiet)
      before=$(better "$before" "$b")
    fi
  done
  echo "$now${BEFORE:+ | $before}"
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
