-- import_id records which import brought a recommendation in. The import log is never deleted from, so the reference
-- cannot dangle; checking it for every imported row cost about a tenth of an import's time.
ALTER TABLE recommendations_recommendation DROP CONSTRAINT recommendations_recommendation_import_id_fkey;
