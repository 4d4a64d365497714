// What the extract stage finds in one Document: entities with their
// mentions, quotations with their speakers, and events (statements, attacks,
// leadership changes). Every item keeps the spans (over Document::text) of
// the words that support it.
#ifndef VIGIL_EXTRACTION_H_
#define VIGIL_EXTRACTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "vigil/document.h"

namespace vigil {

// Stored as integers: never renumber.
enum class EntityType { kPerson = 0, kOrg = 1, kLoc = 2 };

// "PERSON", "ORG" or "LOC".
const char* EntityTypeName(EntityType type);

struct Mention {
  Span span;            // over Document::text
  std::string surface;  // == text.substr(span)
};

struct Entity {
  std::string name;  // canonical name (KB name when known, else the fullest mention)
  EntityType type = EntityType::kPerson;
  std::string kb_id;                 // empty when the KB does not know it
  std::vector<std::string> aliases;  // distinct surface forms, in order seen
  std::vector<Mention> mentions;
};

struct Quote {
  std::string text;                    // the quoted words, without the marks
  Span span;                           // of the quoted words
  std::optional<std::string> speaker;  // canonical entity name, or a description
  Span cue;  // the speech verb or "according to" phrase, empty if none
};

// A count with the range the text supports ("at least 84" -> {84, nullopt}).
struct Count {
  long min = 0;
  std::optional<long> max;
};

enum class EventType { kStatement = 0, kAttack = 1, kLeadership = 2 };

// One competing account of an attack that the article reports: who says it
// and what they say ("Russian officials" blamed "Ukraine"; "the prosecutor"
// said it was not terrorism; "the group" denied involvement).
struct Dispute {
  std::string source;  // who says it, as written ("the FSB", "Russian officials")
  // What they say, one of: "blamed" (holds `party` responsible), "denied"
  // (denies involvement), "not_terrorism" (says it was not terrorism),
  // "rejected_claim" (rejects a claim of responsibility or an attribution).
  std::string stance;
  std::string party;  // blamed: whom they hold responsible; else may be empty
  Span evidence;      // the sentence that says it, over Document::text
  bool operator==(const Dispute&) const = default;
};

// "statement", "attack" or "leadership".
const char* EventTypeName(EventType type);

// The sentence that supports one value of one event field, so a page or an
// export can show why the event says it (src/extract/field_evidence.h).
// Only values found in the sentence get one: the words of the value or of an
// alias of the name, the count, the lexicon cue, the date phrase.
struct FieldEvidence {
  // The Event member the value belongs to, named as in the JSON output:
  // "location", "killed", "weapons", "date", "disputed", ...
  std::string field;
  // The value supported: the field's string, one item of a list field, a
  // count as "84" or "84-103", a dispute as "<source> <stance>[ <party>]".
  std::string value;
  Span sentence;  // the supporting sentence, over Document::text
  Span match;     // the words in it that carry the value; {0,0} when not pinned down
  // The sentence's text, filled only by readers that load it from a store
  // (LoadEvidenceQuotes in src/store/event_loader.h); empty after extraction.
  std::string quote;
  bool operator==(const FieldEvidence&) const = default;
};

// One event as reported in one article. Fields not used by a type stay empty.
struct Event {
  EventType type = EventType::kStatement;
  std::string date;            // YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
  std::vector<Span> evidence;  // sentences that support it

  // statement
  std::string speaker, organization, medium;
  std::vector<std::string> targets, target_groups, methods;
  // How long the recording or speech is, as the text puts it, lower-cased,
  // "41-minute" written "41 minutes" ("more than half an hour"); empty when
  // the text does not say. duration_minutes: its length in whole minutes
  // (qualifiers such as "more than" dropped), when computable.
  std::string duration;
  std::optional<int> duration_minutes;
  // Holiday or occasion the message was released for ("Ramadan", "Eid
  // al-Adha", "10th anniversary of the caliphate"); empty when none named.
  std::string occasion;
  // Stated grievance the message avenges or answers: the words after "to
  // avenge", "in revenge for", "in response to", ... up to the clause end.
  std::string motive;

  // attack
  std::string location, country, perpetrator, claimed_by, attack_type;
  std::optional<Count> killed, injured;
  std::vector<std::string> perpetrator_individuals, victims, physical_targets, weapons;
  // Competing attributions or characterisations, in text order.
  std::vector<Dispute> disputed;

  // leadership
  std::string person, change, role;  // organization shared with statement

  // Per filled field (and list item), the sentence that supports it, in the
  // order the fields are declared above; values no sentence supports have
  // none. Filled by extraction; kept by the store.
  std::vector<FieldEvidence> field_evidence;
};

// One article's report of an event, with the article that made it: what the
// store gives back and what cross-article merging reads.
struct SourcedEvent {
  Event event;
  int64_t document_id = 0;
  std::string source;     // first source recorded for the article (path or URL)
  std::string published;  // the article's publication date, may be empty
  std::string title;
};

struct Extraction {
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
};

}  // namespace vigil

#endif  // VIGIL_EXTRACTION_H_
