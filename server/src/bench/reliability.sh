#!/usr/bin/env bash
# Reliability battery (issue 16); not part of ./mvnw verify. Repeats the core of the fault battery on one site:
#   1. INDEX_RUNS incremental `blogsearch index` runs on an existing index, each under `timeout` (a hang is rc 124;
#      the watchdog's exit code 5 counts as a hang too)
#   2. KILL_RUNS full rebuilds of a copy of the site (one file edited each time) killed with kill -9 at a random
#      moment: after each, CheckIndex must find the surviving commit clean and hold every post, and an incremental
#      run must recover (rc 0 or 3) with every post
#   3. FUZZ fuzzed requests (garbage, worst-case lists of unknown long words, odd parameters, hostile paths, wrong
#      methods): no 5xx, p50/p99/max latency; then the CPU cost of a 16-unknown-word query
#   4. a soak of SOAK_MINUTES of realistic searches (half uncached) from 4 connections against a fresh server,
#      its resident memory sampled every 10 s
# Traffic goes to 127.0.0.1 only. Needs the built jar (./mvnw -B -q package -DskipTests) and python3.
#
#   server/src/bench/reliability.sh [--site DIR] [--index-runs N] [--kill-runs N] [--fuzz N] [--soak-minutes M]
#
# Defaults: --site ../shared/corpus/edenmal, 200 index runs, 30 kills, 10000 fuzzed requests, a 30-minute soak.
# Env: HEAP (server -Xmx, default 256m), PORT (7098), TIMEOUT (seconds per index run, 60), WORK (target/reliability).
# Prints one line per phase (also in $WORK/report.txt); exits 1 when any phase failed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=server/target/blogsearch.jar
SITE=../shared/corpus/edenmal; INDEX_RUNS=200; KILL_RUNS=30; FUZZ=10000; SOAK_MINUTES=30
while [ $# -gt 0 ]; do
  case "$1" in
    --site) SITE=$2; shift 2 ;;
    --index-runs) INDEX_RUNS=$2; shift 2 ;;
    --kill-runs) KILL_RUNS=$2; shift 2 ;;
    --fuzz) FUZZ=$2; shift 2 ;;
    --soak-minutes) SOAK_MINUTES=$2; shift 2 ;;
    *) sed -n '2,22p' "$0"; exit 2 ;;
  esac
done
HEAP=${HEAP:-256m}; PORT=${PORT:-7098}; TIMEOUT=${TIMEOUT:-60}; WORK=${WORK:-target/reliability}
[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
rm -rf "$WORK"; mkdir -p "$WORK"
REPORT=$WORK/report.txt
FAILED=0
SERVER=
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; true' EXIT
say() { echo "$*" | tee -a "$REPORT"; }
indexed() { # the build's exit code, 0 or 3 (some files skipped) being success
  local rc=0; "$@" >/dev/null 2>>"$WORK/index.log" || rc=$?; echo "$rc"
}
posts() { # posts in an index, by browsing it; "unreadable" when the search gives no answer
  { java -jar "$JAR" search "" --index "$1" --type post --size 1 --json 2>>"$WORK/search.log" || true; } \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo unreadable
}
clean() { # CheckIndex finds no problem in the index's last commit
  java -cp "$JAR" org.apache.lucene.index.CheckIndex "$1" 2>&1 | grep -q "No problems were detected with this index"
}

say "reliability on $SITE, $(date -u +%FT%TZ), $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. incremental runs under a timeout (the first full build also serves phases 3 and 4)
INDEX=$WORK/index
rc=$(indexed java -jar "$JAR" index --site "$SITE" --index "$INDEX" --full --quiet)
case "$rc" in 0|3) ;; *) say "index: the first full build failed (rc $rc, see $WORK/index.log)"; exit 1 ;; esac
ok=0; hung=0; failed=0; start=$(date +%s)
for i in $(seq "$INDEX_RUNS"); do
  rc=$(indexed timeout "$TIMEOUT" java -jar "$JAR" index --site "$SITE" --index "$INDEX" --quiet)
  case "$rc" in 0|3) ok=$((ok + 1)) ;; 124|5) hung=$((hung + 1)) ;; *) failed=$((failed + 1)) ;; esac
