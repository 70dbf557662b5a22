#!/bin/sh
# browser.sh: renders the seed and an HTML corpus release with -t html, opens each in
# headless Chromium (Debian's chromium, installed here when missing and root; no
# network), dumps the DOM, and checks that the statement cells hold the release's
# values at the release's scale in the right row and column (browser_check.py). A
# PNG screenshot of each page is saved in build/browser/ for people to look at.
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "browser: installing chromium"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
    chrome=$(command -v chromium || true)
  fi
  [ -n "$chrome" ] || { echo "browser: skipped (Chromium not installed; as root: apt-get install chromium)"; exit 0; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p build/browser
pass=0 fail=0
run() { # NAME RELEASE [HEADING VALUE]
  name=$1 release=$2; shift 2
  "$bin" -q -t xbrl -o "$tmp/$name.xbrl" "$release" && "$bin" -q -t html -o "$tmp/$name.html" "$release" ||
    { fail=$((fail + 1)); echo "FAIL: $release does not render"; return; }
  flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-sync
         --disable-background-networking --disable-component-update --disable-extensions
         --user-data-dir=$tmp/profile --proxy-server=127.0.0.1:9 --proxy-bypass-list=<-loopback>"
  timeout 120 "$chrome" $flags --dump-dom "file://$tmp/$name.html" >"$tmp/$name.dom" 2>/dev/null
  timeout 120 "$chrome" $flags --window-size=1280,2400 --screenshot="$(pwd)/build/browser/$name.png" \
    "file://$tmp/$name.html" >/dev/null 2>&1
  if [ -s "$tmp/$name.dom" ] && python3 tests/browser_check.py "$tmp/$name.xbrl" "$tmp/$name.dom" "$@"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL: $release: the page's statements differ from the release"
  fi
}
run btu samples/btu-2004q1.txt "Three Months Ended April 4, 2004" '$11,293'
if [ -f "$shared/corpus/html/buckle-2024q3-ex991.html" ]; then
  run buckle "$shared/corpus/html/buckle-2024q3-ex991.html"
else
  echo "browser: $shared/corpus/html not found; the corpus release is skipped"
fi
echo "browser: $pass passed, $fail failed (screenshots in build/browser/)"
[ "$fail" -eq 0 ]
