#!/usr/bin/env bash
# An index after many publishes: what each incremental build costs and how many segments the index is left with.
#
#   server/src/bench/publishes.sh            a copy of ../shared/corpus/edenmal, built --full, then 22 publishes
#
# Each publish appends a line to another post of the copy and runs `blogsearch index` on it (incremental), so each
# build rewrites one page; the line printed per build is "wall-seconds/segments". An index whose builds do not merge
# grows a segment a publish, and every uncached search pays per segment (compare with SearchCpuBench on WORK/index).
#
# Env: BLOGSEARCH (how to run blogsearch; default "java -jar server/target/blogsearch.jar", e.g. DIST/bin/blogsearch
# for the launcher), SITE (../shared/corpus/edenmal; any Hugo site with posts under content/post), PUBLISHES (22),
# WORK (target/publishes: the copy in WORK/site, the index in WORK/index).
# Needs the built jar (./mvnw -B -q package -DskipTests) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
read -r -a BS <<<"${BLOGSEARCH:-java -jar server/target/blogsearch.jar}"
SITE=${SITE:-../shared/corpus/edenmal}; PUBLISHES=${PUBLISHES:-22}; WORK=${WORK:-target/publishes}

[ -d "$SITE/content/post" ] || { echo "no posts under $SITE/content/post" >&2; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
cp -r "$SITE" "$WORK/site"; chmod -R u+w "$WORK/site"
"${BS[@]}" index --site "$WORK/site" --index "$WORK/index" --full --quiet >"$WORK/build.log" 2>&1

segments() { find "$WORK/index" -maxdepth 1 -name '*.si' | wc -l; }
mapfile -t posts < <(find "$WORK/site/content/post" -name '*.md' | sort)
echo "after --full: $(segments) segments, $(du -sh "$WORK/index" | cut -f1)"
line=()
for i in $(seq 0 $((PUBLISHES - 1))); do
  echo "Edited for publish number $i." >>"${posts[$((i % ${#posts[@]}))]}"
  /usr/bin/time -f %e -o "$WORK/time" "${BS[@]}" index --site "$WORK/site" --index "$WORK/index" --quiet \
    >>"$WORK/build.log" 2>&1
  line+=("$(tail -1 "$WORK/time")/$(segments)")
done
echo "each publish (wall seconds/segments): ${line[*]}"
echo "after $PUBLISHES publishes: $(segments) segments, $(du -sh "$WORK/index" | cut -f1)"
