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
# a release with extension concepts and segment members: its own schema, beside it
release="$shared/corpus/text/verizon-2000q4-ex99.txt"
if [ -f "$release" ]; then
  mkdir -p "$tmp/vz"
  "$bin" -q -t xbrl -o "$tmp/vz/vz.xbrl" "$release"
  ext=$(sed -n 's/.*<link:schemaRef[^>]*xlink:href="\([^"]*\)".*/\1/p' "$tmp/vz/vz.xbrl" | head -n 1)
  case "$ext" in http*|"") fail=$((fail + 1)); echo "FAIL: verizon: no extension schemaRef ($ext)" ;;
  *) ns=$(sed -n 's/.*targetNamespace="\([^"]*\)".*/\1/p' "$tmp/vz/$ext" | head -n 1)
     { cat "$tmp/wrapper.xsd"; echo "  <xs:import namespace=\"$ns\" schemaLocation=\"$tmp/vz/$ext\"/>"; echo '</xs:schema>'; } >"$tmp/wrapper-ext.xsd"
     valid "$tmp/wrapper-ext.xsd" "$tmp/vz/vz.xbrl" "verizon's instance against XBRL 2.1, the package and its extension"
     valid "$linkbase" "$tmp/vz/${ext%.xsd}_lab.xml" "verizon's extension labels against the linkbase schema"
     valid "$linkbase" "$tmp/vz/${ext%.xsd}_pre.xml" "verizon's extension presentation against the linkbase schema" ;;
  esac
fi
echo "schema: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
