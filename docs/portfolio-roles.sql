-- The portfolio's two least-privilege roles (docs/portfolio.md). Run it as the database's owner,
-- after `cxm portfolio --db URI --migrate`, in the portfolio database:
--     psql "postgresql://cxm_owner@db.example.com/portfolio" -f docs/portfolio-roles.sql
-- It can be run again (after an upgrade of cxm that migrated the database, run it again).
--   cxm_publisher  may read the portfolio and publish: insert a session, replace its revision.
--                  It may not delete a session or change the tables.
--   cxm_reader     may read the portfolio (cxm portfolio, the window's Portfolio view), nothing else.
-- Both are group roles (NOLOGIN): each person logs in as their own role, a member of one of them.
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
