-- schema.sql: PostgreSQL tables for xbrlconv's warehouse output.
--
--   xbrlconv -t csv       -o out/ releases/   -> out/NAME.csv            (facts)
--   xbrlconv -t documents -o out/ releases/   -> out/NAME.documents.csv  (documents)
--   \copy facts     FROM 'out/NAME.csv'           CSV HEADER
--   \copy documents FROM 'out/NAME.documents.csv' CSV HEADER
--
-- Values are exact decimals written as text: numeric keeps every digit.
-- A fact's document is its source; one release read twice (as an exhibit and
-- inside its full submission) is two documents with different sha256.

CREATE TABLE IF NOT EXISTS documents (
    source        text PRIMARY KEY,         -- input file name as given
    sha256        char(64),                 -- the input's bytes; NULL for stdin
    entity        text,                     -- registrant name as printed
    cik           char(10),                 -- Central Index Key, when known
    ticker        text,
    form          text,                     -- 8-K
    period_end    date,                     -- DocumentPeriodEndDate
    fiscal_year   integer,
    fiscal_period text,                     -- Q1..Q3, FY
    release_date  date,
    facts         integer NOT NULL,         -- numeric facts written
    converter     text NOT NULL             -- "xbrlconv 0.1.0"
);

CREATE TABLE IF NOT EXISTS facts (
    entity        text,
    cik           char(10),
    ticker        text,
    concept       text NOT NULL,            -- us-gaap:Revenues, or an extension QName
    label         text,
    period_start  date,                     -- NULL for an instant
    period_end    date NOT NULL,            -- inclusive end, or the instant
    unit          text NOT NULL,            -- iso4217:USD, xbrli:shares, iso4217:USD/xbrli:shares
    value         numeric NOT NULL,         -- exact
    decimals      text NOT NULL,            -- integer, or INF
    dimensions    text,                     -- axis=member;axis=member, NULL when none
    source        text NOT NULL,            -- the document (documents.source)
    line          integer,
    col           integer,
    row_label     text,
    cell          text,                     -- the cell as printed
    statement     text,                     -- income, balance, cashflow, other, unknown
    rule          text,
    confidence    integer
);

-- One value per concept, period, unit and dimensions within a document.
CREATE UNIQUE INDEX IF NOT EXISTS facts_key ON facts
    (source, concept, coalesce(period_start, '0001-01-01'), period_end, unit,
     coalesce(dimensions, ''));
CREATE INDEX IF NOT EXISTS facts_concept ON facts (concept, period_end);
