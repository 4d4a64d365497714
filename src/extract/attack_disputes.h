// Attack disputes: the competing accounts of an attack that an article
// reports. A group claims an attack but officials blame another country
// ("Russian officials insisted that Ukraine was behind the attack"); a
// prosecutor says a stabbing was not terrorism; a government denies any
// involvement; a ministry rejects the claim. Each is read as who says it
// (the source), what they say (the stance) and whom they blame (the party),
// with the sentence that says it, and attached to the nearest attack.
#ifndef VIGIL_EXTRACT_ATTACK_DISPUTES_H_
#define VIGIL_EXTRACT_ATTACK_DISPUTES_H_

#include <vector>

#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

struct DisputeOptions {
  // A dispute attaches to the attack reported at most this many sentences
  // away (0: only an attack reported in the same sentence).
  size_t window = 3;
  // Words of the party or source phrase, at most.
  size_t max_phrase_tokens = 8;
};

// The disputes stated in sentence `s`, in text order; each one's evidence is
// the sentence's span. Cues come from the lexicon (dispute_cues,
// dispute_sources); "not terrorism" is a negation before a word starting
// with "terror". Thread-safe.
std::vector<Dispute> FindDisputes(const EventContext& ctx, size_t s,
                                  const DisputeOptions& options = {});

// Adds to each attack in *attacks (other types untouched) the disputes of the
// document's sentences nearest its reports (see DisputeOptions::window).
// A "blamed" account that names the attack's own claimant is agreement, not
// dispute, and is left out. `background`, when given, has one flag per
// attack: true for an earlier attack the article only recalls. Such an
// attack takes only the disputes of its own sentences and of the sentence
// right after one of them in the same paragraph; a dispute whose nearest
// attack is one it cannot take goes to the article's first other attack.
// Thread-safe.
void AddAttackDisputes(const EventContext& ctx, std::vector<Event>* attacks,
                       const DisputeOptions& options = {},
                       const std::vector<bool>& background = {});

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ATTACK_DISPUTES_H_
