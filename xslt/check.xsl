<?xml version="1.0" encoding="UTF-8"?>
<!--
  check.xsl: the findings about a conversion, each linked to its facts.

  - The converter's own findings (<?xbrlconv-finding?>: skipped tables, sign and
    scale doubts, validity), linked to the facts made on or near that line.
  - The release's arithmetic, recomputed here from the facts: assets equal liabilities
    plus equity at every balance-sheet date, and basic earnings per share equal net
    income over the weighted basic shares to the cent.
  XSLT 1.0.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:us-gaap="http://fasb.org/us-gaap/2025"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xbrli us-gaap xc">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="entity"><xsl:call-template name="xc-entity"/></xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – checks</title>
        <xsl:call-template name="xc-style"/>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <xsl:apply-templates select="/" mode="check"/>
      </body>
    </html>
  </xsl:template>

  <!-- facts without dimensions, by local name -->
  <xsl:key name="ck-plain" match="/*/*[@contextRef]" use="concat(local-name(), '|', @contextRef)"/>

  <xsl:template match="/" mode="check">
    <xsl:variable name="findings" select="/*/processing-instruction('xbrlconv-finding')"/>
    <xsl:variable name="contexts" select="/*/xbrli:context[not(xbrli:entity/xbrli:segment) and not(xbrli:scenario)]"/>
    <section id="checks">
      <h2>Checks</h2>
      <table class="checks">
        <thead>
          <tr><th class="label">check</th><th class="label">result</th><th class="label">facts</th></tr>
        </thead>
        <tbody>
          <xsl:for-each select="$findings">
            <xsl:variable name="sev"><xsl:call-template name="xc-pi-attr"><xsl:with-param name="pi" select="string(.)"/><xsl:with-param name="name" select="'severity'"/></xsl:call-template></xsl:variable>
            <xsl:variable name="line"><xsl:call-template name="xc-pi-attr"><xsl:with-param name="pi" select="string(.)"/><xsl:with-param name="name" select="'line'"/></xsl:call-template></xsl:variable>
            <tr class="finding {$sev}">
              <td class="label">
                <xsl:call-template name="xc-pi-attr"><xsl:with-param name="pi" select="string(.)"/><xsl:with-param name="name" select="'code'"/></xsl:call-template>
                <xsl:if test="$line != '0'"> (line <xsl:value-of select="$line"/>)</xsl:if>
              </td>
              <td class="label">
                <xsl:value-of select="$sev"/>: 
                <xsl:call-template name="xc-pi-attr"><xsl:with-param name="pi" select="string(.)"/><xsl:with-param name="name" select="'message'"/></xsl:call-template>
              </td>
              <td class="label">
                <xsl:for-each select="/*/*[@xc:line = $line]">
                  <a href="#{@id}"><xsl:value-of select="@id"/></a><xsl:text> </xsl:text>
                </xsl:for-each>
              </td>
            </tr>
          </xsl:for-each>
          <!-- assets = liabilities + equity -->
          <xsl:for-each select="$contexts[xbrli:period/xbrli:instant]">
            <xsl:variable name="a" select="key('ck-plain', concat('Assets|', @id))[1]"/>
            <xsl:variable name="le" select="key('ck-plain', concat('LiabilitiesAndStockholdersEquity|', @id))[1]"/>
            <xsl:if test="$a and $le">
              <xsl:call-template name="ck-row">
                <xsl:with-param name="what" select="concat('Assets = liabilities + equity at ', xbrli:period/xbrli:instant)"/>
                <xsl:with-param name="ok" select="number($a) = number($le)"/>
                <xsl:with-param name="detail" select="concat($a, ' and ', $le)"/>
                <xsl:with-param name="facts" select="$a | $le"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:for-each>
          <!-- EPS = net income / weighted basic shares, to the cent -->
          <xsl:for-each select="$contexts[xbrli:period/xbrli:startDate]">
            <xsl:variable name="ni" select="key('ck-plain', concat('NetIncomeLoss|', @id))[1]"/>
            <xsl:variable name="sh" select="key('ck-plain', concat('WeightedAverageNumberOfSharesOutstandingBasic|', @id))[1]"/>
            <xsl:variable name="eps" select="key('ck-plain', concat('EarningsPerShareBasic|', @id))[1]"/>
            <xsl:if test="$ni and $sh and $eps and number($sh) != 0">
              <xsl:variable name="q" select="number($ni) div number($sh)"/>
              <xsl:variable name="diff" select="$q - number($eps)"/>
              <xsl:call-template name="ck-row">
                <xsl:with-param name="what" select="concat('EPS = net income / shares, ', xbrli:period/xbrli:startDate, ' to ', xbrli:period/xbrli:endDate)"/>
                <xsl:with-param name="ok" select="$diff &lt; 0.0051 and $diff &gt; -0.0051"/>
                <xsl:with-param name="detail" select="concat($ni, ' / ', $sh, ' = ', format-number($q, '0.0000'), ' against ', $eps)"/>
                <xsl:with-param name="facts" select="$ni | $sh | $eps"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:if test="not($findings)">
        <p class="kind">The converter reported no warnings for this release.</p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="ck-row">
    <xsl:param name="what"/>
    <xsl:param name="ok"/>
    <xsl:param name="detail"/>
    <xsl:param name="facts"/>
    <tr>
      <xsl:attribute name="class">
        <xsl:choose><xsl:when test="$ok">check ok</xsl:when><xsl:otherwise>finding error</xsl:otherwise></xsl:choose>
      </xsl:attribute>
      <td class="label"><xsl:value-of select="$what"/></td>
      <td class="label">
        <xsl:choose><xsl:when test="$ok">holds</xsl:when><xsl:otherwise>fails</xsl:otherwise></xsl:choose>
        <xsl:value-of select="concat(': ', $detail)"/>
      </td>
      <td class="label">
        <xsl:for-each select="$facts">
          <a href="#{@id}"><xsl:value-of select="@id"/></a><xsl:text> </xsl:text>
        </xsl:for-each>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
