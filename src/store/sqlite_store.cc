#include "store/sqlite_store.h"

#include <sys/stat.h>

#include <cctype>
#include <utility>

#include "common/json_writer.h"
#include "store/copy_index.h"
#include "store/extraction_json.h"
#include "store/migrations.h"
#include "store/span_codec.h"

namespace vigil {
namespace {

constexpr char kInsertDocument[] =
    "INSERT INTO documents(content_hash, title, published, language, site, url, text, "
    "offsets, paragraphs, sentences) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT(content_hash) DO NOTHING RETURNING id";
// The full-text row of a document stored in this batch (see IndexText).
// VALUES, not INSERT ... SELECT: SQLite gives the latter a statement
// journal, and FTS5 flushes its pending terms at that savepoint too.
constexpr char kIndexText[] =
    "INSERT INTO documents_fts(rowid, title, text) VALUES (?1, "
    "(SELECT title FROM documents WHERE id = ?1), "
    "(SELECT text FROM documents WHERE id = ?1))";
constexpr char kFindDocument[] = "SELECT id FROM documents WHERE content_hash = ?1";
constexpr char kInsertSource[] =
    "INSERT INTO sources(document_id, source, url) VALUES (?1, ?2, ?3) "
    "ON CONFLICT(document_id, source) DO NOTHING";
constexpr char kInsertEntity[] =
    "INSERT INTO entities(document_id, ordinal, type, name, kb_id, aliases, mentions) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr char kInsertQuote[] =
    "INSERT INTO quotes(document_id, ordinal, text, span_begin, span_end, speaker, "
    "cue_begin, cue_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr char kInsertEvent[] =
    "INSERT INTO events(document_id, ordinal, type, date, fields, evidence, merged_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
// Title hits weigh ten times body hits. The snippet comes from the body;
// the hit's source is the first one recorded for the document.
constexpr char kSearch[] =
    "SELECT d.id, d.title, d.published, d.url, "
    "  (SELECT s.source FROM sources s WHERE s.document_id = d.id ORDER BY s.id LIMIT "
    "1), "
    "  snippet(documents_fts, 1, '[', ']', '…', 24), "
    "  bm25(documents_fts, 10.0, 1.0) AS score "
    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
    "WHERE documents_fts MATCH ?1 ORDER BY score LIMIT ?2";
constexpr char kDataVersion[] = "PRAGMA data_version";
// Loading sketches reads every stored signature in file order; a lookup
// without them reads up to 64 at random. They are loaded once this
// connection has made about one lookup per kSketchLoadRatio stored documents.
constexpr int64_t kSketchLoadRatio = 512;
constexpr int64_t kSketchMinLookups = 64;
constexpr char kLanguages[] =
    "SELECT language, count(*) FROM documents GROUP BY language "
    "ORDER BY count(*) DESC, language";

// entities.mentions: [[begin, end, "surface"], ...] in mention order.
std::string MentionsJson(const std::vector<Mention>& mentions) {
  std::string out = "[";
  for (const Mention& m : mentions) {
    if (out.size() > 1) out += ',';
    out += '[';
    out += std::to_string(m.span.begin);
    out += ',';
    out += std::to_string(m.span.end);
    out += ',';
    AppendJsonString(m.surface, &out);
    out += ']';
  }
  out += ']';
  return out;
}

bool FileExists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

bool IsAsciiPunctOnly(std::string_view word) {
  for (unsigned char c : word) {
    if (c >= 0x80 || !std::ispunct(c)) return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const StoreOptions& options) {
  Result<std::unique_ptr<SqliteStore>> s = SqliteStore::Open(path, options);
  if (!s.ok()) return s.status();
  return std::unique_ptr<Store>(std::move(*s));
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path,
                                                       const StoreOptions& options) {
  const bool must_exist = options.read_only || !options.create_if_missing;
  if (must_exist && path != ":memory:" && !FileExists(path)) {
    return Status::NotFound("no store file " + path +
                            (options.read_only ? "" : " (and create_if_missing is off)") +
                            "; `vigil ingest` creates one");
  }
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE | (options.create_if_missing ? SQLITE_OPEN_CREATE : 0);
  }
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = SqliteStatus(rc, db, "open " + path);
    sqlite3_close_v2(db);
    return s;
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(db, options));
  Status s = store->Configure();
  if (!s.ok()) {
    if (s.code() == StatusCode::kCorruption) {
      return Status::Corruption(path + " is not a vigil store: " + s.message());
    }
    return s;
  }
  return store;
}

SqliteStore::SqliteStore(sqlite3* db, const StoreOptions& options)
    : db_(db), options_(options), statements_(std::make_unique<StatementCache>(db)) {}

SqliteStore::~SqliteStore() {
  if (in_batch_) Exec("ROLLBACK", "rollback on close");
  clusters_.reset();    // borrows statements_
  statements_.reset();  // statements must be finalized before the close
  sqlite3_close_v2(db_);
}

Status SqliteStore::Exec(const char* sql, std::string_view context) {
  return SqliteStatus(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr), db_, context);
}

