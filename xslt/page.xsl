<?xml version="1.0" encoding="UTF-8"?>
<!--
  page.xsl: the page `xbrlconv -t html` writes: one self-contained HTML page (inline
  style, a few lines of inline script, inline SVG; nothing fetched) holding every view:
  the statements as printed, the headline chart, all facts with their provenance, the
  review of source rows against facts, and the checks. Each view is also a stylesheet
  of its own (statements.xsl, chart.xsl, facts.xsl, review.xsl, check.xsl). XSLT 1.0.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="statements.xsl"/>
  <xsl:import href="chart.xsl"/>
  <xsl:import href="facts.xsl"/>
  <xsl:import href="review.xsl"/>
  <xsl:import href="check.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="entity"><xsl:call-template name="xc-entity"/></xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – xbrlconv</title>
        <xsl:call-template name="xc-style"/>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <nav>
          <a href="#statements">Statements</a>
          <a href="#chart">Headline figures</a>
          <a href="#facts">Facts</a>
          <a href="#review">Review</a>
          <a href="#checks">Checks</a>
        </nav>
        <xsl:apply-templates select="/" mode="statements"/>
        <xsl:apply-templates select="/" mode="chart"/>
        <xsl:apply-templates select="/" mode="facts"/>
        <xsl:apply-templates select="/" mode="review"/>
        <xsl:apply-templates select="/" mode="check"/>
        <xsl:call-template name="facts-script"/>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
