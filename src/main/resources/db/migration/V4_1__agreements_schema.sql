-- Agreements (överenskommelser) between the Government and SKL/SKR, their deliverables, groups and meetings
CREATE TABLE agreements_agreement (
  id           BIGSERIAL PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  file_number  TEXT NOT NULL DEFAULT '',
  department   TEXT NOT NULL,
  valid_from   DATE NOT NULL,
  valid_to     DATE NOT NULL,
  reasons      TEXT NOT NULL DEFAULT '',
  overall_goal TEXT NOT NULL DEFAULT '',
  group_kind   TEXT NOT NULL,
  group_text   TEXT NOT NULL DEFAULT '',
  version      INT NOT NULL DEFAULT 0,
  CHECK (valid_from <= valid_to)
);

CREATE TABLE agreements_subgoal (
  agreement_id BIGINT NOT NULL REFERENCES agreements_agreement (id),
  position     INT NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreements_party (
  agreement_id    BIGINT NOT NULL REFERENCES agreements_agreement (id),
  position        INT NOT NULL,
  party           TEXT NOT NULL,
  signatory       TEXT NOT NULL,
  signatory_title TEXT NOT NULL DEFAULT '',
  place           TEXT NOT NULL DEFAULT '',
  signed_on       DATE,
  signed_text     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreements_funding (
  agreement_id  BIGINT NOT NULL REFERENCES agreements_agreement (id),
  year          INT NOT NULL,
  amount        NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
  conditional   BOOLEAN NOT NULL,
  appropriation TEXT NOT NULL,
  PRIMARY KEY (agreement_id, year)
);

CREATE TABLE agreements_attachment (
  agreement_id BIGINT NOT NULL REFERENCES agreements_agreement (id),
  position     INT NOT NULL,
  title        TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreements_deliverable (
  id             BIGSERIAL PRIMARY KEY,
  agreement_id   BIGINT NOT NULL REFERENCES agreements_agreement (id),
  seed_key       TEXT UNIQUE,
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  requirements   TEXT NOT NULL DEFAULT '',
  due_date       DATE,
  year           INT,
  recipient_code TEXT NOT NULL,
  recipient_unit TEXT NOT NULL DEFAULT '',
  responsible_code TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('PLANERAD', 'PAGAR', 'INLAMNAD', 'GODKAND')),
  submitted_at   TIMESTAMP WITH TIME ZONE,
  submitted_by   TEXT,
  accepted_at    TIMESTAMP WITH TIME ZONE,
  accepted_by    TEXT,
  version        INT NOT NULL DEFAULT 0
);
CREATE INDEX agreements_deliverable_due_idx ON agreements_deliverable (due_date);
CREATE INDEX agreements_deliverable_agreement_idx ON agreements_deliverable (agreement_id);

-- The people answerable for a deliverable; they receive its reminders
CREATE TABLE agreements_responsible (
  deliverable_id BIGINT NOT NULL REFERENCES agreements_deliverable (id),
  email          TEXT NOT NULL,
  PRIMARY KEY (deliverable_id, email)
);

-- Every uploaded or generated version of a deliverable's submission
CREATE TABLE agreements_document (
  id             BIGSERIAL PRIMARY KEY,
  deliverable_id BIGINT NOT NULL REFERENCES agreements_deliverable (id),
  version_no     INT NOT NULL,
  filename       TEXT NOT NULL,
  content_type   TEXT NOT NULL,
  size_bytes     BIGINT NOT NULL,
  sha256         CHAR(64) NOT NULL,
  content        BYTEA NOT NULL,
  uploaded_by    TEXT NOT NULL,
  uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (deliverable_id, version_no)
);

CREATE TABLE agreements_member (
  id           BIGSERIAL PRIMARY KEY,
  agreement_id BIGINT NOT NULL REFERENCES agreements_agreement (id),
  name         TEXT NOT NULL,
  organisation TEXT NOT NULL,
  role         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agreements_meeting (
  id           BIGSERIAL PRIMARY KEY,
  agreement_id BIGINT NOT NULL REFERENCES agreements_agreement (id),
  kind         TEXT NOT NULL CHECK (kind IN ('GROUP', 'SAMRAD')),
  held_on      DATE NOT NULL,
  title        TEXT NOT NULL,
  agenda       TEXT NOT NULL DEFAULT '',
  minutes      TEXT NOT NULL DEFAULT '',
  attendance   TEXT NOT NULL DEFAULT '',
  version      INT NOT NULL DEFAULT 0
);

CREATE TABLE agreements_decision (
  id                 BIGSERIAL PRIMARY KEY,
  meeting_id         BIGINT NOT NULL REFERENCES agreements_meeting (id),
  text               TEXT NOT NULL,
  adopts_deliverable BIGINT REFERENCES agreements_deliverable (id)
);

-- One row per reminder sent: the unique key makes a second run (or a second node) send nothing
CREATE TABLE agreements_reminder (
  deliverable_id BIGINT NOT NULL REFERENCES agreements_deliverable (id),
  kind           TEXT NOT NULL,
  due_date       DATE NOT NULL,
  sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  recipients     TEXT NOT NULL,
  PRIMARY KEY (deliverable_id, kind)
);
