#!/bin/sh
# bench.sh BIN [SHARED]: speed and memory, measured (never asserted by a test).
#   1. XBRL in: a generated instance of 100,000 facts and 10,000 contexts to
#      xBRL-JSON, against `xmllint --stream --noout` on the same file (best of 5).
#   2. Releases in: every sample and ../shared release converted to each writer.
# Prints the figures that docs/performance.md records.
set -u
bin=${1:-./xbrlconv}
shared=${2:-../shared}
out=build/bench
mkdir -p "$out"
best() { # best wall time of 5 runs of the command, in seconds
  python3 - "$@" <<'PY'
import subprocess, sys, time
best = None
for _ in range(5):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    best = dt if best is None or dt < best else best
print("%.3f" % best)
PY
}
best_fresh() { # like best, each run writing to a new directory OUT.1 .. OUT.5;
  # every timed run of the bench writes to a directory of its own under
  # $runs, removed only at the end: ext4 without a journal allocates inodes
  # several times slower for a minute after many files were deleted (it
  # skips recently deleted ones), which would time the file system's
  # bookkeeping after the bench's own deletions, not the converter
  dir=$1; shift
  python3 - "$dir" "$@" <<'PY'
import subprocess, sys, time
dir, cmd = sys.argv[1], sys.argv[2:]
best = None
for i in range(1, 6):
    d = "%s.%d" % (dir, i)
    t = time.perf_counter()
    subprocess.run([a.replace("{out}", d) for a in cmd], check=True, stdout=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    best = dt if best is None or dt < best else best
print("%.3f" % best)
PY
}
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>"$out/rss.txt"; tail -n 1 "$out/rss.txt"; }

echo "== XBRL instance -> xBRL-JSON"
python3 tests/bench/gen_instance.py "$out/instance.xbrl" 100000 10000
size=$(wc -c <"$out/instance.xbrl")
t_lint=$(best xmllint --stream --noout "$out/instance.xbrl")
t_conv=$(best "$bin" -q -t json -o "$out/instance.json" "$out/instance.xbrl")
kb=$(rss "$bin" -q -t json -o "$out/instance.json" "$out/instance.xbrl")
python3 -c "import sys; t1,t2,kb,sz=map(float,sys.argv[1:]); print('instance: %.1f MB, 100000 facts, 10000 contexts' % (sz/1e6)); print('xmllint --stream --noout: %.3f s; xbrlconv -t json: %.3f s; ratio %.2f (target <= 3)' % (t1,t2,t2/t1)); print('xbrlconv peak RSS: %.1f MB (target < 64)' % (kb/1024))" "$t_lint" "$t_conv" "$kb" "$size"

