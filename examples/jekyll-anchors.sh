#!/usr/bin/env bash
# Builds the Jekyll fixture site with a real Jekyll (Debian's `jekyll` package) and writes what Jekyll made of it:
# every page's source path, URL and heading anchor ids, as ground truth for JekyllParityTest.
# Usage, from the project root:
#   bash examples/jekyll-anchors.sh > indexer/src/test/resources/generator/jekyll-anchors.tsv
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/indexer/src/test/resources/generator/jekyll-site" "$work/site"
# The fixture's layout (every page and post has it) replaced by one printing the source path and URL before the body.
echo '<p data-file="{{ page.path }}" data-url="{{ page.url }}"></p>{{ content }}' > "$work/site/_layouts/default.html"
jekyll build --quiet --disable-disk-cache --source "$work/site" --destination "$work/out" >&2

python3 - "$work/out" <<'PY'
import pathlib, re, subprocess, sys
out = pathlib.Path(sys.argv[1])
version = subprocess.run(["jekyll", "--version"], capture_output=True, text=True).stdout.split()[1]
print(f"# jekyll {version} output for indexer/src/test/resources/generator/jekyll-site; "
      "regenerate with examples/jekyll-anchors.sh")
print("source\turl\tanchor")
for page in sorted(out.rglob("*.html")):
    text = page.read_text()
    found = re.search(r'<p data-file="([^"]*)" data-url="([^"]*)"></p>', text)
    if not found:
        continue
    source, url = found.groups()
    anchors = re.findall(r'<h[1-6][^>]*\sid="([^"]*)"', text)
    for anchor in anchors or [""]:
        print(f"{source}\t{url}\t{anchor}")
PY
