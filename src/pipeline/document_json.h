// The JSON shape of one extracted article, as fixed by the evaluation
// contract (docs/output.md): source, title, published, text, entities,
// quotes, events, plus language, url and site.
#ifndef VIGIL_PIPELINE_DOCUMENT_JSON_H_
#define VIGIL_PIPELINE_DOCUMENT_JSON_H_

#include <string>

#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

// Appends one JSON object (no trailing newline) to *out.
void AppendDocumentJson(const Document& doc, const Extraction& extraction, std::string* out);

}  // namespace vigil

#endif  // VIGIL_PIPELINE_DOCUMENT_JSON_H_
