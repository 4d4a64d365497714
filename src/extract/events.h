// Event extraction: statements (calls to attack), attacks, leadership
// changes, found in one Document with the help of its entities and quotes.
#ifndef VIGIL_EXTRACT_EVENTS_H_
#define VIGIL_EXTRACT_EVENTS_H_

#include <vector>

#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

// Events reported in `doc`. `found` holds the entities and quotes already
// extracted from it (its `events` are ignored). Thread-safe.
std::vector<Event> ExtractEvents(const Document& doc, const Extraction& found);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_EVENTS_H_
