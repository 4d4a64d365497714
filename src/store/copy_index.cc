#include "store/copy_index.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace vigil {
namespace {

constexpr char kInsertSignature[] =
    "INSERT OR REPLACE INTO minhash(document_id, signature) VALUES (?1, ?2)";
constexpr char kInsertCopy[] =
    "INSERT OR REPLACE INTO copies(document_id, copy_of, similarity) VALUES (?1, ?2, ?3)";
constexpr char kLastDocument[] = "SELECT coalesce(max(document_id), 0) FROM minhash";
constexpr char kSignature[] = "SELECT signature FROM minhash WHERE document_id = ?1";
constexpr char kAllSignatures[] = "SELECT document_id, signature FROM minhash";
constexpr char kSignaturesAfter[] =
    "SELECT document_id, signature FROM minhash WHERE document_id > ?1 "
    "ORDER BY document_id";
constexpr char kWatermark[] = "SELECT document_id FROM minhash_bands_through";
constexpr char kSetWatermark[] = "UPDATE minhash_bands_through SET document_id = ?1";
constexpr char kMoveRow[] =
    "INSERT OR IGNORE INTO minhash_bands(band_key, document_id) VALUES (?1, ?2)";
// Rows moved by one statement (a statement per row costs a step and a reset).
constexpr int kMoveRowsPerStatement = 64;

// Pending rows are moved into minhash_bands once they are of
// max(kMinMove, sqrt(kMoveScale * stored documents)) documents: each move
// dirties about every page of minhash_bands once, so fewer moves of more rows
// write less, while the pending rows take memory.
constexpr double kMinMove = 2048;
constexpr double kMoveScale = 512;

// SignatureSketches are reloaded (the recent band rows sorted in) once the
// documents added since Load are more than 1/kReloadShare of those loaded,
// and more than kMinLoadedDocuments. Recent rows take about 4 times the
// memory of loaded ones (hash nodes); a reload costs about 3 microseconds
// per loaded document, so about 25 per added one.
constexpr int64_t kMinLoadedDocuments = 16384;
constexpr int64_t kReloadShare = 8;

// "?1, ?2, ..., ?n", then the closing text.
std::string Placeholders(int n, std::string_view close) {
  std::string out;
  for (int i = 1; i <= n; ++i) {
    if (i > 1) out += ", ";
    out += "?" + std::to_string(i);
  }
  return out.append(close);
}

// Candidates whose signatures are read per new document, those sharing the
// most band keys first. Real news rarely gives more; a store of near-identical
// texts gives hundreds, and reading each signature costs a page.
constexpr int kMaxCandidates = 64;

// One row per band key shared with the new document in minhash_bands (the
// keys ?1..?n are probed in the primary key, reading the band index only).
// Counted here rather than by GROUP BY: SQLite would sort the rows through a
// temporary B-tree.
std::string BandRowsSql(int bands) {
  return "SELECT document_id FROM minhash_bands WHERE band_key IN (" +
         Placeholders(bands, ")");
}

// `rows` (key, document) pairs in one statement: (?1, ?2), (?3, ?4), ...
std::string MoveRowsSql(int rows) {
  std::string sql = "INSERT OR IGNORE INTO minhash_bands(band_key, document_id) VALUES ";
  for (int i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += "(?" + std::to_string(2 * i + 1) + ", ?" + std::to_string(2 * i + 2) + ")";
  }
  return sql;
}

// Signatures are stored as little-endian uint32 arrays (x86 and ARM alike).
std::string EncodeSignature(const Signature& sig) {
  std::string out(sig.size() * 4, '\0');
  std::memcpy(out.data(), sig.data(), out.size());
  return out;
}

// Reads a stored signature into `sig` (of num_hashes values); false when the
// blob has another size.
bool DecodeSignature(std::string_view blob, Signature* sig) {
  if (blob.size() != sig->size() * 4) return false;
  std::memcpy(sig->data(), blob.data(), blob.size());
  return true;
}

// EstimateJaccard of `sig` and a stored signature, read in place.
double StoredSimilarity(const Signature& sig, std::string_view blob) {
  if (blob.size() != sig.size() * 4 || sig.empty()) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < sig.size(); ++i) {
    uint32_t v;
    std::memcpy(&v, blob.data() + i * 4, 4);
    equal += v == sig[i];
  }
  return static_cast<double>(equal) / static_cast<double>(sig.size());
}

