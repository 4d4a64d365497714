// Statement details: what an article says about a call to attack beyond who
// made it and what it urges: how long the recording or speech is ("a
// 41-minute audio recording", "a speech lasting more than half an hour"),
// the holiday or occasion it was released for ("on the Eid al-Adha
// holiday", "marking the 10th anniversary of ..."), and the grievance it
// avenges or answers ("to avenge the killing of ...", "in retaliation for
// ..."). Read from the statement's own sentences first, then from other
// sentences that speak of a recording, video or speech.
#ifndef VIGIL_EXTRACT_STATEMENT_DETAILS_H_
#define VIGIL_EXTRACT_STATEMENT_DETAILS_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

struct StatementDetailOptions {
  // A duration counts only when a medium word ("recording", "video",
  // "speech") lies within this many tokens of it in the same sentence.
  size_t duration_medium_window = 5;
  // An occasion counts only when one of "on", "during", "marking",
  // "commemorating", ... lies within this many tokens before it.
  size_t occasion_cue_window = 4;
  // At most this many tokens of motive after its cue.
  size_t max_motive_tokens = 12;
};

// A length of time as the text gives it, over tokens [first, last).
struct DurationMention {
  size_t first = 0, last = 0;
  std::string text;            // normalised: "41 minutes", "more than half an hour"
  std::optional<int> minutes;  // whole minutes, qualifiers dropped
};

// The duration phrase starting at token `t` ("41-minute", "more than half an
// hour", "nearly two hours long", "an hour-long"), or nullopt. Thread-safe.
std::optional<DurationMention> ParseDurationAt(const EventText& et, size_t t);

// Fills duration, duration_minutes, occasion and motive of every statement
// in *events (other event types untouched) from `ctx`. Thread-safe.
void AddStatementDetails(const EventContext& ctx, std::vector<Event>* events,
                         const StatementDetailOptions& options = {});

}  // namespace vigil

#endif  // VIGIL_EXTRACT_STATEMENT_DETAILS_H_