// Transaction control runs per document: keep it prepared, not reparsed.
Status SqliteStore::RunCached(const char* sql) {
  Result<Statement*> st = statements_->GetStatic(sql);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  return (*st)->Run();
}

// Checks the file before changing anything in it, so a foreign database is
// left as it was.
Status SqliteStore::Configure() {
  sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
  VIGIL_RETURN_IF_ERROR(CheckCompatible(db_));
  const std::string cache = "PRAGMA cache_size = -" + std::to_string(options_.cache_kib);
  VIGIL_RETURN_IF_ERROR(Exec(cache.c_str(), "set cache size"));
  if (!options_.read_only) {
    VIGIL_RETURN_IF_ERROR(Exec("PRAGMA journal_mode = WAL", "set WAL journal"));
    VIGIL_RETURN_IF_ERROR(Exec("PRAGMA synchronous = NORMAL", "set synchronous"));
    const std::string checkpoint = "PRAGMA wal_autocheckpoint = " +
                                   std::to_string(options_.wal_autocheckpoint_pages);
    VIGIL_RETURN_IF_ERROR(Exec(checkpoint.c_str(), "set WAL checkpoint interval"));
    VIGIL_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON", "enable foreign keys"));
    // Migrations first: a statement journal of one that rewrites a large
    // table (migration 4 drops the old band table) would be held in memory.
    VIGIL_RETURN_IF_ERROR(Migrate(db_));
    VIGIL_RETURN_IF_ERROR(Exec("PRAGMA temp_store = MEMORY", "set temp store"));
    EventClusterOptions clusters;
    clusters.merge.canonical = options_.canonical_name;
    clusters_ = std::make_unique<EventClusters>(statements_.get(), std::move(clusters));
    VIGIL_RETURN_IF_ERROR(AssignUnmergedEvents());
  }
  Result<int> version = ReadSchemaVersion(db_);
  if (!version.ok()) return version.status();
  schema_version_ = *version;
  return RequireLatestSchema(db_);
}

Status SqliteStore::AssignUnmergedEvents() {
  Result<int64_t> unmerged = Count(
      "SELECT count(*) FROM (SELECT 1 FROM events WHERE merged_id IS NULL LIMIT 1)");
  if (!unmerged.ok()) return unmerged.status();
  if (*unmerged == 0) return Status::Ok();
  VIGIL_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE", "assign events to merged events"));
  Status s = clusters_->AssignUnmerged();
  if (s.ok()) s = Exec("COMMIT", "assign events to merged events");
  if (!s.ok()) {
    Exec("ROLLBACK", "assign events to merged events");
    clusters_->Reset();
  }
  return s;
}

Status SqliteStore::CheckWritable() const {
  if (options_.read_only) return Status::InvalidArgument("store was opened read-only");
  return Status::Ok();
}

