-- The portfolio's least-privilege roles (docs/portfolio.md, "Who may do what"). Run it as the
-- database's owner, after `cxm portfolio --db URI --migrate`, in the portfolio database:
--     psql "postgresql://cxm_owner@db.example.com/portfolio" -f docs/portfolio-roles.sql
-- It can be run again, and must be after an upgrade of cxm that migrated the database: a migration
-- takes back every right on the tables, so a role keeps only what this file grants.
--
-- No role but the owner reads or writes the tables (cxm_session, cxm_claim, cxm_secret): they have
-- row-level security on and no policy, so even a right granted there by mistake shows no row and
-- changes none. Every role works through the views and functions below, which the owner's rights
-- run:
--   cxm_publisher  publishes through the function cxm_publish only. The server sets the revision,
--                  the writer's schema, published_by (the login role) and published_at; the first
--                  role to publish a session's UUID owns it, and anyone else's publication of it is
--                  refused. Reads what a reader reads. May not insert, change or delete a row.
--   cxm_reader     reads the listing (cxm_listing: the fields `cxm portfolio` shows, with no
--                  answers, notes or documents) and the benchmark (cxm_benchmark, cxm_milestones).
--   cxm_detail     reads, besides, each session's score and session document (cxm_session_detail:
--                  every answer and every note of the named sessions). Granted only to the people
--                  the publishers agreed may read them: it is not part of reading the portfolio.
-- Anonymous publications carry no follows, UUID or publisher that leads back to the session or to a
-- named publication of it, in any view.
-- All three are group roles (NOLOGIN): each person logs in as their own role, a member of one.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxm_publisher') THEN
        CREATE ROLE cxm_publisher NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxm_reader') THEN
        CREATE ROLE cxm_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxm_detail') THEN
        CREATE ROLE cxm_detail NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cxm_publisher, cxm_reader, cxm_detail', current_database());
END
$$;

-- What an older version of this file granted (INSERT and UPDATE on every row) is taken back.
REVOKE ALL ON cxm_schema, cxm_session, cxm_claim, cxm_secret FROM PUBLIC, cxm_publisher, cxm_reader, cxm_detail;
REVOKE ALL ON cxm_listing, cxm_milestones, cxm_benchmark, cxm_session_detail
    FROM PUBLIC, cxm_publisher, cxm_reader, cxm_detail;
REVOKE ALL ON FUNCTION cxm_publish, cxm_publication_of(uuid), cxm_session_key(uuid) FROM PUBLIC;
-- Nobody else creates objects beside the portfolio's (PostgreSQL 15 and later already refuse it;
-- on older servers the schema's owner, often postgres, runs this line).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cxm_publisher, cxm_reader, cxm_detail;

GRANT SELECT ON cxm_schema, cxm_listing, cxm_milestones, cxm_benchmark TO cxm_publisher, cxm_reader, cxm_detail;
GRANT SELECT ON cxm_session_detail TO cxm_detail;
GRANT EXECUTE ON FUNCTION cxm_publish TO cxm_publisher;
GRANT EXECUTE ON FUNCTION cxm_publication_of(uuid) TO cxm_publisher, cxm_reader, cxm_detail;