// Whether a candidate of similarity `sim` (or at most `sim`) is chosen over
// `best`: the highest similarity at or above the threshold, ties to the
// lower id.
bool Beats(double sim, int64_t cand, double threshold,
           const std::optional<CopyMatch>& best) {
  if (sim < threshold) return false;
  return !best || sim > best->similarity || (sim == best->similarity && cand < best->id);
}

// One document id per band row with one of `keys`: from `sketches` when
// they hold band rows, else from minhash_bands and `pending` (keys sorted, so
// SQLite walks the index forward; it sorts an IN list anyway).
Result<std::vector<int64_t>> BandRows(StatementCache& statements,
                                      const std::vector<uint64_t>& keys,
                                      const SignatureSketches* sketches,
                                      PendingBands& pending) {
  std::vector<int64_t> rows;
  if (sketches && sketches->has_band_rows()) {
    for (uint64_t key : keys) sketches->AppendBandDocuments(key, &rows);
    return rows;
  }
  for (uint64_t key : keys) pending.AppendDocuments(key, &rows);
  static const std::string sql = BandRowsSql(MinHashOptions().bands);
  Result<Statement*> st = statements.GetStatic(sql.c_str());
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  for (size_t i = 0; i < keys.size(); ++i) {
    (*st)->BindInt(static_cast<int>(i) + 1, static_cast<int64_t>(keys[i]));
  }
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return rows;
    rows.push_back((*st)->ColumnInt(0));
  }
}

// The kMaxCandidates stored documents sharing the most band keys with the
// new one (ties: lower id), from BandRows.
Result<std::vector<int64_t>> Candidates(StatementCache& statements,
                                        const std::vector<uint64_t>& keys,
                                        const SignatureSketches* sketches,
                                        PendingBands& pending) {
  Result<std::vector<int64_t>> found = BandRows(statements, keys, sketches, pending);
  if (!found.ok()) return found.status();
  std::vector<int64_t>& rows = *found;
  std::sort(rows.begin(), rows.end());
  std::vector<std::pair<int, int64_t>> shared;  // (-keys shared, id)
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    while (j < rows.size() && rows[j] == rows[i]) ++j;
    shared.emplace_back(-static_cast<int>(j - i), rows[i]);
    i = j;
  }
  const size_t keep = std::min<size_t>(shared.size(), kMaxCandidates);
  std::partial_sort(shared.begin(), shared.begin() + keep, shared.end());
  std::vector<int64_t> ids;
  ids.reserve(keep);
  for (size_t i = 0; i < keep; ++i) ids.push_back(shared[i].second);
  return ids;
}

// Similarity of `sig` and the stored signature of `cand`; 0 when it has none.
Result<double> ReadSimilarity(StatementCache& statements, int64_t cand,
                              const Signature& sig) {
  Result<Statement*> st = statements.GetStatic(kSignature);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  (*st)->BindInt(1, cand);
  Result<bool> row = (*st)->Step();
  if (!row.ok()) return row.status();
  return *row ? StoredSimilarity(sig, (*st)->ColumnBlob(0)) : 0.0;
}

// A candidate's signature is read only when its sketch bound (when known)
// says it could still win.
Result<std::optional<CopyMatch>> Best(StatementCache& statements, int64_t id,
                                      const std::vector<uint64_t>& keys,
                                      const Signature& sig, double threshold,
                                      const SignatureSketches* sketches,
                                      PendingBands& pending) {
  Result<std::vector<int64_t>> candidates =
      Candidates(statements, keys, sketches, pending);
  if (!candidates.ok()) return candidates.status();
  const double n = static_cast<double>(sig.size());
  if (sketches) {
    for (int64_t cand : *candidates) sketches->Prefetch(cand);
  }
  std::optional<CopyMatch> best;
  for (int64_t cand : *candidates) {
    if (cand == id) continue;
    const int bound = sketches ? sketches->MaxEqual(cand, sig) : -1;
    if (bound >= 0 && !Beats(bound / n, cand, threshold, best)) continue;
    Result<double> sim = ReadSimilarity(statements, cand, sig);
    if (!sim.ok()) return sim.status();
    if (Beats(*sim, cand, threshold, best)) best = CopyMatch{cand, *sim};
  }
  return best;
}

