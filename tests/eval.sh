#!/bin/sh
# eval.sh: scores xBRL-JSON against the public gold in ../shared/eval and
# holds each release to its floor (the seed at F1 1.000, Verizon 2000Q4 at
# >= 0.95, Buckle 2024Q3 (HTML) at >= 0.98). Skipped, with a message, without
# ../shared. The full table of figures is `make eval`.
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
case "$bin" in /*) ;; *) bin="$(pwd)/$bin" ;; esac
if [ ! -f "$shared/eval/run_eval.py" ]; then
  echo "eval: skipped ($shared/eval not found)"
  exit 0
fi
pass=0 fail=0
check() { # gold min
  line=$(python3 "$shared/eval/run_eval.py" --cmd "$bin -q --to json {input}" "$shared/eval/gold/$1.json" | sed -n 1p)
  echo "  $line"
  f1=$(echo "$line" | sed -n 's/.*F1 \([0-9.]*\)$/\1/p')
  if [ -n "$f1" ] && python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)" "$f1" "$2"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL: $1 F1 ${f1:-?} below $2"
  fi
}
check btu-2004q1 1.0
check verizon-2000q4 0.95
check buckle-2024q3 0.98
echo "eval: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