Status SqliteStore::Begin() {
  VIGIL_RETURN_IF_ERROR(CheckWritable());
  if (in_batch_) return Status::InvalidArgument("Begin: a batch is already open");
  // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so
  // the batch never fails halfway on a lock held by another writer.
  VIGIL_RETURN_IF_ERROR(RunCached("BEGIN IMMEDIATE"));
  in_batch_ = true;
  Status current = CheckCachesCurrent();
  if (!current.ok()) {
    Rollback();
    return current;
  }
  if (!pending_ || indexed_since_move_ < kMoveCheckEvery) return Status::Ok();
  // Here, before any Put's savepoint: see PendingBands::MoveIfFull.
  Status s = pending_->MoveIfFull(*statements_);
  if (!s.ok()) {
    Rollback();
    return s;
  }
  indexed_since_move_ = 0;
  return Status::Ok();
}

// After the batch's last savepoint: FTS5 (SQLite 3.40) writes its pending
// terms out as a new segment at every savepoint, so indexing each document
// inside Put's savepoint made one tiny segment per document, and merging
// them was most of the cost of storing. Here the batch's documents go to the
// index together, as a few large segments. Once indexed, they are forgotten
// even if COMMIT then fails and is retried: the rows are in the transaction.
Status SqliteStore::IndexText() {
  Result<Statement*> st = statements_->GetStatic(kIndexText);
  if (!st.ok()) return st.status();
  for (int64_t id : unindexed_) {
    Statement::Scope scope(*st);
    (*st)->BindInt(1, id);
    VIGIL_RETURN_IF_ERROR((*st)->Run());
  }
  unindexed_.clear();
  return Status::Ok();
}

Status SqliteStore::Commit() {
  if (!in_batch_) return Status::InvalidArgument("Commit: no batch is open");
  VIGIL_RETURN_IF_ERROR(IndexText());
  Status s = RunCached("COMMIT");
  // A failed COMMIT may leave the transaction open (SQLITE_BUSY); the batch
  // stays open so the caller can retry or roll back.
  if (s.ok() || sqlite3_get_autocommit(db_)) {
    in_batch_ = false;
    batch_.clear();
  }
  return s;
}

Status SqliteStore::Rollback() {
  if (!in_batch_) return Status::InvalidArgument("Rollback: no batch is open");
  in_batch_ = false;
  unindexed_.clear();
  batch_.clear();
  clusters_->Reset();
  pending_.reset();  // it may hold rows of documents rolled back, or miss moved ones
  if (sqlite3_get_autocommit(db_)) return Status::Ok();  // SQLite already rolled back
  return RunCached("ROLLBACK");
}

Result<PutResult> SqliteStore::Put(Document doc, Extraction extraction) {
  VIGIL_RETURN_IF_ERROR(CheckWritable());
  VIGIL_RETURN_IF_ERROR(CheckSignature(doc.minhash));  // before anything is written
  const bool own_batch = !in_batch_;
  if (own_batch) VIGIL_RETURN_IF_ERROR(Begin());
  Result<PutResult> r = PutRows(doc, extraction);
  if (r.ok() && r->inserted) unindexed_.push_back(r->document_id);
  if (own_batch) {
    Status s = r.ok() ? Commit() : Rollback();
    if (!s.ok()) {
      if (in_batch_) Rollback();  // a failed COMMIT: nothing of the Put stays
      return s;
    }
    return r;
  }
  if (!r.ok()) {
    // The batch goes on without this document, or ends if it cannot.
    Status replayed = Replay();
    return replayed.ok() ? r.status() : replayed;
  }
  batch_.push_back({std::move(doc), std::move(extraction)});
  return r;
}

Status SqliteStore::Replay() {
  std::vector<Retained> earlier = std::move(batch_);
  Rollback();
  VIGIL_RETURN_IF_ERROR(Begin());
  for (Retained& put : earlier) {
    Result<PutResult> r = PutRows(put.doc, put.extraction);
    if (!r.ok()) {
      Rollback();
      return r.status();
    }
    if (r->inserted) unindexed_.push_back(r->document_id);
    batch_.push_back(std::move(put));
  }
  return Status::Ok();
}