// `sql` has static storage (StatementCache::GetStatic).
Status Run(StatementCache& statements, const char* sql,
           const std::function<void(Statement&)>& bind) {
  Result<Statement*> st = statements.GetStatic(sql);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  bind(**st);
  return (*st)->Run();
}

// Inserts `rows` (key, document) into minhash_bands, as many per statement
// as kMoveRowsPerStatement allows.
Status InsertBandRows(StatementCache& statements,
                      const std::vector<std::pair<int64_t, int64_t>>& rows) {
  static const std::string many = MoveRowsSql(kMoveRowsPerStatement);
  size_t i = 0;
  for (; i + kMoveRowsPerStatement <= rows.size(); i += kMoveRowsPerStatement) {
    VIGIL_RETURN_IF_ERROR(Run(statements, many.c_str(), [&](Statement& s) {
      for (int r = 0; r < kMoveRowsPerStatement; ++r) {
        s.BindInt(2 * r + 1, rows[i + r].first);
        s.BindInt(2 * r + 2, rows[i + r].second);
      }
    }));
  }
  for (; i < rows.size(); ++i) {
    VIGIL_RETURN_IF_ERROR(Run(statements, kMoveRow, [&](Statement& s) {
      s.BindInt(1, rows[i].first);
      s.BindInt(2, rows[i].second);
    }));
  }
  return Status::Ok();
}

Result<int64_t> QueryInt(StatementCache& statements, const char* sql) {
  Result<Statement*> st = statements.GetStatic(sql);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  Result<bool> row = (*st)->Step();
  if (!row.ok()) return row.status();
  return *row ? (*st)->ColumnInt(0) : 0;
}

}  // namespace

Result<std::unique_ptr<SignatureSketches>> SignatureSketches::Load(
    StatementCache& statements, bool band_rows) {
  const int width = MinHashOptions().num_hashes;
  Result<int64_t> last = LastSignedDocument(statements);
  if (!last.ok()) return last.status();
  std::unique_ptr<SignatureSketches> out(new SignatureSketches(width, band_rows));
  out->bytes_.reserve(static_cast<size_t>(*last + 1) * width);
  out->known_.reserve(static_cast<size_t>(*last + 1));
  const int bands = MinHashOptions().bands;
  if (band_rows) out->loaded_rows_.reserve(static_cast<size_t>(*last + 1) * bands);
  Result<Statement*> st = statements.GetStatic(kAllSignatures);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  Signature sig(width);
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    const int64_t id = (*st)->ColumnInt(0);
    if (id < 0 || id > UINT32_MAX || !DecodeSignature((*st)->ColumnBlob(1), &sig))
      continue;
    out->SetSketch(id, sig);
    if (!band_rows) continue;
    for (uint64_t key : BandKeys(sig, MinHashOptions())) {
      out->loaded_rows_.push_back({key, static_cast<uint32_t>(id)});
    }
    ++out->loaded_documents_;
  }
  out->SortBandRows();
  return out;
}

