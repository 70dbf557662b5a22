#!/bin/sh
# pg.sh: a real PostgreSQL load. Installs Debian's postgresql when missing
# (as root), starts a throw-away cluster on a loopback port in a temporary
# directory, creates docs/schema.sql, loads the CSV of every sample and
# ../shared corpus release with \copy ... CSV HEADER, asserts with SQL, and
# stops the cluster.
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
case "$bin" in /*) ;; *) bin="$(pwd)/$bin" ;; esac
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "pg: installing postgresql"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ -z "$pgbin" ]; then
    echo "pg: skipped (PostgreSQL is not installed; as root: apt-get install postgresql)"
    exit 0
  fi
fi
# the server refuses to run as root: run it as an ordinary user
run() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run() { runuser -u postgres -- "$@"; }
fi
tmp=$(mktemp -d)
chmod 755 "$tmp"
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp"
port=$((20000 + $$ % 20000))
cleanup() {
  run "$pgbin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

run "$pgbin/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 --locale=C >"$tmp/initdb.log" 2>&1 ||
  { echo "pg: initdb failed"; cat "$tmp/initdb.log"; exit 1; }
run "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -o "-p $port -k $tmp -c listen_addresses=127.0.0.1" start >/dev/null ||
  { echo "pg: server did not start"; cat "$tmp/server.log"; exit 1; }
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
q() { psql -At -c "$1"; }

psql -f docs/schema.sql && ok || bad "schema.sql does not load"
# every sample and corpus release, as a batch: facts and documents
mkdir -p "$tmp/in" "$tmp/csv"
cp samples/*.txt samples/*.htm* "$tmp/in/"
for d in text html edgar-full; do
  [ -d "$shared/corpus/$d" ] && cp "$shared/corpus/$d"/* "$tmp/in/" 2>/dev/null
done
"$bin" -q -t csv -o "$tmp/csv" "$tmp/in" 2>/dev/null
"$bin" -q -t documents -o "$tmp/csv" "$tmp/in" 2>/dev/null
n=0
for f in "$tmp"/csv/*.csv; do
  case "$f" in
    *.documents.csv) psql -c "\\copy documents FROM '$f' CSV HEADER" || bad "load $f" ;;
    *) psql -c "\\copy facts FROM '$f' CSV HEADER" || bad "load $f"; n=$((n + 1)) ;;
  esac
done
[ "$n" -ge 4 ] && ok || bad "only $n fact files loaded"
[ "$(q "SELECT count(*) FROM documents")" -eq "$n" ] && ok || bad "one document row per fact file"
[ "$(q "SELECT count(*) FROM facts f LEFT JOIN documents d USING (source) WHERE d.source IS NULL")" -eq 0 ] &&
  ok || bad "every fact has its document"
# the seed's net sales for the quarter ended 2004-04-04
got=$(q "SELECT value FROM facts WHERE source LIKE '%btu-2004q1.txt' AND concept = 'us-gaap:Revenues'
         AND period_start = '2004-01-01' AND period_end = '2004-04-04' AND dimensions IS NULL")
[ "$got" = "11293000" ] && ok || bad "seed net sales: '$got', wanted 11293000"
# assets = liabilities + equity at every balance-sheet instant
bs=$(q "SELECT count(*) FROM facts a JOIN facts l ON l.source = a.source AND l.period_end = a.period_end
        AND l.concept = 'us-gaap:LiabilitiesAndStockholdersEquity' AND l.dimensions IS NULL
        WHERE a.concept = 'us-gaap:Assets' AND a.dimensions IS NULL")
unbal=$(q "SELECT string_agg(a.source || ' ' || a.period_end || ': ' || a.value || ' vs ' || l.value, '; ')
        FROM facts a JOIN facts l ON l.source = a.source AND l.period_end = a.period_end
        AND l.concept = 'us-gaap:LiabilitiesAndStockholdersEquity' AND l.dimensions IS NULL
        WHERE a.concept = 'us-gaap:Assets' AND a.dimensions IS NULL AND a.value <> l.value")
[ "$bs" -ge 5 ] && ok || bad "only $bs balance-sheet instants"
[ -z "$unbal" ] && ok || bad "assets differ from liabilities and equity: $unbal"
# no two values for one entity, concept, period, unit and dimensions in a document
dup=$(q "SELECT count(*) FROM (SELECT 1 FROM facts GROUP BY source, entity, concept, period_start,
         period_end, unit, dimensions HAVING count(*) > 1) x")
[ "$dup" -eq 0 ] && ok || bad "$dup duplicate facts"
echo "pg: $pass passed, $fail failed ($n releases, $(q "SELECT count(*) FROM facts") facts, $bs balance-sheet instants)"
[ "$fail" -eq 0 ]
