<?xml version="1.0" encoding="UTF-8"?>
<!--
  statements.xsl: an xbrlconv XBRL instance as HTML statements, for people.

  Each table of the release becomes one HTML table: rows in the order the release
  printed them, periods as columns, each cell as printed (so at the release's scale,
  negatives in parentheses), the concept and exact value in the cell's tooltip.
  Reads the provenance xbrlconv writes: xc:table, xc:line, xc:col, xc:row, xc:cell on
  facts, and one <?xbrlconv-table?> instruction per table (title, scale, statement).

  XSLT 1.0; works with `xbrlconv -t html` and with plain `xsltproc`.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xbrli xbrldi xc">

  <xsl:output method="html" encoding="UTF-8" indent="yes"
      doctype-system="about:legacy-compat"/>

  <xsl:key name="ctx" match="xbrli:context" use="@id"/>
  <xsl:key name="row" match="*[@xc:line]" use="concat(@xc:table, '|', @xc:line)"/>
  <xsl:key name="col" match="*[@xc:line]" use="concat(@xc:table, '|', @contextRef)"/>

  <!-- value of name="..." inside a processing instruction -->
  <xsl:template name="pi-attr">
    <xsl:param name="pi"/>
    <xsl:param name="name"/>
    <xsl:variable name="start" select="concat($name, '=&quot;')"/>
    <xsl:if test="contains($pi, $start)">
      <xsl:value-of select="substring-before(substring-after($pi, $start), '&quot;')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="doc" select="/processing-instruction('xbrlconv-document') | /*/processing-instruction('xbrlconv-document')"/>
    <xsl:variable name="entity">
      <xsl:call-template name="pi-attr">
        <xsl:with-param name="pi" select="string($doc)"/>
        <xsl:with-param name="name" select="'entity'"/>
      </xsl:call-template>
    </xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – financial statements</title>
        <style>
          body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
          h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
          .scale { color: #555; font-style: italic; margin: 0 0 .5em; }
          table { border-collapse: collapse; margin-bottom: 1em; }
          th, td { padding: .2em .8em; border-bottom: 1px solid #e4e4e4; }
          th { text-align: right; vertical-align: bottom; background: #f6f6f6; }
          th.label { text-align: left; }
          td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
          td.label { text-align: left; }
          tr.ext td.label { color: #8a4b00; }
          .dei { color: #444; }
          .kind { color: #777; font-weight: normal; font-size: .85em; }
        </style>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <p class="dei">
          <xsl:for-each select="/*/*[namespace-uri() != 'http://www.xbrl.org/2003/instance' and namespace-uri() != 'http://www.xbrl.org/2003/linkbase' and not(@xc:line) and not(@unitRef)]">
            <span><xsl:value-of select="local-name()"/>: <b><xsl:value-of select="."/></b></span>
            <xsl:if test="position() != last()"> · </xsl:if>
          </xsl:for-each>
        </p>
        <xsl:for-each select="/*/processing-instruction('xbrlconv-table')">
          <xsl:variable name="n">
            <xsl:call-template name="pi-attr">
              <xsl:with-param name="pi" select="string(.)"/>
              <xsl:with-param name="name" select="'table'"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:variable name="facts" select="/*/*[@xc:table = $n]"/>
          <xsl:if test="$facts">
            <xsl:call-template name="table">
              <xsl:with-param name="pi" select="string(.)"/>
              <xsl:with-param name="n" select="$n"/>
              <xsl:with-param name="facts" select="$facts"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:for-each>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="table">
    <xsl:param name="pi"/>
    <xsl:param name="n"/>
    <xsl:param name="facts"/>
    <xsl:variable name="title">
      <xsl:call-template name="pi-attr">
        <xsl:with-param name="pi" select="$pi"/>
        <xsl:with-param name="name" select="'title'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="scale">
      <xsl:call-template name="pi-attr">
        <xsl:with-param name="pi" select="$pi"/>
        <xsl:with-param name="name" select="'scale'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="kind">
      <xsl:call-template name="pi-attr">
        <xsl:with-param name="pi" select="$pi"/>
        <xsl:with-param name="name" select="'statement'"/>
      </xsl:call-template>
    </xsl:variable>
    <!-- one column per context, in the release's column order -->
    <xsl:variable name="cols" select="$facts[generate-id() = generate-id(key('col', concat($n, '|', @contextRef))[1])]"/>
    <section>
      <h2>
        <xsl:choose>
          <xsl:when test="string($title)"><xsl:value-of select="$title"/></xsl:when>
          <xsl:otherwise>Table <xsl:value-of select="$n"/></xsl:otherwise>
        </xsl:choose>
        <span class="kind"> (<xsl:value-of select="$kind"/>)</span>
      </h2>
      <xsl:if test="string($scale)">
        <p class="scale"><xsl:value-of select="$scale"/></p>
      </xsl:if>
      <table>
        <thead>
          <tr>
            <th class="label"></th>
            <xsl:for-each select="$cols">
              <xsl:sort select="@xc:col" data-type="number"/>
              <th><xsl:apply-templates select="key('ctx', @contextRef)" mode="head"/></th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$facts[generate-id() = generate-id(key('row', concat($n, '|', @xc:line))[1])]">
            <xsl:sort select="@xc:line" data-type="number"/>
            <xsl:variable name="line" select="@xc:line"/>
            <xsl:variable name="rowfacts" select="key('row', concat($n, '|', $line))"/>
            <tr>
              <xsl:if test="not(starts-with(name(), 'us-gaap:'))">
                <xsl:attribute name="class">ext</xsl:attribute>
              </xsl:if>
              <td class="label" title="{name()} (line {$line}, {@xc:rule})">
                <xsl:value-of select="@xc:row"/>
              </td>
              <xsl:for-each select="$cols">
                <xsl:sort select="@xc:col" data-type="number"/>
                <xsl:variable name="c" select="@contextRef"/>
                <xsl:variable name="f" select="$rowfacts[@contextRef = $c][1]"/>
                <td class="num">
                  <xsl:if test="$f">
                    <xsl:attribute name="title">
                      <xsl:value-of select="concat(name($f), ' = ', $f)"/>
                    </xsl:attribute>
                    <xsl:value-of select="$f/@xc:cell"/>
                  </xsl:if>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- a column head: the period, and the segment when there is one -->
  <xsl:template match="xbrli:context" mode="head">
    <xsl:variable name="p" select="xbrli:period"/>
    <xsl:choose>
      <xsl:when test="$p/xbrli:instant">As of <xsl:value-of select="$p/xbrli:instant"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$p/xbrli:startDate"/> to <xsl:value-of select="$p/xbrli:endDate"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="xbrli:entity/xbrli:segment/xbrldi:explicitMember">
      <br/><xsl:value-of select="substring-after(., ':')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
