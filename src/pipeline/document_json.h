// The JSON shape of one extracted article, as fixed by the evaluation
// contract (docs/output.md): source, title, published, text, entities,
// quotes, events, plus language, url and site.
#ifndef VIGIL_PIPELINE_DOCUMENT_JSON_H_
#define VIGIL_PIPELINE_DOCUMENT_JSON_H_

#include <string>

#include "common/json_writer.h"
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

// Writes the "source", "stance" and "party" (null when empty) keys of
// `dispute` into the object `w` has open; the caller adds where it was said
// (an evidence span here, the articles in a merged view).
void WriteDisputeKeys(JsonWriter& w, const Dispute& dispute);

// Writes the key "field_evidence" and its list into the object `w` has open:
// one {field, value, sentence: [b, e], match: [b, e] or null} per row, plus
// "quote" (the sentence's text) when the row holds one.
void WriteFieldEvidence(JsonWriter& w, const std::vector<FieldEvidence>& rows);

}  // namespace vigil

#endif  // VIGIL_PIPELINE_DOCUMENT_JSON_H_
