#include "extract/attack_places.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/attack_triggers.h"  // IsActorPlace
#include "extract/numbers.h"

namespace vigil {
namespace {

// Casualty cue for the number mention `n` in `sent`: "killed"/"injured" or "".
std::string CueFor(const EventContext& ctx, const EventText::Sentence& sent,
                   const NumberMention& n, const std::vector<NumberMention>& all) {
  const EventText& et = ctx.text();
  const std::string* value = nullptr;
  size_t len;
  // "an 18-year-old girl" gives an age, not a count; "all four attackers
  // were killed" counts the attackers, not their victims.
  if (n.last < sent.last && et.words[n.last].substr(0, 4) == "year") return "";
  if (n.last < sent.last && MatchAt(et, ctx.lex().perpetrators, n.last)) return "";
  for (size_t k = n.last; k < n.last + 7 && k < sent.last; ++k) {
    if (k > n.last && (et.words[k] == "," || et.words[k] == ";" || et.words[k] == "and"))
      break;
    if (MatchAt(et, ctx.lex().casualties, k, &len, &value)) return *value;
    bool number = std::any_of(all.begin(), all.end(),
                              [&](const NumberMention& o) { return o.first == k; });
    if (number) break;
  }
  size_t from = n.first > sent.first + 8 ? n.first - 8 : sent.first;
  for (size_t k = n.first; k-- > from;) {
    std::string_view w = et.words[k];
    if (w == "toll" && MatchAt(et, ctx.lex().casualties, k - 1, &len, &value))
      return *value;
    if (n.first - k > 2) continue;
    if (MatchAt(et, ctx.lex().casualties, k, &len, &value) && k + len <= n.first) {
      if (w == "killing" || w == "killed" || w == "injuring" || w == "wounding" ||
          w == "injured" || w == "wounded" || w == "beheaded" || w == "beheading" ||
          w == "executed" || w == "massacred" || w == "murdered")
        return *value;
    }
  }
  return "";
}

bool IsPlaceNoun(std::string_view w) {
  return w == "region" || w == "province" || w == "city" || w == "town" ||
         w == "capital" || w == "republic" || w == "soil" || w == "village";
}

}  // namespace

Casualties FindCasualties(const EventContext& ctx, size_t s) {
  const auto& sent = ctx.text().sentences[s];
  return FindCasualtiesIn(ctx, s, sent.first, sent.last);
}

Casualties FindCasualtiesIn(const EventContext& ctx, size_t s, size_t first,
                            size_t last) {
  EventText::Sentence sent = ctx.text().sentences[s];
  const bool whole = sent.first == first && sent.last == last;
  sent.first = first;
  sent.last = last;
  Casualties out;
  // A clause's own numbers may differ from its sentence's (one running
  // across the cut is read differently).
  std::vector<NumberMention> clause_numbers;
  if (!whole) clause_numbers = FindNumbers(ctx.text(), first, last);
  const std::vector<NumberMention>& numbers = whole ? ctx.NumbersIn(s) : clause_numbers;
  for (const NumberMention& n : numbers) {
    std::string cue = CueFor(ctx, sent, n, numbers);
    if (cue == "killed" && !out.killed) out.killed = n.count;
    if (cue == "injured" && !out.injured) out.injured = n.count;
  }
  return out;
}

bool InFromList(const EventContext& ctx, size_t first) {
  const EventText& et = ctx.text();
  size_t sentence_first = et.sentences[et.tokens[first].sentence].first;
  for (size_t k = first; k-- > sentence_first;) {
    std::string_view w = et.words[k];
    if (w == "from") return true;
    int idx = ctx.NameAtToken(k);
    if (idx >= 0 && ctx.names()[idx].type == EntityType::kLoc) {
      k = ctx.names()[idx].first;
      continue;
    }
    if (w != "and" && w != "," && w != "or") return false;
  }
  return false;
}

std::string DemonymCountryIn(const EventContext& ctx, size_t s) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  for (size_t t = sent.first; t + 1 < sent.last; ++t) {
    auto it = ctx.lex().demonym_index.find(et.words[t]);
    if (it == ctx.lex().demonym_index.end()) continue;
    bool lower_between = t + 2 < sent.last && !et.tokens[t + 1].capitalised &&
                         et.tokens[t + 1].word && IsPlaceNoun(et.words[t + 2]);
    if (IsPlaceNoun(et.words[t + 1]) || lower_between)
      return ctx.lex().countries[it->second].name;
  }
  return "";
}

size_t DatelineEnd(const EventText& et) {
  constexpr size_t kMaxTokens = 12;
  bool in_parens = false, agency = false;
  for (size_t t = 0; t < et.tokens.size() && t < kMaxTokens; ++t) {
    const Token& tok = et.tokens[t];
    if (t == 0 && !tok.capitalised) return 0;
    if (tok.lower == "-" && !in_parens) return t > 0 && tok.sentence == 0 ? t + 1 : 0;
    if (tok.lower == "(" && !agency) {
      in_parens = agency = true;
    } else if (tok.lower == ")" && in_parens) {
      in_parens = false;
    } else if (tok.word ? !(tok.capitalised || tok.digits) : tok.lower != ",") {
      return 0;
    }
  }
  return 0;
}

bool ScenePlaceIn(const EventContext& ctx, size_t s, const TokenRange& clause,
                  size_t dateline_end) {
  for (size_t idx : ctx.NamesIn(s)) {
    const NameMention& n = ctx.names()[idx];
    if (n.type == EntityType::kLoc && clause.Contains(n.first) &&
        n.first >= dateline_end && !ctx.text().tokens[n.first].in_quote &&
        !InFromList(ctx, n.first) && !IsActorPlace(ctx, n))
      return true;
  }
  return false;
}

std::string GazetteerCountryOf(const EventContext& ctx, const NameMention& n) {
  if (n.type != EntityType::kLoc) return "";
  for (const Entity& e : ctx.found().entities) {
    if (e.type != EntityType::kLoc || e.kb_id.empty() || e.name != n.canonical) continue;
    auto it = ctx.lex().kb_place_country.find(e.kb_id);
    if (it != ctx.lex().kb_place_country.end()) return it->second;
  }
  return "";
}

}  // namespace vigil
