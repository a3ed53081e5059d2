-- Search filters and counts facets in memory (FacetIndex) and exports select through the same path, so these indexes
-- served no query; every import paid for them.
DROP INDEX recommendations_recommendation_themes;
DROP INDEX recommendations_recommendation_groups;
DROP INDEX recommendations_recommendation_sdg;
DROP INDEX recommendations_recommendation_state;
DROP INDEX recommendations_recommendation_body_session;
