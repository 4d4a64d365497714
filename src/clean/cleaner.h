// Cleaner is the clean stage: RawArticle in, Document out. It runs the
// format's body extractor (HTML or plain text), then normalises Unicode (NFC,
// whitespace), identifies the language, splits paragraphs and sentences,
// normalises the publication date and hashes the content, keeping an offset
// map from clean text back to the raw bytes.
#ifndef VIGIL_CLEAN_CLEANER_H_
#define VIGIL_CLEAN_CLEANER_H_

#include <memory>

#include "clean/html_extractor.h"
#include "clean/text_cleaner.h"
#include "dedup/minhash.h"
#include "vigil/document.h"
#include "vigil/status.h"

namespace vigil {

struct CleanOptions {
  // Articles larger than this are rejected (InvalidArgument).
  size_t max_article_bytes = 16u << 20;
  // Articles whose clean text is shorter than this are rejected as empty.
  size_t min_text_bytes = 1;
  // Run CLD2 language identification.
  bool detect_language = true;
  // Compute Document::minhash (word 5-shingles) for near-copy detection.
  bool minhash = true;
  HtmlOptions html;
  TextCleanOptions text;
};

// Immutable after construction; Clean is thread-safe.
class Cleaner {
 public:
  explicit Cleaner(CleanOptions options = {});
  ~Cleaner();
  Cleaner(const Cleaner&) = delete;
  Cleaner& operator=(const Cleaner&) = delete;

  // Fails with InvalidArgument for input that cannot be an article: binary
  // data, over the size budget, or no text left after cleaning. Bytes that
  // are not UTF-8 are transcoded from their charset (clean/charset.h); a
  // nearly valid UTF-8 text is repaired (U+FFFD), not rejected.
  Result<Document> Clean(const RawArticle& article) const;

 private:
  CleanOptions options_;
  HtmlExtractor html_;
  TextCleaner text_;
  MinHasher minhasher_;
};

}  // namespace vigil

#endif  // VIGIL_CLEAN_CLEANER_H_
