#!/usr/bin/env python3
"""gen_instance.py OUT [FACTS] [CONTEXTS]: a synthetic, valid XBRL 2.1 instance
for `make bench` (100,000 facts over 10,000 contexts by default: durations for the
income concepts, instants for the balance-sheet ones; half of the contexts carry a
segment dimension)."""
import sys

out = sys.argv[1]
nfacts = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
nctx = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
concepts = ["Revenues", "CostOfRevenue", "GrossProfit", "OperatingExpenses", "OperatingIncomeLoss",
            "NetIncomeLoss", "SellingGeneralAndAdministrativeExpense", "ResearchAndDevelopmentExpense",
            "IncomeTaxExpenseBenefit", "InterestExpense", "DepreciationAndAmortization", "ProfitLoss",
            "Assets", "Liabilities", "StockholdersEquity", "CashAndCashEquivalentsAtCarryingValue",
            "AssetsCurrent", "LiabilitiesCurrent", "InventoryNet", "AccountsPayableCurrent"]
instant = set(concepts[12:])
with open(out, "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    f.write('<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" '
            'xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" '
            'xmlns:us-gaap="http://fasb.org/us-gaap/2025" xmlns:bench="http://bench.example/2025">\n')
    f.write('  <link:schemaRef xlink:type="simple" xlink:href="bench.xsd"/>\n')
    # contexts in pairs: c2k a duration, c2k+1 the instant at its end
    for c in range(nctx):
        year = 1990 + (c // 2) % 30
        seg = ""
        if (c // 2) % 2:
            seg = ('<xbrli:segment><xbrldi:explicitMember dimension="us-gaap:StatementBusinessSegmentsAxis">'
                   'bench:Segment%dMember</xbrldi:explicitMember></xbrli:segment>' % (c // 120))
        if c % 2:
            period = '<xbrli:instant>%d-12-31</xbrli:instant>' % year
        else:
            period = ('<xbrli:startDate>%d-01-01</xbrli:startDate><xbrli:endDate>%d-12-31</xbrli:endDate>'
                      % (year, year))
        f.write('  <xbrli:context id="c%d"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">'
                '0000000042</xbrli:identifier>%s</xbrli:entity><xbrli:period>%s</xbrli:period></xbrli:context>\n'
                % (c, seg, period))
    f.write('  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n')
    for i in range(nfacts):
        name = concepts[i % len(concepts)]
        ctx = 2 * ((i // len(concepts)) % (nctx // 2)) + (name in instant)
        f.write('  <us-gaap:%s contextRef="c%d" unitRef="usd" decimals="-3">%d000</us-gaap:%s>\n'
                % (name, ctx, 1000 + (i * 7919) % 900000, name))
    f.write('</xbrli:xbrl>\n')
