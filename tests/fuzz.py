"""fuzz.py BIN SEED...: feeds BIN (an ASan/UBSan build) N mutated copies of the seed
inputs (bytes flipped, markup and numbers inserted, spans cut and repeated) through the
xbrl, html and json writers and `check`; any crash, sanitizer report or hang (30 s) is
kept under /tmp/fz-* and counted. Deterministic (seed 7, or $SEED). `make fuzz` runs it."""
import random, subprocess, sys, os
binary, seeds = sys.argv[1], sys.argv[2:]
random.seed(int(os.environ.get("SEED", "7")))
crashes = 0
for it in range(int(os.environ.get("N", "300"))):
    src = random.choice(seeds)
    data = bytearray(open(src, "rb").read())
    for _ in range(random.randint(1, 20)):
        op = random.random()
        pos = random.randrange(len(data)) if data else 0
        if op < 0.4 and data:
            data[pos] = random.randrange(256)
        elif op < 0.6:
            data[pos:pos] = random.choice([b"<", b">", b"(", b")", b"$", b"-", b"\n", b"9999999999999", b"&amp;", b"\"", b"{", b"}", b"xc:rowno=\"9999\""])
        elif op < 0.8 and data:
            del data[pos:pos + random.randint(1, 50)]
        else:
            a = random.randrange(len(data)) if data else 0
            data[pos:pos] = data[a:a + random.randint(1, 200)]
    ext = os.path.splitext(src)[1]
    path = "/tmp/fz-case" + ext
    open(path, "wb").write(data)
    for fmt in ("xbrl", "html", "json", "check"):
        odir = "/tmp/fz-out"
        os.makedirs(odir, exist_ok=True)
        try:
            cmd = [binary, "check", "-q", path] if fmt == "check" else \
                [binary, "-q", "-t", fmt, "-o", odir + "/o." + fmt, path]
            r = subprocess.run(cmd,
                               capture_output=True, timeout=30, env=dict(os.environ, XBRLCONV_DATADIR=os.getcwd()))
        except subprocess.TimeoutExpired:
            print("HANG", src, fmt); crashes += 1; open("/tmp/fz-hang%d%s" % (it, ext), "wb").write(data); continue
        err = r.stderr.decode("utf-8", "replace")
        if r.returncode >= 5 or r.returncode < 0 or "Sanitizer" in err or "runtime error" in err:
            crashes += 1
            keep = "/tmp/fz-crash%d%s" % (it, ext)
            open(keep, "wb").write(data)
            print("CRASH", r.returncode, src, fmt, keep, err[:300].replace("\n", " | "))
print("fuzz: %d cases, %d crashes or hangs" % (it + 1, crashes))
sys.exit(1 if crashes else 0)
