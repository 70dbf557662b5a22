#!/usr/bin/env python3
"""browser_check.py INSTANCE.xbrl DOM.html [HEADING VALUE]: the statements that a
browser built from `xbrlconv -t html` (its DOM, dumped by headless Chromium) hold
every fact of the instance as printed: in the table the fact came from, in the row of
its source line, in the column of its context, with the cell text the release printed
(so at the release's scale). Each table's scale sentence is shown. With HEADING and
VALUE, some column headed HEADING holds VALUE. Exit 1 with the first mismatches."""
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

XC = "{urn:xbrlconv:1}"

class Dom(HTMLParser):
    """cells[(table, line, context)] = text, inside <section id="statements">."""
    def __init__(self):
        super().__init__()
        self.depth = 0          # sections open inside #statements
        self.in_st = False
        self.table = None
        self.line = None
        self.ctx = None
        self.text = []
        self.cells = {}
        self.scales = {}
        self.heads = {}          # context -> heading text
        self.th = None
        self.scale_of = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            if a.get("id") == "statements":
                self.in_st, self.depth = True, 0
            elif self.in_st:
                self.depth += 1
                if a.get("id", "").startswith("table-"):
                    self.table = a["id"][6:]
        if not self.in_st:
            return
        if tag == "tr" and "data-row" in a:
            self.line = a["data-row"]
        elif tag == "td" and "data-context" in a and self.line:
            self.ctx, self.text = a["data-context"], []
        elif tag == "th" and "data-context" in a:
            self.th, self.text = a["data-context"], []
        elif tag == "p" and a.get("class") == "scale":
            self.scale_of, self.text = self.table, []
        elif tag == "br" and self.th:
            self.text.append(" ")
    def handle_endtag(self, tag):
        if not self.in_st:
            return
        if tag == "td" and self.ctx:
            self.cells[(self.table, self.line, self.ctx)] = "".join(self.text).strip()
            self.ctx = None
        elif tag == "th" and self.th:
            self.heads.setdefault(self.th, " ".join("".join(self.text).split()))
            self.th = None
        elif tag == "p" and self.scale_of:
            self.scales[self.scale_of] = " ".join("".join(self.text).split())
            self.scale_of = None
        elif tag == "tr":
            self.line = None
        elif tag == "section":
            if self.depth == 0:
                self.in_st = False
            else:
                self.depth -= 1
    def handle_data(self, data):
        if self.ctx or self.th or self.scale_of:
            self.text.append(data)

def main():
    inst, dom_path = sys.argv[1], sys.argv[2]
    root = ET.parse(inst).getroot()
    dom = Dom()
    dom.feed(open(dom_path, encoding="utf-8").read())
    bad, n = [], 0
    for f in root:
        # (the share data a row's label prints are no cells of it)
        if f.get(XC + "rowno") is None or f.get(XC + "cell") is None or f.get(XC + "rule") == "label-note":
            continue
        n += 1
        key = (f.get(XC + "table"), f.get(XC + "rowno"), f.get("contextRef"))
        got = dom.cells.get(key)
        if got != f.get(XC + "cell").strip():
            bad.append("%s table %s row %s %s: page shows %r, release printed %r"
                       % (f.tag.split("}")[1], key[0], key[1], key[2], got, f.get(XC + "cell")))
    # each table's scale sentence
    for pi in root.iter(ET.PI):
        pass
    text = open(inst, encoding="utf-8").read()
    import re
    for m in re.finditer(r'<\?xbrlconv-table ([^?]*)\?>', text):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        t, scale = attrs.get("table"), attrs.get("scale")
        if scale and any(k[0] == t for k in dom.cells):
            if dom.scales.get(t) != " ".join(scale.split()):
                bad.append("table %s: scale %r not shown (page: %r)" % (t, scale, dom.scales.get(t)))
    if len(sys.argv) > 4:
        heading, value = sys.argv[3], sys.argv[4]
        cols = [c for c, h in dom.heads.items() if heading in h]
        if not any(v == value for (t, l, c), v in dom.cells.items() if c in cols):
            bad.append("no column headed %r holds %r (headings: %s)"
                       % (heading, value, sorted(set(dom.heads.values()))[:6]))
    if n == 0:
        bad.append("the instance has no facts from tables")
    for b in bad[:10]:
        print("  " + b)
    print("%s: %d facts, %d cells in the page, %d mismatches" % (dom_path, n, len(dom.cells), len(bad)))
    sys.exit(1 if bad else 0)

main()
