#!/usr/bin/env python3
"""same_facts.py A.json B.json: 0 when two xBRL-JSON reports hold the same facts
(dimensions, value, decimals, and the text of their footnotes), whatever their
ids and order."""
import json, sys
def facts(p):
    d = json.load(open(p))
    notes = {k: f.get("value") for k, f in d["facts"].items()
             if f["dimensions"].get("concept") == "xbrl:note"}
    out = []
    for k, f in d["facts"].items():
        if k in notes:
            continue
        linked = sorted(notes.get(n, "?" + n)
                        for ids in f.get("links", {}).get("footnote", {}).values() for n in ids)
        out.append(json.dumps([f["dimensions"], f.get("value"), f.get("decimals"), linked],
                              sort_keys=True))
    return sorted(out)
a, b = facts(sys.argv[1]), facts(sys.argv[2])
print(len(a), len(b), "same" if a == b else "DIFFERENT")
if a != b:
    sa, sb = set(a), set(b)
    for x in list(sa - sb)[:3]: print("only A:", x[:300])
    for x in list(sb - sa)[:3]: print("only B:", x[:300])
sys.exit(0 if a == b else 1)
