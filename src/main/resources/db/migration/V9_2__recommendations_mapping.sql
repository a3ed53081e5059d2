-- The mapping (kartläggning): recommendations the programme office selects as relevant for municipalities and regions.
CREATE TABLE recommendations_mapping_entry (
    recommendation_id  bigint PRIMARY KEY REFERENCES recommendations_recommendation (id),
    rights_area        text NOT NULL,
    target_group       text NOT NULL,
    needs              text,
    planned_support    text,
    updated_by         text NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 0
);
