CREATE TABLE accounts_account (
  id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email               VARCHAR(254) NOT NULL,
  name                VARCHAR(200) NOT NULL,
  organisation_code   VARCHAR(20)  NOT NULL,
  password_hash       VARCHAR(200) NOT NULL,
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts     INTEGER      NOT NULL DEFAULT 0,
  locked_until        TIMESTAMP WITH TIME ZONE,
  password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version             INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX accounts_account_email_idx ON accounts_account (lower(email));
CREATE INDEX accounts_account_organisation_idx ON accounts_account (organisation_code);

CREATE TABLE accounts_account_role (
  account_id BIGINT      NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
  role       VARCHAR(30) NOT NULL CHECK (role IN ('ADMIN','PROGRAMME_OFFICE','MINISTRY','PAYING_AGENCY','MEMBER_EDITOR','MEMBER_READER')),
  PRIMARY KEY (account_id, role)
);
