<?xml version="1.0" encoding="UTF-8"?>
<!--
  facts.xsl: every fact of an xbrlconv XBRL instance in one table: concept, label,
  period, unit, value, decimals, and where it came from (source line, the row label and
  cell as printed, the mapping rule and its confidence). Extension concepts are marked.
  The page sorts by a column when its heading is clicked and filters rows by the text
  typed in the box (a few lines of inline script; no library, no network). XSLT 1.0.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:xc="urn:xbrlconv:1"
    exclude-result-prefixes="xbrli xc">

  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="entity"><xsl:call-template name="xc-entity"/></xsl:variable>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$entity"/> – facts</title>
        <xsl:call-template name="xc-style"/>
      </head>
      <body>
        <h1><xsl:value-of select="$entity"/></h1>
        <xsl:apply-templates select="/" mode="facts"/>
        <xsl:call-template name="facts-script"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/" mode="facts">
    <xsl:variable name="facts" select="/*/*[@contextRef]"/>
    <section id="facts">
      <h2>Facts (<xsl:value-of select="count($facts)"/>)</h2>
      <input class="filter" type="search" placeholder="filter: concept, label, period, line..."
             data-table="facts-table"/>
      <table id="facts-table" class="facts">
        <thead>
          <tr>
            <th class="label sort">concept</th><th class="label sort">label</th>
            <th class="label sort">period</th><th class="label sort">unit</th>
            <th class="sort">value</th><th class="sort">decimals</th>
            <th class="sort">line</th><th class="label sort">row as printed</th>
            <th class="sort">cell as printed</th><th class="label sort">rule</th>
            <th class="sort">confidence</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$facts">
            <xsl:variable name="ctx" select="key('xc-ctx', @contextRef)"/>
            <xsl:variable name="ext" select="not(starts-with(name(), 'us-gaap:')) and not(starts-with(name(), 'dei:'))"/>
            <tr id="{@id}">
              <xsl:if test="$ext"><xsl:attribute name="class">ext</xsl:attribute></xsl:if>
              <td class="label">
                <xsl:if test="$ext"><xsl:attribute name="class">label ext</xsl:attribute></xsl:if>
                <xsl:value-of select="name()"/>
                <xsl:if test="$ext"> <span class="kind">(extension)</span></xsl:if>
              </td>
              <td class="label"><xsl:value-of select="@xc:label"/></td>
              <td class="label">
                <xsl:choose>
                  <xsl:when test="$ctx/xbrli:period/xbrli:instant"><xsl:value-of select="$ctx/xbrli:period/xbrli:instant"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat($ctx/xbrli:period/xbrli:startDate, ' – ', $ctx/xbrli:period/xbrli:endDate)"/></xsl:otherwise>
                </xsl:choose>
                <xsl:for-each select="$ctx/xbrli:entity/xbrli:segment/*">
                  <br/><span class="member"><xsl:value-of select="substring-after(., ':')"/></span>
                </xsl:for-each>
              </td>
              <td class="label"><xsl:value-of select="@unitRef"/></td>
              <td class="num"><xsl:value-of select="."/></td>
              <td class="num"><xsl:value-of select="@decimals"/></td>
              <td class="num"><xsl:value-of select="@xc:line"/></td>
              <td class="label"><xsl:value-of select="@xc:row"/></td>
              <td class="num"><xsl:value-of select="@xc:cell"/></td>
              <td class="label"><xsl:value-of select="@xc:rule"/></td>
              <td class="num"><xsl:value-of select="@xc:confidence"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- sorting and filtering, in the page itself -->
  <xsl:template name="facts-script">
    <script>
      document.querySelectorAll('input.filter').forEach(function (box) {
        box.addEventListener('input', function () {
          var q = box.value.toLowerCase();
          document.querySelectorAll('#' + box.dataset.table + ' tbody tr').forEach(function (tr) {
            tr.style.display = tr.textContent.toLowerCase().indexOf(q) &lt; 0 ? 'none' : '';
          });
        });
      });
      document.querySelectorAll('th.sort').forEach(function (th) {
        th.addEventListener('click', function () {
          var body = th.closest('table').tBodies[0], i = th.cellIndex;
          var asc = th.dataset.asc !== '1'; th.dataset.asc = asc ? '1' : '0';
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[i].textContent.trim(), y = b.cells[i].textContent.trim();
            var nx = parseFloat(x), ny = parseFloat(y);
            var c = (!isNaN(nx) &amp;&amp; !isNaN(ny)) ? nx - ny : x.localeCompare(y);
            return asc ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    </script>
  </xsl:template>
</xsl:stylesheet>
