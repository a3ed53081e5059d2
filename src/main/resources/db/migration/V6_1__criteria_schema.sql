-- The criteria set (kriterieplattformen) in versions: editing works on a draft, publishing makes it current,
-- and every assessment keeps the version it was made against.
CREATE TABLE criteria_version (
  number       INTEGER     PRIMARY KEY CHECK (number > 0),
  status       VARCHAR(12) NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','RETIRED')),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  published_on DATE,
  version      INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX criteria_version_one_published ON criteria_version (status) WHERE status = 'PUBLISHED';
CREATE UNIQUE INDEX criteria_version_one_draft ON criteria_version (status) WHERE status = 'DRAFT';

CREATE TABLE criteria_cell (
  criteria_version INTEGER     NOT NULL REFERENCES criteria_version (number),
  commitment       VARCHAR(20) NOT NULL,
  actor_role       VARCHAR(20) NOT NULL,
  questions_sv     TEXT        NOT NULL,
  questions_en     TEXT        NOT NULL,
  evidence_sv      TEXT        NOT NULL,
  evidence_en      TEXT        NOT NULL,
  PRIMARY KEY (criteria_version, commitment, actor_role)
);

-- A published or retired version never changes: assessments refer to it.
CREATE FUNCTION criteria_cell_only_in_draft() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v INTEGER := CASE WHEN TG_OP = 'INSERT' THEN NEW.criteria_version ELSE OLD.criteria_version END;
BEGIN
  IF (SELECT status FROM criteria_version WHERE number = v) <> 'DRAFT' THEN
    RAISE EXCEPTION 'criteria version % is published and cannot change', v USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER criteria_cell_frozen BEFORE INSERT OR UPDATE OR DELETE ON criteria_cell
  FOR EACH ROW EXECUTE FUNCTION criteria_cell_only_in_draft();

-- Joining: the political decision, its confirmation by the programme office, and leaving. One row per joining: history is kept.
CREATE TABLE criteria_membership (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_code VARCHAR(20)  NOT NULL,
  status            VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING','CONFIRMED','REJECTED','LEFT')),
  decision_body     VARCHAR(200) NOT NULL,
  decision_date     DATE         NOT NULL,
  minute_reference  VARCHAR(100) NOT NULL,
  extract_name      VARCHAR(255) NOT NULL,
  extract_pdf       BYTEA        NOT NULL,
  recorded_by       VARCHAR(254) NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  confirmed_by      VARCHAR(254),
  joined_on         DATE,
  left_on           DATE,
  version           INTEGER      NOT NULL DEFAULT 0,
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE UNIQUE INDEX criteria_membership_one_active ON criteria_membership (organisation_code)
  WHERE status IN ('PENDING','CONFIRMED');

CREATE TABLE criteria_contact (
  membership_id BIGINT       NOT NULL REFERENCES criteria_membership (id),
  position      SMALLINT     NOT NULL,
  name          VARCHAR(200) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  phone         VARCHAR(40),
  PRIMARY KEY (membership_id, position)
);

-- Self-assessment per organisation and year; submitting freezes it.
CREATE TABLE criteria_assessment (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_code VARCHAR(20) NOT NULL,
  year              SMALLINT    NOT NULL CHECK (year BETWEEN 2014 AND 2200),
  criteria_version  INTEGER     NOT NULL REFERENCES criteria_version (number),
  status            VARCHAR(10) NOT NULL CHECK (status IN ('DRAFT','SUBMITTED')),
  submitted_at      TIMESTAMP WITH TIME ZONE,
  submitted_by      VARCHAR(254),
  version           INTEGER     NOT NULL DEFAULT 0,
  UNIQUE (organisation_code, year)
);

CREATE TABLE criteria_assessment_cell (
  assessment_id BIGINT      NOT NULL REFERENCES criteria_assessment (id),
  commitment    VARCHAR(20) NOT NULL,
  actor_role    VARCHAR(20) NOT NULL,
  level         SMALLINT    CHECK (level BETWEEN 0 AND 4),
  evidence      TEXT        NOT NULL DEFAULT '',
  links         TEXT        NOT NULL DEFAULT '',
  next_steps    TEXT        NOT NULL DEFAULT '',
  principles    VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, commitment, actor_role)
);

CREATE TABLE criteria_assessment_file (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id BIGINT       NOT NULL REFERENCES criteria_assessment (id),
  commitment    VARCHAR(20)  NOT NULL,
  actor_role    VARCHAR(20)  NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  content       BYTEA        NOT NULL
);

-- A submitted assessment is an immutable yearly snapshot: the database refuses every change to it and its parts.
CREATE FUNCTION criteria_assessment_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'SUBMITTED' THEN
    RAISE EXCEPTION 'assessment % is submitted and cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER criteria_assessment_no_change BEFORE UPDATE OR DELETE ON criteria_assessment
  FOR EACH ROW EXECUTE FUNCTION criteria_assessment_frozen();

CREATE FUNCTION criteria_assessment_part_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a BIGINT := CASE WHEN TG_OP = 'INSERT' THEN NEW.assessment_id ELSE OLD.assessment_id END;
BEGIN
  IF (SELECT status FROM criteria_assessment WHERE id = a) = 'SUBMITTED' THEN
    RAISE EXCEPTION 'assessment % is submitted and cannot change', a USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER criteria_assessment_cell_no_change BEFORE INSERT OR UPDATE OR DELETE ON criteria_assessment_cell
  FOR EACH ROW EXECUTE FUNCTION criteria_assessment_part_frozen();
CREATE TRIGGER criteria_assessment_file_no_change BEFORE INSERT OR UPDATE OR DELETE ON criteria_assessment_file
  FOR EACH ROW EXECUTE FUNCTION criteria_assessment_part_frozen();
CREATE FUNCTION criteria_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'submitted assessments cannot be truncated' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER criteria_assessment_cell_no_truncate BEFORE TRUNCATE ON criteria_assessment_cell
  FOR EACH STATEMENT EXECUTE FUNCTION criteria_no_truncate();

-- Reminders are sent once per organisation, year and kind.
CREATE TABLE criteria_reminder_sent (
  organisation_code VARCHAR(20) NOT NULL,
  year              SMALLINT    NOT NULL,
  kind              VARCHAR(10) NOT NULL CHECK (kind IN ('DUE','LATE')),
  sent_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  recipients        INTEGER     NOT NULL,
  PRIMARY KEY (organisation_code, year, kind)
);

-- The network: groups, their members and meetings; good examples published after approval.
CREATE TABLE criteria_network (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  description TEXT         NOT NULL,
  source      VARCHAR(200) NOT NULL
);
CREATE TABLE criteria_network_member (
  network_id        BIGINT      NOT NULL REFERENCES criteria_network (id),
  organisation_code VARCHAR(20) NOT NULL,
  PRIMARY KEY (network_id, organisation_code)
);
CREATE TABLE criteria_meeting (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  network_id BIGINT       NOT NULL REFERENCES criteria_network (id),
  held_on    DATE         NOT NULL,
  title      VARCHAR(200) NOT NULL,
  notes      TEXT         NOT NULL DEFAULT ''
);
CREATE TABLE criteria_example (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_code VARCHAR(20)  NOT NULL,
  title             VARCHAR(200) NOT NULL,
  commitment        VARCHAR(20)  NOT NULL,
  actor_role        VARCHAR(20)  NOT NULL,
  description       TEXT         NOT NULL,
  contact_name      VARCHAR(200) NOT NULL,
  contact_email     VARCHAR(254) NOT NULL,
  status            VARCHAR(10)  NOT NULL CHECK (status IN ('PROPOSED','APPROVED','REJECTED')),
  submitted_by      VARCHAR(254) NOT NULL,
  submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  approved_on       DATE,
  version           INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX criteria_example_status_idx ON criteria_example (status, commitment, actor_role);
CREATE TABLE criteria_example_file (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  example_id   BIGINT       NOT NULL REFERENCES criteria_example (id),
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content      BYTEA        NOT NULL
);

-- Networks named by the seeds: the development network working from the platform (2017 agreement, platform
-- folder) and the networks SKL already ran or took part in (action plan 2015, Bilaga 1).
INSERT INTO criteria_network (code, name, description, source) VALUES
 ('utvecklingsnatverk', 'Utvecklingsnätverket för MR-plattformen',
  'Ett utvecklingsnätverk som utifrån plattformen arbetar med att stärka det systematiska arbetet med mänskliga rättigheter.',
  'Överenskommelsen 2017 och plattformen (2017–2018)'),
 ('nnm', 'Nationella nätverket för mångfald och mänskliga rättigheter (NNM)',
  'Nätverk för erfarenhetsutbyte och kunskapsutveckling för tjänstemän som implementerar mänskliga rättigheter, främjar rättighetsbaserade arbetssätt, bidrar till ökad mångfald eller arbetar mot diskriminering.',
  'SKL:s handlingsplan, bilaga 1'),
 ('rasism-diskriminering', 'Svenskt nätverk mot rasism och diskriminering',
  'Nätverk som SKL driver, där förutom kommuner även Diskrimineringsombudsmannen ingår.',
  'SKL:s handlingsplan, bilaga 1'),
 ('motesplats-social-hallbarhet', 'Mötesplats social hållbarhet',
  'Forum som SKL startat tillsammans med Folkhälsomyndigheten för kunskaps- och erfarenhetsutbyte, för minskade hälsoskillnader och för att tillgodose människors grundläggande behov och rättigheter.',
  'SKL:s handlingsplan, bilaga 1'),
 ('jamlik-vard', 'Nationell plattform för jämlik vård',
  'Plattform som SKL samordnar och deltar i tillsammans med ett flertal myndigheter, fackförbund och andra nationella aktörer.',
  'SKL:s handlingsplan, bilaga 1');
