// The store's near-copy index: MinHash signatures and their LSH band keys in
// SQLite, so finding the stored article a new one copies costs one indexed
// lookup per band, however large the store grows.
#ifndef VIGIL_STORE_COPY_INDEX_H_
#define VIGIL_STORE_COPY_INDEX_H_

#include <cstdint>
#include <optional>

#include "dedup/copies.h"
#include "store/statement.h"

namespace vigil {

// Finds the stored document that `document_id` (just inserted, with MinHash
// signature `signature`) most nearly copies at or above the default
// CopyOptions threshold, records it in `copies`, then indexes the new
// document's signature and band keys. Runs inside the caller's transaction.
Result<std::optional<CopyMatch>> IndexCopy(StatementCache& statements,
                                           int64_t document_id,
                                           const Signature& signature);

}  // namespace vigil

#endif  // VIGIL_STORE_COPY_INDEX_H_
