#!/bin/sh
# cli.sh: the command line as users meet it: stdin and "-", every exit code,
# /dev/full, --help on stdout, bad input, no partial output (jq's shtest).
set -u
bin=${1:-./xbrlconv}
case "$bin" in /*) ;; *) bin="$(pwd)/$bin" ;; esac
dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$dir" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
sample=samples/btu-2004q1.txt

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
# expect CODE DESCRIPTION -- COMMAND...: runs COMMAND, checks its exit code
expect() {
  code=$1; what=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  got=$?
  if [ "$got" -eq "$code" ]; then ok; else bad "$what: exit $got, wanted $code"; sed 's/^/  /' "$tmp/err" | head -n 5; fi
}
has() { if grep -q -- "$2" "$1"; then ok; else bad "$3: '$2' not in $1"; fi; }

expect 0 "--help" -- "$bin" --help
has "$tmp/out" "Usage: xbrlconv" "--help prints usage on stdout"
has "$tmp/out" "Exit status" "--help lists exit codes"
[ -s "$tmp/err" ] && bad "--help wrote to stderr" || ok
expect 0 "--version" -- "$bin" --version
expect 0 "--list-formats" -- "$bin" --list-formats
has "$tmp/out" "json" "--list-formats names writers"

expect 2 "unknown option" -- "$bin" --frobnicate "$sample"
has "$tmp/err" "Try 'xbrlconv --help'" "usage error hint"
expect 2 "unknown writer" -- "$bin" -t pdf "$sample"
expect 2 "unknown reader" -- "$bin" -f word "$sample"
expect 2 "missing argument" -- "$bin" "$sample" -t
expect 2 "several inputs need -o DIR" -- "$bin" "$sample" "$sample"

expect 0 "file to stdout" -- "$bin" "$sample"
cp "$tmp/out" "$tmp/file.json"
expect 0 "stdin" -- sh -c "'$bin' < '$sample'"
sed 's/<stdin>/X/' "$tmp/out" >"$tmp/a"; sed "s#$sample#X#" "$tmp/file.json" >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" && ok || bad "stdin and file give different facts"
expect 0 "dash is stdin" -- sh -c "'$bin' - < '$sample'"
expect 0 "-o FILE" -- "$bin" -t csv -o "$tmp/out.csv" "$sample"
[ -s "$tmp/out.csv" ] && ok || bad "-o FILE wrote nothing"
ls "$tmp" | grep -q '\.tmp\.' && bad "temporary file left behind" || ok
mkdir "$tmp/outdir"
expect 0 "-o DIR with several inputs" -- "$bin" -t xbrl -o "$tmp/outdir" "$sample" samples/btu-2004q1.txt
[ -s "$tmp/outdir/btu-2004q1.xbrl" ] && ok || bad "-o DIR did not write NAME.xbrl"
expect 0 "--explain" -- "$bin" --explain -o /dev/null "$sample"
has "$tmp/err" '"Net Sales" -> us-gaap:Revenues \[label, 100%' "--explain shows label, concept, rule"

# bad input: a clear file:line: error and exit 1, nothing on stdout
: >"$tmp/empty.txt"
expect 1 "empty file" -- "$bin" "$tmp/empty.txt"
has "$tmp/err" "empty.txt: error: empty input" "empty file message"
[ -s "$tmp/out" ] && bad "empty file wrote output" || ok
printf '\177ELF\001\001\000\000binary' >"$tmp/garbage.bin"
expect 1 "binary garbage" -- "$bin" "$tmp/garbage.bin"
has "$tmp/err" "error: binary input" "binary message"
printf 'A letter to shareholders.\nNo tables, only words.\n' >"$tmp/prose.txt"
expect 1 "no table" -- "$bin" "$tmp/prose.txt"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && ok || bad "no table: reason is not one line"
sed 's/\$11,293 /123,456,789,012,345,678,901,234 /' "$sample" >"$tmp/overflow.txt"
expect 1 "overflowing number" -- "$bin" -o "$tmp/overflow.json" "$tmp/overflow.txt"
has "$tmp/err" "overflow.txt:[0-9]*:[0-9]*: error: number too large" "overflow names file:line:col"
[ -e "$tmp/overflow.json" ] && bad "overflow left an output file" || ok
expect 1 "missing file" -- "$bin" "$tmp/nonexistent.txt"
has "$tmp/err" "nonexistent.txt: error: cannot open" "missing file message"
expect 1 "broken taxonomy" -- "$bin" --taxonomy "$tmp" "$sample"
has "$tmp/err" "error: cannot load taxonomy file" "taxonomy message"
# a taxonomy folder whose package catalog is broken: a diagnostic, exit 1
mkdir -p "$tmp/tax/package/META-INF"
cp taxonomy/us-gaap.xml taxonomy/vocabulary.xml "$tmp/tax/"
printf '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n  <rewriteURI uriStartString="https://xbrl.fasb.org/us-gaap/2025/" rewritePrefix="../nowhere/"/>\n</catalog>\n' >"$tmp/tax/package/META-INF/catalog.xml"
expect 1 "broken package catalog" -- "$bin" --taxonomy "$tmp/tax" "$sample"
has "$tmp/err" "catalog.xml:2: error: the catalog rewrites https://xbrl.fasb.org/us-gaap/2025/ to ../nowhere/" "broken catalog named with line"
printf '<catalog' >"$tmp/tax/package/META-INF/catalog.xml"
expect 1 "malformed package catalog" -- "$bin" --taxonomy "$tmp/tax" "$sample"
printf '<taxonomy' >"$tmp/tax/us-gaap.xml"
expect 1 "malformed taxonomy" -- "$bin" --taxonomy "$tmp/tax" "$sample"
has "$tmp/err" "us-gaap.xml" "malformed taxonomy file named"
rm -rf "$tmp/tax/package"
sed 's/industry="bank"/industry="banks"/' taxonomy/us-gaap.xml >"$tmp/tax/us-gaap.xml"
expect 1 "unknown industry" -- "$bin" --taxonomy "$tmp/tax" "$sample"
has "$tmp/err" "(industry= bank, insurance)" "unknown industry named"

# output failures: exit 3, no partial file
if [ -w /dev/full ]; then
  expect 3 "/dev/full" -- "$bin" -o /dev/full "$sample"
else
  echo "skip: no /dev/full"
fi
expect 3 "unwritable directory" -- "$bin" -o "$tmp/no/such/dir/out.json" "$sample"
printf '<xsl:stylesheet' >"$tmp/broken.xsl"
expect 3 "stylesheet that does not parse" -- "$bin" -t html --stylesheet "$tmp/broken.xsl" -o "$tmp/page.html" "$sample"
[ -e "$tmp/page.html" ] && bad "broken stylesheet left a page" || ok
cat >"$tmp/writer.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:template match="/"><exsl:document href="pwned.txt">x</exsl:document><html/></xsl:template>
</xsl:stylesheet>
XSL
(cd "$tmp" && expect 3 "stylesheet that writes a file" -- "$bin" -t html --stylesheet writer.xsl "$dir/$sample")
[ -e "$tmp/pwned.txt" ] && bad "stylesheet wrote a file" || ok
cat >"$tmp/net.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><html><xsl:value-of select="document('http://127.0.0.1:9/x.xml')"/></html></xsl:template>
</xsl:stylesheet>
XSL
expect 3 "stylesheet that reads the network" -- "$bin" -t html --stylesheet "$tmp/net.xsl" -o "$tmp/net.html" "$sample"
has "$tmp/err" "[Nn]etwork.*refused" "network read named"
[ -e "$tmp/net.html" ] && bad "network stylesheet left a page" || ok
cat >"$tmp/netimport.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="http://127.0.0.1:9/evil.xsl"/>
  <xsl:template match="/"><html/></xsl:template>
</xsl:stylesheet>
XSL
expect 3 "stylesheet that imports from the network" -- "$bin" -t html --stylesheet "$tmp/netimport.xsl" -o "$tmp/net.html" "$sample"
cat >"$tmp/fails.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><html/><xsl:message terminate="yes">stop here</xsl:message></xsl:template>
</xsl:stylesheet>
XSL
expect 3 "stylesheet that fails at run time" -- "$bin" -t html --stylesheet "$tmp/fails.xsl" -o "$tmp/fails.html" "$sample"
[ -e "$tmp/fails.html" ] && bad "failing stylesheet left a page" || ok
# --xml-stylesheet; xsltproc with statements.xsl shows the statements of -t html
expect 0 "--xml-stylesheet" -- "$bin" -t xbrl --xml-stylesheet xslt/page.xsl -o "$tmp/x.xbrl" "$sample"
has "$tmp/x.xbrl" '<?xml-stylesheet type="text/xsl" href="xslt/page.xsl"?>' "xml-stylesheet instruction"
statements() { python3 -c "import re,sys; t=open(sys.argv[1]).read(); m=re.search(r'<section id=\"statements\">.*?</section>\s*(?=<section id=\"chart\"|</body>)', t, re.S); print(m.group(0).rstrip() if m else '')" "$1"; }
for s in "$sample" samples/widget-2005q2.html; do
  "$bin" -t xbrl -o "$tmp/s.xbrl" "$s" && xsltproc xslt/statements.xsl "$tmp/s.xbrl" >"$tmp/a.html" &&
    "$bin" -t html -o "$tmp/b.html" "$s" || bad "$s: cannot render"
  statements "$tmp/a.html" >"$tmp/a.st"; statements "$tmp/b.html" >"$tmp/b.st"
  [ -s "$tmp/a.st" ] && cmp -s "$tmp/a.st" "$tmp/b.st" && ok || bad "$s: xsltproc statements.xsl differs from -t html"
done

# --strict turns warnings into exit 4 (a table without periods is skipped
# with a warning)
cat >"$tmp/noperiod.txt" <<'TXT'
                                    Three Months Ended
                                  March 31,     March 31,
                                    2004          2003
Net sales                         $1,000        $  900
Net income                           100            90



                                  Domestic     Foreign
Stores                               120          80
Employees                          1,000         700
Square feet                        5,000       3,000
TXT
expect 0 "warnings alone" -- "$bin" -o /dev/null "$tmp/noperiod.txt"
has "$tmp/err" "noperiod.txt:[0-9]*:1: warning: table 2 has no period" "skipped table warns"
expect 4 "--strict with warnings" -- "$bin" --strict -o /dev/null "$tmp/noperiod.txt"
# however few its rows, a table of money without a period is not passed over
# in silence (an outlook over "Low  High")
cat >"$tmp/outlook.txt" <<'TXT'
                                    Year Ended December 31,
                                      2025          2024
Revenue                           $ 500,000     $ 450,000
Net income                        $  50,000     $  40,000

2026 OUTLOOK

                                      Low           High
Revenue                           $ 520,000     $ 540,000
TXT
expect 0 "one-row outlook" -- "$bin" -o /dev/null "$tmp/outlook.txt"
has "$tmp/err" "outlook.txt:9:1: warning: table 2 has no period in its column headers; its 1 row is skipped" \
    "a one-row table of money warns"
cat >"$tmp/notes.txt" <<'TXT'
                                    Three Months Ended
                                  March 31,     March 31,
                                    2004          2003
Net sales                         $1,000        $  900
Net income (1)                       100            90

(1)  Includes a gain of $12 on the sale of a plant,
     recorded in other income.
*    Not meaningful
TXT
{ printf 'SPRINGFIELD, Ill.\342\200\224April 20, 2004\342\200\224Acme Widgets Inc.\302\256 today announced results.\n\n'; cat "$tmp/notes.txt"; } >"$tmp/named.txt"
expect 0 "name from the first sentence" -- "$bin" -t csv "$tmp/named.txt"
has "$tmp/out" '^Acme Widgets Inc.,,,' "registrant named from 'today announced', after an em-dash dateline"
expect 0 "name from the first sentence (xbrl)" -- "$bin" -t xbrl "$tmp/named.txt"
has "$tmp/out" 'xmlns:acme=' "extension prefix from the name"
expect 0 "a table with footnotes" -- "$bin" -t html "$tmp/notes.txt"
has "$tmp/out" '<p class="note">(1)  Includes a gain of $12 on the sale of a plant, recorded in other income.</p>' "footnote under its table, wrapped line joined"
has "$tmp/out" '<p class="note">\*    Not meaningful</p>' "second footnote"

# encodings: the same submission in Windows-1252 and in UTF-8 gives the
# same facts, byte for byte
expect 0 "Windows-1252 submission" -- "$bin" samples/gadget-2005q1-edgar.txt
sed 's#samples/gadget-2005q1-edgar.txt#X#' "$tmp/out" >"$tmp/a"
expect 0 "UTF-8 submission" -- "$bin" tests/data/gadget-2005q1-edgar.utf8.txt
sed 's#tests/data/gadget-2005q1-edgar.utf8.txt#X#' "$tmp/out" >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" && ok || bad "Windows-1252 and UTF-8 give different output"
expect 1 "invalid UTF-8 when UTF-8 is forced" -- "$bin" --encoding UTF-8 samples/gadget-2005q1-edgar.txt
has "$tmp/err" "invalid UTF-8 byte 0x92 at offset" "encoding error names the offset"
# EDGAR: --document picks another document; -f forces a reader
expect 0 "--document 8-K" -- "$bin" -t csv --document 8-K samples/gadget-2005q1-edgar.txt
has "$tmp/out" "Shares registered" "--document reads the form's own table"
expect 1 "--document that is absent" -- "$bin" --document EX-13 samples/gadget-2005q1-edgar.txt
has "$tmp/err" "no EX-13 document to read (documents: 8-K, EX-99.1, GRAPHIC, EX-99.2)" "lists the documents"
sed '/<TYPE>EX-99/,/<\/DOCUMENT>/d' samples/gadget-2005q1-edgar.txt >"$tmp/noex99.txt"
expect 1 "a submission with no EX-99" -- "$bin" "$tmp/noex99.txt"
has "$tmp/err" "(documents: 8-K, GRAPHIC); --document 8-K reads the filing's body" "names the option that reads the body"
expect 0 "-f html" -- "$bin" -f html samples/widget-2005q2.html
expect 0 "stdin html" -- sh -c "'$bin' -t csv < samples/widget-2005q2.html"
has "$tmp/out" "us-gaap:Revenues" "HTML read from stdin"
printf '<SEC-DOCUMENT>\n<SEC-HEADER>\nCENTRAL INDEX KEY: 0000000001\n' >"$tmp/trunc.txt"
expect 1 "truncated submission" -- "$bin" "$tmp/trunc.txt"
# documents that never close: each ends where the next begins
sed '/^<\/DOCUMENT>/d' samples/gadget-2005q1-edgar.txt >"$tmp/noend.txt"
expect 0 "documents without </DOCUMENT>" -- "$bin" -t csv "$tmp/noend.txt"
has "$tmp/err" "document EX-99.1 is truncated (no </DOCUMENT>)" "unclosed documents are warned of"
has "$tmp/out" "us-gaap:Revenues" "the release is read past the unclosed form"
printf '<DOCUMENT>\n<TYPE>EX-99.1\n<FILENAME>x.htm\n</DOCUMENT>\n' >"$tmp/notext.txt"
expect 1 "document without <TEXT>" -- "$bin" "$tmp/notext.txt"
has "$tmp/err" "has no <TEXT>" "no <TEXT> named"
printf '<html><body><p>We are pleased.</p><table><tr><td>Fun</td><td>Games</td></tr></table></body></html>' >"$tmp/words.html"
expect 1 "HTML table of words" -- "$bin" "$tmp/words.html"

# the SEC data-set writers: a header and rows of the same width
for t in sub num tag; do
  expect 0 "-t $t" -- "$bin" -t "$t" samples/gadget-2005q1-edgar.txt
  [ "$(awk -F'\t' '{print NF}' "$tmp/out" | sort -u | wc -l)" -eq 1 ] && ok || bad "-t $t: rows of different widths"
done
has "$tmp/out" "^Revenues	us-gaap/2025	0	0	monetary	D	C	" "tag.txt describes a standard tag"
expect 0 "-t num" -- "$bin" -t num samples/gadget-2005q1-edgar.txt
has "$tmp/out" "^0000990001-05-000123	Revenues	us-gaap/2025	20050331	1	USD			" "num.txt keys the submission by its accession number"

# xbrlconv check: a good instance has no findings; each planted fault is found
"$bin" -q -t xbrl -o "$tmp/good.xbrl" "$sample"
expect 0 "check a good instance" -- "$bin" check "$tmp/good.xbrl"
has "$tmp/err" "good.xbrl: 0 findings" "check counts findings"
plant() { # NAME SED-EXPRESSION
  sed "$2" "$tmp/good.xbrl" >"$tmp/$1.xbrl"
  cmp -s "$tmp/good.xbrl" "$tmp/$1.xbrl" && bad "plant $1: the instance did not change"
}
plant undefined 's/\(<us-gaap:Revenues id="f53" contextRef="\)[^"]*"/\1nowhere"/'
expect 1 "check: undefined context" -- "$bin" check "$tmp/undefined.xbrl"
has "$tmp/err" "undefined.xbrl:[0-9]*: error: us-gaap:Revenues refers to context nowhere" "undefined context named"
plant baddate '0,/<xbrli:startDate>2004-01-01/s//<xbrli:startDate>2004-)01-01/'
expect 1 "convert: a context with an unreadable date is refused" -- "$bin" -t json -o "$tmp/bd.json" "$tmp/baddate.xbrl"
has "$tmp/err" "baddate.xbrl:[0-9]*: error: context .* has no readable period" "unreadable context date named with line"
[ -e "$tmp/bd.json" ] && bad "a refused instance left an output file" || ok
sed '0,/<xbrli:startDate>2024-10-01/s//<xbrli:startDate>2024-)10-01/' samples/acme-2024q4-ixbrl.htm >"$tmp/baddate.htm"
expect 1 "convert: inline XBRL with an unreadable context date is refused" -- "$bin" -t json "$tmp/baddate.htm"
plant period 's/\(<us-gaap:Revenues id="f53" contextRef="\)[^"]*"/\1I2003-12-31"/'
expect 4 "check: duration concept on an instant" -- "$bin" check "$tmp/period.xbrl"
has "$tmp/err" "period.xbrl:103:.*\[period-type\] us-gaap:Revenues is a duration concept but its context I2003-12-31 is an instant" "period type finding names fact, line, context"
plant unit 's/\(<us-gaap:Revenues id="f53" [^>]*unitRef="\)USD"/\1shares"/'
expect 4 "check: monetary fact in shares" -- "$bin" check "$tmp/unit.xbrl"
has "$tmp/err" "\[unit\] us-gaap:Revenues is measured in xbrli:shares, not in a currency" "unit finding"
plant decimals 's/\(<us-gaap:Revenues id="f53" [^>]*\) decimals="-3"/\1/'
expect 4 "check: missing decimals" -- "$bin" check "$tmp/decimals.xbrl"
has "$tmp/err" "\[decimals\] us-gaap:Revenues: a numeric fact needs decimals or precision" "decimals finding"
plant foot 's/\(<us-gaap:LiabilitiesAndStockholdersEquity id="f33" [^>]*>\)25654000/\125664000/'
expect 4 "check: a total that does not foot" -- "$bin" check "$tmp/foot.xbrl"
has "$tmp/err" "\[balance\] assets 25654000 differ from liabilities and equity 25664000 at I2003-12-31" "balance finding with amounts"
plant nonnum 's/\(<us-gaap:LiabilitiesAndStockholdersEquity id="f33" [^>]*>\)25654000/\1n\/a/'
expect 4 "check: a non-numeric value" -- "$bin" check "$tmp/nonnum.xbrl"
has "$tmp/err" "\[value\] us-gaap:LiabilitiesAndStockholdersEquity: numeric value 'n/a' is not a plain decimal" "value finding"
expect 0 "findings are warnings in a conversion" -- "$bin" -o /dev/null "$tmp/foot.xbrl"
expect 4 "--strict makes findings exit 4" -- "$bin" --strict -o /dev/null "$tmp/foot.xbrl"

# the sign solver proves a total whose cells print different numbers of
# decimals (1.5 = 1.25 + .25): the extension's calculation holds both items
mkdir -p "$tmp/mixed"
cat >"$tmp/mixed/m.txt" <<'TXT'
ACME CORP (NASDAQ: ACME) today announced results.

                        CONSOLIDATED STATEMENTS OF OPERATIONS
                        (In millions)
                                      Three Months Ended
                                    March 31,     March 31,
                                      2004          2003
Widget expenses                       1.25          2.5
Gadget expenses                        .25           .5
Total operating expenses              1.5           3
TXT
expect 0 "mixed decimals" -- "$bin" -t xbrl -o "$tmp/mixed/m.xbrl" "$tmp/mixed/m.txt"
[ "$(grep -c 'calculationArc' "$tmp/mixed/acme-20040331_cal.xml" 2>/dev/null)" -eq 2 ] && ok || bad "mixed decimals: total not proved (no calculation arcs)"
# an HTML table printed on one source line: each row stays a row of the view
printf '<html><body><p>(In thousands)</p><table><tr><td></td><td>Three Months Ended March 31, 2004</td><td>Three Months Ended March 31, 2003</td></tr><tr><td>Net sales</td><td>100</td><td>90</td></tr><tr><td>Net income</td><td>10</td><td>9</td></tr></table></body></html>\n' >"$tmp/oneline.html"
expect 0 "HTML table on one line" -- "$bin" -t html "$tmp/oneline.html"
[ "$(grep -o '<tr data-row="[0-9]*" data-line="[0-9]*" data-concept=' "$tmp/out" | wc -l)" -eq 2 ] && ok || bad "HTML rows on one line merged in the statements view"

# batch mode: directories, @lists (blank lines, comments, missing files),
# a status record per input, -j workers giving the same files, a summary
mkdir -p "$tmp/in/sub" "$tmp/b1" "$tmp/b2"
cp samples/btu-2004q1.txt "$tmp/in/a.txt"
cp samples/widget-2005q2.html "$tmp/in/sub/b.html"
cp "$tmp/words.html" "$tmp/in/words.html"
printf 'samples/gadget-2005q1-edgar.txt\n\n# a comment\n  %s/missing.txt  \n' "$tmp" >"$tmp/list"
expect 1 "batch with a failing input" -- "$bin" -q -t csv -o "$tmp/b1" --status "$tmp/st1" "$tmp/in" "@$tmp/list"
[ "$(ls "$tmp/b1" | wc -l)" -eq 3 ] && ok || bad "batch: wanted 3 outputs, got $(ls "$tmp/b1")"
[ "$(grep -c '	ok	0	' "$tmp/st1")" -eq 3 ] && ok || bad "batch: 3 ok status records"
has "$tmp/st1" "missing.txt	error	1	0		" "batch: the missing file is an error record"
has "$tmp/st1" "words.html	no-tables	1" "batch: the table of words is a no-tables record"
expect 1 "batch -j 3" -- "$bin" -q -j 3 -t csv -o "$tmp/b2" --status "$tmp/st2" "$tmp/in" "@$tmp/list"
diff -r "$tmp/b1" "$tmp/b2" >/dev/null && ok || bad "-j 3 output differs from -j 1"
sed "s#$tmp/b[12]##" "$tmp/st1" | sort >"$tmp/s1"; sed "s#$tmp/b[12]##" "$tmp/st2" | sort >"$tmp/s2"
cmp -s "$tmp/s1" "$tmp/s2" && ok || bad "-j 3 status differs from -j 1"
expect 1 "batch summary" -- "$bin" -t csv -o "$tmp/b2" "$tmp/in"
has "$tmp/err" "3 inputs: 2 converted, 1 without tables, 0 failed" "batch prints a summary"
expect 0 "NDJSON batch on stdout" -- "$bin" -q -t ndjson "$sample" samples/widget-2005q2.html
[ "$(grep -c '"doc":"samples/widget-2005q2.html"' "$tmp/out")" -gt 0 ] && [ "$(grep -c '"doc":"samples/btu-2004q1.txt"' "$tmp/out")" -gt 0 ] && ok || bad "NDJSON batch on stdout holds both documents"
expect 2 "-j with stdout" -- "$bin" -j 2 -t ndjson "$sample" "$sample"
expect 2 "-j 0" -- "$bin" -j 0 -o "$tmp/b2" "$sample"
expect 2 "a directory needs -o" -- "$bin" "$tmp/in"
expect 1 "unreadable list" -- "$bin" -o "$tmp/b2" "@$tmp/nolist"
: >"$tmp/plainfile"
expect 3 "output directory that is a file" -- "$bin" -o "$tmp/plainfile/x" "$tmp/in"
expect 3 "status on a full disk" -- "$bin" -q -o "$tmp/b2" --status /dev/full "$sample" "$sample"
# an interrupted batch (kill -9) leaves only complete files
mkdir -p "$tmp/many" "$tmp/killed"
i=0; while [ $i -lt 300 ]; do cp "$sample" "$tmp/many/r$i.txt"; i=$((i + 1)); done
"$bin" -q -j 2 -t json -o "$tmp/killed" "$tmp/many" 2>/dev/null &
kpid=$!
sleep 0.2; kill -9 "$kpid" 2>/dev/null; wait "$kpid" 2>/dev/null
sleep 1 # workers finish the file in hand, then stop on the closed pipe
if python3 -c "
import json, os, sys
d = sys.argv[1]
for n in os.listdir(d):
    assert n.endswith('.json') and '.tmp.' not in n, n
    json.load(open(os.path.join(d, n)))
" "$tmp/killed"; then ok; else bad "kill -9 left an incomplete or temporary file"; fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
