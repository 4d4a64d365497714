// Reading the details of stored articles by document id, for commands that
// list articles found through other tables (copies, quotes, stories).
#ifndef VIGIL_STORE_ARTICLE_READER_H_
#define VIGIL_STORE_ARTICLE_READER_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "vigil/status.h"

namespace vigil {

struct StoredArticle {
  std::string source;     // the first source recorded for the document
  std::string title;      // may be empty
  std::string published;  // YYYY-MM-DD, may be empty
};

// The details of each of `documents` found in the store at `path` (opened
// read-only); ids not in the store are left out. NotFound when the file does
// not exist.
Result<std::map<int64_t, StoredArticle>> LoadArticles(
    const std::string& path, const std::vector<int64_t>& documents);

}  // namespace vigil

#endif  // VIGIL_STORE_ARTICLE_READER_H_
