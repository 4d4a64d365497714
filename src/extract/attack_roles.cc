#include "extract/attack_roles.h"

#include <cctype>
#include <cstdint>
#include <unordered_set>

namespace vigil {
namespace {

// Words that may stand between "by" and the agent noun.
bool IsDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "two" || w == "three" ||
         w == "four" || w == "five" || w == "several" || w == "some";
}

// "the murder of X".
bool IsHarmNoun(std::string_view w) {
  return w == "murder" || w == "assassination" || w == "death" || w == "killing" ||
         w == "kidnapping" || w == "abduction";
}

// Words near a physical target that say it was hit.
bool IsDamageWord(std::string_view w) {
  static const WordList kWords = {
      "destroyed", "damaged",  "hit",    "struck",   "planted",
      "placed",    "exploded", "burned", "attacked", "blew",
      "bombed",    "set",      "fired",  "targeted", "dynamited",
      "torched",   "blown",    "damage", "against",  "stormed",
      "raided",    "ambushed", "seized", "occupied", "machine-gunned"};
  return kWords.Contains(w);
}

// Modifiers that make a generic noun ("individuals", "men") an attacker.
bool IsAttackerModifier(std::string_view w) {
  static const WordList kMods = {"unidentified", "unknown",       "masked",    "armed",
                                 "hooded",       "heavily-armed", "suspected", "presumed",
                                 "alleged",      "several"};
  return kMods.Contains(w);
}

// Head nouns too vague to stand alone.
bool NeedsModifier(std::string_view w) {
  return w == "individuals" || w == "men" || w == "gang" || w == "fighters";
}

// "terrorist attack": a singular agent noun used as an adjective.
bool UsedAsAdjective(const EventText& et, size_t i, size_t len) {
  std::string_view w = et.words[i + len - 1];
  if (w.empty() || w.back() == 's') return false;
  size_t next = i + len;
  if (next >= et.tokens.size() || !et.tokens[next].word) return false;
  std::string_view n = et.words[next];
  return !(n == "was" || n == "who" || n == "had" || n == "has" || n == "and" ||
           n == "in" || n == "on" || n == "at" || n == "from" || n == "with" ||
           n == "of" || (n.size() > 2 && n.substr(n.size() - 2) == "ed"));
}

class RoleFinder {
 public:
  RoleFinder(const EventContext& ctx, size_t s)
      : ctx_(ctx), et_(ctx.text()), sent_(et_.sentences[s]) {}

  // Only the named persons the sentence says were harmed.
  std::vector<std::string> VictimsOnly() {
    NamedVictims();
    return std::move(roles_.victims);
  }

  AttackRoles Run() {
    for (size_t i = sent_.first; i < sent_.last;) {
      if (!et_.tokens[i].word) {
        ++i;
        continue;
      }
      size_t step = Weapon(i);
      if (step == 0) step = ArmedPersons(i);
      if (step == 0) step = Perpetrator(i);
      if (step == 0) step = Target(i);

      i += step == 0 ? 1 : step;
    }
    NamedVictims();
    ImplicatedPersons();
    return std::move(roles_);
  }

 private:
  std::string_view W(size_t i) const { return i < et_.tokens.size() ? et_.words[i] : ""; }
  void Push(std::vector<std::string>* list, std::string_view s) {
    MergeRoleList({std::string(s)}, list);
  }

  size_t Weapon(size_t i) {
    size_t len;
    if (!MatchAt(et_, ctx_.lex().weapons, i, &len)) return 0;
    std::string_view w = W(i);
    if ((w == "fire" && W(i - 1) != "set" && W(i + 1) != "bomb") ||
        (w == "mine" && !Near(i)) || (IsFuel(w) && !NearArson(i)))
      return len;
    Push(&roles_.weapons, et_.Surface(i, i + len));
    return len;
  }
  static bool IsFuel(std::string_view w) {
    return w == "gasoline" || w == "petrol" || w == "fuel" || w == "kerosene";
  }
  // Fuel is a weapon only where it is used to burn: "doused the bus with
  // gasoline", "set fire with petrol".
  bool NearArson(size_t i) const {
    for (size_t k = i > 5 ? i - 5 : 0; k <= i + 5 && k < sent_.last; ++k) {
      std::string_view w = W(k);
      if (w == "set" || w == "doused" || w == "poured" || w == "spraying" ||
          w == "sprayed" || w == "burned" || w == "burn" || w == "torched" ||
          w == "fire" || w == "ablaze")
        return true;
    }
    return false;
  }