Result<PutResult> SqliteStore::PutRows(const Document& doc,
                                       const Extraction& extraction) {
  PutResult result;
  Result<int64_t> id = InsertDocument(doc, &result.inserted);
  if (!id.ok()) return id.status();
  result.document_id = *id;
  VIGIL_RETURN_IF_ERROR(InsertSource(*id, doc.meta));
  if (!result.inserted) return result;
  VIGIL_RETURN_IF_ERROR(InsertExtraction(*id, doc.published, extraction));
  if (!doc.minhash.empty()) {
    Result<std::optional<CopyMatch>> copy = IndexSignature(*id, doc.minhash);
    if (!copy.ok()) return copy.status();
    if (*copy) {
      result.copy_of = (*copy)->id;
      result.copy_similarity = (*copy)->similarity;
    }
  }
  return result;
}

Result<std::optional<CopyMatch>> SqliteStore::IndexSignature(int64_t document_id,
                                                             const Signature& signature) {
  VIGIL_RETURN_IF_ERROR(PrepareSketches());
  VIGIL_RETURN_IF_ERROR(PreparePending());
  Result<std::optional<CopyMatch>> copy =
      IndexCopy(*statements_, document_id, signature, sketches_.get(), *pending_);
  if (!copy.ok()) return copy.status();
  ++indexed_since_move_;
  ++lookups_;
  const size_t budget = static_cast<size_t>(options_.copy_sketch_kib) * 1024;
  if (!sketches_) return copy;
  const bool over_budget = sketches_->bytes() > budget;
  if (over_budget && !sketches_->has_band_rows()) {
    sketches_.reset();  // the store outgrew the budget
    sketch_after_ = -1;
  } else if (over_budget || sketches_->full()) {
    // Reload at the next lookup: without the band rows if they no longer fit
    // (PrepareSketches), else to sort the recent ones in (see
    // SignatureSketches::full).
    sketches_.reset();
    sketch_after_ = lookups_;
  }
  return copy;
}

Status SqliteStore::PrepareSketches() {
  if (sketches_ || sketch_after_ < 0 || options_.copy_sketch_kib <= 0)
    return Status::Ok();
  if (sketch_after_ > 0 && lookups_ < sketch_after_) return Status::Ok();
  Result<int64_t> stored = LastSignedDocument(*statements_);
  if (!stored.ok()) return stored.status();
  if (sketch_after_ == 0) {
    sketch_after_ = std::max(kSketchMinLookups, *stored / kSketchLoadRatio);
    if (lookups_ < sketch_after_) return Status::Ok();
  }
  // The band rows too when they fit in the budget with the sketches.
  const int64_t budget = int64_t{options_.copy_sketch_kib} * 1024;
  const bool band_rows =
      (*stored + 1) * SignatureSketches::BytesPerDocument(true) <= budget / 2;
  if ((*stored + 1) * SignatureSketches::BytesPerDocument(false) > budget) {
    sketch_after_ = -1;
    return Status::Ok();
  }
  Result<std::unique_ptr<SignatureSketches>> loaded =
      SignatureSketches::Load(*statements_, band_rows);
  if (!loaded.ok()) return loaded.status();
  sketches_ = std::move(*loaded);
  return Status::Ok();
}

Status SqliteStore::PreparePending() {
  if (pending_) return Status::Ok();
  Result<std::unique_ptr<PendingBands>> loaded = PendingBands::Load(*statements_);
  if (!loaded.ok()) return loaded.status();
  pending_ = std::move(*loaded);
  return Status::Ok();
}

// Caches are filled inside this connection's write transactions, and no
// other connection commits while one is open: what they hold is current as
// long as the data version is the one seen at the last Begin.
Status SqliteStore::CheckCachesCurrent() {
  Result<int64_t> version = Count(kDataVersion);
  if (!version.ok()) return version.status();
  if (*version != data_version_) {
    if (sketches_) {
      sketches_.reset();
      lookups_ = 0;
      sketch_after_ = 0;
    }
    pending_.reset();
    clusters_->Reset();
  }
  data_version_ = *version;
  return Status::Ok();
}

