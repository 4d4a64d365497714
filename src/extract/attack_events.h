// Attack events in one article: sentences that report an attack (attack
// words, or a weapon with a casualty figure), each read for place, country,
// date, casualties, perpetrator, claim and role fillers, then merged into
// one event per real attack: the same place, else the attack the sentence
// names by a date written next to its trigger or by its kind ("the
// shooting"), else the attack mentioned last. An attack the article only
// recalls (dated in an earlier year, or "two years ago", "a previous
// attack") takes only the sentences that name it, and "that attack" right
// after it; other sentences about "the attack" go to the article's news.
// Calls for attacks, threats and hypotheticals are not attacks. Competing
// accounts of each attack come from attack_disputes.h.
#ifndef VIGIL_EXTRACT_ATTACK_EVENTS_H_
#define VIGIL_EXTRACT_ATTACK_EVENTS_H_

#include <optional>
#include <vector>

#include "extract/attack_places.h"  // Casualties, FindCasualties
#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

struct AttackOptions {
  // Sentences after which an attack mention without a place can still be
  // attached to the previous attack ("the attack", "the blast").
  size_t anaphora_window = 4;
  // Sentences without an attack word add the persons they say were harmed
  // to the kept attack whose report lies at most this many sentences away.
  size_t victim_window = 3;
  // Drop attacks that have no place, no date, no figure and no perpetrator.
  bool drop_vague = true;
};

// Attack events of the document. Thread-safe.
std::vector<Event> ExtractAttacks(const EventContext& ctx,
                                  const AttackOptions& options = {});

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ATTACK_EVENTS_H_
