-- The recommendations register: what international monitoring bodies ask of Sweden, tagged for municipalities and regions.

CREATE TABLE recommendations_sdg_goal (
    goal        smallint PRIMARY KEY,
    short_name  text NOT NULL,
    title       text NOT NULL
);

CREATE TABLE recommendations_sdg_target (
    target  text PRIMARY KEY,
    goal    smallint NOT NULL REFERENCES recommendations_sdg_goal (goal),
    type    text NOT NULL,
    title   text NOT NULL
);

CREATE TABLE recommendations_import (
    id            uuid PRIMARY KEY,
    format        text NOT NULL,
    filename      text,
    status        text NOT NULL,
    valid_only    boolean NOT NULL,
    rows_read     bigint NOT NULL DEFAULT 0,
    created       bigint NOT NULL DEFAULT 0,
    unchanged     bigint NOT NULL DEFAULT 0,
    rejected      bigint NOT NULL DEFAULT 0,
    errors        jsonb NOT NULL DEFAULT '[]',
    started_by    text NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);

CREATE TABLE recommendations_recommendation (
    id                    bigserial PRIMARY KEY,
    natural_key           text NOT NULL UNIQUE,
    source                text NOT NULL,
    body                  text NOT NULL,
    symbol                text,
    document_date         date,
    session               text,
    cycle                 text,
    state                 text NOT NULL,
    recommending_states   text[] NOT NULL DEFAULT '{}',
    text                  text NOT NULL,
    response              text,
    action_category       smallint,
    themes                text[] NOT NULL DEFAULT '{}',
    groups                text[] NOT NULL DEFAULT '{}',
    suggested_groups      text[] NOT NULL DEFAULT '{}',
    sdg_targets           text[] NOT NULL DEFAULT '{}',
    sdg_goals             smallint[] NOT NULL DEFAULT '{}',
    suggested_sdg_goals   smallint[] NOT NULL DEFAULT '{}',
    municipal_roles       text[] NOT NULL DEFAULT '{}',
    relevance             text CHECK (relevance IN ('YES', 'PARTLY', 'NO')),
    relevance_reason      text,
    summary_sv            text,
    published             boolean NOT NULL DEFAULT true,
    import_id             uuid REFERENCES recommendations_import (id),
    version               integer NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    search_en             tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    search_sv             tsvector GENERATED ALWAYS AS (to_tsvector('swedish', coalesce(summary_sv, ''))) STORED
);

CREATE INDEX recommendations_recommendation_search_en ON recommendations_recommendation USING gin (search_en);
CREATE INDEX recommendations_recommendation_search_sv ON recommendations_recommendation USING gin (search_sv);
CREATE INDEX recommendations_recommendation_themes ON recommendations_recommendation USING gin (themes);
CREATE INDEX recommendations_recommendation_groups ON recommendations_recommendation USING gin (groups);
CREATE INDEX recommendations_recommendation_sdg ON recommendations_recommendation USING gin (sdg_goals);
CREATE INDEX recommendations_recommendation_state ON recommendations_recommendation (state);
CREATE INDEX recommendations_recommendation_body_session ON recommendations_recommendation (body, session);

-- A member organisation's follow-up of one recommendation.
CREATE TABLE recommendations_follow_up (
    recommendation_id  bigint NOT NULL REFERENCES recommendations_recommendation (id),
    organisation_code  text NOT NULL,
    status             text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_RELEVANT')),
    comment            text,
    evidence_url       text,
    updated_by         text NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 0,
    PRIMARY KEY (recommendation_id, organisation_code)
);
