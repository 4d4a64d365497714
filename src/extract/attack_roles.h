// Attack role fillers in the MUC-4 / GTD style, found in one sentence that
// reports an attack: the individual perpetrators ("gunmen", "masked
// individuals"), the victims (persons named as killed, hurt or kidnapped;
// "civilians" tied to a casualty figure), the physical targets ("church",
// "Economy Ministry") and the weapons ("car bomb", "rifles"), each a short
// noun phrase that ends on its head word.
#ifndef VIGIL_EXTRACT_ATTACK_ROLES_H_
#define VIGIL_EXTRACT_ATTACK_ROLES_H_

#include <string>
#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

struct AttackRoles {
  std::vector<std::string> perpetrator_individuals, victims, physical_targets, weapons;
};

// Role fillers of sentence `s` of the context (tokens inside quotations are
// skipped). Thread-safe.
AttackRoles FindAttackRoles(const EventContext& ctx, size_t s);

// Only the named persons that sentence `s` says were killed, hurt or
// kidnapped ("X was shot", "the murder of X", "shot them to death"), for
// sentences that add victims to an attack reported nearby. Thread-safe.
std::vector<std::string> FindNamedVictims(const EventContext& ctx, size_t s);

// True for verbs that say persons were harmed ("killed", "wounded",
// "kidnapped", "murdering"). Thread-safe.
bool IsHarmVerb(std::string_view w);

// True when token t heads the agent of a passive: "killed by a gang",
// "carried out by two men" ("by", then determiners or figures, after a harm
// verb, "out" or an -ed word), not before `first`. Thread-safe.
bool PassiveAgentAt(const EventText& et, size_t t, size_t first);

// True when one of the three words before token t (not before `first`, not
// across "by", a comma or "and") is a harm verb or "captured": "troops
// killed two rebels". Thread-safe.
bool HarmedJustBefore(const EventText& et, size_t t, size_t first);

// Appends the items of `from` whose head word (last word, case folded) is
// not yet in `to`. With `added`, the appended items are also put there.
void MergeRoleList(const std::vector<std::string>& from, std::vector<std::string>* to,
                   std::vector<std::string>* added = nullptr);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ATTACK_ROLES_H_
