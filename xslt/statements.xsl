<?xml version="1.0" encoding="UTF-8"?>
<!--
  statements.xsl: an xbrlconv XBRL instance as the statements the release printed.

  Each table of the release is one HTML table: rows in the release's order, periods as
  columns with their headings ("Three Months Ended April 4, 2004"), the scale stated once
  ("In thousands, except per share amounts") and each cell as printed, so at that scale
  with negatives in parentheses; subtotal rows ruled; the concept and exact value in
  each cell's tooltip. Primary statements first, then segment tables, then non-GAAP
  tables, kept apart; then the footnotes. Reads the provenance xbrlconv writes
  (xc:table, xc:line, xc:col, xc:row, xc:cell) and its <?xbrlconv-table?> instructions.

  XSLT 1.0: `xbrlconv -t html` and plain `xsltproc xslt/statements.xsl out.xbrl`.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xbrli link xc">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="entity"><xsl:call-template name="xc-entity"/></xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – statements</title>
        <xsl:call-template name="xc-style"/>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <xsl:apply-templates select="/" mode="statements"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/" mode="statements">
    <section id="statements">
      <p class="dei">
        <xsl:for-each select="/*/*[starts-with(name(), 'dei:')]">
          <span><xsl:value-of select="local-name()"/>: <b><xsl:value-of select="."/></b></span>
          <xsl:if test="position() != last()"> · </xsl:if>
        </xsl:for-each>
      </p>
      <xsl:variable name="pis" select="/*/processing-instruction('xbrlconv-table')"/>
      <xsl:call-template name="st-group">
        <xsl:with-param name="pis" select="$pis[not(contains(., 'nongaap=&quot;1&quot;')) and not(contains(., 'segment=&quot;1&quot;'))]"/>
        <xsl:with-param name="heading" select="''"/>
      </xsl:call-template>
      <xsl:call-template name="st-group">
        <xsl:with-param name="pis" select="$pis[contains(., 'segment=&quot;1&quot;') and not(contains(., 'nongaap=&quot;1&quot;'))]"/>
        <xsl:with-param name="heading" select="'Segments'"/>
      </xsl:call-template>
      <xsl:call-template name="st-group">
        <xsl:with-param name="pis" select="$pis[contains(., 'nongaap=&quot;1&quot;')]"/>
        <xsl:with-param name="heading" select="'Non-GAAP measures (kept apart from the GAAP facts)'"/>
      </xsl:call-template>
      <xsl:if test="/*/link:footnoteLink/link:footnote">
        <h2>Footnotes</h2>
        <ol class="footnotes">
          <xsl:for-each select="/*/link:footnoteLink/link:footnote">
            <li><xsl:value-of select="."/></li>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="st-group">
    <xsl:param name="pis"/>
    <xsl:param name="heading"/>
    <xsl:if test="$pis">
      <xsl:if test="string($heading)">
        <h2 class="group"><xsl:value-of select="$heading"/></h2>
      </xsl:if>
      <xsl:for-each select="$pis">
        <xsl:variable name="n" select="substring-before(substring-after(., 'table=&quot;'), '&quot;')"/>
        <xsl:variable name="facts" select="/*/*[@xc:table = $n and @xc:rowno and not(@xc:rule = 'label-note')]"/>
        <xsl:if test="$facts">
          <xsl:call-template name="st-table">
            <xsl:with-param name="pi" select="string(.)"/>
            <xsl:with-param name="n" select="$n"/>
            <xsl:with-param name="facts" select="$facts"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="st-table">
    <xsl:param name="pi"/>
    <xsl:param name="n"/>
    <xsl:param name="facts"/>
    <xsl:variable name="title">
      <xsl:call-template name="xc-pi-attr">
        <xsl:with-param name="pi" select="$pi"/>
        <xsl:with-param name="name" select="'title'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="scale">
      <xsl:call-template name="xc-pi-attr">
        <xsl:with-param name="pi" select="$pi"/>
        <xsl:with-param name="name" select="'scale'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="kind">
      <xsl:call-template name="xc-pi-attr">
        <xsl:with-param name="pi" select="$pi"/>
        <xsl:with-param name="name" select="'statement'"/>
      </xsl:call-template>
    </xsl:variable>
    <!-- one column per context, in the release's column order -->
    <xsl:variable name="cols" select="$facts[generate-id() = generate-id(key('xc-col', concat($n, '|', @contextRef))[1])]"/>
    <section class="statement" id="table-{$n}" data-statement="{$kind}">
      <h3>
        <xsl:choose>
          <xsl:when test="string($title)"><xsl:value-of select="$title"/></xsl:when>
          <xsl:otherwise>Table <xsl:value-of select="$n"/></xsl:otherwise>
        </xsl:choose>
        <span class="kind"> (<xsl:value-of select="$kind"/>)</span>
      </h3>
      <xsl:if test="string($scale)">
        <p class="scale"><xsl:value-of select="$scale"/></p>
      </xsl:if>
      <table>
        <thead>
          <tr>
            <th class="label"></th>
            <xsl:for-each select="$cols">
              <xsl:sort select="@xc:col" data-type="number"/>
              <th data-context="{@contextRef}">
                <xsl:call-template name="xc-period-head">
                  <xsl:with-param name="ctx" select="key('xc-ctx', @contextRef)"/>
                </xsl:call-template>
              </th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$facts[generate-id() = generate-id(key('xc-row', concat($n, '|', @xc:rowno))[1])]">
            <xsl:sort select="@xc:rowno" data-type="number"/>
            <xsl:variable name="line" select="@xc:line"/>
            <xsl:variable name="rowfacts" select="key('xc-row', concat($n, '|', @xc:rowno))"/>
            <xsl:variable name="lower" select="translate(@xc:row, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
            <tr data-row="{@xc:rowno}" data-line="{$line}" data-concept="{name()}">
              <xsl:attribute name="class">
                <xsl:if test="not(starts-with(name(), 'us-gaap:'))">ext </xsl:if>
                <xsl:if test="starts-with($lower, 'total') or not(normalize-space(@xc:row))">total</xsl:if>
              </xsl:attribute>
              <td class="label" title="{name()} (line {$line}, {@xc:rule})">
                <xsl:value-of select="@xc:row"/>
                <!-- an unlabelled total: the concept's label, as a reader would say it -->
                <xsl:if test="not(normalize-space(@xc:row))">
                  <span class="kind"><xsl:value-of select="@xc:label"/></span>
                </xsl:if>
              </td>
              <xsl:for-each select="$cols">
                <xsl:sort select="@xc:col" data-type="number"/>
                <xsl:variable name="c" select="@contextRef"/>
                <xsl:variable name="f" select="$rowfacts[@contextRef = $c][1]"/>
                <td class="num" data-context="{$c}">
                  <xsl:if test="$f">
                    <xsl:attribute name="title">
                      <xsl:value-of select="concat(name($f), ' = ', $f)"/>
                    </xsl:attribute>
                    <xsl:attribute name="data-value"><xsl:value-of select="$f"/></xsl:attribute>
                    <xsl:value-of select="$f/@xc:cell"/>
                  </xsl:if>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:variable name="notes">
        <xsl:call-template name="xc-pi-attr">
          <xsl:with-param name="pi" select="$pi"/>
          <xsl:with-param name="name" select="'notes'"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="string($notes)">
        <div class="notes">
          <xsl:call-template name="st-notes">
            <xsl:with-param name="rest" select="concat($notes, '|')"/>
          </xsl:call-template>
        </div>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- the release's footnotes under a table, "a|b|" one paragraph each -->
  <xsl:template name="st-notes">
    <xsl:param name="rest"/>
    <xsl:if test="contains($rest, '|')">
      <p class="note"><xsl:value-of select="substring-before($rest, '|')"/></p>
      <xsl:call-template name="st-notes">
        <xsl:with-param name="rest" select="substring-after($rest, '|')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