done
say "index: $INDEX_RUNS incremental runs in $(( $(date +%s) - start )) s: $ok ok, $hung hung (timeout ${TIMEOUT}s or watchdog), $failed failed"
[ $((hung + failed)) -eq 0 ] || FAILED=1

# 2. kill -9 during full rebuilds, then recovery (--kill-runs 0 skips it)
if [ "$KILL_RUNS" -gt 0 ]; then
cp -r "$SITE" "$WORK/site"
KILL_INDEX=$WORK/kill-index
indexed java -jar "$JAR" index --site "$WORK/site" --index "$KILL_INDEX" --full --quiet >/dev/null
expected=$(posts "$KILL_INDEX")
edited=$(find "$WORK/site/content" -name '*.md' | sort | head -1)
lost=0; dirty=0; unrecovered=0; codes=""
for i in $(seq "$KILL_RUNS"); do
  printf '\nA line added by kill run %s.\n' "$i" >>"$edited"
  java -jar "$JAR" index --site "$WORK/site" --index "$KILL_INDEX" --full --quiet >/dev/null 2>&1 &
  victim=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 3.0), 2))')"
  kill -9 "$victim" 2>/dev/null || true
  wait "$victim" 2>/dev/null || true
  clean "$KILL_INDEX" || dirty=$((dirty + 1))
  [ "$(posts "$KILL_INDEX")" = "$expected" ] || lost=$((lost + 1))
  rc=$(indexed timeout "$TIMEOUT" java -jar "$JAR" index --site "$WORK/site" --index "$KILL_INDEX" --quiet)
  case "$rc" in 0|3) ;; *) unrecovered=$((unrecovered + 1)); codes="$codes $rc" ;; esac
  [ "$(posts "$KILL_INDEX")" = "$expected" ] || lost=$((lost + 1))
done
clean "$KILL_INDEX" || dirty=$((dirty + 1))
say "kill -9: $KILL_RUNS kills of full rebuilds ($expected posts): $lost checks with posts missing, $dirty CheckIndex runs with problems, $unrecovered failed recoveries${codes:+ (exit codes$codes; 124 is the timeout)}"
[ $((lost + dirty + unrecovered)) -eq 0 ] || FAILED=1
fi

serve() { # starts a fresh server on the first index; sets SERVER
  java -Xmx"$HEAP" -jar "$JAR" serve --index "$INDEX" --host 127.0.0.1 --port "$PORT" >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && return; sleep 0.2; done
  say "server: no answer on port $PORT (see $WORK/server.log)"; exit 1
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }

# 3. fuzzed requests, then the cost of the worst-case word list (--fuzz 0 skips both)
if [ "$FUZZ" -gt 0 ]; then
  serve
  python3 server/src/bench/traffic.py fuzz "$PORT" "$FUZZ" "$SERVER" | tee -a "$REPORT" || FAILED=1
  python3 server/src/bench/traffic.py cost "$PORT" "$SERVER" 200 | tee -a "$REPORT"
  grep -q " ERROR " "$WORK/server.log" && { say "server: errors logged (see $WORK/server.log)"; FAILED=1; }
  stop
fi

# 4. soak with resident memory sampled (--soak-minutes 0 skips it); every minute's sample goes into the report
if [ "$SOAK_MINUTES" -gt 0 ]; then
  serve
  python3 server/src/bench/traffic.py soak "$PORT" "$((SOAK_MINUTES * 60))" "$SERVER" 4 >"$WORK/soak.log" || FAILED=1
  awk '/^soak: t=/ && (NR - 1) % 6 == 0 || /requests,|rss at/' "$WORK/soak.log" | tee -a "$REPORT"
  stop
fi
say "reliability: $([ "$FAILED" = 0 ] && echo passed || echo FAILED) (report: $REPORT)"
exit "$FAILED"
