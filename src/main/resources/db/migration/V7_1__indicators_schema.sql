-- Kolada key figures (KPIs), their groups, the human-rights cluster the programme office curates, and the values.

CREATE TABLE indicators_kpi (
    id                    text PRIMARY KEY,
    num                   integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    title                 text NOT NULL,
    description           text,
    definition            text,
    operating_area        text,
    perspective           text,
    auspice               text,
    is_divided_by_gender  boolean NOT NULL DEFAULT false,
    municipality_type     char(1),
    publication_date      date,
    prel_publication_date date,
    ou_publication_date   date,
    has_ou_data           boolean NOT NULL DEFAULT false,
    publ_period           text
);

CREATE TABLE indicators_kpi_group (
    id     text PRIMARY KEY,
    title  text NOT NULL,
    parent text
);

-- Members may name KPIs whose metadata is not loaded (Kolada has more KPIs than the reference file), so no foreign key.
CREATE TABLE indicators_kpi_group_member (
    group_id text NOT NULL REFERENCES indicators_kpi_group (id),
    kpi_id   text NOT NULL,
    PRIMARY KEY (group_id, kpi_id)
);
CREATE INDEX indicators_kpi_group_member_kpi ON indicators_kpi_group_member (kpi_id);

-- Tens of millions of rows: narrow, a small integer KPI key, and a primary key that answers "a KPI for one organisation".
-- No foreign key to indicators_kpi: the importer resolves every KPI id, and a per-row check would halve bulk-load speed.
CREATE TABLE indicators_value (
    kpi    integer          NOT NULL,
    geo    char(4)          NOT NULL,
    year   smallint         NOT NULL,
    gender char(1)          NOT NULL,
    value  double precision,
    count  integer,
    status text,
    PRIMARY KEY (kpi, geo, year, gender)
);
-- "A KPI in one year for every organisation": ranks and comparisons.
CREATE INDEX indicators_value_by_year ON indicators_value (kpi, year, gender) INCLUDE (geo, value);

CREATE TABLE indicators_cluster_entry (
    kpi_id               text PRIMARY KEY REFERENCES indicators_kpi (id),
    position             integer NOT NULL,
    area_heading         text,
    why_it_matters       text,
    recommendation_codes text NOT NULL DEFAULT '',
    criteria_codes       text NOT NULL DEFAULT '',
    version              integer NOT NULL DEFAULT 0
);

CREATE TABLE indicators_import (
    id           uuid PRIMARY KEY,
    format       text NOT NULL,
    source       text NOT NULL,
    status       text NOT NULL,
    accept_valid boolean NOT NULL,
    rows_read    bigint NOT NULL DEFAULT 0,
    inserted     bigint NOT NULL DEFAULT 0,
    updated      bigint NOT NULL DEFAULT 0,
    unchanged    bigint NOT NULL DEFAULT 0,
    rejected     bigint NOT NULL DEFAULT 0,
    errors       text NOT NULL DEFAULT '[]',
    message      text,
    started_by   text NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz
);

CREATE TABLE indicators_reference_load (
    name      text PRIMARY KEY,
    loaded_at timestamptz NOT NULL
);
