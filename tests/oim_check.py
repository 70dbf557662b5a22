#!/usr/bin/env python3
"""oim_check.py FILE.json...: the xBRL-JSON (OIM 1.0) rules a conformant loader
(Arelle's oim/Load.py) enforces on the document itself, without a taxonomy:
member types, bound prefixes, period and unit syntax, decimals only on numeric
facts, note facts and the footnote links that point to them. Prints one line per
finding; exit 1 when there is any."""
import json, re, sys

NCNAME = r"[A-Za-z_][\w.\-]*"
QNAME = re.compile(rf"^({NCNAME}):({NCNAME})$")
SQNAME = re.compile(rf"^({NCNAME}):(\S+)$")
DT = r"-?\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):\d{2}:\d{2}(\.\d*[1-9])?Z?"
PERIOD = re.compile(rf"^{DT}(/{DT})?$")
IDENT = re.compile(rf"^{NCNAME}$")
DECIMAL = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)$")
CORE = {"concept", "entity", "period", "unit", "language", "noteId"}
LINK_ALIASES = {"footnote", "explanatoryFact"}

def check(path):
    bad = []
    def err(msg):
        bad.append(f"{path}: {msg}")
    try:
        doc = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        return [f"{path}: not JSON: {e}"]
    info = doc.get("documentInfo")
    if not isinstance(info, dict):
        return [f"{path}: no documentInfo"]
    if info.get("documentType") != "https://xbrl.org/2021/xbrl-json":
        err(f"documentType {info.get('documentType')!r}")
    if not isinstance(info.get("taxonomy"), list) or not all(isinstance(t, str) for t in info["taxonomy"]):
        err("taxonomy must be a list of strings")
    ns = info.get("namespaces", {})
    if ns.get("xbrl") not in (None, "https://xbrl.org/2021"):
        err("prefix xbrl is reserved for https://xbrl.org/2021")
    for k in info:
        if k not in ("documentType", "namespaces", "taxonomy", "linkTypes", "linkGroups",
                     "features", "baseURL") and ":" not in k:
            err(f"documentInfo.{k} is not an OIM member")
    for k in doc:
        if k not in ("documentInfo", "facts") and ":" not in k:
            err(f"top-level member {k} is not an OIM member")

    def bound(qn, what, fid, pattern=QNAME):
        m = pattern.match(qn or "")
        if not m:
            err(f"{fid}: {what} {qn!r} is not a QName")
        elif m.group(1) not in ns and m.group(1) != "xbrl":
            err(f"{fid}: {what} {qn!r}: prefix not bound (oime:unboundPrefix)")

    facts = doc.get("facts", {})
    if not isinstance(facts, dict):
        return bad + [f"{path}: facts must be an object"]
    notes = {fid for fid, f in facts.items()
             if isinstance(f, dict) and f.get("dimensions", {}).get("concept") == "xbrl:note"}
    for fid, f in facts.items():
        if not IDENT.match(fid):
            err(f"fact id {fid!r} is not an identifier")
        if not isinstance(f, dict) or "value" not in f or not isinstance(f.get("dimensions"), dict):
            err(f"{fid}: value and dimensions are required")
            continue
        for k in f:
            if k not in ("value", "decimals", "dimensions", "links") and ":" not in k:
                err(f"{fid}: member {k} is not an OIM fact member")
        v, dims = f["value"], f["dimensions"]
        if v is not None and not isinstance(v, str):
            err(f"{fid}: value must be a string or null")
        concept = dims.get("concept")
        bound(concept, "concept", fid)
        if fid in notes:
            if set(dims) != {"concept", "noteId", "language"}:
                err(f"{fid}: a note has exactly concept, noteId and language")
            if dims.get("noteId") != fid:
                err(f"{fid}: noteId must be the fact's id")
            if "decimals" in f:
                err(f"{fid}: a note has no decimals")
            continue
        if "noteId" in dims:
            err(f"{fid}: noteId on a fact that is not a note")
        if "decimals" in f:
            if not isinstance(f["decimals"], int) or isinstance(f["decimals"], bool):
                err(f"{fid}: decimals must be an integer")
            if v is None:
                err(f"{fid}: decimals on a nil fact")
            elif not DECIMAL.match(v.strip()):
                err(f"{fid}: decimals on a non-numeric value {v[:30]!r}")
        ent = dims.get("entity")
        if ent is not None:
            bound(ent, "entity", fid, SQNAME)
        per = dims.get("period")
        if per is not None and not PERIOD.match(per):
            err(f"{fid}: period {per!r} is not an OIM period")
        unit = dims.get("unit")
        if unit is not None:
            parts = re.split(r"[/*()]", unit)
            for p in filter(None, parts):
                bound(p, "unit measure", fid)
            if unit == "xbrli:pure":
                err(f"{fid}: the pure unit is left out")
        for k, mv in dims.items():
            if k in CORE:
                continue
            bound(k, "dimension", fid)
            if mv is not None and not isinstance(mv, str):
                err(f"{fid}: dimension {k} value must be a string")
        for lt, groups in f.get("links", {}).items():
            if lt not in LINK_ALIASES and lt not in info.get("linkTypes", {}):
                err(f"{fid}: link type {lt} is not defined")
            for g, targets in groups.items():
                if g != "_" and g not in info.get("linkGroups", {}):
                    err(f"{fid}: link group {g} is not defined")
                for t in targets:
                    if t not in facts:
                        err(f"{fid}: links to {t}, which is not a fact (oime:unknownLinkTarget)")
                    elif lt == "footnote" and t not in notes:
                        err(f"{fid}: footnote link to {t}, which is not a note")
    return bad

if __name__ == "__main__":
    found = [m for p in sys.argv[1:] for m in check(p)]
    for m in found[:20]:
        print(m)
    sys.exit(1 if found else 0)
