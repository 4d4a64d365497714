// The JSON shape of one extracted article, as fixed by the evaluation
// contract (docs/output.md): source, title, published, text, entities,
// quotes, events, plus language, url and site.
#ifndef VIGIL_PIPELINE_DOCUMENT_JSON_H_
#define VIGIL_PIPELINE_DOCUMENT_JSON_H_

#include <string>

#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

// What a run learned about a document beyond its own content.
struct DocumentContext {
  std::string copy_of;         // source of an earlier article this one copies, or ""
  double copy_similarity = 0;  // estimated Jaccard similarity to it
};

// Appends one JSON object (no trailing newline) to *out.
void AppendDocumentJson(const Document& doc, const Extraction& extraction,
                        std::string* out, const DocumentContext& context = {});

}  // namespace vigil

#endif  // VIGIL_PIPELINE_DOCUMENT_JSON_H_
