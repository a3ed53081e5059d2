-- Action plans per agreement, their focus areas and activities, yearly follow-up and the report texts.
CREATE TABLE actionplan_plan (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_code  VARCHAR(20)  NOT NULL UNIQUE,
  title           VARCHAR(300) NOT NULL,
  period_from     DATE         NOT NULL,
  period_to       DATE         NOT NULL,
  background      TEXT         NOT NULL DEFAULT '',
  findings        TEXT[]       NOT NULL DEFAULT '{}',
  target_group    TEXT         NOT NULL DEFAULT '',
  goals           TEXT[]       NOT NULL DEFAULT '{}',
  revision        INT          NOT NULL DEFAULT 1,
  version         INT          NOT NULL DEFAULT 0,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from)
);

-- An earlier revision of a plan, kept readable after the plan was revised following a samråd.
CREATE TABLE actionplan_plan_revision (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id     BIGINT NOT NULL REFERENCES actionplan_plan (id),
  revision    INT    NOT NULL,
  reason      TEXT   NOT NULL,
  snapshot    JSONB  NOT NULL,
  revised_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  revised_by  VARCHAR(254) NOT NULL,
  UNIQUE (plan_id, revision)
);

CREATE TABLE actionplan_focus_area (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id     BIGINT       NOT NULL REFERENCES actionplan_plan (id),
  code        VARCHAR(40)  NOT NULL,
  position    INT          NOT NULL,
  title       VARCHAR(200) NOT NULL,
  description TEXT         NOT NULL DEFAULT '',
  UNIQUE (plan_id, code)
);

CREATE TABLE actionplan_activity (
  id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  focus_area_id       BIGINT       NOT NULL REFERENCES actionplan_focus_area (id),
  seed_key            VARCHAR(60)  UNIQUE,
  position            INT          NOT NULL DEFAULT 0,
  title               VARCHAR(300) NOT NULL,
  description         TEXT         NOT NULL DEFAULT '',
  owner               VARCHAR(200) NOT NULL DEFAULT '',
  partners            TEXT[]       NOT NULL DEFAULT '{}',
  start_date          DATE,
  end_date            DATE,
  budget              NUMERIC(14, 2) CHECK (budget >= 0),
  status              VARCHAR(20)  NOT NULL DEFAULT 'PLANERAD',
  planned_results     TEXT         NOT NULL DEFAULT '',
  achieved_results    TEXT         NOT NULL DEFAULT '',
  goal_refs           TEXT[]       NOT NULL DEFAULT '{}',
  recommendation_refs TEXT[]       NOT NULL DEFAULT '{}',
  criteria_refs       TEXT[]       NOT NULL DEFAULT '{}',
  version             INT          NOT NULL DEFAULT 0,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX actionplan_activity_area_idx ON actionplan_activity (focus_area_id, position);

CREATE TABLE actionplan_follow_up (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  activity_id BIGINT NOT NULL REFERENCES actionplan_activity (id),
  year        INT    NOT NULL,
  progress    TEXT   NOT NULL DEFAULT '',
  results     TEXT   NOT NULL DEFAULT '',
  spent       NUMERIC(14, 2) CHECK (spent >= 0),
  version     INT    NOT NULL DEFAULT 0,
  UNIQUE (activity_id, year)
);

-- Editable text sections of the annual follow-up report (year set) and of the final report (year = 0).
CREATE TABLE actionplan_report (
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id            BIGINT      NOT NULL REFERENCES actionplan_plan (id),
  kind               VARCHAR(30) NOT NULL,
  year               INT         NOT NULL,
  introduction       TEXT        NOT NULL DEFAULT '',
  assessment         TEXT        NOT NULL DEFAULT '',
  taken_forward      TEXT        NOT NULL DEFAULT '',
  attached_deliverable_id BIGINT,
  attached_at        TIMESTAMP WITH TIME ZONE,
  version            INT         NOT NULL DEFAULT 0,
  UNIQUE (plan_id, kind, year)
);
