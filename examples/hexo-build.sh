#!/usr/bin/env bash
# Builds the Hexo fixture site with real Hexo (from npm, as its package.json lists it) into the folder
# HexoBuiltParityIT reads back with `blogsearch index --html`. Needs node and npm. The site's dates are in Tokyo time
# (its timezone), and Hexo writes the dates of URLs in the build machine's zone: TZ makes them agree.
# Usage, from the project root: bash examples/hexo-build.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fixture="$root/indexer/src/test/resources/generator"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$fixture/hexo-site/." "$work"
(cd "$work" && npm install --no-audit --no-fund --silent >&2 && TZ=Asia/Tokyo npx hexo generate --silent >&2)
rm -rf "$fixture/hexo-built"
cp -r "$work/public" "$fixture/hexo-built"
