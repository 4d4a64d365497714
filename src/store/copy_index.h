// The store's near-copy index: MinHash signatures and their LSH band keys in
// SQLite, so finding the stored article a new one copies costs one indexed
// lookup per band, however large the store grows.
//
// A new document's band rows go to a small pending table; MovePendingBands
// moves them to the big one in bulk. A random insert into a large index
// dirties one of its pages per row (32 per document, each written to the WAL
// and checkpointed); a bulk move writes each page once for many documents.
//
// A long-running writer keeps SignatureSketches in memory: one byte per
// signature value, so most candidates are ruled out without reading their
// 512-byte signatures, scattered over the file, from the `minhash` table,
// and a filter of the band keys present, so most keys no stored document
// shares are not looked up in the band index at all.
#ifndef VIGIL_STORE_COPY_INDEX_H_
#define VIGIL_STORE_COPY_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "dedup/copies.h"
#include "store/statement.h"

namespace vigil {

// The low byte of every value of the stored signatures, by document id.
// Two signatures agree on a position only if their low bytes do, so the
// number of equal bytes bounds the number of equal values from above: a
// candidate whose bound is under the threshold, or under the best candidate
// already read, cannot be the answer and its signature is not read. The
// lookup's result is the same with or without sketches.
//
// Memory: num_hashes bytes per document id up to the largest (128 bytes:
// 12.8 MB at 100,000 documents). Not thread-safe (one writer uses it).
//
// Also a Bloom filter of the band keys (BandKeys) of every signature it was
// given: a key it says is absent belongs to no stored signature, so no band
// row has it (band rows are derived from the signatures). Sized for twice
// the documents stored at Load (kBandFilterBits bits per key, about 2% false
// positives; 6.4 MB at 100,000 documents); full() says when more have been
// added than it was sized for, and a reload should size it again.
class SignatureSketches {
 public:
  // Reads every stored signature (one pass over `minhash`, in id order).
  static Result<std::unique_ptr<SignatureSketches>> Load(StatementCache& statements);

  // Remembers `signature` (of num_hashes values) for `document_id`,
  // replacing what was there, and adds its band keys to the filter.
  void Set(int64_t document_id, const Signature& signature);
  // At least the number of positions where `signature` equals the stored
  // signature of `document_id`; -1 when that document has no sketch.
  int MaxEqual(int64_t document_id, const Signature& signature) const;
  // False only when no signature given to Set (or Load) has band key `key`.
  bool MayHaveBand(uint64_t key) const;
  // More signatures were set than the filter was sized for: its false
  // positives grow (answers stay right); reloading sizes it again.
  bool full() const { return filtered_ > filter_capacity_; }
  // Bytes held.
  size_t bytes() const {
    return bytes_.capacity() + known_.capacity() / 8 + filter_.capacity() * 8;
  }

 private:
  SignatureSketches(int width, int64_t capacity);
  void AddBand(uint64_t key);
  int width_;
  std::vector<uint8_t> bytes_;  // width_ bytes per document id
  std::vector<bool> known_;     // by document id
  // Blocks of 8 words (one cache line): a key sets 4 bits of one block.
  std::vector<uint64_t> filter_;
  uint64_t filter_blocks_;
  int64_t filter_capacity_;  // signatures it was sized for
  int64_t filtered_ = 0;     // signatures added
};

// Finds the stored document that `document_id` (just inserted, with MinHash
// signature `signature`) most nearly copies at or above the default
// CopyOptions threshold, records it in `copies`, then indexes the new
// document's signature and band keys (into the pending table). Runs inside
// the caller's transaction. `sketches` (may be null) must hold every stored
// signature the store's band tables can name: it is consulted, then given
// the new signature.
Result<std::optional<CopyMatch>> IndexCopy(StatementCache& statements,
                                           int64_t document_id,
                                           const Signature& signature,
                                           SignatureSketches* sketches);

// InvalidArgument unless `signature` is empty (no index) or has the
// num_hashes values IndexCopy expects.
Status CheckSignature(const Signature& signature);

// The largest document id with a stored signature (0 when none).
Result<int64_t> LastSignedDocument(StatementCache& statements);

// Moves the pending band rows into minhash_bands when the pending table holds
// max(2048, sqrt(512 * stored documents)) documents or more; otherwise only
// counts them (about a millisecond). Runs inside the caller's transaction,
// which should hold no open savepoint: a savepoint keeps a copy of every page
// the move changes, in memory.
Status MovePendingBands(StatementCache& statements);

}  // namespace vigil

#endif  // VIGIL_STORE_COPY_INDEX_H_
