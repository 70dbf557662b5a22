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
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>"$out/rss.txt"; tail -n 1 "$out/rss.txt"; }

echo "== XBRL instance -> xBRL-JSON"
python3 tests/bench/gen_instance.py "$out/instance.xbrl" 100000 10000
size=$(wc -c <"$out/instance.xbrl")
t_lint=$(best xmllint --stream --noout "$out/instance.xbrl")
t_conv=$(best "$bin" -q -t json -o "$out/instance.json" "$out/instance.xbrl")
kb=$(rss "$bin" -q -t json -o "$out/instance.json" "$out/instance.xbrl")
python3 -c "import sys; t1,t2,kb,sz=map(float,sys.argv[1:]); print('instance: %.1f MB, 100000 facts, 10000 contexts' % (sz/1e6)); print('xmllint --stream --noout: %.3f s; xbrlconv -t json: %.3f s; ratio %.2f (target <= 3)' % (t1,t2,t2/t1)); print('xbrlconv peak RSS: %.1f MB (target < 64)' % (kb/1024))" "$t_lint" "$t_conv" "$kb" "$size"

echo "== releases -> each writer"
set -- samples/*.txt samples/*.html
[ -d "$shared/corpus" ] && set -- "$@" "$shared"/seed/*.txt "$shared"/corpus/text/*.txt "$shared"/corpus/html/* \
  "$shared"/corpus/edgar-full/apple-* "$shared"/corpus/edgar-full/sears-* "$shared"/corpus/edgar-full/southern-*
bytes=0
for f in "$@"; do bytes=$((bytes + $(wc -c <"$f"))); done
for fmt in json xbrl csv ndjson; do
  t=$(python3 - "$bin" "$fmt" "$@" <<'PY'
import subprocess, sys, time
b, fmt, files = sys.argv[1], sys.argv[2], sys.argv[3:]
best = None
for _ in range(3):
    t = time.perf_counter()
    for f in files:
        subprocess.run([b, "-q", "-t", fmt, "-o", "/dev/null", f], check=True)
    dt = time.perf_counter() - t
    best = dt if best is None or dt < best else best
print("%.3f" % best)
PY
)
  python3 -c "import sys; t,n,b,fmt=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]),sys.argv[4]; print('%-6s %d files, %.1f MB: %.3f s, %.0f files/s, %.1f MB/s (one process per file)' % (fmt,n,b/1e6,t,n/t,b/1e6/t))" "$t" "$#" "$bytes" "$fmt"
done
