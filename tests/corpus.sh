#!/bin/sh
# corpus.sh: every plain-text release in ../shared/corpus/text converts with
# exit 0 to every writer, and its instance is well-formed XML. Skipped, with
# a message, when ../shared is absent (users clone the project alone).
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
if [ ! -d "$shared/corpus/text" ]; then
  echo "corpus: skipped ($shared/corpus/text not found)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for f in "$shared"/corpus/text/*.txt "$shared"/seed/*.txt; do
  [ -f "$f" ] || continue
  for fmt in xbrl json csv html; do
    if "$bin" -q -t "$fmt" -o "$tmp/out.$fmt" "$f" 2>"$tmp/err"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL: $f -t $fmt"; head -n 3 "$tmp/err"
    fi
  done
  if xmllint --noout "$tmp/out.xbrl" 2>/dev/null; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $f: instance is not well-formed"; fi
  if python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/out.json" 2>/dev/null; then
    pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $f: JSON does not parse"; fi
done
echo "corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
