-- Imports copy new rows straight into the register, where generated columns compute the search vectors while the rows
-- stream in, without a trigger call per row; rows an import only stages (because they may be stored already) are no
-- longer tokenised unless they turn out to be new.
DROP TRIGGER recommendations_recommendation_search_insert ON recommendations_recommendation;
DROP TRIGGER recommendations_recommendation_search_update ON recommendations_recommendation;
DROP FUNCTION recommendations_recommendation_search();

ALTER TABLE recommendations_recommendation DROP COLUMN search_en, DROP COLUMN search_sv;
ALTER TABLE recommendations_recommendation
    ADD COLUMN search_en tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    ADD COLUMN search_sv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', coalesce(summary_sv, ''))) STORED;

CREATE INDEX recommendations_recommendation_search_en ON recommendations_recommendation USING gin (search_en);
CREATE INDEX recommendations_recommendation_search_sv ON recommendations_recommendation USING gin (search_sv);
