// Extractor is the extract stage: Document in, Extraction out (entities,
// quotations, events). Immutable after construction and shared across
// threads.
#ifndef VIGIL_EXTRACT_EXTRACTOR_H_
#define VIGIL_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>

#include "vigil/document.h"
#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

struct ExtractOptions {
  // Extra knowledge-base file(s) (TSV) loaded on top of the built-in data.
  std::vector<std::string> kb_files;
};

class Extractor {
 public:
  static Result<std::unique_ptr<Extractor>> Create(const ExtractOptions& options = {});
  // An extractor that finds nothing: for runs that only clean and store.
  static std::unique_ptr<Extractor> None();
  virtual ~Extractor() = default;
  // Thread-safe.
  virtual Extraction Extract(const Document& doc) const = 0;
};

}  // namespace vigil

#endif  // VIGIL_EXTRACT_EXTRACTOR_H_
