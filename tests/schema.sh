#!/bin/sh
# schema.sh: XML Schema validation with libxml2, offline, against the official XBRL
# 2.1 schemas in ../shared/xbrl (skipped, with a message, where that is absent) and
# the shipped Taxonomy Package (taxonomy/package, its catalog maps the US-GAAP and DEI
# entry-point URLs): the package's schemas and linkbases, the seed's instance, and a
# release whose instance needs an extension taxonomy (written beside it).
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
case "$bin" in /*) ;; *) bin="$(pwd)/$bin" ;; esac
if [ ! -f "$shared/xbrl/catalog.xml" ]; then
  echo "schema: skipped ($shared/xbrl/catalog.xml not found)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
XML_CATALOG_FILES="$(cd "$shared/xbrl" && pwd)/catalog.xml $(pwd)/taxonomy/package/META-INF/catalog.xml"
export XML_CATALOG_FILES
pass=0 fail=0
valid() { # SCHEMA FILE WHAT
  if xmllint --nonet --noout --schema "$1" "$2" >"$tmp/log" 2>&1; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $3"; grep -v "Skipping import" "$tmp/log" | head -n 3; fi
}
linkbase=http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd
for f in taxonomy/package/us-gaap/2025/elts/*.xml; do valid "$linkbase" "$f" "$f against the XBRL linkbase schema"; done
# an instance of the concepts only: the wrapper imports what the instance uses
cat >"$tmp/wrapper.xsd" <<'XSD'
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:xbrlconv:wrapper">
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:import namespace="http://xbrl.org/2006/xbrldi" schemaLocation="http://www.xbrl.org/2006/xbrldi-2006.xsd"/>
  <xs:import namespace="http://fasb.org/us-gaap/2025" schemaLocation="https://xbrl.fasb.org/us-gaap/2025/elts/us-gaap-2025.xsd"/>
  <xs:import namespace="http://xbrl.sec.gov/dei/2025" schemaLocation="https://xbrl.sec.gov/dei/2025/dei-2025.xsd"/>
  <xs:import namespace="http://xbrlconv.example/2025/statements" schemaLocation="https://xbrl.fasb.org/us-gaap/2025/elts/us-gaap-2025-all.xsd"/>
XSD
cp "$tmp/wrapper.xsd" "$tmp/wrapper-base.xsd"; echo '</xs:schema>' >>"$tmp/wrapper-base.xsd"
"$bin" -q -t xbrl -o "$tmp/seed.xbrl" samples/btu-2004q1.txt
valid "$tmp/wrapper-base.xsd" "$tmp/seed.xbrl" "the seed's instance against XBRL 2.1 and the package"
# every sample and corpus release that converts: its instance, with the
# extension taxonomy written beside it, validates, and its calculation linkbase
# (the release's own arithmetic) has no Calculations 1.1 inconsistency
n=0
for release in samples/*.txt samples/*.html "$shared"/corpus/text/*.txt "$shared"/corpus/html/* \
               "$shared"/corpus/edgar-full/apple-* "$shared"/corpus/edgar-full/sears-* \
               "$shared"/corpus/edgar-full/southern-*; do
  [ -f "$release" ] || continue
  n=$((n + 1)); d="$tmp/r$n"; mkdir -p "$d"
  "$bin" -q -t xbrl -o "$d/i.xbrl" "$release" || { fail=$((fail + 1)); echo "FAIL: $release does not convert"; continue; }
  ext=$(sed -n 's/.*<link:schemaRef[^>]*xlink:href="\([^"]*\)".*/\1/p' "$d/i.xbrl" | head -n 1)
  case "$ext" in
    http*) cp "$tmp/wrapper-base.xsd" "$d/w.xsd" ;;
    *) ns=$(sed -n 's/.*targetNamespace="\([^"]*\)".*/\1/p' "$d/$ext" | head -n 1)
       { cat "$tmp/wrapper.xsd"; echo "  <xs:import namespace=\"$ns\" schemaLocation=\"$d/$ext\"/>"; echo '</xs:schema>'; } >"$d/w.xsd"
       for lb in "$d/${ext%.xsd}"_*.xml; do valid "$linkbase" "$lb" "$release: $(basename "$lb") against the linkbase schema"; done
       if python3 tests/calc_check.py "$d/i.xbrl" "$d/${ext%.xsd}_cal.xml" >"$tmp/calc" 2>&1; then pass=$((pass + 1)); else
         fail=$((fail + 1)); echo "FAIL: $release: calculation inconsistencies"; head -n 3 "$tmp/calc"; fi ;;
  esac
  valid "$d/w.xsd" "$d/i.xbrl" "$release: instance against XBRL 2.1, the package and its extension"
done
echo "schema: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
