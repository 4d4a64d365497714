// Reading stored entities back out of a store file: for a set of canonical
// names or knowledge-base ids, every surface form (alias) used for them and
// the articles that used it, with mention counts. The store-side half of
// `vigil entity` (the knowledge-base half is src/extract/kb.h).
#ifndef VIGIL_STORE_ENTITY_READER_H_
#define VIGIL_STORE_ENTITY_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

// One article that used a surface form.
struct EntityArticle {
  int64_t document_id = 0;
  std::string source;     // first source recorded for the document
  std::string title;      // may be empty
  std::string published;  // may be empty
  int mentions = 0;       // mentions of this form in the article (0: alias only)
};

// A surface form and the articles that used it, in document order.
struct EntityAlias {
  std::string surface;
  int mentions = 0;  // over all its articles
  std::vector<EntityArticle> articles;
};

// Every stored entity row that shares one identity: the same kb_id, or (when
// kb_id is empty) the same canonical name and type.
struct StoredEntity {
  std::string name;   // canonical name (of the first row met)
  std::string kb_id;  // empty when the KB did not know it
  EntityType type = EntityType::kPerson;
  std::vector<int64_t> documents;  // distinct, ascending
  // Most mentioned first; ties by surface.
  std::vector<EntityAlias> aliases;
};

// Which stored entities to read: rows whose kb_id is one of `kb_ids` or
// whose canonical name is exactly one of `names`.
struct EntitySelector {
  std::vector<std::string> kb_ids;
  std::vector<std::string> names;
};

// The distinct canonical names of the entities in the store at `path`
// (opened read-only), sorted. Lets a caller match names by its own folding.
// Fails with NotFound when the file does not exist.
Result<std::vector<std::string>> LoadStoredEntityNames(const std::string& path);

// The stored entities `selector` picks out of the store at `path` (opened
// read-only), grouped by identity, in order of first document. Fails with
// NotFound when the file does not exist, Corruption when an aliases column
// is not a JSON array.
Result<std::vector<StoredEntity>> LoadStoredEntities(const std::string& path,
                                                     const EntitySelector& selector);

}  // namespace vigil

#endif  // VIGIL_STORE_ENTITY_READER_H_