  // True when an attack or damage word lies within `window` tokens.
  bool Near(size_t i, size_t window = 4) const {
    for (size_t k = i > window ? i - window : 0; k <= i + window && k < sent_.last; ++k) {
      if (MatchAt(et_, ctx_.lex().attack_words, k) || IsDamageWord(W(k))) return true;
    }
    return false;
  }

  // "four unidentified civilians carrying rifles", "men armed with knives":
  // plain words for people become attackers when they bear weapons.
  size_t ArmedPersons(size_t i) {
    static const WordList kPeople = {"civilians", "persons", "people",    "youths",
                                     "subjects",  "men",     "man",       "individuals",
                                     "strangers", "women",   "individual"};
    std::string_view next = W(i + 1);
    if (!kPeople.Contains(W(i)) || !(next == "carrying" || next == "armed" ||
                                     next == "wielding" || next == "brandishing"))
      return 0;
    if (HarmedJustBefore(et_, i, sent_.first)) return 0;
    size_t first = i;
    while (first > sent_.first && IsAttackerModifier(W(first - 1))) --first;
    Push(&roles_.perpetrator_individuals, et_.Surface(first, i + 1));
    return 1;
  }

  // "in search of guerrillas", "mistook them for rebels", "including 165
  // terrorists": attackers sought, named or counted, not attacking here.
  bool Sought(size_t first) const {
    size_t k = first;
    // "mistook them for Liberation Army rebels": a group's name is a modifier.
    while (k > sent_.first &&
           (IsNumberWord(W(k - 1)) || IsAttackerModifier(W(k - 1)) ||
            ctx_.NameAtToken(k - 1) >= 0 || et_.tokens[k - 1].all_caps))
      --k;
    if (k == sent_.first) return false;
    std::string_view prev = W(k - 1), prev2 = k >= 2 ? W(k - 2) : "";
    return prev == "for" || prev == "against" || prev == "fighting" ||
           prev == "including" || prev == "hunting" || prev == "chasing" ||
           (prev == "of" && (prev2 == "search" || prev2 == "hunt" || prev2 == "pursuit"));
  }
  bool Agent(size_t i) const { return PassiveAgentAt(et_, i, sent_.first); }

  // "X, who is implicated in the murder of Y", "X, accused of the bombing":
  // a person the sentence ties to the attack as its author.
  void ImplicatedPersons() {
    for (size_t idx : ctx_.NamesIn(&sent_ - et_.sentences.data())) {
      const NameMention& m = ctx_.names()[idx];
      if (m.type != EntityType::kPerson || et_.tokens[m.first].in_quote) continue;
      size_t k = m.last;
      while (k < sent_.last && k < m.last + 4 && IsLinkWord(W(k))) ++k;
      std::string_view w = W(k), prep = W(k + 1);
      bool tied = w == "implicated" || w == "accused" || w == "suspected" ||
                  w == "charged" || w == "convicted";
      if (!tied || (prep != "in" && prep != "of" && prep != "with")) continue;
      for (size_t d = k + 2; d < k + 6 && d < sent_.last; ++d) {
        if (IsHarmNoun(W(d)) || MatchAt(et_, ctx_.lex().attack_words, d)) {
          Push(&roles_.perpetrator_individuals, m.canonical);
          break;
        }
      }
    }
  }
  static bool IsLinkWord(std::string_view w) {
    return w == "," || w == "who" || w == "is" || w == "was" || w == "has" ||
           w == "had" || w == "been" || w == "being" || w == "are" || w == "were";
  }