# ---- releases: a corpus of >= 1,000 files and >= 50 MB, by repeating the
# samples and the ../shared releases (generated under build/, not committed)
echo "== releases: the corpus"
set -- samples/*.txt samples/*.htm*
[ -d "$shared/corpus" ] && set -- "$@" "$shared"/corpus/text/*.txt "$shared"/corpus/html/* \
  "$shared"/corpus/edgar-full/*
corpus="$out/corpus"
runs="$out/runs"
rm -rf "$corpus" "$out/text" "$out/html" "$out/first100" "$runs"
mkdir -p "$runs"
mkdir -p "$corpus" "$out/text" "$out/html" "$out/first100"
python3 - "$corpus" "$out/text" "$out/html" "$out/first100" "$@" <<'PY'
import os, shutil, sys
corpus, text, html, first = sys.argv[1:5]
files = sys.argv[5:]
n = total = 0
while n < 1000 or total < 50e6:
    for f in files:
        base = os.path.basename(f)
        dst = os.path.join(corpus, "r%04d-%s" % (n, base))
        shutil.copyfile(f, dst)
        n += 1; total += os.path.getsize(f)
        # the text and HTML exhibits alone, for the per-reader figures
        low = base.lower()
        if "-full" not in low and "edgar" not in low:
            if low.endswith(".txt"):
                os.link(dst, os.path.join(text, os.path.basename(dst)))
            elif low.endswith((".htm", ".html")) and "ixbrl" not in low:
                os.link(dst, os.path.join(html, os.path.basename(dst)))
        if n <= 100:
            os.link(dst, os.path.join(first, os.path.basename(dst)))
PY
mb() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }
nfiles() { ls "$1" | wc -l; }
timed() { # wall seconds and peak RSS (KB) of one run
  /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$out/time.txt"; tail -n 1 "$out/time.txt"; }
echo "corpus: $(nfiles "$corpus") files, $(mb "$corpus") MB"
# per-reader figures first, before the batches below write hundreds of MB
# (the kernel's write-back) and delete thousands of files
sync
echo "== text releases -> xBRL-JSON (target >= 50 MB/s, one core)"
t_text=$(best_fresh "$runs/text" "$bin" -q -t json -o "{out}" "$out/text")
python3 -c "import sys; t,n,mb=float(sys.argv[1]),int(sys.argv[2]),float(sys.argv[3]); print('text: %d files, %.1f MB: %.2f s (best of 5), %.1f MB/s' % (n,mb,t,mb/t))" "$t_text" "$(nfiles "$out/text")" "$(mb "$out/text")"

echo "== HTML releases -> xBRL-JSON against libxml2's bare htmlReadMemory (target <= 2x)"
cc -O2 -o "$out/htmlparse" tests/bench/htmlparse.c $(pkg-config --cflags --libs libxml-2.0)
t_conv=$(best_fresh "$runs/html" "$bin" -q -t json -o "{out}" "$out/html")
t_parse=$(best sh -c "ls -d '$out'/html/* | xargs '$out/htmlparse'")
python3 -c "import sys; a,b,n,mb=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),float(sys.argv[4]); print('html: %d files, %.1f MB: xbrlconv %.2f s, htmlReadMemory %.2f s (best of 5 each), ratio %.2f' % (n,mb,a,b,a/b))" "$t_conv" "$t_parse" "$(nfiles "$out/html")" "$(mb "$out/html")"

echo "== batch mode, one process, one core (-j 1), then -j 2"
for fmt in json xbrl csv ndjson num; do
  set -- $(timed "$bin" -q -t "$fmt" -o "$runs/$fmt" "$corpus")
  python3 -c "import sys; t,kb,n,mb,fmt=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]),float(sys.argv[4]),sys.argv[5]; print('%-6s %d files: %.2f s, %.0f files/s, %.1f MB/s, peak RSS %.1f MB' % (fmt,n,t,n/t,mb/t,kb/1024))" "$1" "$2" "$(nfiles "$corpus")" "$(mb "$corpus")" "$fmt"
done
set -- $(timed "$bin" -q -t json -o "$runs/first100" "$out/first100"); kb100=$2
set -- $(timed "$bin" -q -t json -o "$runs/all" "$corpus"); kb1000=$2
python3 -c "import sys; a,b=int(sys.argv[1]),int(sys.argv[2]); print('peak RSS: %.1f MB at 100 files, %.1f MB at %s files (%+.0f%%; target <= 20%%)' % (a/1024,b/1024,sys.argv[3],(b-a)*100.0/a))" "$kb100" "$kb1000" "$(nfiles "$corpus")"
set -- $(timed "$bin" -q -j 2 -t json -o "$runs/j2" "$corpus")
python3 -c "import sys; t,n,mb=float(sys.argv[1]),int(sys.argv[2]),float(sys.argv[3]); print('json -j 2: %.2f s, %.0f files/s, %.1f MB/s' % (t,n/t,mb/t))" "$1" "$(nfiles "$corpus")" "$(mb "$corpus")"

rm -rf "$runs" "$corpus" "$out/text" "$out/html" "$out/first100"
