<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: templates the xbrlconv views share (imported by statements.xsl,
  facts.xsl, review.xsl, check.xsl, chart.xsl and page.xsl): values inside the
  processing instructions xbrlconv writes, period headings as releases print them
  ("Three Months Ended April 4, 2004"), and the page's style. XSLT 1.0.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xbrli xbrldi xc">

  <xsl:key name="xc-ctx" match="xbrli:context" use="@id"/>
  <xsl:key name="xc-unit" match="xbrli:unit" use="@id"/>
  <!-- a fact's source row: its table and row number (HTML rows can share a line) -->
  <!-- (the share data a row's label prints are facts of the row, not its cells) -->
  <xsl:key name="xc-row" match="*[@xc:rowno and not(@xc:rule = 'label-note')]" use="concat(@xc:table, '|', @xc:rowno)"/>
  <xsl:key name="xc-col" match="*[@xc:rowno and not(@xc:rule = 'label-note')]" use="concat(@xc:table, '|', @contextRef)"/>

  <!-- the value of name="..." inside a processing instruction's text -->
  <xsl:template name="xc-pi-attr">
    <xsl:param name="pi"/>
    <xsl:param name="name"/>
    <xsl:variable name="start" select="concat(' ', $name, '=&quot;')"/>
    <xsl:variable name="text" select="concat(' ', $pi)"/>
    <xsl:if test="contains($text, $start)">
      <xsl:value-of select="substring-before(substring-after($text, $start), '&quot;')"/>
    </xsl:if>
  </xsl:template>

  <!-- the registrant's name, from the xbrlconv-document instruction -->
  <xsl:template name="xc-entity">
    <xsl:call-template name="xc-pi-attr">
      <xsl:with-param name="pi" select="string((/processing-instruction('xbrlconv-document') | /*/processing-instruction('xbrlconv-document'))[1])"/>
      <xsl:with-param name="name" select="'entity'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- day number of an ISO date (Julian day), for period lengths -->
  <xsl:template name="xc-jdn">
    <xsl:param name="date"/>
    <xsl:variable name="y" select="number(substring($date, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($date, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($date, 9, 2))"/>
    <xsl:variable name="a" select="floor((14 - $m) div 12)"/>
    <xsl:variable name="yy" select="$y + 4800 - $a"/>
    <xsl:variable name="mm" select="$m + 12 * $a - 3"/>
    <xsl:value-of select="$d + floor((153 * $mm + 2) div 5) + 365 * $yy + floor($yy div 4)
                          - floor($yy div 100) + floor($yy div 400) - 32045"/>
  </xsl:template>

  <!-- "2004-04-04" as "April 4, 2004" -->
  <xsl:template name="xc-long-date">
    <xsl:param name="date"/>
    <xsl:variable name="months" select="'January  February March    April    May      June     July     August   SeptemberOctober  November December '"/>
    <xsl:variable name="m" select="number(substring($date, 6, 2))"/>
    <xsl:value-of select="normalize-space(substring($months, ($m - 1) * 9 + 1, 9))"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="number(substring($date, 9, 2))"/>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="substring($date, 1, 4)"/>
  </xsl:template>

  <!-- a context as a column heading: "Three Months Ended April 4, 2004",
       "December 31, 2003", and the segment member under it -->
  <xsl:template name="xc-period-head">
    <xsl:param name="ctx"/>
    <xsl:variable name="p" select="$ctx/xbrli:period"/>
    <xsl:choose>
      <xsl:when test="$p/xbrli:instant">
        <xsl:call-template name="xc-long-date">
          <xsl:with-param name="date" select="$p/xbrli:instant"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$p/xbrli:startDate">
        <xsl:variable name="j1">
          <xsl:call-template name="xc-jdn"><xsl:with-param name="date" select="$p/xbrli:startDate"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="j2">
          <xsl:call-template name="xc-jdn"><xsl:with-param name="date" select="$p/xbrli:endDate"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="months" select="round(($j2 - $j1 + 1) div 30.44)"/>
        <xsl:variable name="words" select="'One      Two      Three    Four     Five     Six      Seven    Eight    Nine     Ten      Eleven   Twelve   '"/>
        <xsl:choose>
          <xsl:when test="$months &gt;= 1 and $months &lt;= 12">
            <xsl:value-of select="normalize-space(substring($words, ($months - 1) * 9 + 1, 9))"/>
            <xsl:value-of select="substring(' Months', 1, 7 - ($months = 1))"/>
            <xsl:text> Ended </xsl:text>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$j2 - $j1 + 1"/>
            <xsl:text> Days Ended </xsl:text>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="xc-long-date">
          <xsl:with-param name="date" select="$p/xbrli:endDate"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>Forever</xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="$ctx/xbrli:entity/xbrli:segment/*">
      <br/><span class="member"><xsl:value-of select="substring-after(., ':')"/></span>
    </xsl:for-each>
  </xsl:template>

  <!-- the style of every view: inline, so a page needs nothing else -->
  <xsl:template name="xc-style">
    <style>
      body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
      h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
      h3 { font-size: 1em; margin-top: 1.5em; }
      nav a { margin-right: 1em; }
      .scale { color: #555; font-style: italic; margin: 0 0 .5em; }
      table { border-collapse: collapse; margin-bottom: 1em; }
      th, td { padding: .2em .8em; border-bottom: 1px solid #e4e4e4; }
      th { text-align: right; vertical-align: bottom; background: #f6f6f6; }
      th.label, td.label, td.text { text-align: left; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.total td { border-top: 1px solid #444; font-weight: 600; }
      tr.ext td.label, td.ext { color: #8a4b00; }
      .dei { color: #444; }
      .kind, .member { color: #777; font-weight: normal; font-size: .85em; }
      td.missed { background: #fff3b0; }
      td.differs { background: #ffd0d0; }
      td.made { background: #e6f4e6; }
      .finding.error td { background: #ffd0d0; }
      .finding.warning td { background: #fff3b0; }
      th.sort { cursor: pointer; }
      input.filter { margin: .5em 0; width: 30em; }
      table.facts td { white-space: nowrap; }
      .notes { color: #444; font-size: .9em; max-width: 60em; }
      .notes p { margin: .2em 0; }
    </style>
  </xsl:template>
</xsl:stylesheet>
