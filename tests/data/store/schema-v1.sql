-- The knowledge-base schema of version 1 (irkg before relations.rule), kept as it was so that
-- tests can make a KB of version 1 and check its migration; never edit.
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents(
  id             TEXT PRIMARY KEY,
  seq            INTEGER NOT NULL UNIQUE,
  source         TEXT NOT NULL CHECK (source IN ('article', 'relations')),
  url            TEXT NOT NULL,
  title          TEXT NOT NULL,
  date           TEXT NOT NULL,
  origin         TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  extractor      TEXT NOT NULL,
  relation_count INTEGER NOT NULL,
  added_at       TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE TABLE actors(
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organization', 'group')),
  country TEXT NOT NULL,
  org     TEXT NOT NULL
);
CREATE TABLE aliases(
  actor_id TEXT NOT NULL REFERENCES actors(id),
  alias    TEXT NOT NULL,
  UNIQUE (actor_id, alias)
);
CREATE TABLE sentences(
  doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id       INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE TABLE relations(
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  source     TEXT NOT NULL REFERENCES actors(id),
  type       TEXT NOT NULL,
  target     TEXT NOT NULL REFERENCES actors(id),
  modality   TEXT NOT NULL CHECK (modality IN ('asserted', 'hypothetical', 'negated')),
  date       TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence   INTEGER NOT NULL,
  PRIMARY KEY (doc_id, ordinal),
  FOREIGN KEY (doc_id, evidence) REFERENCES sentences(doc_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX relations_by_source ON relations(source, type, target);
CREATE INDEX relations_by_target ON relations(target, type, source);
CREATE VIEW edges AS
  SELECT CASE WHEN type IN ('summit', 'talks', 'treaty', 'cooperate') AND target < source
              THEN target ELSE source END AS source,
         type,
         CASE WHEN type IN ('summit', 'talks', 'treaty', 'cooperate') AND target < source
              THEN source ELSE target END AS target,
         modality,
         count(DISTINCT doc_id) AS mentions,
         min(nullif(date, '')) AS first_date,
         max(nullif(date, '')) AS last_date
  FROM relations
  GROUP BY 1, 2, 3, 4;
CREATE VIEW evidence AS
  SELECT r.source, r.type, r.target, r.modality, r.date, r.confidence,
         d.id AS doc_id, d.title, d.date AS doc_date, d.url, s.sentence, s.text
  FROM relations r
  JOIN sentences s ON s.doc_id = r.doc_id AND s.id = r.evidence
  JOIN documents d ON d.id = r.doc_id;
PRAGMA application_id = 1230129991;
PRAGMA user_version = 1;
