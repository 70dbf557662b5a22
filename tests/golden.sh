#!/bin/sh
# golden.sh: every samples/*.txt x every writer, byte for byte against
# tests/golden/<name>.<format>, and stderr against tests/golden/<name>.err
# (libxml2 runtest). UPDATE=1 rewrites the goldens; review with git diff.
set -u
bin=${1:-./xbrlconv}
dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$dir" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for sample in samples/*.txt samples/*.htm samples/*.html samples/regress/*; do
  [ -f "$sample" ] || continue
  name=$(basename "$sample"); name=${name%.*}
  for fmt in xbrl json csv ndjson html; do
    "$bin" -t "$fmt" "$sample" >"$tmp/out" 2>"$tmp/err"
    echo "exit $?" >>"$tmp/err"
    for kind in out err; do
      if [ "$kind" = out ]; then gold="tests/golden/$name.$fmt"; else gold="tests/golden/$name.$fmt.err"; fi
      if [ "${UPDATE:-0}" = 1 ]; then
        cp "$tmp/$kind" "$gold"
        continue
      fi
      if [ -f "$gold" ] && cmp -s "$tmp/$kind" "$gold"; then
        pass=$((pass + 1))
      else
        fail=$((fail + 1))
        echo "FAIL $sample -t $fmt ($kind differs from $gold)"
        [ -f "$gold" ] && diff "$gold" "$tmp/$kind" | head -n 10
      fi
    done
  done
done
[ "${UPDATE:-0}" = 1 ] && { echo "goldens rewritten"; exit 0; }
# round trip: a release to XBRL and back gives the facts of the release
for sample in samples/*.txt samples/*.html; do
  [ -f "$sample" ] || continue
  "$bin" -q -t json "$sample" >"$tmp/direct.json" 2>/dev/null
  "$bin" -q -t xbrl "$sample" 2>/dev/null | "$bin" -q -t json - >"$tmp/via.json" 2>/dev/null
  if python3 tests/same_facts.py "$tmp/direct.json" "$tmp/via.json" >"$tmp/rt.txt"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $sample: release -> XBRL -> JSON differs"; head -n 4 "$tmp/rt.txt"
  fi
done
# every xBRL-JSON golden keeps the OIM rules a conformant loader checks
for g in tests/golden/*.json; do
  if python3 tests/oim_check.py "$g" >"$tmp/oim.txt"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $g breaks OIM rules"; head -n 4 "$tmp/oim.txt"
  fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