// Keys are uniform (Mix64 outputs): rows are scattered into 2^16 buckets by
// the key's top bits, in one pass, then each bucket (a few dozen rows) is
// sorted. About 5 times faster than one std::sort of the whole array.
void SignatureSketches::SortBandRows() {
  constexpr int kBucketBits = 16;
  std::vector<uint32_t> starts((size_t{1} << kBucketBits) + 1, 0);
  auto bucket = [](uint64_t key) {
    return static_cast<size_t>(key >> (64 - kBucketBits));
  };
  for (const BandRow& row : loaded_rows_) ++starts[bucket(row.key) + 1];
  for (size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
  std::vector<BandRow> sorted(loaded_rows_.size());
  std::vector<uint32_t> next(starts.begin(), starts.end() - 1);
  for (const BandRow& row : loaded_rows_) sorted[next[bucket(row.key)]++] = row;
  auto less = [](const BandRow& a, const BandRow& b) {
    return a.key != b.key ? a.key < b.key : a.document_id < b.document_id;
  };
  for (size_t b = 0; b + 1 < starts.size(); ++b) {
    std::sort(sorted.begin() + starts[b], sorted.begin() + starts[b + 1], less);
  }
  auto same = [](const BandRow& a, const BandRow& b) {
    return a.key == b.key && a.document_id == b.document_id;
  };
  sorted.erase(std::unique(sorted.begin(), sorted.end(), same), sorted.end());
  loaded_rows_ = std::move(sorted);
}

void SignatureSketches::Set(int64_t document_id, const Signature& signature) {
  Set(document_id, signature, BandKeys(signature, MinHashOptions()));
}

void SignatureSketches::Set(int64_t document_id, const Signature& signature,
                            const std::vector<uint64_t>& keys) {
  if (document_id < 0 || document_id > UINT32_MAX ||
      static_cast<int>(signature.size()) != width_) {
    return;
  }
  SetSketch(document_id, signature);
  if (!band_rows_) return;
  for (uint64_t key : keys) {
    recent_rows_.emplace(key, static_cast<uint32_t>(document_id));
  }
  ++recent_documents_;
}

void SignatureSketches::AppendBandDocuments(uint64_t key,
                                            std::vector<int64_t>* ids) const {
  auto it = std::lower_bound(loaded_rows_.begin(), loaded_rows_.end(), key,
                             [](const BandRow& row, uint64_t k) { return row.key < k; });
  for (; it != loaded_rows_.end() && it->key == key; ++it) {
    ids->push_back(it->document_id);
  }
  const auto [begin, end] = recent_rows_.equal_range(key);
  for (auto row = begin; row != end; ++row) ids->push_back(row->second);
}

int64_t SignatureSketches::BytesPerDocument(bool band_rows) {
  const MinHashOptions options;
  return options.num_hashes + (band_rows ? options.bands * int64_t{sizeof(BandRow)} : 0);
}

bool SignatureSketches::full() const {
  return band_rows_ && recent_documents_ > std::max(kMinLoadedDocuments,
                                                    loaded_documents_ / kReloadShare);
}

size_t SignatureSketches::bytes() const {
  // A node (two pointers, the row) and a bucket pointer per row.
  const size_t recent_rows = recent_rows_.size() * 40 + recent_rows_.bucket_count() * 8;
  return bytes_.capacity() + known_.capacity() / 8 +
         loaded_rows_.capacity() * sizeof(BandRow) + recent_rows;
}

void SignatureSketches::SetSketch(int64_t document_id, const Signature& signature) {
  const auto id = static_cast<size_t>(document_id);
  if (id >= known_.size()) {
    known_.resize(id + 1);
    bytes_.resize((id + 1) * width_);
  }
  known_[id] = true;
  uint8_t* out = &bytes_[id * width_];
  for (int i = 0; i < width_; ++i) out[i] = static_cast<uint8_t>(signature[i]);
}

void SignatureSketches::Prefetch(int64_t document_id) const {
  const auto id = static_cast<size_t>(document_id);
  if (document_id < 0 || id >= known_.size()) return;
  const uint8_t* stored = &bytes_[id * width_];
  for (int line = 0; line < width_; line += 64) __builtin_prefetch(stored + line);
}

int SignatureSketches::MaxEqual(int64_t document_id, const Signature& signature) const {
  const auto id = static_cast<size_t>(document_id);
  if (document_id < 0 || id >= known_.size() || !known_[id]) return -1;
  const uint8_t* stored = &bytes_[id * width_];
  int equal = 0;
  for (int i = 0; i < width_; ++i)
    equal += stored[i] == static_cast<uint8_t>(signature[i]);
  return equal;
}

Status CheckSignature(const Signature& signature) {
  const int expected = CopyOptions().minhash.num_hashes;
  if (signature.empty() || static_cast<int>(signature.size()) == expected) {
    return Status::Ok();
  }
  return Status::InvalidArgument(
      "MinHash signature has " + std::to_string(signature.size()) +
      " values, the index expects " + std::to_string(expected));
}

Result<int64_t> LastSignedDocument(StatementCache& statements) {
  return QueryInt(statements, kLastDocument);
}

Result<std::unique_ptr<PendingBands>> PendingBands::Load(StatementCache& statements) {
  std::unique_ptr<PendingBands> out(new PendingBands());
  Result<int64_t> through = QueryInt(statements, kWatermark);
  if (!through.ok()) return through.status();
  out->last_ = *through;
  Result<Statement*> st = statements.GetStatic(kSignaturesAfter);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  (*st)->BindInt(1, *through);
  Signature sig(MinHashOptions().num_hashes);
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    if (DecodeSignature((*st)->ColumnBlob(1), &sig))
      out->Add((*st)->ColumnInt(0), BandKeys(sig, MinHashOptions()));
  }
}

