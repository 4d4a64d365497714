// A group's announcement of a new leader or spokesman is a statement too:
// "The group named X as its new leader in an audio message" is both a
// leadership change and a statement by the group, through that medium.
#ifndef VIGIL_EXTRACT_ANNOUNCEMENTS_H_
#define VIGIL_EXTRACT_ANNOUNCEMENTS_H_

#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

// For each appointment in `events` whose sentence names a medium (audio,
// video, statement ...), adds a statement by the appointing group with that
// medium, the appointment's date and sentence as evidence, unless a
// statement of the group already cites that sentence. Thread-safe.
void AddAnnouncements(const EventContext& ctx, std::vector<Event>* events);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ANNOUNCEMENTS_H_
