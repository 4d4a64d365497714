// Names for event extraction: the PERSON / ORG / LOC mentions of a Document
// as token runs, taken from the entities already found and, where those are
// missing, from the event lexicon (groups, countries, places) and from runs
// of capitalised words classified by their shape and context ("Abu X al-Y",
// "... Front", "in X", "X said").
#ifndef VIGIL_EXTRACT_EVENT_NAMES_H_
#define VIGIL_EXTRACT_EVENT_NAMES_H_

#include <string>
#include <vector>

#include "extract/event_lexicon.h"
#include "extract/event_text.h"
#include "vigil/extraction.h"

namespace vigil {

struct NameMention {
  size_t first = 0, last = 0;  // tokens [first, last)
  EntityType type = EntityType::kLoc;
  std::string surface;     // text of the tokens
  std::string canonical;   // entity or lexicon name; the fullest form in the doc
  int group = -1;          // index in EventLexicon::groups when a known group
  int country = -1;        // index in EventLexicon::countries (the place's country)
  std::string place_kind;  // LOC: "country", "region", "area", "city", "facility"
};

// Every name mention in `et`, sorted by first token, not overlapping.
// `entities` may be empty. Thread-safe.
std::vector<NameMention> FindNames(const EventText& et, const EventLexicon& lex,
                                   const std::vector<Entity>& entities);

// The lexicon group whose alias is exactly the words [first, last) of `et`
// (case rules as in EventLexicon), or -1.
int GroupAt(const EventText& et, const EventLexicon& lex, size_t first, size_t last);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_EVENT_NAMES_H_
