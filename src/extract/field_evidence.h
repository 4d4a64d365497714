// Field evidence: for each filled field of an extracted event, the sentence
// that supports its value, so a reader can see why the event says what it
// says. A post-pass over finished events: it reads the sentences the event
// already cites (Event::evidence) and only then their near neighbours, and
// records a sentence only when the value itself can be found in it: the
// value's words or an alias of the name (case- and diacritic-insensitive),
// the count for killed/injured, the lexicon cue that yields a method, medium
// or attack type, the date phrase that resolves to the event's date. A value
// found nowhere gets no evidence; nothing is guessed.
#ifndef VIGIL_EXTRACT_FIELD_EVIDENCE_H_
#define VIGIL_EXTRACT_FIELD_EVIDENCE_H_

#include <cstddef>
#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

struct FieldEvidenceOptions {
  // Sentences before and after each cited sentence that are searched when
  // the cited ones do not hold a value (statement details and dates are
  // often told in the next sentence). 0 searches the cited sentences only.
  size_t neighbour_window = 2;
  // At most this many supporting sentences per value, cited ones first.
  size_t max_sentences_per_value = 1;
};

// Fills event->field_evidence (replacing what it held) for every filled
// field of *event, in the order the fields are declared in Event, list items
// in list order. `ctx` must be the context the event was extracted with.
// Thread-safe for distinct events.
void AddFieldEvidence(const EventContext& ctx, Event* event,
                      const FieldEvidenceOptions& options = {});

// AddFieldEvidence for each of `events`, sharing the per-sentence work.
void AddFieldEvidence(const EventContext& ctx, std::vector<Event>* events,
                      const FieldEvidenceOptions& options = {});

}  // namespace vigil

#endif  // VIGIL_EXTRACT_FIELD_EVIDENCE_H_