  static bool IsNumberWord(std::string_view w) {
    return !w.empty() && (std::isdigit(static_cast<unsigned char>(w[0])) || w == "two" ||
                          w == "three" || w == "four" || w == "five" || w == "several" ||
                          w == "some" || w == "the" || w == "a");
  }

  size_t Perpetrator(size_t i) {
    size_t len;
    if (!MatchAt(et_, ctx_.lex().perpetrators, i, &len)) return 0;
    if (et_.tokens[i].capitalised && ctx_.NameAtToken(i) >= 0 && i > sent_.first)
      return len;
    if (UsedAsAdjective(et_, i, len)) return len;
    size_t first = i;
    if (NeedsModifier(W(i))) {
      if (i == 0 || !IsAttackerModifier(W(i - 1))) {
        if (W(i + len) != "armed" && !Agent(i)) return len;
      } else {
        first = i - 1;
      }
    }
    // Victims of their own clash ("five terrorists ... were killed") are not
    // attackers of this event's targets; leave them out.
    if (W(i + len) == "were" &&
        (W(i + len + 1) == "killed" || W(i + len + 1) == "arrested"))
      return len;
    // "troops killed one rebel": the harmed are not the attackers.
    if (HarmedJustBefore(et_, first, sent_.first) || Sought(first)) return len;
    Push(&roles_.perpetrator_individuals, et_.Surface(first, i + len));
    return len;
  }

  size_t Target(size_t i) {
    size_t len;
    if (!MatchAt(et_, ctx_.lex().physical_targets, i, &len)) return 0;
    size_t more;  // "court offices", "bank building": one compound target
    while (i + len < sent_.last &&
           MatchAt(et_, ctx_.lex().physical_targets, i + len, &more))
      len += more;
    if (!Near(i, 8) && !ListedAfterTarget(i) && !PassiveDamageAfter(i + len)) return len;
    // "a car bomb", "a suicide truck bomber", "an explosives-laden van": the
    // vehicle is the weapon.
    const std::string_view before = i > 0 ? W(i - 1) : "";
    if (W(i + len).starts_with("bomb") || before.ends_with("laden") ||
        before == "booby-trapped")
      return len;
    last_target_end_ = i + len;
    int name = ctx_.NameAtToken(i + len - 1);
    if (name >= 0) {
      const NameMention& m = ctx_.names()[name];
      if (m.last == i + len && m.type != EntityType::kPerson) {
        Push(&roles_.physical_targets, m.surface);
      }
      return len;
    }
    if (et_.tokens[i].capitalised && i == sent_.first) return len;
    Push(&roles_.physical_targets, et_.Surface(i, i + len));
    return len;
  }

  // "destroyed the offices and a nearby house": the next item of a list
  // whose earlier item was a target.
  bool ListedAfterTarget(size_t i) const {
    if (last_target_end_ == 0 || last_target_end_ > i || i - last_target_end_ > 7)
      return false;
    for (size_t k = last_target_end_; k < i; ++k) {
      if (W(k) == "and" || W(k) == "or" || W(k) == ",") return true;
    }
    return false;
  }
  // "the office, the court and the school were dynamited": a passive harm
  // or attack verb closing the list that starts at token `from`.
  bool PassiveDamageAfter(size_t from) const {
    for (size_t k = from; k < from + 16 && k + 1 < sent_.last; ++k) {
      std::string_view w = W(k);
      if (w == ";" || w == "by" || w == "that") return false;
      if (w != "was" && w != "were") continue;
      size_t at = W(k + 1) == "also" || W(k + 1) == "partially" ? k + 2 : k + 1;
      return IsDamageWord(W(at)) || MatchAt(et_, ctx_.lex().attack_words, at);
    }
    return false;
  }

