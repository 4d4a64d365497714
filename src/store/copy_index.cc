#include "store/copy_index.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace vigil {
namespace {

constexpr char kCandidates[] =
    "SELECT document_id FROM minhash_bands WHERE band_key = ?1 AND document_id <> ?2";
constexpr char kSignature[] = "SELECT signature FROM minhash WHERE document_id = ?1";
constexpr char kInsertSignature[] =
    "INSERT OR REPLACE INTO minhash(document_id, signature) VALUES (?1, ?2)";
constexpr char kInsertBand[] =
    "INSERT INTO minhash_bands(band_key, document_id) VALUES (?1, ?2)";
constexpr char kInsertCopy[] =
    "INSERT OR REPLACE INTO copies(document_id, copy_of, similarity) VALUES (?1, ?2, ?3)";

// Signatures are stored as little-endian uint32 arrays (x86 and ARM alike).
std::string EncodeSignature(const Signature& sig) {
  std::string out(sig.size() * 4, '\0');
  std::memcpy(out.data(), sig.data(), out.size());
  return out;
}

Signature DecodeSignature(std::string_view blob) {
  Signature sig(blob.size() / 4);
  std::memcpy(sig.data(), blob.data(), sig.size() * 4);
  return sig;
}

Result<std::vector<int64_t>> Candidates(StatementCache& statements, int64_t id,
                                        const std::vector<uint64_t>& keys) {
  Result<Statement*> st = statements.Get(kCandidates);
  if (!st.ok()) return st.status();
  std::vector<int64_t> out;
  for (uint64_t key : keys) {
    Statement::Scope scope(*st);
    (*st)->BindInt(1, static_cast<int64_t>(key));
    (*st)->BindInt(2, id);
    for (;;) {
      Result<bool> row = (*st)->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      out.push_back((*st)->ColumnInt(0));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<std::optional<CopyMatch>> Best(StatementCache& statements,
                                      const std::vector<int64_t>& candidates,
                                      const Signature& sig, double threshold) {
  Result<Statement*> st = statements.Get(kSignature);
  if (!st.ok()) return st.status();
  std::optional<CopyMatch> best;
  for (int64_t cand : candidates) {
    Statement::Scope scope(*st);
    (*st)->BindInt(1, cand);
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) continue;
    const double sim = EstimateJaccard(sig, DecodeSignature((*st)->ColumnBlob(0)));
    if (sim >= threshold && (!best || sim > best->similarity))
      best = CopyMatch{cand, sim};
  }
  return best;
}

Status Run(StatementCache& statements, const char* sql,
           const std::function<void(Statement&)>& bind) {
  Result<Statement*> st = statements.Get(sql);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  bind(**st);
  return (*st)->Run();
}

}  // namespace

Result<std::optional<CopyMatch>> IndexCopy(StatementCache& statements, int64_t id,
                                           const Signature& sig) {
  const CopyOptions options;
  if (static_cast<int>(sig.size()) != options.minhash.num_hashes) {
    return Status::InvalidArgument("MinHash signature has " + std::to_string(sig.size()) +
                                   " values, the index expects " +
                                   std::to_string(options.minhash.num_hashes));
  }
  const std::vector<uint64_t> keys = BandKeys(sig, options.minhash);
  Result<std::vector<int64_t>> cands = Candidates(statements, id, keys);
  if (!cands.ok()) return cands.status();
  Result<std::optional<CopyMatch>> best =
      Best(statements, *cands, sig, options.threshold);
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
  for (uint64_t key : keys) {
    VIGIL_RETURN_IF_ERROR(Run(statements, kInsertBand, [&](Statement& s) {
      s.BindInt(1, static_cast<int64_t>(key));
      s.BindInt(2, id);
    }));
  }
  return best;
}

}  // namespace vigil
