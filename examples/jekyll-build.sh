#!/usr/bin/env bash
# Builds the Jekyll fixture site with a real Jekyll (Debian's `jekyll` package) into the folder JekyllBuiltParityTest
# reads back with `blogsearch index --html`. Usage, from the project root: bash examples/jekyll-build.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fixture="$root/indexer/src/test/resources/generator"
rm -rf "$fixture/jekyll-built"
jekyll build --quiet --disable-disk-cache --source "$fixture/jekyll-site" --destination "$fixture/jekyll-built" >&2
