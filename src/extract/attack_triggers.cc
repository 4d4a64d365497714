#include "extract/attack_triggers.h"

#include <string_view>

#include "extract/attack_events.h"

namespace vigil {
namespace {

std::string_view W(const EventText& et, size_t i) {
  return i < et.tokens.size() ? std::string_view(et.words[i]) : std::string_view();
}

bool IntoAt(const EventText& et, size_t k) {
  return W(et, k) == "into" || W(et, k) == "through";
}

// A country ("the United States", "US"), a demonym ("American") or a
// forces word at token k.
bool StateActorAt(const EventContext& ctx, size_t k) {
  const EventText& et = ctx.text();
  if (k >= et.tokens.size()) return false;
  if (TriggerWordAt(ctx, kTriggerForces, k)) return true;
  if (ctx.lex().demonym_index.count(W(et, k)) > 0) return true;
  int idx = ctx.NameAtToken(k);
  if (idx < 0 || ctx.names()[idx].type != EntityType::kLoc) return false;
  const NameMention& n = ctx.names()[idx];
  return n.place_kind == "country" ||
         EventFold(ctx.CountryOf(n)) == EventFold(n.canonical);
}

// True when sentence `s` gives casualties, a casualty word, or a crowd or
// victims word within four words after token `into`.
bool PeopleHit(const EventContext& ctx, size_t s, size_t into) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  Casualties c = FindCasualties(ctx, s);
  if (c.killed || c.injured) return true;
  for (size_t k = into + 1; k < into + 5 && k < sent.last; ++k) {
    if (TriggerWordAt(ctx, kTriggerCrowd, k) || MatchAt(et, ctx.lex().victims, k))
      return true;
  }
  for (size_t t = sent.first; t < sent.last; ++t) {
    if (!et.tokens[t].in_quote && MatchAt(et, ctx.lex().casualties, t)) return true;
  }
  return false;
}

}  // namespace

size_t VehicleRammingAt(const EventContext& ctx, size_t s) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  for (size_t t = sent.first; t < sent.last; ++t) {
    if (et.tokens[t].in_quote || !TriggerWordAt(ctx, kTriggerDrive, t)) continue;
    size_t into = SIZE_MAX;
    // "a van ploughed into", "drove a car into", "rammed his truck through".
    if (t > sent.first && TriggerWordAt(ctx, kTriggerVehicle, t - 1) && IntoAt(et, t + 1))
      into = t + 1;
    for (size_t k = t + 1; into == SIZE_MAX && k < t + 5 && k + 1 < sent.last; ++k) {
      if (!TriggerWordAt(ctx, kTriggerVehicle, k)) continue;
      if (IntoAt(et, k + 1)) into = k + 1;
      break;
    }
    if (into != SIZE_MAX) return PeopleHit(ctx, s, into) ? t : SIZE_MAX;
  }
  return SIZE_MAX;
}

bool RaidStoryIn(const EventContext& ctx, size_t s) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  bool story = false;
  for (size_t t = sent.first; t + 2 < sent.last && !story; ++t) {
    if (et.tokens[t].in_quote || (W(et, t) != "as" && W(et, t) != "when")) continue;
    size_t k = t + 1;
    if (W(et, k) == "the" || W(et, k) == "u.s." || W(et, k) == "us") ++k;
    story = TriggerWordAt(ctx, kTriggerForces, k) && W(et, k) != "police" &&
            TriggerWordAt(ctx, kTriggerApproach, k + 1);
  }
  if (!story) return false;
  Casualties c = FindCasualties(ctx, s);
  return !c.killed && !c.injured;
}

size_t StateOperationAt(const EventContext& ctx, size_t s) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  for (size_t t = sent.first; t < sent.last; ++t) {
    if (et.tokens[t].in_quote || !TriggerWordAt(ctx, kTriggerOperation, t)) continue;
    if (W(et, t) == "operation" && t > sent.first && W(et, t - 1) == "suicide") continue;
    for (size_t k = t > sent.first + 2 ? t - 2 : sent.first; k < t; ++k) {
      if (StateActorAt(ctx, k)) return t;
    }
    size_t k = t + 1;
    if (W(et, k) != "of" && W(et, k) != "by") continue;
    ++k;
    if (W(et, k) == "the") ++k;
    if (StateActorAt(ctx, k)) return t;
  }
  return SIZE_MAX;
}

bool IsActorPlace(const EventContext& ctx, const NameMention& n) {
  const EventText& et = ctx.text();
  size_t after = n.last;
  if (W(et, after) == "'s") ++after;  // "the army's forces"
  std::string_view next = W(et, after);
  if (next != "police" && TriggerWordAt(ctx, kTriggerForces, after)) return true;
  // "the Islamic State's Mozambique province": a group's branch, named
  // after a place it claims, is an actor ("Pakistan's Khyber Pakhtunkhwa
  // province" is a place).
  if ((next == "province" || next == "branch" || next == "wilayat" ||
       next == "wilayah") &&
      n.first > 1 && W(et, n.first - 1) == "'s") {
    const int owner = ctx.NameAtToken(n.first - 2);
    if ((owner >= 0 && ctx.names()[owner].group >= 0) || W(et, n.first - 2) == "group")
      return true;
  }
  // "a U.S. official", "Iraqi government" (a country, not a city: "Kabul
  // officials" are officials in Kabul).
  if (TriggerWordAt(ctx, kTriggerOfficial, after) && StateActorAt(ctx, n.first))
    return true;
  size_t k = n.first;
  if (k > 0 && W(et, k - 1) == "the") --k;
  if (k == 0 || (W(et, k - 1) != "of" && W(et, k - 1) != "by")) return false;
  return W(et, k - 1) == "by" || (k > 1 && TriggerWordAt(ctx, kTriggerOperation, k - 2));
}

}  // namespace vigil
