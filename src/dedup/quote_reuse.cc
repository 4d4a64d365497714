#include "dedup/quote_reuse.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "common/name_fold.h"
#include "dedup/shingles.h"

namespace vigil {
namespace {

// Union-find over dense indexes.
class Sets {
 public:
  explicit Sets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// Joins quotes whose shingles overlap enough. Postings hold earlier quotes
// per shingle; a posting that outgrows max_posting is a stock phrase and is
// dropped for good.
void JoinOverlapping(const std::vector<std::vector<uint64_t>>& shingles,
                     const QuoteReuseOptions& options, Sets& sets) {
  constexpr uint32_t kStock = UINT32_MAX;
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::unordered_map<uint32_t, uint32_t> shared;
  for (uint32_t i = 0; i < shingles.size(); ++i) {
    if (shingles[i].empty()) continue;
    shared.clear();
    for (uint64_t s : shingles[i]) {
      std::vector<uint32_t>& list = postings[s];
      if (!list.empty() && list.front() == kStock) continue;
      for (uint32_t j : list) ++shared[j];
      if (list.size() >= options.max_posting) {
        list.assign(1, kStock);
      } else {
        list.push_back(i);
      }
    }
    for (const auto& [j, n] : shared) {
      const size_t smaller = std::min(shingles[i].size(), shingles[j].size());
      if (n >= options.min_overlap * static_cast<double>(smaller)) sets.Join(i, j);
    }
  }
}

// Two named speakers differ when neither name's words lie within the
// other's ("al-Ansari" and "Abu Hudayfa al-Ansari" agree).
bool SpeakersDiffer(const std::vector<QuoteUse>& uses) {
  std::vector<std::vector<std::string>> names;
  for (const QuoteUse& u : uses) {
    std::vector<std::string> words = FoldNameWords(u.speaker);
    if (!words.empty()) names.push_back(std::move(words));
  }
  for (size_t a = 0; a < names.size(); ++a) {
    for (size_t b = a + 1; b < names.size(); ++b) {
      if (!WordsWithin(names[a], names[b]) && !WordsWithin(names[b], names[a]))
        return true;
    }
  }
  return false;
}

// Copy families: documents joined by copy pairs share a family id.
class Families {
 public:
  explicit Families(const std::vector<std::pair<int64_t, int64_t>>& copies)
      : sets_(copies.size() * 2) {
    for (const auto& [copy, original] : copies) sets_.Join(Slot(copy), Slot(original));
  }
  // The family of `doc`; a document in no pair is its own family.
  int64_t Of(int64_t doc) {
    auto it = slots_.find(doc);
    return it == slots_.end() ? -doc - 1 : static_cast<int64_t>(sets_.Find(it->second));
  }

 private:
  size_t Slot(int64_t doc) {
    return slots_.try_emplace(doc, slots_.size()).first->second;
  }
  Sets sets_;
  std::unordered_map<int64_t, size_t> slots_;
};

ReusedQuote Describe(std::vector<QuoteUse> uses, Families& families) {
  std::sort(uses.begin(), uses.end(), [](const QuoteUse& a, const QuoteUse& b) {
    return std::tie(a.published, a.document_id, a.ordinal) <
           std::tie(b.published, b.document_id, b.ordinal);
  });
  ReusedQuote r;
  std::vector<int64_t> docs, family_ids;
  for (const QuoteUse& u : uses) {
    docs.push_back(u.document_id);
    family_ids.push_back(families.Of(u.document_id));
  }
  std::sort(docs.begin(), docs.end());
  r.articles = static_cast<size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
  r.copies_only = std::all_of(family_ids.begin(), family_ids.end(), [&](int64_t f) {
    return f == family_ids.front() && f >= 0;
  });
  r.speakers_differ = SpeakersDiffer(uses);
  r.uses = std::move(uses);
  return r;
}

}  // namespace

std::vector<ReusedQuote> FindReusedQuotes(
    std::vector<QuoteUse> quotes, const std::vector<std::pair<int64_t, int64_t>>& copies,
    const QuoteReuseOptions& options) {
  std::vector<std::vector<uint64_t>> shingles(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (static_cast<int>(WordShingles(quotes[i].text, 1).size()) < options.min_words)
      continue;
    shingles[i] = WordShingles(quotes[i].text, options.shingle_words);
  }
  Sets sets(quotes.size());
  JoinOverlapping(shingles, options, sets);
  std::map<size_t, std::vector<QuoteUse>> groups;  // by root: the first quote
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (!shingles[i].empty()) groups[sets.Find(i)].push_back(std::move(quotes[i]));
  }
  Families families(copies);
  std::vector<ReusedQuote> out;
  for (auto& [root, uses] : groups) {
    ReusedQuote r = Describe(std::move(uses), families);
    if (r.articles >= 2) out.push_back(std::move(r));
  }
  std::stable_sort(
      out.begin(), out.end(),
      [](const ReusedQuote& a, const ReusedQuote& b) { return a.articles > b.articles; });
  return out;
}

}  // namespace vigil
