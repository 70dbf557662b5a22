<?xml version="1.0" encoding="UTF-8"?>
<!--
  review.xsl: the release's table rows as printed, side by side with the facts made from
  them. Each source cell is marked: made into a fact (green), a number that became no
  fact (yellow), or a fact whose value is not the cell at the table's scale (red). Rows
  come from the <?xbrlconv-row?> instructions xbrlconv writes (table, line, label,
  cells separated by "|"); facts are matched by table and line. XSLT 1.0.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xc">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="entity"><xsl:call-template name="xc-entity"/></xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – review</title>
        <xsl:call-template name="xc-style"/>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <xsl:apply-templates select="/" mode="review"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/" mode="review">
    <section id="review">
      <h2>Review: source rows and the facts made from them</h2>
      <p class="kind">green: the cell became a fact · yellow: a number that became no fact ·
        red: the fact's value is not the cell at the table's scale</p>
      <xsl:for-each select="/*/processing-instruction('xbrlconv-table')">
        <xsl:variable name="n" select="substring-before(substring-after(., 'table=&quot;'), '&quot;')"/>
        <xsl:variable name="rows" select="/*/processing-instruction('xbrlconv-row')[starts-with(., concat('table=&quot;', $n, '&quot;'))]"/>
        <xsl:if test="$rows">
          <xsl:variable name="title">
            <xsl:call-template name="xc-pi-attr">
              <xsl:with-param name="pi" select="string(.)"/>
              <xsl:with-param name="name" select="'title'"/>
            </xsl:call-template>
          </xsl:variable>
          <h3>Table <xsl:value-of select="$n"/>
            <xsl:if test="string($title)">: <xsl:value-of select="$title"/></xsl:if></h3>
          <table class="review" id="review-{$n}">
            <tbody>
              <xsl:for-each select="$rows">
                <xsl:variable name="line">
                  <xsl:call-template name="xc-pi-attr">
                    <xsl:with-param name="pi" select="string(.)"/>
                    <xsl:with-param name="name" select="'line'"/>
                  </xsl:call-template>
                </xsl:variable>
                <xsl:variable name="cells">
                  <xsl:call-template name="xc-pi-attr">
                    <xsl:with-param name="pi" select="string(.)"/>
                    <xsl:with-param name="name" select="'cells'"/>
                  </xsl:call-template>
                </xsl:variable>
                <xsl:variable name="rowno">
                  <xsl:call-template name="xc-pi-attr">
                    <xsl:with-param name="pi" select="string(.)"/>
                    <xsl:with-param name="name" select="'row'"/>
                  </xsl:call-template>
                </xsl:variable>
                <xsl:variable name="facts" select="key('xc-row', concat($n, '|', $rowno))"/>
                <tr data-row="{$rowno}" data-line="{$line}">
                  <td class="num kind"><xsl:value-of select="$line"/></td>
                  <td class="label">
                    <xsl:call-template name="xc-pi-attr">
                      <xsl:with-param name="pi" select="string(.)"/>
                      <xsl:with-param name="name" select="'label'"/>
                    </xsl:call-template>
                  </td>
                  <xsl:call-template name="rv-cells">
                    <xsl:with-param name="rest" select="concat($cells, '|')"/>
                    <xsl:with-param name="facts" select="$facts"/>
                  </xsl:call-template>
                  <td class="label">
                    <xsl:for-each select="$facts[1]">
                      <a href="#{@id}"><xsl:value-of select="name()"/></a>
                      <span class="kind"> (<xsl:value-of select="@xc:rule"/>)</span>
                    </xsl:for-each>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- one <td> per cell of "a|b|c|" -->
  <xsl:template name="rv-cells">
    <xsl:param name="rest"/>
    <xsl:param name="facts"/>
    <xsl:if test="contains($rest, '|')">
      <xsl:variable name="cell" select="normalize-space(substring-before($rest, '|'))"/>
      <xsl:variable name="f" select="$facts[normalize-space(@xc:cell) = $cell][1]"/>
      <xsl:variable name="printed" select="number(translate($cell, '$,() ', ''))"/>
      <xsl:variable name="scale">
        <xsl:choose>
          <xsl:when test="$f/@decimals = '-3'">1000</xsl:when>
          <xsl:when test="$f/@decimals = '-6'">1000000</xsl:when>
          <xsl:when test="$f/@decimals = '-9'">1000000000</xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="v" select="number($f)"/>
      <xsl:variable name="absv" select="($v &gt;= 0) * $v - ($v &lt; 0) * $v"/>
      <td class="num">
        <xsl:choose>
          <xsl:when test="$f and $printed = $printed and $absv != $printed * $scale">
            <xsl:attribute name="class">num differs</xsl:attribute>
            <xsl:attribute name="title"><xsl:value-of select="concat(name($f), ' = ', $f)"/></xsl:attribute>
          </xsl:when>
          <xsl:when test="$f">
            <xsl:attribute name="class">num made</xsl:attribute>
            <xsl:attribute name="title"><xsl:value-of select="concat(name($f), ' = ', $f)"/></xsl:attribute>
          </xsl:when>
          <xsl:when test="string-length(translate($cell, translate($cell, '0123456789', ''), '')) &gt; 0">
            <xsl:attribute name="class">num missed</xsl:attribute>
            <xsl:attribute name="title">no fact was made from this cell</xsl:attribute>
          </xsl:when>
        </xsl:choose>
        <xsl:value-of select="$cell"/>
      </td>
      <xsl:call-template name="rv-cells">
        <xsl:with-param name="rest" select="substring-after($rest, '|')"/>
        <xsl:with-param name="facts" select="$facts"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
