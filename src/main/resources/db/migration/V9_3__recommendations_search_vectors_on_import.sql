-- The search vectors become ordinary columns so that an import can compute the English vector while it streams rows
-- into its staging table (in the database, alongside the application's work on the next rows) instead of in the final
-- INSERT. Every other insert and every change of the text or the Swedish summary computes them in this trigger, with
-- the same expressions as before.

ALTER TABLE recommendations_recommendation ALTER COLUMN search_en DROP EXPRESSION;
ALTER TABLE recommendations_recommendation ALTER COLUMN search_sv DROP EXPRESSION;

CREATE FUNCTION recommendations_recommendation_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_en := to_tsvector('english', NEW.text);
    NEW.search_sv := to_tsvector('swedish', coalesce(NEW.summary_sv, ''));
    RETURN NEW;
END
$$;

CREATE TRIGGER recommendations_recommendation_search_insert
    BEFORE INSERT ON recommendations_recommendation
    FOR EACH ROW WHEN (NEW.search_en IS NULL OR NEW.search_sv IS NULL)
    EXECUTE FUNCTION recommendations_recommendation_search();

CREATE TRIGGER recommendations_recommendation_search_update
    BEFORE UPDATE OF text, summary_sv ON recommendations_recommendation
    FOR EACH ROW
    EXECUTE FUNCTION recommendations_recommendation_search();
