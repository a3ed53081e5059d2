-- A re-imported row whose monitoring-body fields changed at the source is brought up to date and counted as such.
ALTER TABLE recommendations_import ADD COLUMN updated bigint NOT NULL DEFAULT 0;
