// Quotation extraction: quoted passages in a Document and who said them.
#ifndef VIGIL_EXTRACT_QUOTES_H_
#define VIGIL_EXTRACT_QUOTES_H_

#include <vector>

#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

// Quotes in `doc`; speakers are resolved to the canonical names of
// `entities` (already extracted from `doc`) where possible. Thread-safe.
std::vector<Quote> ExtractQuotes(const Document& doc, const std::vector<Entity>& entities);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTES_H_
