// Entity recognition and within-document resolution: PERSON, ORG and LOC
// mentions in a Document's clean text, found from the knowledge base's
// gazetteer, capitalisation, name structure (Abu X al-Y bin Z) and context
// cues (titles, speech verbs, org and place keywords, prepositions), then
// grouped into entities: short later mentions ("Muhajir", "al-Qurashi") join
// the one full name they fit, acronyms join their expansion, and known
// names take the KB's canonical name and id. Ambiguous short mentions stay
// apart rather than risk merging two people.
#ifndef VIGIL_EXTRACT_ENTITIES_H_
#define VIGIL_EXTRACT_ENTITIES_H_

#include <vector>

#include "extract/kb.h"
#include "extract/names.h"
#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

struct EntityOptions {
  // Drop entities whose every mention is one unknown word with no type cue.
  bool drop_uncued_single_words = true;
  // Give a known country's actor mentions ("the UK will ...") an ORG entity
  // of their own (see polity.h).
  bool split_acting_countries = true;
};

// Borrows `kb`, which must outlive it. Immutable; thread-safe.
class EntityRecognizer {
 public:
  explicit EntityRecognizer(const KnowledgeBase& kb, EntityOptions options = {})
      : kb_(kb), options_(options) {}

  // Entities of `doc` in order of first mention; every Mention's span is over
  // doc.text with text.substr(span) == surface.
  std::vector<Entity> Recognize(const Document& doc) const;

 private:
  const KnowledgeBase& kb_;
  EntityOptions options_;
  NameMatcher matcher_;
};

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ENTITIES_H_
