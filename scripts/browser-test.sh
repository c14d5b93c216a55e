#!/usr/bin/env bash
# Browser test of `chronicle serve`: builds chronicle, ingests demo/ into a temporary SQLite
# database, starts the server (checking that it listens within a second), loads the home, dyad,
# event, document and digest pages in headless Chromium, checks their DOM (chronology, chart,
# reports, digest form), downloads a digest with curl and saves screenshots.
#
#   scripts/browser-test.sh            # screenshots in a new /tmp/chronicle-browser.XXXXXX
#   CHRONICLE_BROWSER_OUT=out/browser scripts/browser-test.sh
#
# Exit status 0 when every check passes. Nothing it writes is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${CHRONICLE_BROWSER_OUT:-$(mktemp -d /tmp/chronicle-browser.XXXXXX)}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "browser-test: chromium is not installed (apt-get install -y chromium)" >&2
    exit 1
fi

swift build --product chronicle >/dev/null
bin="$(swift build --show-bin-path)/chronicle"
db="$out/demo.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
# The demo corpus: articles, HTML pages and feeds.
if ! "$bin" ingest demo --db "$db" 2>"$out/ingest.log"; then
    echo "browser-test: some demo documents failed to ingest (see $out/ingest.log)" >&2
fi
tail -1 "$out/ingest.log"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
start=$(date +%s.%N)
"$bin" serve --db "$db" --port "$port" 2>"$out/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q "listening on" "$out/serve.log" 2>/dev/null && break
    sleep 0.02
done
ready=$(date +%s.%N)
grep "listening on" "$out/serve.log" || { echo "browser-test: the server did not start" >&2; cat "$out/serve.log" >&2; exit 1; }
startup=$(python3 -c "print(f'{$ready - $start:.3f}')")
echo "server listening after ${startup}s"
python3 -c "import sys; sys.exit(0 if $ready - $start < 1.0 else 1)" || { echo "browser-test: startup took ${startup}s (over 1s)" >&2; exit 1; }

failures=0
check() {   # check FILE PATTERN DESCRIPTION
    if grep -q -- "$2" "$1"; then echo "ok: $3"; else echo "FAIL: $3 ($2 not in $1)"; failures=$((failures + 1)); fi
}
shoot() {   # shoot NAME URL HEIGHT
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"$3" \
        --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
    "$browser" --headless --no-sandbox --disable-gpu --dump-dom "$2" >"$out/$1.dom.html" 2>/dev/null
}

events=$(curl -sf "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
dyad=$(curl -sf "$base/api/dyads?limit=1" | python3 -c '
import json, sys
rows = json.load(sys.stdin)["dyads"]
print(rows[0]["dyad"]["a"] + "-" + rows[0]["dyad"]["b"] if rows else "JPN-PRK")')
echo "store: $events merged events; most active dyad $dyad"

shoot home "$base/" 1400
check "$out/home.dom.html" 'role="search"' "home page has the search form"

shoot dyad "$base/dyads/$dyad" 2600
check "$out/dyad.dom.html" 'id="chronology"' "dyad page has the chronology section"
event=""
if [ "$events" -gt 0 ]; then
    check "$out/dyad.dom.html" 'class="chronology"' "dyad page lists events"
    check "$out/dyad.dom.html" '<svg' "dyad page draws the trend chart"
    check "$out/dyad.dom.html" 'id="balance-heading"' "dyad page has the balance section"
    event=$(curl -sf "$base/api/events?dyad=$dyad&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
else
    echo "note: the store has no events (the ingest's coder codes none); chronology and chart checks skipped"
fi

if [ -n "$event" ]; then
    shoot event "$base/events/$event" 1600
    check "$out/event.dom.html" 'class="reports"' "event page lists the reports"
    check "$out/event.dom.html" 'class="evidence"' "event page shows the evidence"
    doc=$(curl -sf "$base/api/events/$event" | python3 -c 'import json,sys; print(json.load(sys.stdin)["mentions"][0]["doc"])')
else
    doc=$(curl -sf "$base/api/search?q=said&limit=1" | python3 -c 'import json,sys; h=json.load(sys.stdin)["hits"]; print(h[0]["doc"] if h else "")')
fi
if [ -n "$doc" ]; then
    docpath=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1], safe=''))" "$doc")
    shoot document "$base/documents/$docpath" 2000
    check "$out/document.dom.html" 'class="article"' "document page shows the article"
fi

shoot digest "$base/digest" 1200
check "$out/digest.dom.html" 'Select a digest to download' "digest page has the selection form"

curl -sf -D "$out/digest.headers" -o "$out/digest.html" "$base/api/digest?dyad=$dyad&format=html"
check "$out/digest.headers" 'attachment; filename=' "digest download has Content-Disposition"
check "$out/digest.html" '<html' "digest download is an HTML document"
curl -s -o /dev/null -w '%{http_code}\n' "$base/api/events?limit=9999" | grep -q 400 && echo "ok: bad limit answers 400" \
    || { echo "FAIL: bad limit"; failures=$((failures + 1)); }

echo "screenshots and pages in $out"
ls "$out"/*.png
exit $((failures > 0))
