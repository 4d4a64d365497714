// The store's near-copy index: MinHash signatures and their LSH band keys in
// SQLite, so finding the stored article a new one copies costs one indexed
// lookup per band, however large the store grows.
//
// A new document's band rows go to a small pending table; MovePendingBands
// moves them to the big one in bulk. A random insert into a large index
// dirties one of its pages per row (32 per document, each written to the WAL
// and checkpointed); a bulk move writes each page once for many documents.
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
// document's signature and band keys (into the pending table). Runs inside
// the caller's transaction.
Result<std::optional<CopyMatch>> IndexCopy(StatementCache& statements,
                                           int64_t document_id,
                                           const Signature& signature);

// Moves the pending band rows into minhash_bands when the pending table holds
// max(2048, sqrt(512 * stored documents)) documents or more; otherwise only
// counts them (about a millisecond). Runs inside the caller's transaction,
// which should hold no open savepoint: a savepoint keeps a copy of every page
// the move changes, in memory.
Status MovePendingBands(StatementCache& statements);

}  // namespace vigil

#endif  // VIGIL_STORE_COPY_INDEX_H_
