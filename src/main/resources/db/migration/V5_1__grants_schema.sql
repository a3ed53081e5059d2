-- Grants: requisitions, financial reports, repayments. The ledger per agreement and year is derived from these records;
-- grants_ledger_year holds only the granted amount and is the row every money-moving transaction locks (SELECT ... FOR UPDATE).

CREATE TABLE grants_ledger_year (
  agreement_id BIGINT        NOT NULL,
  year         SMALLINT      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  granted      NUMERIC(14,2) NOT NULL CHECK (granted >= 0),
  PRIMARY KEY (agreement_id, year)
);

CREATE TABLE grants_requisition (
  id                            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_id                  BIGINT        NOT NULL,
  year                          SMALLINT      NOT NULL,
  status                        VARCHAR(20)   NOT NULL CHECK (status IN ('UTKAST','INLAMNAD','MOTTAGEN','UTBETALD')),
  recipient                     VARCHAR(200)  NOT NULL,
  organisation_number           VARCHAR(11)   NOT NULL CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
  contact_person                VARCHAR(200)  NOT NULL,
  postal_address                VARCHAR(400)  NOT NULL,
  phone                         VARCHAR(40)   NOT NULL,
  fax                           VARCHAR(40),
  email                         VARCHAR(254)  NOT NULL,
  agreement_file_number         VARCHAR(60)   NOT NULL,
  payment_decision_file_number  VARCHAR(60)   NOT NULL,
  agreement_name                VARCHAR(400)  NOT NULL,
  amount                        NUMERIC(14,2) NOT NULL CHECK (amount > 0),
  period_from                   DATE          NOT NULL,
  period_to                     DATE          NOT NULL,
  payment_account_type          VARCHAR(10)   NOT NULL CHECK (payment_account_type IN ('BANKGIRO','PLUSGIRO')),
  payment_account               VARCHAR(20)   NOT NULL,
  payment_reference             VARCHAR(100),
  created_by                    VARCHAR(254)  NOT NULL,
  created_at                    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  submitted_by                  VARCHAR(254),
  submitted_at                  TIMESTAMP WITH TIME ZONE,
  received_by                   VARCHAR(254),
  received_at                   TIMESTAMP WITH TIME ZONE,
  paid_amount                   NUMERIC(14,2),
  paid_on                       DATE,
  paid_by                       VARCHAR(254),
  pdf                           BYTEA,
  version                       INTEGER       NOT NULL DEFAULT 0,
  FOREIGN KEY (agreement_id, year) REFERENCES grants_ledger_year (agreement_id, year),
  CHECK (period_to >= period_from),
  CHECK (EXTRACT(YEAR FROM period_from) = year),
  CHECK (paid_amount IS NULL OR (paid_amount > 0 AND paid_amount <= amount)),
  CHECK ((status = 'UTBETALD') = (paid_amount IS NOT NULL AND paid_on IS NOT NULL)),
  CHECK (status = 'UTKAST' OR (submitted_at IS NOT NULL AND pdf IS NOT NULL)),
  CHECK (status NOT IN ('MOTTAGEN','UTBETALD') OR received_at IS NOT NULL)
);
CREATE INDEX grants_requisition_agreement_idx ON grants_requisition (agreement_id, year);

CREATE TABLE grants_financial_report (
  id                            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_id                  BIGINT        NOT NULL,
  year                          SMALLINT      NOT NULL,
  kind                          VARCHAR(10)   NOT NULL CHECK (kind IN ('ANNUAL','FINAL')),
  status                        VARCHAR(30)   NOT NULL CHECK (status IN ('UTKAST','INLAMNAD','GODKAND','KOMPLETTERING_BEGARD')),
  recipient                     VARCHAR(200)  NOT NULL,
  organisation_number           VARCHAR(11)   NOT NULL CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
  contact_person                VARCHAR(200)  NOT NULL,
  postal_address                VARCHAR(400)  NOT NULL,
  phone                         VARCHAR(40)   NOT NULL,
  fax                           VARCHAR(40),
  email                         VARCHAR(254)  NOT NULL,
  agreement_file_number         VARCHAR(60)   NOT NULL,
  payment_decision_file_number  VARCHAR(60)   NOT NULL,
  agreement_name                VARCHAR(400)  NOT NULL,
  total_granted                 NUMERIC(14,2) NOT NULL CHECK (total_granted > 0),
  total_paid_out                NUMERIC(14,2) NOT NULL CHECK (total_paid_out >= 0),
  period_from                   DATE          NOT NULL,
  period_to                     DATE          NOT NULL,
  grant_received                NUMERIC(14,2) NOT NULL CHECK (grant_received > 0),
  total_costs                   NUMERIC(14,2) NOT NULL CHECK (total_costs >= 0),
  unspent                       NUMERIC(14,2) NOT NULL,
  cfo_attestation               VARCHAR(20)   CHECK (cfo_attestation IN ('CORRECT','NOT_CORRECT')),
  deviations                    TEXT,
  measures                      TEXT,
  cfo_name                      VARCHAR(200),
  cfo_title                     VARCHAR(200),
  cfo_phone                     VARCHAR(40),
  cfo_email                     VARCHAR(254),
  cfo_date                      DATE,
  completion_reason             TEXT,
  decided_by                    VARCHAR(254),
  decided_at                    TIMESTAMP WITH TIME ZONE,
  created_by                    VARCHAR(254)  NOT NULL,
  created_at                    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  submitted_by                  VARCHAR(254),
  submitted_at                  TIMESTAMP WITH TIME ZONE,
  pdf                           BYTEA,
  version                       INTEGER       NOT NULL DEFAULT 0,
  FOREIGN KEY (agreement_id, year) REFERENCES grants_ledger_year (agreement_id, year),
  CHECK (period_to >= period_from),
  CHECK (unspent = grant_received - total_costs),
  CHECK (cfo_attestation IS DISTINCT FROM 'NOT_CORRECT' OR (length(trim(deviations)) > 0 AND length(trim(measures)) > 0)),
  CHECK (status = 'UTKAST' OR (submitted_at IS NOT NULL AND pdf IS NOT NULL AND cfo_attestation IS NOT NULL
         AND cfo_name IS NOT NULL AND cfo_title IS NOT NULL AND cfo_date IS NOT NULL)),
  CHECK (status <> 'KOMPLETTERING_BEGARD' OR length(trim(completion_reason)) > 0)
);
CREATE INDEX grants_financial_report_agreement_idx ON grants_financial_report (agreement_id, year);

