#include "store/migrations.h"

#include <string>

#include "store/statement.h"

namespace vigil {
namespace {

// Migration 1: documents, their sources, and the full-text index.
//
// documents_fts is an external-content FTS5 table over documents(title,
// text): the index holds only tokens, the text is stored once (in
// documents), and snippet() still works because FTS5 reads the content back
// through content_rowid. Triggers keep the index in step with the table.
constexpr char kMigration1[] = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  content_hash INTEGER NOT NULL UNIQUE,
  title TEXT,
  published TEXT,
  language TEXT NOT NULL,
  site TEXT,
  url TEXT,
  text TEXT NOT NULL,
  offsets BLOB,
  paragraphs BLOB,
  sentences BLOB,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_by_language ON documents(language);

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  url TEXT,
  first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (document_id, source)
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)sql";

// Migration 2: what the extract stage finds (vigil/extraction.h). Each row
// keeps its position in the Extraction (ordinal) so a document's extraction
// reads back in order. type columns hold EntityType / EventType integers.
constexpr char kMigration2[] = R"sql(
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  type INTEGER NOT NULL,
  name TEXT NOT NULL,
  kb_id TEXT,
  aliases TEXT NOT NULL DEFAULT '[]',
  UNIQUE (document_id, ordinal)
);
CREATE INDEX entities_by_name ON entities(name);
CREATE INDEX entities_by_kb_id ON entities(kb_id) WHERE kb_id IS NOT NULL;

CREATE TABLE mentions (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  surface TEXT NOT NULL,
  PRIMARY KEY (entity_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  speaker TEXT,
  cue_begin INTEGER,
  cue_end INTEGER,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX quotes_by_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  type INTEGER NOT NULL,
  date TEXT,
  fields TEXT NOT NULL DEFAULT '{}',
  evidence TEXT NOT NULL DEFAULT '[]',
  UNIQUE (document_id, ordinal)
);
CREATE INDEX events_by_type_date ON events(type, date);
)sql";

// Near-copy index: each document's MinHash signature and its LSH band keys
// (dedup/minhash.h BandKeys), and for each document the earlier one it copies.
constexpr char kMigration3[] = R"sql(
CREATE TABLE minhash (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
CREATE TABLE minhash_bands (
  band_key INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX minhash_bands_by_key ON minhash_bands(band_key);
CREATE INDEX minhash_bands_by_document ON minhash_bands(document_id);
CREATE TABLE copies (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  copy_of INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  similarity REAL NOT NULL
);
CREATE INDEX copies_by_original ON copies(copy_of);
)sql";

// Migration 4: the band index becomes one WITHOUT ROWID B-tree keyed
// (band_key, document_id). Version 3 kept a rowid table plus two indexes, so
// every band row cost three B-tree inserts and the lookup read the key index
// then the table; now a row is one entry and a probe reads only it. No
// by-document index and no foreign key: a document's rows are found again
// from its stored signature (BandKeys), and a row whose document is gone is
// harmless (lookups read candidates' signatures from minhash, which cascades).
//
// The copy reads minhash_bands_by_key in order (no sort: a sort of every row
// would be held in memory, temp_store = MEMORY). New band rows first go to
// the small minhash_bands_pending table and move
// to minhash_bands in bulk (store/copy_index.cc): a random insert into the
// big index dirties a page of it per row, a bulk move each page once.
constexpr char kMigration4[] = R"sql(
CREATE TABLE minhash_bands_pending (
  band_key INTEGER NOT NULL,
  document_id INTEGER NOT NULL,
  PRIMARY KEY (band_key, document_id)
) WITHOUT ROWID;
CREATE TABLE minhash_bands_v4 (
  band_key INTEGER NOT NULL,
  document_id INTEGER NOT NULL,
  PRIMARY KEY (band_key, document_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO minhash_bands_v4(band_key, document_id)
  SELECT band_key, document_id FROM minhash_bands ORDER BY band_key;
DROP TABLE minhash_bands;
ALTER TABLE minhash_bands_v4 RENAME TO minhash_bands;
)sql";

// Migration 5: the store writes a document's full-text row itself, once per
// batch, after the batch's last savepoint (SqliteStore::IndexText). Through
// the trigger, FTS5 indexed each document inside Put's savepoint and flushed
// its pending terms at each savepoint: one segment per document, merged over
// and over. Rows already indexed stay; the delete and update triggers stay.
constexpr char kMigration5[] = R"sql(
DROP TRIGGER documents_fts_insert;
)sql";

// Migration 6: an entity's mentions move into a JSON column of its row,
// [[begin, end, "surface"], ...] in mention order; the mentions table goes.
// A row per mention was about 40 B-tree inserts per article for a list only
// ever read whole (store/entity_reader.cc counts its surfaces).
constexpr char kMigration6[] = R"sql(
ALTER TABLE entities ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
UPDATE entities SET mentions = (
  SELECT json_group_array(json_array(span_begin, span_end, surface))
  FROM (SELECT span_begin, span_end, surface FROM mentions m
        WHERE m.entity_id = entities.id ORDER BY m.ordinal))
WHERE id IN (SELECT entity_id FROM mentions);
DROP TABLE mentions;
)sql";

