#include "PortfolioSteps.h"

#include <array>

namespace cxm::portfolio {

namespace {

// 1: the sessions, one row per session UUID holding its latest revision; `percents` holds each
// complete competency's percentage ({"c1": 46.7, …}), what the listing and the benchmark read.
const char *const kStep1 = R"sql(
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
)sql";

// 2: the rules kept by the server (docs/portfolio.md, "Who may do what"). Nobody but the owner
// touches the tables: publishing is the function cxm_publish, which runs with the owner's rights
// and sets the revision, the writer's schema, published_by and published_at itself; a session's
// UUID is claimed by the role that first publishes it (cxm_claim); readers read views without the
// answers and notes. An anonymous publication is stored under a keyed hash of its UUID (the key in
// cxm_secret, which only the owner reads) and follows nothing, so nothing a reader sees leads from
// it to the session's UUID. Rows of schema 1 are claimed by their publisher and re-keyed so.
const char *const kStep2 = R"sql(
CREATE TABLE cxm_secret (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    key bytea NOT NULL CHECK (octet_length(key) = 32)
);
INSERT INTO cxm_secret (key) VALUES (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));

CREATE FUNCTION cxm_session_key(p_uuid uuid) RETURNS uuid LANGUAGE sql STABLE AS $fn$
    SELECT encode(substr(sha256(k.key || sha256(k.key || uuid_send(p_uuid))), 1, 16), 'hex')::uuid
    FROM cxm_secret k
$fn$;

CREATE TABLE cxm_claim (
    session_key uuid PRIMARY KEY,
    publisher text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE cxm_session ADD COLUMN session_key uuid;
UPDATE cxm_session SET session_key = cxm_session_key(uuid);
INSERT INTO cxm_claim (session_key, publisher, claimed_at)
    SELECT session_key, published_by, published_at FROM cxm_session;
UPDATE cxm_session SET uuid = session_key, follows = NULL, organization = '', title = '', facilitator = ''
    WHERE anonymous;
ALTER TABLE cxm_session
    ALTER COLUMN session_key SET NOT NULL,
    ALTER COLUMN published_by DROP DEFAULT,
    ADD CONSTRAINT cxm_session_counts_once UNIQUE (session_key),
    ADD CONSTRAINT cxm_session_claimed FOREIGN KEY (session_key) REFERENCES cxm_claim,
    ADD CONSTRAINT cxm_session_unlinked CHECK (NOT anonymous OR (uuid = session_key AND follows IS NULL
        AND organization = '' AND title = '' AND facilitator = '')),
    ADD CONSTRAINT cxm_session_figures CHECK (participants >= 0 AND jsonb_typeof(percents) = 'object'
        AND (overall IS NULL OR overall BETWEEN 0 AND 100));

ALTER TABLE cxm_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxm_claim ENABLE ROW LEVEL SECURITY;
ALTER TABLE cxm_secret ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON cxm_session, cxm_claim, cxm_secret FROM PUBLIC;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON cxm_schema FROM PUBLIC;
DO $do$
DECLARE
    g record;
BEGIN
    -- Schema 1's roles could change every row: whatever was granted on the tables is taken back.
    FOR g IN SELECT DISTINCT c.relname, r.rolname
             FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee
             WHERE c.oid IN ('cxm_session'::regclass, 'cxm_schema'::regclass) AND a.grantee <> c.relowner
    LOOP
        IF g.relname = 'cxm_session' THEN
            EXECUTE format('REVOKE ALL ON cxm_session FROM %I', g.rolname);
        ELSE
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON cxm_schema FROM %I',
                           g.rolname);
        END IF;
    END LOOP;
END
$do$;

CREATE VIEW cxm_listing AS
    SELECT uuid, revision, anonymous, organization, title, session_date, facilitator, mode, participants,
           instrument_id, instrument_version, milestone, overall, percents, published_at,
           CASE WHEN anonymous THEN NULL ELSE published_by END AS published_by
    FROM cxm_session;
CREATE VIEW cxm_milestones AS
    SELECT milestone, count(*) AS sessions FROM cxm_session GROUP BY milestone;
CREATE VIEW cxm_benchmark AS
    SELECT p.key AS competency, count(*) AS sessions, min(p.value::float8) AS min,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY p.value::float8) AS q1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY p.value::float8) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY p.value::float8) AS q3,
           max(p.value::float8) AS max, avg(p.value::float8) AS mean
    FROM cxm_session s CROSS JOIN LATERAL jsonb_each_text(s.percents) p
    GROUP BY p.key;
CREATE VIEW cxm_session_detail AS
    SELECT uuid, revision, anonymous, follows, score, document FROM cxm_session;

CREATE FUNCTION cxm_publish(p_uuid uuid, p_anonymous boolean, p_follows uuid, p_content text,
        p_organization text, p_title text, p_date date, p_facilitator text, p_mode text,
        p_participants integer, p_instrument_id text, p_instrument_version text, p_milestone text,
        p_overall double precision, p_percents jsonb, p_score jsonb, p_document jsonb,
        OUT published_revision integer, OUT changed boolean, OUT stored_by_schema integer)
LANGUAGE plpgsql SECURITY DEFINER AS $fn$
DECLARE
    v_key uuid;
    v_id uuid;
    v_hash text;
    v_old record;