Result<int64_t> SqliteStore::InsertDocument(const Document& doc, bool* inserted) {
  Result<Statement*> insert = statements_->GetStatic(kInsertDocument);
  if (!insert.ok()) return insert.status();
  Statement& st = **insert;
  Statement::Scope scope(&st);
  const std::string offsets = EncodeOffsetMap(doc.offsets);
  const std::string paragraphs = EncodeSpans(doc.paragraphs);
  const std::string sentences = EncodeSpans(doc.sentences);
  // SQLite integers are signed 64-bit: the hash is stored bit for bit.
  st.BindInt(1, static_cast<int64_t>(doc.content_hash));
  st.BindTextOrNull(2, doc.title);
  st.BindTextOrNull(3, doc.published);
  st.BindText(4, doc.language.empty() ? std::string_view("un") : doc.language);
  st.BindTextOrNull(5, doc.meta.site);
  st.BindTextOrNull(6, doc.meta.url);
  st.BindText(7, doc.text);
  st.BindBlob(8, offsets);
  st.BindBlob(9, paragraphs);
  st.BindBlob(10, sentences);
  Result<bool> row = st.Step();
  if (!row.ok()) return row.status();
  *inserted = *row;
  if (*row) {
    int64_t id = st.ColumnInt(0);
    VIGIL_RETURN_IF_ERROR(st.Run());
    return id;
  }
  Result<Statement*> find = statements_->GetStatic(kFindDocument);
  if (!find.ok()) return find.status();
  Statement::Scope find_scope(*find);
  (*find)->BindInt(1, static_cast<int64_t>(doc.content_hash));
  row = (*find)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("document vanished after a content-hash conflict");
  return (*find)->ColumnInt(0);
}

Status SqliteStore::InsertSource(int64_t document_id, const SourceInfo& meta) {
  Result<Statement*> st = statements_->GetStatic(kInsertSource);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  (*st)->BindInt(1, document_id);
  (*st)->BindText(2, meta.source);
  (*st)->BindTextOrNull(3, meta.url);
  return (*st)->Run();
}

Status SqliteStore::InsertExtraction(int64_t document_id, std::string_view published,
                                     const Extraction& x) {
  for (size_t i = 0; i < x.entities.size(); ++i) {
    VIGIL_RETURN_IF_ERROR(InsertEntity(document_id, static_cast<int>(i), x.entities[i]));
  }
  for (size_t i = 0; i < x.quotes.size(); ++i) {
    VIGIL_RETURN_IF_ERROR(InsertQuote(document_id, static_cast<int>(i), x.quotes[i]));
  }
  for (size_t i = 0; i < x.events.size(); ++i) {
    VIGIL_RETURN_IF_ERROR(
        InsertEvent(document_id, published, static_cast<int>(i), x.events[i]));
  }
  return Status::Ok();
}

Status SqliteStore::InsertEntity(int64_t document_id, int ordinal, const Entity& e) {
  Result<Statement*> st = statements_->GetStatic(kInsertEntity);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  Statement::Scope scope(&s);
  const std::string aliases = StringsJson(e.aliases);
  const std::string mentions = MentionsJson(e.mentions);
  s.BindInt(1, document_id);
  s.BindInt(2, ordinal);
  s.BindInt(3, static_cast<int64_t>(e.type));
  s.BindText(4, e.name);
  s.BindTextOrNull(5, e.kb_id);
  s.BindText(6, aliases);
  s.BindText(7, mentions);
  return s.Run();
}

Status SqliteStore::InsertQuote(int64_t document_id, int ordinal, const Quote& q) {
  Result<Statement*> st = statements_->GetStatic(kInsertQuote);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  Statement::Scope scope(&s);
  s.BindInt(1, document_id);
  s.BindInt(2, ordinal);
  s.BindText(3, q.text);
  s.BindInt(4, q.span.begin);
  s.BindInt(5, q.span.end);
  if (q.speaker) {
    s.BindText(6, *q.speaker);
  } else {
    s.BindNull(6);
  }
  if (q.cue.size() > 0) {
    s.BindInt(7, q.cue.begin);
    s.BindInt(8, q.cue.end);
  }  // else both stay NULL: no cue
  return s.Run();
}

