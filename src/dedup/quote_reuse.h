// Reused quotations: the same quoted words in several articles that are not
// copies of one another — a spokesman's line carried by many outlets, a
// statement excerpted differently, or the same words put in different
// mouths. Quotes are compared by their word 6-shingles, so a shorter
// excerpt of a longer quotation is found too.
#ifndef VIGIL_DEDUP_QUOTE_REUSE_H_
#define VIGIL_DEDUP_QUOTE_REUSE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace vigil {

// One quotation as one article used it.
struct QuoteUse {
  int64_t document_id = 0;
  int ordinal = 0;        // the quote's position in its article
  std::string text;       // the quoted words, without the marks
  std::string speaker;    // as the article attributes it; empty when unknown
  std::string source;     // the article's first source
  std::string published;  // the article's publication date, may be empty
};

struct QuoteReuseOptions {
  // Word window of the shingles two uses must share.
  int shingle_words = 6;
  // Quotes with fewer distinct words are too short to call reuse.
  int min_words = 6;
  // Two quotes are one quotation when the shingles they share are at least
  // this fraction of the shorter quote's shingles.
  double min_overlap = 0.5;
  // A shingle found in more quotes than this is a stock phrase, not
  // evidence of reuse, and is ignored. Bounds the work per quote.
  size_t max_posting = 500;
};

// A quotation used by two or more articles.
struct ReusedQuote {
  std::vector<QuoteUse> uses;  // by publication date, then document, then ordinal
  size_t articles = 0;         // distinct documents
  // Every article is a copy of another one in the group: the reuse is the
  // copying itself (see `vigil copies`).
  bool copies_only = false;
  // The uses name two or more different speakers.
  bool speakers_differ = false;
};

// Groups `quotes` into reused quotations. `copies` are (copy, original)
// document id pairs; articles joined by them count as one family for
// `copies_only`. Groups are ordered by article count, then by their first
// quote's position in `quotes`.
// Deterministic; linear in the quotes apart from stock phrases.
std::vector<ReusedQuote> FindReusedQuotes(
    std::vector<QuoteUse> quotes, const std::vector<std::pair<int64_t, int64_t>>& copies,
    const QuoteReuseOptions& options = {});

}  // namespace vigil

#endif  // VIGIL_DEDUP_QUOTE_REUSE_H_
