#!/usr/bin/env bash
# Builds the sample blog with a real Hugo (Debian's `hugo` package) and writes what Hugo made of it:
# every page's permalink and every heading's anchor id, as ground truth for the indexer's tests.
# Usage, from the project root: bash examples/hugo-anchors.sh > indexer/src/test/resources/sample-blog/hugo-anchors.tsv
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples/sample-blog" "$work/site"
# Hugo renders nothing without layouts; these print the source path and permalink, then the rendered body.
mkdir -p "$work/site/layouts/_default" "$work/site/layouts/shortcodes"
printf '%s\n' '<p data-file="{{ with .File }}{{ .Path }}{{ end }}" data-permalink="{{ .RelPermalink }}"></p>' '{{ .Content }}' \
    > "$work/site/layouts/_default/single.html"
cp "$work/site/layouts/_default/single.html" "$work/site/layouts/_default/list.html"
# the sample blog brings its own aside shortcode (layouts/shortcodes/aside.html)
hugo --quiet --source "$work/site" --destination "$work/out" >&2

python3 - "$work/out" "$root/examples/sample-blog/content" <<'PY'
import html, pathlib, re, sys
out, content = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
print(f"# {'hugo ' + __import__('subprocess').run(['hugo', 'version'], capture_output=True, text=True).stdout.split()[1]}"
      " output for examples/sample-blog; regenerate with examples/hugo-anchors.sh")
print("source\tpermalink\tanchor\theading")
for page in sorted(out.rglob("index.html")):
    text = page.read_text()
    found = re.search(r'<p data-file="([^"]*)" data-permalink="([^"]*)"></p>', text)
    if not found or found.group(1) == "":
        continue
    source, permalink = found.groups()
    print(f"{source}\t{permalink}\t\t")
    # Headings in source order, outside fenced code, paired with the ids Hugo rendered in the same order.
    lines, fenced, headings = (content / source).read_text().splitlines(), False, []
    for line in lines:
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6} ", line):
            headings.append(line.lstrip("#").strip())
    ids = re.findall(r'<h[1-6] id="([^"]*)">', text)
    assert len(ids) == len(headings), (source, ids, headings)
    for anchor, heading in zip(ids, headings):
        print(f"{source}\t{permalink}\t{html.unescape(anchor)}\t{heading}")
PY
