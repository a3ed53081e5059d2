-- The knowledge hub: publications, guidance, good examples and news, with attachments, tags and full-text search.
CREATE TABLE knowledge_item (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          VARCHAR(20)  NOT NULL,
  slug          VARCHAR(160) NOT NULL UNIQUE,
  title         VARCHAR(300) NOT NULL,
  summary       TEXT         NOT NULL DEFAULT '',
  body          TEXT         NOT NULL DEFAULT '',
  language      VARCHAR(5)   NOT NULL DEFAULT 'sv',
  status        VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
  published_on  DATE,
  external_url  VARCHAR(500),
  tags          TEXT[]       NOT NULL DEFAULT '{}',
  version       INT          NOT NULL DEFAULT 0,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  -- Swedish stemming for Swedish texts and English for English ones, and both for the title, so a search in either language finds it.
  search        TSVECTOR GENERATED ALWAYS AS (
                  setweight(to_tsvector('swedish'::regconfig, coalesce(title, '')), 'A') ||
                  setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
                  setweight(to_tsvector('swedish'::regconfig, coalesce(summary, '')), 'B') ||
                  setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') ||
                  setweight(to_tsvector('swedish'::regconfig, coalesce(body, '')), 'C') ||
                  setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')) STORED
);
CREATE INDEX knowledge_item_search_idx ON knowledge_item USING GIN (search);
CREATE INDEX knowledge_item_published_idx ON knowledge_item (status, published_on DESC);
CREATE INDEX knowledge_item_tags_idx ON knowledge_item USING GIN (tags);

CREATE TABLE knowledge_attachment (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id       BIGINT       NOT NULL REFERENCES knowledge_item (id),
  filename      VARCHAR(255) NOT NULL,
  content_type  VARCHAR(120) NOT NULL,
  size_bytes    INT          NOT NULL,
  content       BYTEA        NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_attachment_item_idx ON knowledge_attachment (item_id);

-- Training: courses, their sessions and how many were reached per member organisation and category. No personal data.
CREATE TABLE knowledge_course (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code         VARCHAR(60)  NOT NULL UNIQUE,
  kind         VARCHAR(30)  NOT NULL,
  title        VARCHAR(300) NOT NULL,
  description  TEXT         NOT NULL DEFAULT '',
  organiser    VARCHAR(200) NOT NULL DEFAULT '',
  url          VARCHAR(500)
);

CREATE TABLE knowledge_session (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  course_id         BIGINT       NOT NULL REFERENCES knowledge_course (id),
  held_on           DATE         NOT NULL,
  organiser         VARCHAR(200) NOT NULL,
  place             VARCHAR(200) NOT NULL DEFAULT '',
  organisation_code VARCHAR(20)  NOT NULL,
  elected_officials INT          NOT NULL DEFAULT 0 CHECK (elected_officials >= 0),
  managers          INT          NOT NULL DEFAULT 0 CHECK (managers >= 0),
  employees         INT          NOT NULL DEFAULT 0 CHECK (employees >= 0),
  registered_by     VARCHAR(254) NOT NULL,
  registered_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_session_org_idx ON knowledge_session (organisation_code);
CREATE INDEX knowledge_session_course_idx ON knowledge_session (course_id, held_on);