CREATE TABLE grants_cost (
  report_id   BIGINT        NOT NULL REFERENCES grants_financial_report (id) ON DELETE CASCADE,
  position    SMALLINT      NOT NULL CHECK (position >= 0),
  description VARCHAR(400)  NOT NULL CHECK (length(trim(description)) > 0),
  amount      NUMERIC(14,2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (report_id, position)
);

CREATE TABLE grants_repayment_obligation (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_id BIGINT        NOT NULL,
  year         SMALLINT      NOT NULL,
  report_id    BIGINT        NOT NULL UNIQUE REFERENCES grants_financial_report (id),
  amount       NUMERIC(14,2) NOT NULL CHECK (amount > 0),
  due_on       DATE          NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  FOREIGN KEY (agreement_id, year) REFERENCES grants_ledger_year (agreement_id, year)
);

CREATE TABLE grants_repayment (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  obligation_id BIGINT        NOT NULL REFERENCES grants_repayment_obligation (id),
  amount        NUMERIC(14,2) NOT NULL CHECK (amount > 0),
  paid_on       DATE          NOT NULL,
  registered_by VARCHAR(254)  NOT NULL,
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX grants_repayment_obligation_idx ON grants_repayment (obligation_id);

CREATE TABLE grants_signed_original (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_type  VARCHAR(20)  NOT NULL CHECK (document_type IN ('REQUISITION','FINANCIAL_REPORT')),
  document_id    BIGINT       NOT NULL,
  signed_by      VARCHAR(200) NOT NULL CHECK (length(trim(signed_by)) > 0),
  signed_on      DATE         NOT NULL,
  filename       VARCHAR(255) NOT NULL,
  content_type   VARCHAR(100) NOT NULL,
  content        BYTEA        NOT NULL CHECK (length(content) > 0),
  uploaded_by    VARCHAR(254) NOT NULL,
  uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX grants_signed_original_document_idx ON grants_signed_original (document_type, document_id);

-- Invariants the application also checks under the ledger-year lock; the database refuses any write that would break them.
CREATE FUNCTION grants_check_requested_within_grant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_granted NUMERIC;
  v_requested NUMERIC;
  v_paid NUMERIC;
BEGIN
  SELECT granted INTO v_granted FROM grants_ledger_year WHERE agreement_id = NEW.agreement_id AND year = NEW.year;
  SELECT COALESCE(SUM(amount) FILTER (WHERE status <> 'UTKAST'), 0), COALESCE(SUM(paid_amount), 0)
    INTO v_requested, v_paid FROM grants_requisition WHERE agreement_id = NEW.agreement_id AND year = NEW.year;
  IF v_requested > v_granted OR v_paid > v_requested THEN
    RAISE EXCEPTION 'grants ledger broken for agreement % year %: granted %, requested %, paid %',
      NEW.agreement_id, NEW.year, v_granted, v_requested, v_paid USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER grants_requisition_within_grant AFTER INSERT OR UPDATE ON grants_requisition
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION grants_check_requested_within_grant();

CREATE FUNCTION grants_check_report_costs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_sum NUMERIC;
BEGIN
  SELECT COALESCE(SUM(amount), 0) INTO v_sum FROM grants_cost WHERE report_id = NEW.id;
  IF v_sum <> NEW.total_costs THEN
    RAISE EXCEPTION 'financial report %: total_costs % differs from the sum of its costs %', NEW.id, NEW.total_costs, v_sum
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER grants_financial_report_costs_add_up AFTER INSERT OR UPDATE ON grants_financial_report
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION grants_check_report_costs();

CREATE FUNCTION grants_check_repaid_within_obligation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_owed NUMERIC;
  v_repaid NUMERIC;
BEGIN
  SELECT amount INTO v_owed FROM grants_repayment_obligation WHERE id = NEW.obligation_id;
  SELECT COALESCE(SUM(amount), 0) INTO v_repaid FROM grants_repayment WHERE obligation_id = NEW.obligation_id;
  IF v_repaid > v_owed THEN
    RAISE EXCEPTION 'repayment obligation %: repaid % exceeds unspent %', NEW.obligation_id, v_repaid, v_owed
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER grants_repayment_within_obligation AFTER INSERT OR UPDATE ON grants_repayment
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION grants_check_repaid_within_obligation();

-- An obligation always equals the unspent funds of the final report that created it.
CREATE FUNCTION grants_check_obligation_matches_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM grants_financial_report r WHERE r.id = NEW.report_id AND r.kind = 'FINAL'
                 AND r.unspent = NEW.amount AND r.agreement_id = NEW.agreement_id AND r.year = NEW.year) THEN
    RAISE EXCEPTION 'repayment obligation % does not match the unspent funds of final report %', NEW.id, NEW.report_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER grants_obligation_matches_report AFTER INSERT OR UPDATE ON grants_repayment_obligation
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION grants_check_obligation_matches_report();
