#include "vigil/extraction.h"

namespace vigil {

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kLoc:
      return "LOC";
  }
  return "PERSON";
}

const char* EventTypeName(EventType type) {
  switch (type) {
    case EventType::kStatement:
      return "statement";
    case EventType::kAttack:
      return "attack";
    case EventType::kLeadership:
      return "leadership";
  }
  return "statement";
}

}  // namespace vigil
