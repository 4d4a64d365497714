// A MatchKey is what decides whether two event reports describe one real
// event: the days a report may describe, its names (place and country for
// attacks, speaker and group for statements, person and group for
// leadership changes) folded into hashed words, and the fields that must not
// contradict (attack type, medium, kind of change). The in-memory merge
// (merger.cc) and the store's assignment of reports to merged events at
// ingest (store/event_clusters.h) use the same keys and the same test, so a
// store merges exactly as MergeEvents would over the reports in arrival order.
#ifndef VIGIL_MERGE_MATCH_KEY_H_
#define VIGIL_MERGE_MATCH_KEY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "merge/dates.h"
#include "merge/merger.h"
#include "vigil/extraction.h"

namespace vigil {

// Hashes of a name's folded words (common/name_fold.h FoldName), in order.
using NameWords = std::vector<uint64_t>;

struct MatchKey {
  EventType type = EventType::kAttack;
  std::optional<DayRange> when;  // none: matches no attack or statement
  NameWords location, country, speaker, organization, person;
  bool has_location = false, has_organization = false;
  std::string attack_type, medium, change;

  bool operator==(const MatchKey& o) const;
};

// 64-bit hash of a key; equal keys hash equal.
uint64_t HashMatchKey(const MatchKey& key);

// A compact byte string of `key`, and back. DecodeMatchKey fails (false) on
// bytes EncodeMatchKey did not write.
std::string EncodeMatchKey(const MatchKey& key);
bool DecodeMatchKey(std::string_view bytes, MatchKey* key);

// Builds keys and compares them under MergeOptions. Not thread-safe (names
// are cached per instance): one instance per thread.
class EventMatcher {
 public:
  explicit EventMatcher(MergeOptions options);

  const MergeOptions& options() const { return options_; }

  // The key of one report of `event` in an article published on
  // `published`: the event's own date, else a window of
  // undated_lookback_days ending at the publication date; names canonical
  // (options.canonical) and folded.
  MatchKey Key(const Event& event, std::string_view published);

  // Hashed folded words of the canonical form of `name`; cached per name.
  const NameWords& Words(const std::string& name);
  // Empties the cache of names when it holds more than `max`; a reference
  // Words returned before is then invalid.
  void ForgetNamesOver(size_t max);

  // True when reports with keys `a` and `b` are one event.
  bool Same(const MatchKey& a, const MatchKey& b) const;

  // Index terms. Every pair of keys that are Same shares a term: one of
  // StoredTerms(a) is among LookupTerms(b). A term is a name field, one of
  // its words and a week of days.
  void StoredTerms(const MatchKey& key, std::vector<uint64_t>* terms) const;
  void LookupTerms(const MatchKey& key, std::vector<uint64_t>* terms) const;

 private:
  void Terms(const MatchKey& key, int pad_days, std::vector<uint64_t>* terms) const;

  MergeOptions options_;
  std::unordered_map<std::string, NameWords> names_;
};

// True when every word of `small` occurs in `big`.
bool WordsWithin(const NameWords& small, const NameWords& big);

}  // namespace vigil

#endif  // VIGIL_MERGE_MATCH_KEY_H_
