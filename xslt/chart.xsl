<?xml version="1.0" encoding="UTF-8"?>
<!--
  chart.xsl: the headline figures (revenue, operating income, net income, basic EPS)
  across the release's periods, one small bar chart each, as inline SVG drawn by the
  stylesheet: no script, no library, no network. Only facts without dimensions (the
  consolidated entity) are drawn. XSLT 1.0.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xbrli svg xc">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="entity"><xsl:call-template name="xc-entity"/></xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – headline figures</title>
        <xsl:call-template name="xc-style"/>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <xsl:apply-templates select="/" mode="chart"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/" mode="chart">
    <xsl:variable name="plain" select="/*/xbrli:context[xbrli:period/xbrli:startDate and not(xbrli:entity/xbrli:segment) and not(xbrli:scenario)]/@id"/>
    <xsl:variable name="facts" select="/*/*[@contextRef = $plain]"/>
    <section id="chart">
      <h2>Headline figures</h2>
      <xsl:call-template name="ch-metric">
        <xsl:with-param name="title" select="'Revenue'"/>
        <xsl:with-param name="facts" select="$facts[local-name() = 'Revenues' or local-name() = 'RevenueFromContractWithCustomerExcludingAssessedTax' or local-name() = 'SalesRevenueNet']"/>
      </xsl:call-template>
      <xsl:call-template name="ch-metric">
        <xsl:with-param name="title" select="'Operating income'"/>
        <xsl:with-param name="facts" select="$facts[local-name() = 'OperatingIncomeLoss']"/>
      </xsl:call-template>
      <xsl:call-template name="ch-metric">
        <xsl:with-param name="title" select="'Net income'"/>
        <xsl:with-param name="facts" select="$facts[local-name() = 'NetIncomeLoss']"/>
      </xsl:call-template>
      <xsl:call-template name="ch-metric">
        <xsl:with-param name="title" select="'Earnings per share, basic'"/>
        <xsl:with-param name="facts" select="$facts[local-name() = 'EarningsPerShareBasic']"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- one chart: a bar per period, the longest bar 100 units tall -->
  <xsl:template name="ch-metric">
    <xsl:param name="title"/>
    <xsl:param name="facts"/>
    <xsl:if test="$facts">
      <xsl:variable name="max">
        <xsl:for-each select="$facts">
          <xsl:sort select="(number(.) &gt;= 0) * number(.) - (number(.) &lt; 0) * number(.)" data-type="number" order="descending"/>
          <xsl:if test="position() = 1">
            <xsl:value-of select="(number(.) &gt;= 0) * number(.) - (number(.) &lt; 0) * number(.)"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="neg" select="$facts[number(.) &lt; 0]"/>
      <xsl:variable name="pos" select="$facts[number(.) &gt; 0]"/>
      <!-- the zero line: at the bottom, the top, or in between -->
      <xsl:variable name="zero">
        <xsl:choose>
          <xsl:when test="$neg and $pos">120</xsl:when>
          <xsl:when test="$neg">20</xsl:when>
          <xsl:otherwise>120</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="height">
        <xsl:choose>
          <xsl:when test="$neg and $pos">240</xsl:when>
          <xsl:otherwise>150</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="n" select="count($facts)"/>
      <figure class="chart" data-metric="{$title}">
        <figcaption><xsl:value-of select="$title"/></figcaption>
        <svg xmlns="http://www.w3.org/2000/svg" width="{$n * 110 + 20}" height="{$height + 30}"
             viewBox="0 0 {$n * 110 + 20} {$height + 30}" role="img">
          <line x1="10" y1="{$zero}" x2="{$n * 110 + 10}" y2="{$zero}" stroke="#444"/>
          <xsl:for-each select="$facts">
            <xsl:sort select="key('xc-ctx', @contextRef)/xbrli:period/xbrli:endDate"/>
            <xsl:sort select="key('xc-ctx', @contextRef)/xbrli:period/xbrli:startDate" order="descending"/>
            <xsl:variable name="v" select="number(.)"/>
            <xsl:variable name="h" select="round(100 * (($v &gt;= 0) * $v - ($v &lt; 0) * $v) div ($max + ($max = 0)))"/>
            <xsl:variable name="x" select="(position() - 1) * 110 + 25"/>
            <xsl:variable name="p" select="key('xc-ctx', @contextRef)/xbrli:period"/>
            <g>
              <title><xsl:value-of select="concat(name(), ' ', $p/xbrli:startDate, ' to ', $p/xbrli:endDate, ': ', .)"/></title>
              <rect x="{$x}" width="80" height="{$h}" fill="#4a78b5">
                <xsl:attribute name="y">
                  <xsl:choose>
                    <xsl:when test="$v &gt;= 0"><xsl:value-of select="$zero - $h"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$zero"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:if test="$v &lt; 0"><xsl:attribute name="fill">#b54a4a</xsl:attribute></xsl:if>
              </rect>
              <text x="{$x + 40}" text-anchor="middle" font-size="11">
                <xsl:attribute name="y">
                  <xsl:choose>
                    <xsl:when test="$v &gt;= 0"><xsl:value-of select="$zero - $h - 4"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$zero + $h + 12"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:value-of select="@xc:cell"/>
                <xsl:if test="not(@xc:cell)"><xsl:value-of select="."/></xsl:if>
              </text>
              <xsl:variable name="j1">
                <xsl:call-template name="xc-jdn"><xsl:with-param name="date" select="$p/xbrli:startDate"/></xsl:call-template>
              </xsl:variable>
              <xsl:variable name="j2">
                <xsl:call-template name="xc-jdn"><xsl:with-param name="date" select="$p/xbrli:endDate"/></xsl:call-template>
              </xsl:variable>
              <text x="{$x + 40}" y="{$height + 24}" text-anchor="middle" font-size="10" fill="#555">
                <xsl:value-of select="concat(round(($j2 - $j1 + 1) div 30.44), 'M to ', $p/xbrli:endDate)"/>
              </text>
            </g>
          </xsl:for-each>
        </svg>
      </figure>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