// Migration 7: each event report is assigned to its merged event (one real
// event) when it is stored (store/event_clusters.h), so the event commands
// read only the merged events they show. merged_events holds one row per
// real event: its type, the days its reports' own dates cover, and how many
// reports it has. merge_keys holds each merged event's distinct match keys
// (merge/match_key.h EncodeMatchKey) and merge_terms the index terms (name
// word and week) under which they are found. Rows stored before this
// migration keep merged_id NULL until a writable open assigns them.
constexpr char kMigration7[] = R"sql(
CREATE TABLE merged_events (
  id INTEGER PRIMARY KEY,
  type INTEGER NOT NULL,
  first_day INTEGER,
  last_day INTEGER,
  reports INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merged_events_by_day ON merged_events(type, first_day);
CREATE TABLE merge_keys (
  merged_id INTEGER NOT NULL,
  key BLOB NOT NULL,
  PRIMARY KEY (merged_id, key)
) WITHOUT ROWID;
CREATE TABLE merge_terms (
  term INTEGER NOT NULL,
  merged_id INTEGER NOT NULL,
  PRIMARY KEY (term, merged_id)
) WITHOUT ROWID;
ALTER TABLE events ADD COLUMN merged_id INTEGER;
CREATE INDEX events_by_merged ON events(merged_id);
)sql";

// Migration 8: a document's band rows are no longer written when it is
// stored. The writer derives them from the signatures stored after the
// watermark (minhash_bands_through: the last document whose rows are in
// minhash_bands) and moves them in bulk (store/copy_index.h PendingBands):
// 32 inserts per document into the pending table, each dirtying one of its
// pages, cost more than all of the document's other index rows. The pending
// rows move to minhash_bands here and the table goes.
constexpr char kMigration8[] = R"sql(
CREATE TABLE minhash_bands_through (document_id INTEGER NOT NULL);
INSERT OR IGNORE INTO minhash_bands(band_key, document_id)
  SELECT band_key, document_id FROM minhash_bands_pending;
INSERT INTO minhash_bands_through(document_id)
  SELECT coalesce(max(document_id), 0) FROM minhash;
DROP TABLE minhash_bands_pending;
)sql";

// Migration 9: entities, quotes and events lose UNIQUE (document_id,
// ordinal). The writer numbers a document's rows itself, and the index it
// implied was read by no query (readers order by id, which is the same
// order: rows are inserted document by document, in ordinal order), but it
// took a B-tree insert per row: 38 per article. The tables are rebuilt
// (SQLite cannot drop a constraint) with the same columns, ids and indexes.
constexpr char kMigration9[] = R"sql(
CREATE TABLE entities_v9 (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  type INTEGER NOT NULL,
  name TEXT NOT NULL,
  kb_id TEXT,
  aliases TEXT NOT NULL DEFAULT '[]',
  mentions TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO entities_v9(id, document_id, ordinal, type, name, kb_id, aliases, mentions)
  SELECT id, document_id, ordinal, type, name, kb_id, aliases, mentions FROM entities;
DROP TABLE entities;
ALTER TABLE entities_v9 RENAME TO entities;
CREATE INDEX entities_by_name ON entities(name);
CREATE INDEX entities_by_kb_id ON entities(kb_id) WHERE kb_id IS NOT NULL;

CREATE TABLE quotes_v9 (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  speaker TEXT,
  cue_begin INTEGER,
  cue_end INTEGER
);
INSERT INTO quotes_v9(id, document_id, ordinal, text, span_begin, span_end, speaker,
                      cue_begin, cue_end)
  SELECT id, document_id, ordinal, text, span_begin, span_end, speaker, cue_begin, cue_end
  FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_v9 RENAME TO quotes;
CREATE INDEX quotes_by_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;

CREATE TABLE events_v9 (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  type INTEGER NOT NULL,
  date TEXT,
  fields TEXT NOT NULL DEFAULT '{}',
  evidence TEXT NOT NULL DEFAULT '[]',
  merged_id INTEGER
);
INSERT INTO events_v9(id, document_id, ordinal, type, date, fields, evidence, merged_id)
  SELECT id, document_id, ordinal, type, date, fields, evidence, merged_id FROM events;
DROP TABLE events;
ALTER TABLE events_v9 RENAME TO events;
CREATE INDEX events_by_type_date ON events(type, date);
CREATE INDEX events_by_merged ON events(merged_id);
)sql";

