-- A portfolio as cxm wrote it with portfolio schema 1 (before the rules moved into the database):
-- the tables of step 1, the roles as docs/portfolio-roles.sql granted them then (INSERT and UPDATE
-- on every row for publishers), and three published sessions, one of them an anonymous follow-up
-- of a named one. PortfolioMigrationTest loads it into a fresh database as the superuser and
-- migrates it. Kept as it was: never edit it to fit a newer schema.
CREATE TABLE cxm_schema (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version integer NOT NULL
);
CREATE TABLE cxm_session (
    uuid uuid PRIMARY KEY,
    revision integer NOT NULL CHECK (revision > 0),
    content_hash text NOT NULL,
    written_by integer NOT NULL,
    anonymous boolean NOT NULL,
    follows uuid,
    organization text NOT NULL,
    title text NOT NULL,
    session_date date,
    facilitator text NOT NULL,
    mode text NOT NULL,
    participants integer NOT NULL,
    instrument_id text NOT NULL,
    instrument_version text NOT NULL,
    milestone text,
    overall double precision,
    percents jsonb NOT NULL,
    score jsonb NOT NULL,
    document jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL DEFAULT current_user
);
CREATE INDEX cxm_session_organization ON cxm_session (lower(organization));
CREATE INDEX cxm_session_facilitator ON cxm_session (lower(facilitator));
CREATE INDEX cxm_session_date ON cxm_session (session_date);
INSERT INTO cxm_schema (singleton, version) VALUES (true, 1);

-- docs/portfolio-roles.sql of schema 1
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxm_publisher') THEN
        CREATE ROLE cxm_publisher NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxm_reader') THEN
        CREATE ROLE cxm_reader NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cxm_publisher, cxm_reader', current_database());
END
$$;

REVOKE ALL ON cxm_schema, cxm_session FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cxm_publisher, cxm_reader;

GRANT SELECT ON cxm_schema TO cxm_publisher, cxm_reader;
GRANT SELECT, INSERT, UPDATE ON cxm_session TO cxm_publisher;
GRANT SELECT ON cxm_session TO cxm_reader;

INSERT INTO cxm_session (uuid, revision, content_hash, written_by, anonymous, follows, organization, title,
    session_date, facilitator, mode, participants, instrument_id, instrument_version, milestone, overall,
    percents, score, document, published_at, published_by)
VALUES
    ('11111111-1111-4111-8111-111111111111', 2, 'hash-of-acme', 1, false, NULL, 'Acme', 'Acme kick-off',
     '2025-03-01', 'Dana Whitfield', 'workshop', 6, 'cx-maturity', '1', 'unite_build', 30.5,
     '{"c1": 8.33, "c2": 40}', '{"milestone": "unite_build"}',
     '{"session": {"organization": "Acme", "notes": "Marta said the board does not listen"}}',
     '2025-03-02 10:00:00+00', 'pub'),
    ('22222222-2222-4222-8222-222222222222', 1, 'hash-of-acme-later', 1, true,
     '11111111-1111-4111-8111-111111111111', '', '', '2025-09-01', '', 'workshop', 6, 'cx-maturity', '1',
     'embed', 45, '{"c1": 20, "c2": 60}', '{"milestone": "embed"}', '{"session": {"organization": ""}}',
     '2025-09-02 10:00:00+00', 'pub'),
    ('33333333-3333-4333-8333-333333333333', 1, 'hash-of-borealis', 1, false, NULL, 'Borealis', 'Borealis',
     '2025-05-01', 'Eli', 'workshop', 4, 'cx-maturity', '1', NULL, NULL, '{"c1": 50}', '{}',
     '{"session": {"organization": "Borealis"}}', '2025-05-02 10:00:00+00', 'ana');
