// JSON text for the parts of an Extraction the store keeps in JSON columns:
// an entity's aliases, an event's type-specific fields and its evidence
// spans. JSON rather than more columns because the fields differ by event
// type and will grow; SQLite's json_extract()/json_each() query them.
// Functions are pure and thread-safe; output is always valid JSON.
#ifndef VIGIL_STORE_EXTRACTION_JSON_H_
#define VIGIL_STORE_EXTRACTION_JSON_H_

#include <string>
#include <vector>

#include "vigil/extraction.h"

namespace vigil {

// ["a","b"]
std::string StringsJson(const std::vector<std::string>& strings);

// [[begin,end],...]
std::string SpansJson(const std::vector<Span>& spans);

// One object holding the event's non-empty fields under their Event member
// names ("speaker", "killed": {"min": 84, "max": 100}, "weapons": [...]).
// type and date are columns of their own and are not repeated here.
// field_evidence is kept compact, one row per item:
// "field_evidence": [["killed", "84", [0, 40], [12, 14]], ...], the match
// span left out when the item has none.
std::string EventFieldsJson(const Event& event);

}  // namespace vigil

#endif  // VIGIL_STORE_EXTRACTION_JSON_H_