Status SqliteStore::InsertEvent(int64_t document_id, std::string_view published,
                                int ordinal, const Event& e) {
  Result<int64_t> merged = clusters_->Assign(e, published);
  if (!merged.ok()) return merged.status();
  Result<Statement*> st = statements_->GetStatic(kInsertEvent);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  Statement::Scope scope(&s);
  const std::string fields = EventFieldsJson(e);
  const std::string evidence = SpansJson(e.evidence);
  s.BindInt(1, document_id);
  s.BindInt(2, ordinal);
  s.BindInt(3, static_cast<int64_t>(e.type));
  s.BindTextOrNull(4, e.date);
  s.BindText(5, fields);
  s.BindText(6, evidence);
  s.BindInt(7, *merged);
  return s.Run();
}

std::string QuoteFtsWords(const std::string& query) {
  std::string out;
  size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    size_t start = i;
    while (i < query.size() && !std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    std::string_view word(query.data() + start, i - start);
    if (word.empty() || IsAsciiPunctOnly(word)) continue;
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : word) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

Result<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, int limit) {
  if (limit <= 0) return Status::InvalidArgument("search limit must be positive");
  Result<std::vector<SearchHit>> hits = RunSearch(query, limit);
  if (hits.ok() || hits.status().code() != StatusCode::kInvalidArgument) return hits;
  // Not FTS5 syntax (a stray quote, "al-Baghdadi" read as a column filter):
  // search the words as plain phrases instead.
  const std::string quoted = QuoteFtsWords(query);
  if (quoted.empty()) return std::vector<SearchHit>();
  return RunSearch(quoted, limit);
}

Result<std::vector<SearchHit>> SqliteStore::RunSearch(const std::string& match,
                                                      int limit) {
  Result<Statement*> st = statements_->GetStatic(kSearch);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  Statement::Scope scope(&s);
  s.BindText(1, match);
  s.BindInt(2, limit);
  std::vector<SearchHit> hits;
  for (;;) {
    Result<bool> row = s.Step();
    if (!row.ok()) {
      // FTS5 reports a query it cannot parse as a plain SQLITE_ERROR.
      if (sqlite3_extended_errcode(db_) == SQLITE_ERROR) {
        return Status::InvalidArgument(row.status().message());
      }
      return row.status();
    }
    if (!*row) break;
    SearchHit h;
    h.document_id = s.ColumnInt(0);
    h.title = s.ColumnText(1);
    h.published = s.ColumnText(2);
    h.url = s.ColumnText(3);
    h.source = s.ColumnText(4);
    h.snippet = s.ColumnText(5);
    h.score = s.ColumnDouble(6);
    hits.push_back(std::move(h));
  }
  return hits;
}

Result<int64_t> SqliteStore::Count(const char* sql) {
  Result<Statement*> st = statements_->GetStatic(sql);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  Result<bool> row = (*st)->Step();
  if (!row.ok()) return row.status();
  return *row ? (*st)->ColumnInt(0) : 0;
}

Result<StoreStats> SqliteStore::Stats() {
  StoreStats stats;
  const std::pair<const char*, int64_t*> counts[] = {
      {"SELECT count(*) FROM documents", &stats.documents},
      {"SELECT count(*) FROM sources", &stats.sources},
      {"SELECT count(*) FROM entities", &stats.entities},
      {"SELECT count(*) FROM quotes", &stats.quotes},
      {"SELECT count(*) FROM events", &stats.events},
      {"SELECT count(*) FROM copies", &stats.copies},
  };
  for (const auto& [sql, out] : counts) {
    Result<int64_t> n = Count(sql);
    if (!n.ok()) return n.status();
    *out = *n;
  }
  Result<Statement*> st = statements_->GetStatic(kLanguages);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    stats.languages.emplace_back((*st)->ColumnText(0), (*st)->ColumnInt(1));
  }
  return stats;
}

}  // namespace vigil