void PendingBands::Add(int64_t document_id, const std::vector<uint64_t>& keys) {
  if (document_id < 0 || document_id > UINT32_MAX) return;
  const auto id = static_cast<uint32_t>(document_id);
  for (uint64_t key : keys) {
    rows_.emplace_back(key, id);
    if (indexed_) by_key_.emplace(key, id);
  }
  last_ = std::max(last_, document_id);
  ++documents_;
}

void PendingBands::AppendDocuments(uint64_t key, std::vector<int64_t>* ids) {
  if (!indexed_) {
    by_key_.reserve(rows_.size());
    for (const auto& [k, id] : rows_) by_key_.emplace(k, id);
    indexed_ = true;
  }
  const auto [begin, end] = by_key_.equal_range(key);
  for (auto row = begin; row != end; ++row) ids->push_back(row->second);
}

Status PendingBands::MoveIfFull(StatementCache& statements) {
  Result<int64_t> stored = LastSignedDocument(statements);
  if (!stored.ok()) return stored.status();
  const double limit =
      std::max(kMinMove, std::sqrt(kMoveScale * static_cast<double>(*stored)));
  if (static_cast<double>(documents_) < limit) return Status::Ok();
  // In the order of the primary key (SQLite compares keys as signed), so the
  // index is walked forward once.
  std::vector<std::pair<int64_t, int64_t>> rows;
  rows.reserve(rows_.size());
  for (const auto& [key, id] : rows_) rows.emplace_back(static_cast<int64_t>(key), id);
  std::sort(rows.begin(), rows.end());
  VIGIL_RETURN_IF_ERROR(InsertBandRows(statements, rows));
  VIGIL_RETURN_IF_ERROR(
      Run(statements, kSetWatermark, [&](Statement& s) { s.BindInt(1, last_); }));
  documents_ = 0;
  rows_.clear();
  by_key_.clear();
  return Status::Ok();
}

Result<std::optional<CopyMatch>> IndexCopy(StatementCache& statements, int64_t id,
                                           const Signature& sig,
                                           SignatureSketches* sketches,
                                           PendingBands& pending) {
  const CopyOptions options;
  if (sig.empty()) return Status::InvalidArgument("empty MinHash signature");
  VIGIL_RETURN_IF_ERROR(CheckSignature(sig));
  std::vector<uint64_t> keys = BandKeys(sig, options.minhash);
  // Sorted as SQLite orders them (signed): the probes and inserts then walk
  // the primary key forward.
  std::sort(keys.begin(), keys.end(), [](uint64_t a, uint64_t b) {
    return static_cast<int64_t>(a) < static_cast<int64_t>(b);
  });
  Result<std::optional<CopyMatch>> best =
      Best(statements, id, keys, sig, options.threshold, sketches, pending);
  if (!best.ok()) return best.status();
  if (*best) {
    const CopyMatch m = **best;
    VIGIL_RETURN_IF_ERROR(Run(statements, kInsertCopy, [&](Statement& s) {
      s.BindInt(1, id);
      s.BindInt(2, m.id);
      s.BindDouble(3, m.similarity);
    }));
  }
  const std::string blob = EncodeSignature(sig);
  VIGIL_RETURN_IF_ERROR(Run(statements, kInsertSignature, [&](Statement& s) {
    s.BindInt(1, id);
    s.BindBlob(2, blob);
  }));
  pending.Add(id, keys);
  if (sketches) sketches->Set(id, sig, keys);
  return best;
}

}  // namespace vigil