BEGIN
    IF p_uuid IS NULL OR p_anonymous IS NULL OR p_content IS NULL OR p_participants IS NULL
       OR p_participants < 0 OR p_overall NOT BETWEEN 0 AND 100
       OR jsonb_typeof(p_percents) IS DISTINCT FROM 'object'
       OR EXISTS (SELECT 1 FROM jsonb_each(p_percents) e WHERE jsonb_typeof(e.value) <> 'number'
                  OR (e.value #>> '{}')::float8 NOT BETWEEN 0 AND 100) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'this is not a publication cxm makes: a figure is missing or out of range';
    END IF;
    v_key := cxm_session_key(p_uuid);
    v_id := CASE WHEN p_anonymous THEN v_key ELSE p_uuid END;
    v_hash := encode(sha256(convert_to(p_content, 'UTF8')), 'hex');
    -- The first role to publish a UUID owns it; the claim's lock queues publications of one session.
    INSERT INTO cxm_claim (session_key, publisher) VALUES (v_key, session_user)
        ON CONFLICT (session_key) DO NOTHING;
    PERFORM 1 FROM cxm_claim c WHERE c.session_key = v_key AND c.publisher = session_user FOR UPDATE;
    IF NOT FOUND OR (NOT p_anonymous AND EXISTS (SELECT 1 FROM cxm_claim c WHERE c.session_key = p_uuid)) THEN
        RAISE EXCEPTION USING ERRCODE = 'CX001',
            MESSAGE = format('session %s was first published by another role; it stays theirs, and only '
                             'they may publish it again', p_uuid);
    END IF;
    SELECT s.revision, s.content_hash, s.written_by, s.session_key INTO v_old
        FROM cxm_session s WHERE s.uuid = v_id FOR UPDATE;
    IF FOUND THEN
        IF v_old.session_key <> v_key THEN
            RAISE EXCEPTION USING ERRCODE = 'CX001',
                MESSAGE = format('session %s was first published by another role; it stays theirs, and '
                                 'only they may publish it again', p_uuid);
        END IF;
        IF v_old.written_by > 2 OR v_old.content_hash = v_hash THEN
            published_revision := v_old.revision;
            changed := false;
            stored_by_schema := v_old.written_by;
            RETURN;
        END IF;
        UPDATE cxm_session SET revision = v_old.revision + 1, content_hash = v_hash, written_by = 2,
            organization = p_organization, title = p_title, session_date = p_date,
            facilitator = p_facilitator, mode = p_mode, participants = p_participants,
            follows = CASE WHEN p_anonymous THEN NULL ELSE p_follows END,
            instrument_id = p_instrument_id, instrument_version = p_instrument_version,
            milestone = p_milestone, overall = p_overall, percents = p_percents, score = p_score,
            document = p_document, published_at = now(), published_by = session_user
        WHERE uuid = v_id;
        published_revision := v_old.revision + 1;
    ELSE
        -- The session published in its other form (with names, or anonymously) gives way to this
        -- one: a session counts once in the benchmark.
        DELETE FROM cxm_session s WHERE s.session_key = v_key;
        INSERT INTO cxm_session (uuid, session_key, revision, content_hash, written_by, anonymous, follows,
            organization, title, session_date, facilitator, mode, participants, instrument_id,
            instrument_version, milestone, overall, percents, score, document, published_at, published_by)
        VALUES (v_id, v_key, 1, v_hash, 2, p_anonymous, CASE WHEN p_anonymous THEN NULL ELSE p_follows END,
            p_organization, p_title, p_date, p_facilitator, p_mode, p_participants, p_instrument_id,
            p_instrument_version, p_milestone, p_overall, p_percents, p_score, p_document, now(),
            session_user);
        published_revision := 1;
    END IF;
    changed := true;
    stored_by_schema := 2;
END
$fn$;

-- The publication of one's own session (its anonymous id, for "where does it stand"); NULL for a
-- session someone else published, so nobody else can follow a UUID to its anonymous row.
CREATE FUNCTION cxm_publication_of(p_uuid uuid) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER AS $fn$
    SELECT s.uuid FROM cxm_session s JOIN cxm_claim c ON c.session_key = s.session_key
    WHERE s.session_key = cxm_session_key(p_uuid) AND c.publisher = session_user
$fn$;

DO $do$
BEGIN
    -- Functions with the owner's rights resolve names only in the catalog and the portfolio's schema.
    EXECUTE format('ALTER FUNCTION cxm_session_key(uuid) SET search_path = pg_catalog, %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION cxm_publish SET search_path = pg_catalog, %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION cxm_publication_of(uuid) SET search_path = pg_catalog, %I, pg_temp',
                   current_schema());
END
$do$;
REVOKE ALL ON FUNCTION cxm_session_key(uuid), cxm_publication_of(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION cxm_publish FROM PUBLIC;
)sql";

const std::array<const char *, kPortfolioSteps> kSteps = {kStep1, kStep2};

} // namespace

const char *portfolioStep(int n)
{
    return n >= 1 && n <= kPortfolioSteps ? kSteps[static_cast<std::size_t>(n - 1)] : nullptr;
}

} // namespace cxm::portfolio
