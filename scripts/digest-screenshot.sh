#!/usr/bin/env bash
# Renders the HTML digest of the demo corpus to PNG with headless Chromium, so that a person
# (or CI) can look at it as a reader would: ingest demo/ into a throw-away SQLite store, write
# the digest of the United States–North Korea dyad, screenshot it at phone and desktop widths,
# and check that the page holds the chronology and the charts.
#
#   scripts/digest-screenshot.sh [OUTDIR]     (default: .build/screenshots)
#
# Needs a built `chronicle` (swift build) and Debian's `chromium`.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/screenshots}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=".build/debug/chronicle"
[ -x "$bin" ] || swift build --product chronicle
work=$(mktemp -d /tmp/chronicle-digest.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$bin" ingest demo --db "$work/demo.sqlite" --jobs 2
"$bin" digest --db "$work/demo.sqlite" --dyad USA-PRK --format html -o "$out/digest-USA-PRK.html"

grep -q '<section id="chronology">' "$out/digest-USA-PRK.html"
grep -q '<li id="event-' "$out/digest-USA-PRK.html"
[ "$(grep -o '<svg ' "$out/digest-USA-PRK.html" | wc -l)" -ge 3 ]

chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
    echo "digest-screenshot: chromium not found; HTML checked, no PNG made" >&2
    exit 0
fi
for size in 1280,4000 390,3000; do
    name="$out/digest-USA-PRK-${size%%,*}.png"
    "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
        --screenshot="$name" "file://$out/digest-USA-PRK.html" >/dev/null 2>&1
    [ "$(stat -c %s "$name")" -gt 20000 ] || { echo "digest-screenshot: $name looks empty" >&2; exit 1; }
    echo "digest-screenshot: wrote $name"
done