constexpr Migration kMigrations[] = {
    {1, "documents, sources, full-text index", kMigration1},
    {2, "entities, mentions, quotes, events", kMigration2},
    {3, "near-copy index", kMigration3},
    {4, "band index without rowid", kMigration4},
    {5, "full-text rows written per batch", kMigration5},
    {6, "mentions as a column of entities", kMigration6},
    {7, "event reports assigned to merged events", kMigration7},
    {8, "band rows derived from signatures until moved", kMigration8},
    {9, "no unique (document, ordinal) index on extraction rows", kMigration9},
};

Status Exec(sqlite3* db, const std::string& sql, std::string_view context) {
  return SqliteStatus(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db,
                      context);
}

Result<int64_t> QueryInt(sqlite3* db, const char* sql) {
  Result<std::unique_ptr<Statement>> s = Statement::Prepare(db, sql);
  if (!s.ok()) return s.status();
  Result<bool> row = (*s)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal(std::string("no row from ") + sql);
  return (*s)->ColumnInt(0);
}

// Applies `m` unless another connection got there first.
Status Apply(sqlite3* db, const Migration& m) {
  const std::string what = "migration " + std::to_string(m.version) + " (" + m.name + ")";
  VIGIL_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE", what));
  Result<int> version = ReadSchemaVersion(db);
  Status s = version.status();
  if (s.ok() && *version < m.version) {
    std::string sql = m.sql;
    if (m.version == 1) {
      sql += "PRAGMA application_id = " + std::to_string(kVigilApplicationId) + ";";
    }
    sql += "PRAGMA user_version = " + std::to_string(m.version) + ";";
    s = Exec(db, sql, what);
  }
  if (s.ok()) s = Exec(db, "COMMIT", what);
  if (!s.ok()) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  return s;
}

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

int LatestSchemaVersion() { return Migrations().back().version; }

Result<int> ReadSchemaVersion(sqlite3* db) {
  Result<int64_t> v = QueryInt(db, "PRAGMA user_version");
  if (!v.ok()) return v.status();
  return static_cast<int>(*v);
}

Status CheckCompatible(sqlite3* db) {
  Result<int64_t> app = QueryInt(db, "PRAGMA application_id");
  if (!app.ok()) return app.status();
  Result<int> version = ReadSchemaVersion(db);
  if (!version.ok()) return version.status();
  Result<int64_t> objects = QueryInt(db, "SELECT count(*) FROM sqlite_schema");
  if (!objects.ok()) return objects.status();
  const bool empty = *app == 0 && *version == 0 && *objects == 0;
  if (!empty && *app != kVigilApplicationId) {
    return Status::Corruption(
        "an SQLite database of another application, not a vigil store");
  }
  if (*version > LatestSchemaVersion()) {
    return Status::InvalidArgument("store schema version " + std::to_string(*version) +
                                   " is newer than this vigil understands (" +
                                   std::to_string(LatestSchemaVersion()) +
                                   "); use a newer vigil");
  }
  return Status::Ok();
}

Status RequireLatestSchema(sqlite3* db) {
  Result<int> version = ReadSchemaVersion(db);
  if (!version.ok()) return version.status();
  if (*version >= LatestSchemaVersion()) return Status::Ok();
  return Status::InvalidArgument(
      "store schema version " + std::to_string(*version) + " is older than " +
      std::to_string(LatestSchemaVersion()) +
      "; 'vigil migrate' (or any ingest) upgrades it in place, keeping its data");
}

Status Migrate(sqlite3* db, int target) {
  if (target < 0) target = LatestSchemaVersion();
  for (const Migration& m : Migrations()) {
    if (m.version > target) break;
    Result<int> version = ReadSchemaVersion(db);
    if (!version.ok()) return version.status();
    if (*version >= m.version) continue;
    VIGIL_RETURN_IF_ERROR(Apply(db, m));
  }
  return Status::Ok();
}

}  // namespace vigil
