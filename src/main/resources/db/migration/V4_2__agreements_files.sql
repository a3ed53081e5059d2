-- The agreements' own documents (the signed agreement, its annexes): public, as the agreements are
CREATE TABLE agreements_agreement_file (
  id           BIGSERIAL PRIMARY KEY,
  agreement_id BIGINT NOT NULL REFERENCES agreements_agreement (id),
  title        TEXT NOT NULL,
  filename     TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes   BIGINT NOT NULL,
  sha256       CHAR(64) NOT NULL,
  content      BYTEA NOT NULL,
  uploaded_by  TEXT NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agreements_agreement_file_idx ON agreements_agreement_file (agreement_id);
