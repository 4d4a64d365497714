#include "extract/events.h"

namespace vigil {

// Placeholder until the event extractor lands.
std::vector<Event> ExtractEvents(const Document&, const Extraction&) { return {}; }

}  // namespace vigil
