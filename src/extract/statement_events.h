// Statement events in one article: a group, or its spokesman or leader,
// calling for attacks or threatening them ("called on supporters to ...",
// "urged", "threatened"), with the speaker, organisation, medium (audio,
// video, text, speech, interview), release date, target places, target
// groups and methods (closed list) read from the sentences that carry the
// call and from the speaker's quotations. One event per speaker. Duration,
// occasion and motive come from statement_details.h.
#ifndef VIGIL_EXTRACT_STATEMENT_EVENTS_H_
#define VIGIL_EXTRACT_STATEMENT_EVENTS_H_

#include <string>
#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

// Statement events of the document. Thread-safe.
std::vector<Event> ExtractStatements(const EventContext& ctx);

// The person a role word refers to in the document ("the spokesman" ->
// the person written next to "spokesman" elsewhere: "spokesman, Abu X",
// "Abu X, the spokesman"), as an index into ctx.names(), or -1.
int PersonForRole(const EventContext& ctx, std::string_view role, size_t before_token);

// Index into ctx.names() of the PERSON written next to a role word at token
// `role_token` ("leader Abu X", "spokesman, Abu X", "Abu X, the group's
// leader"), or -1.
int PersonNextToRole(const EventContext& ctx, size_t role_token);

// The medium a sentence names outside quotations, the most telling first
// (audio, video, speech, interview, text); "" when it names none.
std::string MediumIn(const EventContext& ctx, const EventText::Sentence& sent);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_STATEMENT_EVENTS_H_
