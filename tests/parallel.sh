#!/bin/sh
# parallel.sh: the GNU parallel recipe of docs/scale-out.md, run locally,
# gives the same facts as the batch mode. Installs Debian's parallel when
# missing (as root); skipped, with a message, when it cannot.
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
case "$bin" in /*) ;; *) bin="$(pwd)/$bin" ;; esac
if ! command -v parallel >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq parallel) >/dev/null 2>&1
  fi
  command -v parallel >/dev/null || { echo "parallel: skipped (GNU parallel not installed)"; exit 0; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ls samples/* >"$tmp/paths.txt"
for d in text html edgar-full; do
  [ -d "$shared/corpus/$d" ] && ls "$shared/corpus/$d"/* >>"$tmp/paths.txt"
done
mkdir -p "$tmp/par" "$tmp/batch"
# the recipe: jobs of 3 files, 2 at a time, a job log to resume from
parallel --will-cite -j 2 -n 3 --joblog "$tmp/jobs.log" --resume \
  "$bin" -q -t ndjson -o "$tmp/par" {} :::: "$tmp/paths.txt" 2>/dev/null
# a second run resumes: nothing is converted again
parallel --will-cite -j 2 -n 3 --joblog "$tmp/jobs.log" --resume \
  "$bin" -q -t ndjson -o "$tmp/par" {} :::: "$tmp/paths.txt" 2>/dev/null
"$bin" -q -t ndjson -o "$tmp/batch" @"$tmp/paths.txt" 2>/dev/null
cat "$tmp"/par/*.ndjson | sort >"$tmp/a"
cat "$tmp"/batch/*.ndjson | sort >"$tmp/b"
jobs=$(($(wc -l <"$tmp/jobs.log") - 1))
if [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b"; then
  echo "parallel: 1 passed, 0 failed ($jobs jobs, $(wc -l <"$tmp/a") facts, same as the batch)"
else
  echo "parallel: FAIL: merged output differs from the batch mode's"; exit 1
fi
# Spark's pipe: paths on stdin, NDJSON on stdout
"$bin" -q -t ndjson @- <"$tmp/paths.txt" 2>/dev/null | sort >"$tmp/c"
cmp -s "$tmp/b" "$tmp/c" || { echo "parallel: FAIL: @- to stdout differs from the batch"; exit 1; }
