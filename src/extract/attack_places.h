// What one sentence says about where an attack happened and how many it
// harmed, beyond its trigger: casualty figures ("killing 13", "the death
// toll rose to 143"), the country of a demonym before a place noun ("the
// Somali port city of X"), and names of origin listed after "from"
// ("workers from China and India"), which are not scenes; and the country
// of a place the gazetteer knows.
#ifndef VIGIL_EXTRACT_ATTACK_PLACES_H_
#define VIGIL_EXTRACT_ATTACK_PLACES_H_

#include <cstddef>
#include <optional>
#include <string>

#include "extract/clause.h"  // TokenRange
#include "extract/event_context.h"
#include "vigil/extraction.h"

namespace vigil {

// Killed and injured figures stated in sentence `s` ("left at least 84
// dead", "killing 13", "the death toll rose to 143", "200 injured"). A
// figure of attackers ("all four attackers were killed") or an age ("an
// 18-year-old") is none. Thread-safe.
struct Casualties {
  std::optional<Count> killed, injured;
};
Casualties FindCasualties(const EventContext& ctx, size_t s);
// The same for the tokens [first, last) of sentence `s` only (one clause).
Casualties FindCasualtiesIn(const EventContext& ctx, size_t s, size_t first, size_t last);

// True when the name at token `first` is in a list after "from" ("workers
// from China and India"): origins, not scenes. Thread-safe.
bool InFromList(const EventContext& ctx, size_t first);

// Country of a demonym before a place noun in sentence `s`, with at most
// one lower-case word between ("the Russian region of Chechnya", "the
// Somali port city of X"); "" if none. Thread-safe.
std::string DemonymCountryIn(const EventContext& ctx, size_t s);

// True when clause `clause` of sentence `s` names a place that can be the
// scene of an attack: outside quotations, not an origin after "from", not
// a state acting (IsActorPlace), not in the dateline, which ends before
// token `dateline_end` (DatelineEnd of the text). Thread-safe.
bool ScenePlaceIn(const EventContext& ctx, size_t s, const TokenRange& clause,
                  size_t dateline_end);

// The token after the dash of a dateline that opens the text ("PESHAWAR,
// Pakistan (AP) —", "OUAGADOUGOU, April 14 (Reuters) -", "MOGADISHU —"):
// where the story was filed, not where it happened. 0 when the text opens
// with none. A dateline is at most 12 tokens of capitalised words, numbers,
// commas and one parenthesised agency, ending at a dash.
size_t DatelineEnd(const EventText& et);

// Country of the place mention `n` from the gazetteer: the country code of
// the KB place (a city of data/cities.tsv, a place of data/places.tsv) that
// the entity recogniser matched to it; "" when the KB has none. For places
// whose country the article does not give. Thread-safe.
std::string GazetteerCountryOf(const EventContext& ctx, const NameMention& n);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ATTACK_PLACES_H_
