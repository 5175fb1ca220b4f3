-- A session file as version 1 of the workbench wrote it (schema version 1, before the workflow
-- table of migration step 2). schema-v1.cxm is made from this with:
--   sqlite3 schema-v1.cxm < schema-v1.sql
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE session(id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL, organization TEXT NOT NULL, mode TEXT NOT NULL CHECK (mode IN ('workshop', 'self')), facilitator TEXT NOT NULL, date TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE participant(pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE rating(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE, item TEXT NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 3), note TEXT NOT NULL, PRIMARY KEY (participant, item)) WITHOUT ROWID;
CREATE TABLE consensus(item TEXT PRIMARY KEY NOT NULL, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 3), note TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE power_core(participant INTEGER PRIMARY KEY REFERENCES participant(pk) ON DELETE CASCADE, ranking TEXT NOT NULL, other_label TEXT NOT NULL);
CREATE TABLE power_core_consensus(id INTEGER PRIMARY KEY CHECK (id = 1), ranking TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE readiness(participant INTEGER NOT NULL REFERENCES participant(pk) ON DELETE CASCADE, question TEXT NOT NULL, answer INTEGER NOT NULL CHECK (answer IN (0, 1)), note TEXT NOT NULL, PRIMARY KEY (participant, question)) WITHOUT ROWID;
CREATE TABLE readiness_consensus(question TEXT PRIMARY KEY NOT NULL, answer INTEGER NOT NULL CHECK (answer IN (0, 1)), note TEXT NOT NULL) WITHOUT ROWID;

PRAGMA user_version = 1;
PRAGMA application_id = 1129860401;
INSERT INTO meta VALUES ('instrument_id', 'cco-cx-maturity'), ('instrument_version', '1.0.0'),
  ('created_at', '2026-11-01T09:00:00Z'), ('application', 'CX Maturity Workbench');
INSERT INTO session VALUES (1, 'Q4 leadership workshop', 'Acme Utilities', 'workshop', 'Dana Reyes', '2026-11-20', 'free text');
INSERT INTO participant VALUES (1, 'p1', 'Ana Ortiz', 'CEO', 1), (2, 'p2', 'Ben Cho', 'VP Sales', 2);
INSERT INTO rating VALUES (1, 'c1.culture', 1, ''), (2, 'c1.culture', 3, 'we review churn monthly');
INSERT INTO consensus VALUES ('c1.culture', 2, 'agreed after discussion');
INSERT INTO power_core VALUES (1, 'sales,product,it,customer,vertical,marketing,other', 'Finance');
INSERT INTO power_core_consensus VALUES (1, 'sales,customer,product,it,vertical,marketing,other', '');
INSERT INTO readiness VALUES (1, 'r1', 1, ''), (2, 'r1', 0, '');
INSERT INTO readiness_consensus VALUES ('r1', 0, 'nobody owns this today');
COMMIT;