  // "killing 13 servicemembers", "civilians were killed".
  size_t GenericVictim(size_t i) {
    size_t len;
    if (!MatchAt(et_, ctx_.lex().victims, i, &len)) return 0;
    bool harmed = false;
    for (size_t k = i > 3 ? i - 3 : 0; k < i + len + 3 && k < sent_.last; ++k) {
      if (k >= i && k < i + len) continue;
      harmed = harmed || IsHarmVerb(W(k)) || W(k) == "dead" || W(k) == "victims";
    }
    if (harmed) Push(&roles_.victims, et_.Surface(i, i + len));
    return len;
  }

  // "President X", "Colonel X" reporting on an attack are seldom its victims
  // unless the sentence says so next to the name.
  bool lex_titles_official(size_t first) const {
    if (first == 0) return false;
    std::string_view w = W(first - 1);
    bool official = w == "colonel" || w == "general" || w == "minister" ||
                    w == "director" || w == "spokesman" || w == "commander";
    return official && !IsHarmVerb(W(first - 2)) && !IsHarmVerb(W(first - 3));
  }

  // "X was shot", "X, who ..., was killed", "X and Y were wounded".
  bool PassiveHarm(size_t after) const {
    std::string_view first = W(after);
    if (!(first == "was" || first == "were" || first == "had" || first == "," ||
          first == "and"))
      return false;
    for (size_t k = after; k < after + 16 && k < sent_.last; ++k) {
      if (W(k) == "was" || W(k) == "were") {
        return IsHarmVerb(W(k + 1)) || IsHarmVerb(W(k + 2)) || IsHarmVerb(W(k + 3));
      }
    }
    return false;
  }

  // "shot them to death", "killed him": the pronoun's antecedents are the
  // persons named earlier in the sentence, other than its subject.
  size_t PronounVictimAt() const {
    for (size_t k = sent_.first; k + 1 < sent_.last; ++k) {
      std::string_view next = W(k + 1);
      if (IsHarmVerb(W(k)) && (next == "them" || next == "him" || next == "her"))
        return k;
    }
    return SIZE_MAX;
  }

  // True when sentence s mentions `noun` just after a harm verb ("murdered
  // four engineers") or just before a passive one ("engineers were killed").
  bool HarmedNounIn(size_t s, std::string_view noun) const {
    const auto& sent = et_.sentences[s];
    for (size_t k = sent.first; k < sent.last; ++k) {
      if (W(k) != noun) continue;
      for (size_t j = k > sent.first + 3 ? k - 3 : sent.first; j < k; ++j) {
        if (IsHarmVerb(W(j))) return true;
      }
      std::string_view aux = W(k + 1);
      if ((aux == "were" || aux == "was") && IsHarmVerb(W(k + 2))) return true;
    }
    return false;
  }

  // "The victims were identified as X": the subject noun names people
  // harmed in this or one of the three previous sentences.
  bool IdentifiedVictim(const NameMention& m) const {
    if (m.first < 4 || W(m.first - 1) != "as" || W(m.first - 2) != "identified")
      return false;
    std::string_view aux = W(m.first - 3);
    if (aux != "were" && aux != "was") return false;
    std::string_view noun = W(m.first - 4);
    if (noun == "victims" || noun == "victim" || noun == "dead" || noun == "hostages" ||
        IsHarmVerb(noun))  // "the men who were kidnapped were identified as"
      return true;
    size_t s = &sent_ - et_.sentences.data();
    for (size_t back = 0; back <= 3 && back <= s; ++back) {
      if (HarmedNounIn(s - back, noun)) return true;
    }
    return false;
  }

