// Who carried out and who claimed an attack, read from the sentence that
// reports it: the known group nearest the attack word, the one nearest a
// claim ("claimed responsibility", not "no group claimed"), or a group the
// knowledge base does not know named right after "claimed by" ("claimed by
// Tehreek-e-Jihad Pakistan, a little-known group").
#ifndef VIGIL_EXTRACT_ATTACK_GROUPS_H_
#define VIGIL_EXTRACT_ATTACK_GROUPS_H_

#include <cstddef>
#include <string>

#include "extract/event_context.h"

namespace vigil {

struct AttackGroups {
  std::string perpetrator;  // the claimant when nothing else is named
  std::string claimed_by;
};

// The groups of the attack whose word is token `trigger` of sentence `s`.
// Thread-safe.
AttackGroups FindAttackGroups(const EventContext& ctx, size_t s, size_t trigger);

// The known group named at token `t`, as a name or as the prefix of a
// hyphenated word ("ISIS-planted"); -1 when none. Thread-safe.
int GroupAtToken(const EventContext& ctx, size_t t);

// The capitalised name that starts at token `first` (before `last`): up to
// eight words, capitalised or Arabic particles between capitalised ones
// ("Jama'at Nusrat al-Islam"). "" when there is none, when it starts with a
// person the entity stage found, or is a known place and nothing more.
// Thread-safe.
std::string UnknownGroupAt(const EventContext& ctx, size_t first, size_t last);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ATTACK_GROUPS_H_
