#include "extract/quotes.h"

namespace vigil {

// Placeholder until the quote extractor lands.
std::vector<Quote> ExtractQuotes(const Document&, const std::vector<Entity>&) { return {}; }

}  // namespace vigil
