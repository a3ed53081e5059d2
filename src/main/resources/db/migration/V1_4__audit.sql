CREATE TABLE audit_entry (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
  actor             VARCHAR(254) NOT NULL,
  organisation_code VARCHAR(20),
  action            VARCHAR(60)  NOT NULL,
  entity_type       VARCHAR(80)  NOT NULL,
  entity_id         VARCHAR(120) NOT NULL,
  before_state      JSONB,
  after_state       JSONB
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, id);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

-- The trail is append-only: the database refuses to change or remove what it holds.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
