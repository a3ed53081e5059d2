CREATE TABLE organisations_organisation (
  code                 VARCHAR(20)  PRIMARY KEY,
  name                 VARCHAR(200) NOT NULL,
  short_name           VARCHAR(200) NOT NULL,
  type                 VARCHAR(30)  NOT NULL CHECK (type IN ('KOMMUN','REGION','SKR','REGERINGSKANSLIET','KAMMARKOLLEGIET')),
  county_code          CHAR(2),
  county_name          VARCHAR(100),
  organisation_number  VARCHAR(11)  CHECK (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
  population           INTEGER      CHECK (population >= 0),
  population_year      SMALLINT,
  version              INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX organisations_organisation_type_idx ON organisations_organisation (type, name);
CREATE INDEX organisations_organisation_county_idx ON organisations_organisation (county_code);

CREATE TABLE organisations_population (
  code       VARCHAR(20) NOT NULL REFERENCES organisations_organisation (code),
  year       SMALLINT    NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  population INTEGER     NOT NULL CHECK (population >= 0),
  PRIMARY KEY (code, year)
);
