// The name of a group the knowledge base does not know, where the text
// puts a claimant: "claimed by Tehreek-e-Jihad Pakistan, a little-known
// group". Known groups are found through the lexicon; this reads the
// capitalised words themselves.
#ifndef VIGIL_EXTRACT_CLAIMANT_H_
#define VIGIL_EXTRACT_CLAIMANT_H_

#include <cstddef>
#include <string>

#include "extract/event_context.h"

namespace vigil {

// The capitalised name that starts at token `first` (before `last`): up to
// eight words, capitalised or Arabic particles between capitalised ones
// ("Jama'at Nusrat al-Islam"). "" when there is none, when it starts with a
// person the entity stage found, or is a known place and nothing more.
// Thread-safe.
std::string UnknownGroupAt(const EventContext& ctx, size_t first, size_t last);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_CLAIMANT_H_
