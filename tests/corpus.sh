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
oim="$(dirname "$0")/oim_check.py"
for f in "$shared"/corpus/text/*.txt "$shared"/seed/*.txt; do
  [ -f "$f" ] || continue
  for fmt in xbrl json csv ndjson html; do
    if "$bin" -q -t "$fmt" -o "$tmp/out.$fmt" "$f" 2>"$tmp/err"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL: $f -t $fmt"; head -n 3 "$tmp/err"
    fi
  done
  if xmllint --noout "$tmp/out.xbrl" 2>/dev/null; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $f: instance is not well-formed"; fi
  if python3 "$oim" "$tmp/out.json" >"$tmp/oim" 2>&1; then
    pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $f: xBRL-JSON breaks OIM rules"; head -n 3 "$tmp/oim"; fi
done
# every release that converts passes its checks: no inconsistent duplicates,
# balance sheets that balance, EPS that is net income over shares
for f in "$shared"/corpus/text/*.txt "$shared"/corpus/html/* "$shared"/corpus/edgar-full/apple-* \
         "$shared"/corpus/edgar-full/sears-* "$shared"/corpus/edgar-full/southern-*; do
  [ -f "$f" ] || continue
  if "$bin" check -q "$f" 2>"$tmp/err"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $f: check found"; head -n 3 "$tmp/err"; fi
done
# non-GAAP tables are kept apart: none of their facts is a US-GAAP concept
for f in "$shared/corpus/text/verizon-2000q4-ex99.txt" "$shared/corpus/html/apple-2004q3-ex991.htm"; do
  [ -f "$f" ] || continue
  "$bin" -q -t xbrl -o "$tmp/ng.xbrl" "$f"
  tables=$(grep -o '<?xbrlconv-table table="[0-9]*"[^?]*nongaap="1"' "$tmp/ng.xbrl" | sed 's/.*table="\([0-9]*\)".*/\1/')
  n=0 bad=0
  for t in $tables; do
    n=$((n + $(grep -c "xc:table=\"$t\"" "$tmp/ng.xbrl")))
    bad=$((bad + $(grep "xc:table=\"$t\"" "$tmp/ng.xbrl" | grep -c '^ *<us-gaap:')))
  done
  if [ -n "$tables" ] && [ "$n" -gt 0 ] && [ "$bad" -eq 0 ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $f: non-GAAP tables ($tables) hold $bad US-GAAP facts of $n"; fi
done
# the statements view shows the footnotes printed under a table
if [ -f "$shared/corpus/text/verizon-2000q4-ex99.txt" ]; then
  if "$bin" -q -t html "$shared/corpus/text/verizon-2000q4-ex99.txt" | grep -q '<p class="note">(1)  Diluted Earnings per Share include'; then
    pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: verizon: the EPS footnote is not under its table"; fi
fi
# HTML exhibits and full submissions: releases convert; non-earnings
# filings and a narrative-only release exit 1 with one line
for f in "$shared"/corpus/html/* "$shared"/corpus/edgar-full/*; do
  [ -f "$f" ] || continue
  case "$(basename "$f")" in
    *nonearnings*|abvc-*|amazon-*) want=1 ;;
    *) want=0 ;;
  esac
  "$bin" -q -o "$tmp/out.json" "$f" 2>"$tmp/err"
  got=$?
  if [ "$got" -eq "$want" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $f exit $got, wanted $want"; head -n 3 "$tmp/err"; fi
  if [ "$want" -eq 0 ] && ! python3 "$oim" "$tmp/out.json" >"$tmp/oim" 2>&1; then
    fail=$((fail + 1)); echo "FAIL: $f: xBRL-JSON breaks OIM rules"; head -n 3 "$tmp/oim"; fi
  if [ "$want" -eq 1 ]; then
    if [ "$(wc -l <"$tmp/err")" -eq 1 ] && [ ! -s "$tmp/out.json" ]; then pass=$((pass + 1)); else
      fail=$((fail + 1)); echo "FAIL: $f: wanted one line and no output"; fi
  fi
  rm -f "$tmp/out.json"
done
# the full submissions name their registrant from the SGML header
for pair in "apple-2004q3-8k-full.txt 0000320193" "apple-2023q4cal-fy24q1-8k-full.txt 0000320193" \
            "sears-2004q2-8k-full.txt 0000319256" "southern-2004q4-8k-full.txt 0000092122"; do
  set -- $pair
  [ -f "$shared/corpus/edgar-full/$1" ] || continue
  if "$bin" -q -t csv "$shared/corpus/edgar-full/$1" 2>/dev/null | sed -n 2p | grep -q ",$2,"; then
    pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1: CIK $2 not in the output"; fi
done
# XBRL instances: every fact out to JSON, CSV and NDJSON; XBRL -> JSON ->
# XBRL -> JSON keeps the fact set (the CIB Marine zip is fed unzipped)
if [ -d "$shared/corpus/xbrl" ]; then
  for f in "$shared"/corpus/xbrl/*.xml "$shared"/corpus/xbrl/*.zip; do
    [ -f "$f" ] || continue
    case "$f" in
      *.zip) python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); n=[x for x in z.namelist() if x.endswith('.xml') and '_' not in x.rsplit('/',1)[-1]][0]; open(sys.argv[2],'wb').write(z.read(n))" "$f" "$tmp/inst.xml"; in="$tmp/inst.xml" ;;
      *) in="$f" ;;
    esac
    want=$(grep -o 'contextRef=' "$in" | wc -l)
    ok=1
    for fmt in json csv ndjson; do
      "$bin" -q -t "$fmt" -o "$tmp/x.$fmt" "$in" 2>"$tmp/err" || { ok=0; echo "FAIL: $f -t $fmt"; head -n 3 "$tmp/err"; }
    done
    python3 "$oim" "$tmp/x.json" >"$tmp/oim" 2>&1 || { ok=0; echo "FAIL: $f: xBRL-JSON breaks OIM rules"; head -n 3 "$tmp/oim"; }
    got=$(python3 -c "import json,sys; print(sum(f['dimensions']['concept'] != 'xbrl:note' for f in json.load(open(sys.argv[1]))['facts'].values()))" "$tmp/x.json" 2>/dev/null)
    lines=$(wc -l <"$tmp/x.ndjson")
    [ "$got" = "$want" ] && [ "$lines" -eq "$want" ] || { ok=0; echo "FAIL: $f: $want facts in, $got JSON and $lines NDJSON out"; }
    "$bin" -q -t xbrl -o "$tmp/b.xbrl" "$tmp/x.json" && "$bin" -q -t json -o "$tmp/c.json" "$tmp/b.xbrl" &&
      python3 "$(dirname "$0")/same_facts.py" "$tmp/x.json" "$tmp/c.json" >/dev/null || { ok=0; echo "FAIL: $f: round trip changed the facts"; }
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
  done
fi
echo "corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
