// Leadership events in one article: a person's position in a group changes
// (appointed, killed, captured, arrested, died, removed) with the role
// (leader, spokesman, commander, other), the group and the date. A person is
// tied to a role by apposition ("ISIS leader Abu X", "spokesman, Abu X",
// "Abu X as their new leader"); "the previous leader" and "the new leader"
// without a name refer to the persons tied to that role before.
#ifndef VIGIL_EXTRACT_LEADERSHIP_EVENTS_H_
#define VIGIL_EXTRACT_LEADERSHIP_EVENTS_H_

#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

// Leadership events of the document, one per (person, change). Thread-safe.
std::vector<Event> ExtractLeadership(const EventContext& ctx);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_LEADERSHIP_EVENTS_H_