  void NamedVictims() {
    bool victim_before = false;
    size_t pronoun = PronounVictimAt();
    for (size_t idx : ctx_.NamesIn(&sent_ - et_.sentences.data())) {
      const NameMention& m = ctx_.names()[idx];
      if (m.type != EntityType::kPerson) continue;
      bool harmed = false;
      for (size_t k = m.first > 3 ? m.first - 3 : 0; k < m.first; ++k) {
        harmed = harmed || IsHarmVerb(W(k));
      }
      if (m.first > 0 && (W(m.first - 1) == "by" || lex_titles_official(m.first)))
        continue;
      harmed =
          harmed || (m.first > 1 && W(m.first - 1) == "of" && IsHarmNoun(W(m.first - 2)));
      // "a student at the Catholic College, was hurt": a prepositional
      // object is not the subject of the passive.
      std::string_view before = W(m.first - 1) == "the" ? W(m.first - 2) : W(m.first - 1);
      bool object = m.first > 0 && (before == "in" || before == "at" || before == "of" ||
                                    before == "from" || before == "to");
      harmed = harmed || (!object && PassiveHarm(m.last)) ||
               (victim_before && W(m.first - 1) == "and");
      // "Military Judge" alone is a title, not a name.
      if (ctx_.lex().titles.Contains(W(m.last - 1))) harmed = false;
      harmed = harmed || IdentifiedVictim(m) ||
               (pronoun != SIZE_MAX && m.last <= pronoun && m.first > sent_.first &&
                !et_.tokens[m.first].in_quote);
      victim_before = false;
      if (harmed && W(m.last) != "said" && W(m.last) != "reported") {
        Push(&roles_.victims, m.canonical);
        victim_before = true;
      }
    }
  }

  const EventContext& ctx_;
  const EventText& et_;
  const EventText::Sentence& sent_;
  AttackRoles roles_;
  size_t last_target_end_ = 0;  // token after the last accepted target, or 0
};

}  // namespace

bool IsHarmVerb(std::string_view w) {
  static const WordList kVerbs = {
      "killed",    "killing",       "murdered",   "assassinated", "kidnapped", "abducted",
      "wounded",   "injured",       "shot",       "slain",        "executed",  "attacked",
      "stabbed",   "hurt",          "wounding",   "injuring",     "kidnap",    "kill",
      "murdering", "assassinating", "kidnapping", "abducting",    "executing"};
  return kVerbs.Contains(w);
}

bool PassiveAgentAt(const EventText& et, size_t t, size_t first) {
  size_t k = t;
  while (k > first && (IsDeterminer(et.words[k - 1]) || et.tokens[k - 1].digits)) --k;
  if (k < first + 2 || et.words[k - 1] != "by") return false;
  std::string_view verb = et.words[k - 2];
  if (verb == ",") {  // "were killed on Tuesday in X, by a gang"
    for (size_t j = k - 2; j > first && j + 12 > k; --j) {
      if (IsHarmVerb(et.words[j - 1])) return true;
    }
    return false;
  }
  return IsHarmVerb(verb) || verb == "out" ||
         (verb.size() > 3 && verb.substr(verb.size() - 2) == "ed");
}

bool HarmedJustBefore(const EventText& et, size_t t, size_t first) {
  for (size_t k = t; k > first && k + 3 > t;) {
    --k;
    std::string_view w = et.words[k];
    if (w == "by" || w == "," || w == "and") return false;
    if (IsHarmVerb(w) || w == "captured") return true;
  }
  return false;
}

AttackRoles FindAttackRoles(const EventContext& ctx, size_t s) {
  return RoleFinder(ctx, s).Run();
}

std::vector<std::string> FindNamedVictims(const EventContext& ctx, size_t s) {
  return RoleFinder(ctx, s).VictimsOnly();
}

// Last word of a filler, lower-cased: coreferent fillers usually share it
// ("Mormon Church" ... "the church").
std::string HeadWord(std::string_view s) {
  size_t end = s.size();
  while (end > 0 && !std::isalnum(static_cast<unsigned char>(s[end - 1]))) --end;
  size_t start = s.rfind(' ', end == 0 ? 0 : end - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  return EventFold(s.substr(start, end - start));
}

void MergeRoleList(const std::vector<std::string>& from, std::vector<std::string>* to,
                   std::vector<std::string>* added) {
  for (const std::string& item : from) {
    std::string key = HeadWord(item);
    bool seen = false;
    for (const std::string& have : *to) seen = seen || HeadWord(have) == key;
    if (seen) continue;
    to->push_back(item);
    if (added != nullptr) added->push_back(item);
  }
}

}  // namespace vigil
