// Attack triggers that need more than a lexicon phrase: a vehicle driven
// into people ("drove a car into shoppers", "a van ploughed through the
// crowd"), and the opposite case, a state's armed operation ("killed in an
// operation of the United States", "a US raid", "a raid by army troops"),
// whose story (the militant "detonated explosives when the soldiers
// arrived") is not an attack by a group, and whose actor country is not a
// place where an attack happened. The word classes they read (driving
// verbs, vehicles, forces, ...) are in data/lexicon/event_trigger_words.txt.
#ifndef VIGIL_EXTRACT_ATTACK_TRIGGERS_H_
#define VIGIL_EXTRACT_ATTACK_TRIGGERS_H_

#include <cstddef>
#include <string_view>

#include "extract/event_context.h"

namespace vigil {

// True when token `k` of the text (false past its end) is a word of class
// `c` in data/lexicon/event_trigger_words.txt, told by its filter slot.
inline bool TriggerWordAt(const EventContext& ctx, TriggerClass c, size_t k) {
  const EventText& et = ctx.text();
  return k < et.tokens.size() && ctx.lex().IsTriggerWord(c, et.words[k], et.slots[k]);
}

// Token of the driving verb of a vehicle ramming reported in sentence `s`
// (a driving verb and a vehicle noun next to each other, then "into" or
// "through"), when the sentence also gives casualties or says whom the
// vehicle hit (a crowd or victims word); SIZE_MAX if none. Words in
// quotations do not count. Thread-safe.
size_t VehicleRammingAt(const EventContext& ctx, size_t s);

// Token of an operation noun ("operation", "raid", "airstrike") in sentence
// `s` whose actor is a state or its forces: a country, demonym or forces
// word up to two words before it ("a U.S. special operations raid") or
// right after "of"/"by" ("an operation of the United States"); SIZE_MAX if
// none. "suicide operation" is a group's attack. Thread-safe.
size_t StateOperationAt(const EventContext& ctx, size_t s);

// True when sentence `s` tells a raid from the militant's side: "he
// detonated a vest as troops approached", "when the soldiers arrived" (a
// forces word after "as"/"when", then a verb of closing in), and gives no
// casualty figures (a bomber who kills soldiers is an attack). Thread-safe.
bool RaidStoryIn(const EventContext& ctx, size_t s);

// True when the place mention `n` is written as the actor of a state's
// action rather than as a scene: followed by a forces word ("US forces",
// "Nigeria's army"; not "police": "Kabul police said"), a country followed
// by an official word ("a U.S. official"), after "by", or after
// "<operation noun> of". Thread-safe.
bool IsActorPlace(const EventContext& ctx, const NameMention& n);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ATTACK_TRIGGERS_H_
