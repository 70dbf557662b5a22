#!/usr/bin/env python3
"""calc_check.py INSTANCE CAL.xml...: Calculations 1.1 consistency of an instance
against calculation linkbases, the way an XBRL processor checks it: in each network
(extended link role), for each parent fact and each context and unit where it and at
least one item are reported, the weighted sum of the items' rounding intervals must
meet the parent's (round-to-nearest; decimals d gives +/- 0.5 x 10^-d). Exact decimal
arithmetic (fractions.Fraction). Prints each inconsistency; exit 1 if any."""
import sys
import xml.etree.ElementTree as ET
from fractions import Fraction
from collections import defaultdict

XL = "{http://www.w3.org/1999/xlink}"
LINK = "{http://www.xbrl.org/2003/linkbase}"

def facts(path):
    out = defaultdict(list)  # (clark name, context, unit) -> [(value, half)]
    for el in ET.parse(path).getroot():
        ctx, unit = el.get("contextRef"), el.get("unitRef")
        if ctx is None or unit is None or el.text is None:
            continue
        try:
            v = Fraction(el.text.strip())
        except ValueError:
            continue
        dec = el.get("decimals")
        half = Fraction(0) if dec in (None, "INF") else Fraction(1, 2) * Fraction(10) ** (-int(dec))
        out[(el.tag, ctx, unit)].append((v, half))
    return out

def clark(href, ns_of_schema):
    """'file.xsd#prefix_Name' -> '{ns}Name' via the schema's element ids."""
    doc, _, frag = href.partition("#")
    return ns_of_schema.get(frag)

def main():
    inst, cals = sys.argv[1], sys.argv[2:]
    fs = facts(inst)
    # element id -> clark name, from the instance's own namespaces (ids are prefix_Local)
    root = ET.parse(inst).getroot()
    names = {}
    for key in fs:
        tag = key[0]
        local = tag.split("}")[1]
        names.setdefault(local, set()).add(tag)
    bad = 0
    for cal in cals:
        for link in ET.parse(cal).getroot().iter(LINK + "calculationLink"):
            locs = {}
            for loc in link.iter(LINK + "loc"):
                frag = loc.get(XL + "href").partition("#")[2]
                local = frag.split("_", 1)[1] if "_" in frag else frag
                locs[loc.get(XL + "label")] = names.get(local, set())
            children = defaultdict(list)
            for arc in link.iter(LINK + "calculationArc"):
                children[arc.get(XL + "from")].append((arc.get(XL + "to"), Fraction(arc.get("weight"))))
            for p, items in children.items():
                for ptag in locs[p]:
                    for (tag, ctx, unit), pvals in fs.items():
                        if tag != ptag:
                            continue
                        lo = hi = Fraction(0)
                        present = 0
                        for to, w in items:
                            for itag in locs[to]:
                                for v, h in fs.get((itag, ctx, unit), [])[:1]:
                                    present += 1
                                    a, b = w * (v - h), w * (v + h)
                                    lo += min(a, b); hi += max(a, b)
                        if not present:
                            continue
                        for v, h in pvals[:1]:
                            if hi < v - h or lo > v + h:
                                bad += 1
                                print("inconsistent: %s in %s (%s): %s, items give %s..%s (%s)"
                                      % (tag.split("}")[1], ctx, unit, v, lo, hi, link.get(XL + "role")))
    print("%s: %d calculation inconsistencies" % (inst, bad))
    sys.exit(1 if bad else 0)

main()
