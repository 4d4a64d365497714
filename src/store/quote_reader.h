// Reading stored quotations back out of a store file, for cross-article
// analysis (reused quotations, dedup/quote_reuse.h) and for listing what a
// speaker was quoted as saying.
#ifndef VIGIL_STORE_QUOTE_READER_H_
#define VIGIL_STORE_QUOTE_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dedup/quote_reuse.h"
#include "vigil/status.h"

namespace vigil {

struct QuoteFilter {
  // Only quotes whose speaker is exactly this (canonical name); all when empty.
  std::string speaker;
  // Only quotes of at least this many bytes.
  int min_bytes = 0;
};

// The store's quotes at `path` (opened read-only), in document order, with
// each article's publication date. `source` is left empty: fetch it with
// LoadArticles (store/article_reader.h) for the documents shown. NotFound
// when the file does not exist.
Result<std::vector<QuoteUse>> LoadQuoteUses(const std::string& path,
                                            const QuoteFilter& filter = {});

}  // namespace vigil

#endif  // VIGIL_STORE_QUOTE_READER_H_
