// Reading extracted events back out of a store file, each with the article
// that reported it: the input of cross-article merging (src/merge).
#ifndef VIGIL_STORE_EVENT_LOADER_H_
#define VIGIL_STORE_EVENT_LOADER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "store/statement.h"
#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

struct EventLoadOptions {
  // Read each event's per-field evidence rows. Listings and digests that do
  // not show them save about a quarter of the memory without.
  bool field_evidence = true;
};

// Every event in the store at `path` (opened read-only), in document order.
// Fails with NotFound when the file does not exist, Corruption when an
// event's stored fields are not valid JSON.
Result<std::vector<SourcedEvent>> LoadStoredEvents(const std::string& path,
                                                   const EventLoadOptions& options = {});

// Fills FieldEvidence::quote of every event in *events with its sentence,
// cut from the text of the event's document in the store at `path` (opened
// read-only; each document read once). Spans past the end of the text and
// documents no longer stored leave the quote empty.
Status LoadEvidenceQuotes(const std::string& path, std::vector<SourcedEvent>* events);

// Pairs (document, the earlier document it nearly copies) from the store's
// copy index (migration 3), by document.
Result<std::vector<std::pair<int64_t, int64_t>>> LoadCopies(const std::string& path);

// The columns every event reader selects, in this order, after any of its
// own: document id, type, date, fields, published, title, first source,
// evidence.
inline constexpr char kSourcedEventColumns[] =
    "e.document_id, e.type, e.date, e.fields, d.published, d.title, "
    "(SELECT s.source FROM sources s WHERE s.document_id = d.id ORDER BY s.id LIMIT 1), "
    "e.evidence";

// Reads the kSourcedEventColumns of the current row of `row`, starting at
// column `first`, into *event. Corruption when the stored JSON is malformed.
Status ReadSourcedEvent(const Statement& row, int first, const EventLoadOptions& options,
                        SourcedEvent* event);

// Parses the evidence JSON ([[begin,end],...]) into *spans.
Status ParseSpans(std::string_view json, std::vector<Span>* spans);

// Parses the JSON object written by EventFieldsJson into the fields of *event
// (type and date untouched). Unknown keys are ignored.
// Without `field_evidence`, Event::field_evidence is left empty.
Status ParseEventFields(std::string_view json, Event* event, bool field_evidence = true);

}  // namespace vigil

#endif  // VIGIL_STORE_EVENT_LOADER_H_
