#include "extract/attack_events.h"

#include <algorithm>
#include <cstdlib>

#include "extract/attack_disputes.h"
#include "extract/attack_groups.h"
#include "extract/attack_places.h"
#include "extract/attack_roles.h"
#include "extract/attack_triggers.h"
#include "extract/clause.h"
#include "extract/numbers.h"

namespace vigil {
namespace {

// One report of an attack in one sentence.
struct AttackMention {
  size_t sentence = 0;
  size_t trigger = 0;
  TokenRange clause;  // the tokens that report it: its sentence, or one clause
  std::string type;
  bool anaphoric = false;  // "the attack" with no place of its own
  bool plural = false;     // "attacks", "a series of bombings"
  bool definite = false;   // "the attack", "this bombing"
  bool specific = false;   // a definite or typed trigger, not a plural "attacks"
  std::string location, country, location_kind;
  bool country_from_gazetteer = false;  // not written in the text
  size_t location_token = 0;
  std::vector<std::string> places;        // lower-cased names in the sentence
  std::vector<std::string> local_places;  // those below country level
  std::string date;
  bool date_at_trigger = false;  // "the 2015 attack", "an attack on 3 May"
  Casualties casualties;
  std::string perpetrator, claimed_by;
};

int KindRank(const std::string& kind) {
  if (kind == "facility") return 4;
  if (kind == "country") return 2;
  if (kind == "region") return 1;
  return 3;
}

using Triggers = std::vector<std::pair<size_t, std::string>>;  // token, attack type

class AttackFinder {
 public:
  AttackFinder(const EventContext& ctx, const AttackOptions& options)
      : ctx_(ctx), et_(ctx.text()), options_(options), dateline_end_(DatelineEnd(et_)) {}

  // The kept attacks; (*background)[i] tells whether out[i] is an earlier
  // attack the article recalls rather than its news.
  std::vector<Event> Run(std::vector<bool>* background) {
    for (size_t s = 0; s < ctx_.sentence_count(); ++s) Sentence(s);
    std::vector<Event> out;
    std::vector<size_t> kept;
    for (Event& ev : events_) {
      if (!Keep(ev)) continue;
      kept.push_back(&ev - events_.data());
    }
    AttachNearbyVictims(kept);
    for (size_t i : kept) {
      Event& ev = events_[i];
      if (ev.perpetrator.empty() && ctx_.main_group() >= 0)
        ev.perpetrator = MainGroupSurface();
      out.push_back(std::move(ev));
      background->push_back(background_[i]);
    }
    DedupeRoles(&out);
    return out;
  }

 private:
  std::string_view W(size_t i) const { return i < et_.tokens.size() ? et_.words[i] : ""; }

  // Sentences without an attack word that name harmed persons ("X was
  // shot at his door") add them to the kept attack reported nearest.
  // A background attack reaches only the sentence right after one of its
  // reports, in the same paragraph.
  void AttachNearbyVictims(const std::vector<size_t>& kept) {
    for (size_t s : plain_sentences_) {
      size_t best = SIZE_MAX, best_dist = options_.victim_window + 1;
      for (size_t i : kept) {
        for (size_t e : sentences_[i]) {
          size_t dist = e > s ? e - s : s - e;
          if (background_[i] && !Follows(s, e)) continue;
          if (dist < best_dist) best_dist = dist, best = i;
        }
      }
      if (best == SIZE_MAX) continue;
      MergeRoleList(FindNamedVictims(ctx_, s), &events_[best].victims);
      if (!background_[best]) NearbyFigures(s, best);
      if (!background_[best]) NearbyClaim(s, best);
    }
  }

  // "The Islamic State's Caucasus branch claimed responsibility on Monday":
  // a claim without an attack word, one or two sentences after a report of
  // the attack, names its claimant when none is known yet.
  void NearbyClaim(size_t s, size_t i) {
    if (!JustAfter(s, i) || !events_[i].claimed_by.empty()) return;
    AttackGroups g = FindAttackGroups(ctx_, s, et_.sentences[s].first);
    if (g.claimed_by.empty()) return;
    events_[i].claimed_by = g.claimed_by;
    if (events_[i].perpetrator.empty()) events_[i].perpetrator = g.claimed_by;
    Span span = et_.sentences[s].span;
    if (!(events_[i].evidence.back() == span)) events_[i].evidence.push_back(span);
  }

  // True when sentence `s` comes one or two sentences after a report of
  // attack `i`.
  bool JustAfter(size_t s, size_t i) const {
    return std::any_of(sentences_[i].begin(), sentences_[i].end(),
                       [s](size_t e) { return e < s && s <= e + 2; });
  }

  // "The attack began ... . Officials said nine people had been killed": a
  // sentence without an attack word gives the figures of the attack reported
  // one or two sentences before it, unless an earlier report gave them.
  void NearbyFigures(size_t s, size_t i) {
    if (!JustAfter(s, i)) return;
    Casualties c = FindCasualties(ctx_, s);
    if (c.killed && s < killed_from_[i])
      events_[i].killed = c.killed, killed_from_[i] = s;
    if (c.injured && s < injured_from_[i])
      events_[i].injured = c.injured, injured_from_[i] = s;
  }

  // A call or threat (not a command or claim cue: "claimed the attack").
  bool StatementSentence(const EventText::Sentence& sent) const {
    for (size_t t = sent.first; t < sent.last; ++t) {
      const std::string* kind = nullptr;
      if (!et_.tokens[t].in_quote &&
          MatchAt(et_, ctx_.lex().statement_cues, t, nullptr, &kind) && kind->empty())
        return true;
    }
    return false;
  }
  bool Hedged(const EventText::Sentence& sent, size_t t, size_t len) const {
    size_t from = t > sent.first + 5 ? t - 5 : sent.first;
    for (size_t k = from; k < t; ++k) {
      if (TriggerWordAt(ctx_, kTriggerHedge, k)) return true;
    }
    for (size_t k = t + len; k < t + len + 3 && k < sent.last; ++k) {
      if (W(k) == "could" || W(k) == "would" || W(k) == "will") return true;
    }
    return false;
  }

  void Sentence(size_t s) {
    const auto& sent = et_.sentences[s];
    if (StatementSentence(sent)) return;
    std::vector<std::pair<size_t, std::string>> triggers;
    for (size_t t = sent.first; t < sent.last;) {
      size_t len;
      const std::string* type = nullptr;
      if (!et_.tokens[t].in_quote &&
          MatchAt(et_, ctx_.lex().attack_words, t, &len, &type)) {
        if (!Hedged(sent, t, len)) triggers.emplace_back(t, *type);
        t += len;
      } else {
        ++t;
      }
    }
    VehicleTrigger(s, &triggers);
    // A state's raid that kills a militant is no attack by the group.
    // Its story ("... when he detonated explosives") follows the operation.
    size_t operation = RaidStoryIn(ctx_, s) ? sent.first : StateOperationAt(ctx_, s);
    std::erase_if(triggers, [&](const auto& tr) { return tr.first >= operation; });
    const TokenRange whole{sent.first, sent.last};
    if (triggers.empty() && operation == SIZE_MAX) WeaponTrigger(s, whole, &triggers);
    if (triggers.empty() && operation == SIZE_MAX) AttackerTrigger(s, whole, &triggers);
    if (triggers.empty()) plain_sentences_.push_back(s);
    if (!triggers.empty() && SeparateClauses(s, triggers, operation)) return;
    for (const auto& [t, type] : triggers) Add(Read(s, t, type, whole));
  }

  // "A bomb killed 12 at a market in X, and gunmen shot three guards at a
  // bank in Y": when at least two coordinated clauses each report an attack
  // (a trigger of their own) at a scene of their own, each clause is read
  // as its own report; a clause without both joins the one before it.
  bool SeparateClauses(size_t s, const Triggers& triggers, size_t operation) {
    std::vector<std::pair<TokenRange, Triggers>> reports;
    Triggers pending;  // of clauses before the first report
    size_t first = et_.sentences[s].first;
    for (const TokenRange& clause : CoordinatedClauses(ctx_, s)) {
      Triggers own;
      for (const auto& tr : triggers) {
        if (clause.Contains(tr.first)) own.push_back(tr);
      }
      if (own.empty() && operation == SIZE_MAX) WeaponTrigger(s, clause, &own);
      if (own.empty() && operation == SIZE_MAX) AttackerTrigger(s, clause, &own);
      if (!own.empty() && ScenePlaceIn(ctx_, s, clause, dateline_end_)) {
        own.insert(own.begin(), pending.begin(), pending.end());
        pending.clear();
        reports.emplace_back(TokenRange{first, clause.last}, std::move(own));
      } else if (!reports.empty()) {
        reports.back().first.last = clause.last;
        reports.back().second.insert(reports.back().second.end(), own.begin(), own.end());
      } else {
        pending.insert(pending.end(), own.begin(), own.end());
      }
      first = clause.last;
    }
    if (reports.size() < 2) return false;
    for (const auto& [clause, own] : reports) {
      for (const auto& [t, type] : own) Add(Read(s, t, type, clause));
    }
    return true;
  }

  // "drove a car into shoppers": types the sentence's untyped triggers
  // as a vehicle ramming, or is the trigger.
  void VehicleTrigger(size_t s, std::vector<std::pair<size_t, std::string>>* triggers) {
    size_t at = VehicleRammingAt(ctx_, s);
    if (at == SIZE_MAX || Hedged(et_.sentences[s], at, 1)) return;
    for (auto& trigger : *triggers) {
      if (trigger.second.empty()) trigger.second = "vehicle ramming";
    }
    if (triggers->empty()) triggers->emplace_back(at, "vehicle ramming");
  }

  // "a bomb ... killing 224", "planted a bomb": a weapon with harm or damage.
  // Only the tokens of `clause` are read.
  void WeaponTrigger(size_t s, const TokenRange& clause, Triggers* triggers) {
    Casualties c = FindCasualtiesIn(ctx_, s, clause.first, clause.last);
    bool harm = c.killed || c.injured;
    for (size_t t = clause.first; t < clause.last && !harm; ++t) {
      harm = !et_.tokens[t].in_quote && (TriggerWordAt(ctx_, kTriggerWeaponVerb, t) ||
                                         MatchAt(et_, ctx_.lex().casualties, t));
    }
    if (!harm) return;
    for (size_t t = clause.first; t < clause.last; ++t) {
      size_t len;
      if (!et_.tokens[t].in_quote && MatchAt(et_, ctx_.lex().weapons, t, &len)) {
        bool explosive =
            W(t).find("bomb") != std::string_view::npos || W(t) == "explosives";
        triggers->emplace_back(t, explosive ? "bombing" : "armed assault");
        return;
      }
    }
  }

  // "Gunmen opened a siege, killing 12": attackers with a casualty figure;
  // "Gunmen stormed a hotel": attackers with an assault verb.
  // Only the tokens of `clause` are read.
  void AttackerTrigger(size_t s, const TokenRange& clause, Triggers* triggers) {
    const auto& sent = et_.sentences[s];
    Casualties c = FindCasualtiesIn(ctx_, s, clause.first, clause.last);
    bool harm = c.killed || c.injured;
    for (size_t t = clause.first; t < clause.last; ++t) {
      size_t len;
      bool vague = W(t) == "individuals" || W(t) == "men" || W(t) == "gang";
      if (et_.tokens[t].in_quote || !MatchAt(et_, ctx_.lex().perpetrators, t, &len))
        continue;
      if (harm && (!vague || PassiveAgentAt(et_, t, sent.first))) {
        triggers->emplace_back(t, "armed assault");
        return;
      }
      for (size_t k = t + len; !vague && k < t + len + 6 && k < clause.last; ++k) {
        if (!TriggerWordAt(ctx_, kTriggerAssault, k) || Hedged(sent, k, 1)) continue;
        triggers->emplace_back(k, "armed assault");
        return;
      }
    }
  }

  AttackMention Read(size_t s, size_t trigger, const std::string& type,
                     const TokenRange& clause) {
    AttackMention m;
    m.sentence = s;
    m.trigger = trigger;
    m.clause = clause;
    m.type = type;
    std::string_view prev = trigger > 0 ? W(trigger - 1) : "";
    const bool plural = W(trigger) == "attacks" || W(trigger) == "bombings";
    m.plural = plural || SeriesBefore(trigger);
    // "the group's attacks on farmers" tells of a habit, not one attack.
    m.specific = !type.empty() ? !plural
                               : (prev == "the" || prev == "a" || prev == "this" ||
                                  prev == "that" || (prev == "'s" && !plural));
    Place(&m);
    std::string_view prev2 = trigger > 1 ? W(trigger - 2) : "";
    bool definite =
        prev == "the" || prev == "this" || prev == "that" ||
        ((prev2 == "the" || prev2 == "this") && trigger > 0 &&
         et_.tokens[trigger - 1].word && !et_.tokens[trigger - 1].capitalised);
    if (definite && !m.location.empty() &&
        !(m.location_token + 3 >= trigger && m.location_token <= trigger + 4) &&
        !TargetPhraseBetween(trigger, m.location_token)) {
      m.location.clear();
      m.location_kind.clear();
      m.country.clear();
    }
    m.anaphoric = m.location.empty() && definite;
    m.definite = definite;
    Date(&m);
    if (std::string year = YearBefore(trigger); !year.empty()) {
      if (m.date.empty()) m.date = year;
      m.date_at_trigger = true;
    }
    m.casualties = FindCasualtiesIn(ctx_, s, clause.first, clause.last);
    Groups(&m);
    return m;
  }

  // "the bombing of a busy market in X": only a target phrase (lower-case
  // words naming a target, no verb or clause word) between the trigger and
  // a place at most eight words after it.
  bool TargetPhraseBetween(size_t trigger, size_t place) const {
    if (place <= trigger || place > trigger + 8) return false;
    bool target = false;
    for (size_t k = trigger + 1; k < place; ++k) {
      std::string_view w = W(k);
      bool clause = w == "was" || w == "were" || w == "is" || w == "are" || w == "has" ||
                    w == "had" || w == "have" || w == "said" || w == "says" ||
                    w == "by" || w == "which" || w == "that" || w == "who" ||
                    w == "when" || w == "and";
      if (!et_.tokens[k].word || et_.tokens[k].capitalised || clause) return false;
      target = target || MatchAt(et_, ctx_.lex().physical_targets, k);
    }
    return target;
  }

  void Place(AttackMention* m) {
    const auto& sent = et_.sentences[m->sentence];
    int best = -1, best_rank = -1, dateline = -1;
    size_t best_dist = 0;
    for (size_t idx : ctx_.NamesIn(m->sentence)) {
      const NameMention& n = ctx_.names()[idx];
      if (n.type != EntityType::kLoc || et_.tokens[n.first].in_quote ||
          !m->clause.Contains(n.first))
        continue;
      // Where the story was filed is the place only when nothing else is.
      if (n.first < dateline_end_) {
        if (dateline < 0) dateline = static_cast<int>(idx);
        continue;
      }
      m->places.push_back(EventFold(n.canonical));
      if (KindRank(n.place_kind) >= 3) m->local_places.push_back(EventFold(n.canonical));
      if (InFromList(ctx_, n.first)) continue;
      if (IsActorPlace(ctx_, n)) continue;
      int rank = KindRank(n.place_kind);
      size_t dist = n.first > m->trigger ? n.first - m->trigger : m->trigger - n.first;
      if (rank > best_rank || (rank == best_rank && dist < best_dist)) {
        best = static_cast<int>(idx), best_rank = rank, best_dist = dist;
      }
      if (n.place_kind == "country" && m->country.empty()) m->country = ctx_.CountryOf(n);
    }
    if (best < 0 && m->country.empty()) best = dateline;
    if (best < 0) {
      if (m->country.empty()) m->country = DemonymCountryIn(ctx_, m->sentence);
      return;
    }
    const NameMention& n = ctx_.names()[best];
    m->location = n.canonical;
    m->location_kind = n.place_kind;
    m->location_token = n.first;
    size_t len;
    if (n.last < sent.last && !et_.tokens[n.last].capitalised &&
        MatchAt(et_, ctx_.lex().physical_targets, n.last, &len)) {
      m->location += " " + std::string(et_.Surface(n.last, n.last + len));
      m->location_kind = "facility";
    }
    if (std::string c = ctx_.CountryOf(n); !c.empty()) m->country = c;
    if (m->country.empty()) m->country = DemonymCountryIn(ctx_, m->sentence);
    if (m->country.empty()) {
      m->country = GazetteerCountryOf(ctx_, n);
      m->country_from_gazetteer = !m->country.empty();
    }
  }

  void Date(AttackMention* m) {
    size_t best_dist = 26;
    for (const TextDate& d : ctx_.DatesIn(m->sentence)) {
      if (d.first > 1 && (W(d.first - 1) == "after" || W(d.first - 1) == "before" ||
                          W(d.first - 2) == "after" || W(d.first - 2) == "before"))
        continue;
      std::string_view next = W(d.last);
      if (next == "announcement" || next == "notice" || next == "statement" ||
          next == "message" || next == "recording")
        continue;
      size_t dist = d.first > m->trigger ? d.first - m->trigger : m->trigger - d.first;
      if (dist < best_dist) best_dist = dist, m->date = d.value;
      std::string_view between = W(m->trigger + 1);
      if (d.first == m->trigger + 1 || d.last == m->trigger ||
          (d.first == m->trigger + 2 && (between == "on" || between == "in")))
        m->date_at_trigger = true;
    }
  }

  // "the 2015 attacks": a year written just before the trigger, or "".
  std::string YearBefore(size_t trigger) const {
    std::string_view w = trigger > 0 ? W(trigger - 1) : "";
    bool year =
        w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    return year ? std::string(w) : "";
  }

  // The main group as the article first writes it.
  std::string MainGroupSurface() const {
    for (const NameMention& m : ctx_.names()) {
      if (m.group == ctx_.main_group()) return m.surface;
    }
    return ctx_.GroupName(ctx_.main_group());
  }

  // A filler already given for an earlier attack of the article (same head
  // word) is not repeated; each attack keeps its first two individual attackers.
  static void DedupeRoles(std::vector<Event>* events) {
    std::vector<std::string> seen[4];
    for (Event& ev : *events) {
      if (ev.perpetrator_individuals.size() > 2) ev.perpetrator_individuals.resize(2);
      std::vector<std::string>* lists[4] = {&ev.perpetrator_individuals, &ev.victims,
                                            &ev.physical_targets, &ev.weapons};
      for (int r = 0; r < 4; ++r) {
        std::vector<std::string> kept;
        MergeRoleList(*lists[r], &seen[r], &kept);
        *lists[r] = std::move(kept);
      }
    }
  }

  // "a series of bombings", "a wave of shootings": the trigger at `t` is
  // one of several attacks. (Other plurals, "explosions", "blasts", may be
  // the parts of one attack.)
  bool SeriesBefore(size_t t) const {
    for (size_t k = t > 3 ? t - 3 : 0; k < t; ++k) {
      if ((W(k) == "series" || W(k) == "wave" || W(k) == "string") && W(k + 1) == "of")
        return true;
    }
    return false;
  }

  void Groups(AttackMention* m) const {
    AttackGroups g = FindAttackGroups(ctx_, m->sentence, m->trigger);
    m->perpetrator = std::move(g.perpetrator);
    m->claimed_by = std::move(g.claimed_by);
  }

  // True when sentence `s` comes right after sentence `e` in its paragraph.
  bool Follows(size_t s, size_t e) const {
    return s == e + 1 && et_.sentences[s].paragraph == et_.sentences[e].paragraph;
  }

  // Merging: the same place, else the attack the sentence refers to.
  Event* Find(const AttackMention& m) {
    if (!m.location.empty()) {
      if (Event* e = FindByPlace(m)) return e;
      return Placeless(m);
    }
    if (events_.empty()) return nullptr;
    // The date of "the attack" names it only when written next to it; "a
    // bombing" in another year is another attack.
    if (!m.date.empty() && (m.date_at_trigger || !m.anaphoric)) {
      if (int dated = SameMonth(m.date); dated >= 0) return &events_[dated];
      if (OtherYear(m.date)) return nullptr;
    }
    if (m.sentence > last_sentence_ + options_.anaphora_window && !m.anaphoric)
      return nullptr;
    if (int typed = m.anaphoric ? SameKind(m.type) : -1; typed >= 0)
      return Singled(typed, m) ? nullptr : &events_[typed];
    if (int recalled = RecalledJustBefore(m); recalled >= 0) return &events_[recalled];
    return Singled(Current(), m) ? nullptr : &events_[Current()];
  }

  // "A series of bombings killed 31" then "a car bomb in Hilla killed 14": a
  // single attack with a place of its own after a report of several is one
  // of them, not all.
  bool OneOfSeries(size_t event, const AttackMention& m) const {
    return series_[event] && !m.plural;
  }

  // "In the deadliest attack", "the first attack": a placeless mention
  // picked out of a series by a superlative or an ordinal.
  bool Singled(size_t event, const AttackMention& m) const {
    if (!OneOfSeries(event, m)) return false;
    const size_t first = et_.sentences[m.sentence].first;
    for (size_t k = m.trigger > first + 2 ? m.trigger - 2 : first; k < m.trigger; ++k) {
      const std::string_view w = W(k);
      if (w.ends_with("est") || w == "first" || w == "second" || w == "third")
        return true;
    }
    return false;
  }

  Event* FindByPlace(const AttackMention& m) {
    std::string loc = EventFold(m.location);
    for (size_t i = 0; i < events_.size(); ++i) {
      const auto& places = places_[i];
      bool same = std::find(places.begin(), places.end(), loc) != places.end() ||
                  std::find(m.places.begin(), m.places.end(),
                            EventFold(events_[i].location)) != m.places.end();
      for (const std::string& p : m.local_places) {
        same =
            same || std::find(local_[i].begin(), local_[i].end(), p) != local_[i].end();
      }
      // "The mission in Somalia condemned the attack": a definite mention
      // in the country of the attack.
      same = same || (m.definite && m.location_kind == "country" &&
                      EventFold(m.location) == EventFold(events_[i].country));
      if (!same) continue;
      if (!m.date.empty() && !events_[i].date.empty() &&
          m.date.substr(0, 4) != events_[i].date.substr(0, 4))
        continue;
      return &events_[i];
    }
    return nullptr;
  }

  // A report with a place continues the current attack when that one has
  // no place yet, is the article's news, was reported in the last few
  // sentences and has no other date or kind ("Suicide bomber kills 12 in
  // market" then "A suicide bomber blew himself up in a market in X").
  Event* Placeless(const AttackMention& m) {
    if (events_.empty()) return nullptr;
    size_t i = Current();
    const Event& ev = events_[i];
    if (background_[i]) return nullptr;
    // "A series of bombings killed 31" then "a car bomb in Hilla killed 14":
    // one attack of the series, with figures of its own.
    if (OneOfSeries(i, m)) return nullptr;
    // "... in northwestern Pakistan" then "The attack in Bannu": a definite
    // report of a place in the country the current attack is placed in only
    // says where in it.
    const bool within = m.definite && !series_[i] &&
                        location_rank_[i] <= KindRank("country") && !m.country.empty() &&
                        EventFold(m.country) == EventFold(ev.country);
    if ((!ev.location.empty() || !ev.country.empty()) && !within) return nullptr;
    if (m.sentence > last_sentence_ + options_.anaphora_window) return nullptr;
    if (AnotherBefore(m)) return nullptr;
    if (!m.date.empty() && !ev.date.empty() && m.date.compare(0, 7, ev.date, 0, 7) != 0)
      return nullptr;
    if (!m.type.empty() && !kinds_[i].empty() && SameKind(m.type) != static_cast<int>(i))
      return nullptr;
    return &events_[i];
  }

  // "Rebels also attacked", "in another attack", "in a separate attack":
  // a word just before the trigger that introduces a further attack.
  bool AnotherBefore(const AttackMention& m) const {
    size_t first = et_.sentences[m.sentence].first;
    for (size_t k = m.trigger > first + 4 ? m.trigger - 4 : first; k < m.trigger; ++k) {
      std::string_view w = W(k);
      if (w == "also" || w == "another" || w == "separate" || w == "separately" ||
          w == "second" || w == "meanwhile" || w == "earlier")
        return true;
    }
    return false;
  }

  // The attack an unnamed "the attack" goes to: the one mentioned last among
  // those that are the article's news; the one mentioned last of all when
  // every one is background.
  size_t Current() const {
    size_t best = events_.size() - 1;
    bool best_news = false;
    for (size_t i = 0; i < events_.size(); ++i) {
      bool news = !background_[i];
      if (news < best_news) continue;
      if (news > best_news || sentences_[i].back() >= sentences_[best].back()) best = i;
      best_news = best_news || news;
    }
    return best;
  }

  // Of the attacks for which `match` holds, the current one, else the one
  // mentioned last; -1 if none.
  template <typename Match>
  int Latest(Match match) const {
    if (match(Current())) return static_cast<int>(Current());
    int best = -1;
    for (size_t i = 0; i < events_.size(); ++i) {
      if (match(i) && (best < 0 || sentences_[i].back() >= sentences_[best].back()))
        best = static_cast<int>(i);
    }
    return best;
  }

  // The attack dated in the same month as `date` (same year when either
  // gives no month), the current one first; -1 if none.
  int SameMonth(const std::string& date) const {
    size_t n = date.size() >= 7 ? 7 : 4;
    auto same = [&](size_t i) {
      const std::string& d = events_[i].date;
      size_t k = d.size() >= 7 ? n : 4;
      return d.size() >= 4 && d.compare(0, k, date, 0, k) == 0;
    };
    return Latest(same);
  }

  // A year other than the current attack's (or, undated, one before the
  // article's own) names another attack.
  bool OtherYear(const std::string& date) const {
    const std::string& current = events_[Current()].date;
    if (current.size() >= 4) return current.compare(0, 4, date, 0, 4) != 0;
    return Older(date);
  }

  // True when `date` lies more than two months before the article's date
  // or, without one, before the date of its first attack (a bare year
  // counts as its December: "2023" in an article of January 2024 is recent).
  bool Older(const std::string& date) const {
    std::string reference = ctx_.anchor();
    if (reference.size() < 4 && !events_.empty()) reference = events_.front().date;
    int then = MonthNumber(date), now = MonthNumber(reference);
    return then >= 0 && now >= 0 && now - then > 2;
  }
  // Months since year 0 of a YYYY[-MM[-DD]] date, or -1.
  static int MonthNumber(const std::string& date) {
    if (date.size() < 4) return -1;
    int year = std::atoi(date.substr(0, 4).c_str());
    int month = date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 12;
    return year * 12 + month - 1;
  }

  // "the shooting" after a shooting and a bombing: the current attack when it
  // is of that kind, else the latest of that kind (a background one too,
  // since the kind names it); -1 if none.
  int SameKind(const std::string& type) const {
    if (type.empty()) return -1;
    auto same = [&](size_t i) {
      for (const std::string& k : kinds_[i]) {
        if (KindOf(k) == KindOf(type)) return true;
      }
      return false;
    };
    return Latest(same);
  }
  static std::string_view KindOf(std::string_view type) {
    if (type.substr(0, 8) == "suicide ") type.remove_prefix(8);
    return type;
  }

  // "In 2015 a bomb hit X. That attack ...": a demonstrative right after a
  // background attack's report, in its paragraph, refers back to it.
  int RecalledJustBefore(const AttackMention& m) const {
    std::string_view prev = m.trigger > 0 ? W(m.trigger - 1) : "";
    if ((prev != "that" && prev != "same") || m.sentence == 0) return -1;
    for (size_t i = events_.size(); i-- > 0;) {
      if (!background_[i]) continue;
      for (size_t e : sentences_[i]) {
        if (Follows(m.sentence, e)) return static_cast<int>(i);
      }
    }
    return -1;
  }

  // An attack the article recalls rather than reports: dated in an earlier
  // year, or (after its first attack) introduced as a past one ("two years
  // ago", "a previous attack", "last year").
  bool Background(const AttackMention& m) const {
    if (Older(m.date)) return true;
    if (events_.empty()) return false;
    const auto& sent = et_.sentences[m.sentence];
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (et_.tokens[t].in_quote) continue;
      std::string_view w = W(t);
      std::string_view next = W(t + 1);
      bool long_ago = next == "ago" && (w == "years" || w == "year" || w == "decades" ||
                                        w == "decade" || w == "months");
      if (long_ago || w == "previous" || w == "previously" || w == "recalled" ||
          w == "anniversary" || (w == "in" && next == "the" && W(t + 2) == "past") ||
          (w == "last" && (next == "year" || next == "decade")))
        return true;
    }
    return false;
  }

  void Add(const AttackMention& m) {
    Event* ev = Find(m);
    bool fresh = ev == nullptr;
    if (fresh) {
      background_.push_back(Background(m));
      kinds_.emplace_back();
      events_.emplace_back();
      places_.emplace_back();
      local_.emplace_back();
      specific_.push_back(false);
      series_.push_back(m.plural);
      sentences_.emplace_back();
      location_rank_.push_back(0);
      location_specific_.push_back(false);
      killed_from_.push_back(SIZE_MAX);
      injured_from_.push_back(SIZE_MAX);
      ev = &events_.back();
      ev->type = EventType::kAttack;
    }
    size_t i = ev - events_.data();
    Fill(m, fresh, i);
    sentences_[i].push_back(m.sentence);
    if (!m.type.empty()) kinds_[i].push_back(m.type);
    for (const auto& p : m.places) places_[i].push_back(p);
    for (const auto& p : m.local_places) local_[i].push_back(p);
    if (!m.location.empty()) places_[i].push_back(EventFold(m.location));
    specific_[i] = specific_[i] || m.specific || !m.date.empty() ||
                   m.casualties.killed.has_value() || !m.claimed_by.empty();
    last_sentence_ = m.sentence;
  }

  void Fill(const AttackMention& m, bool fresh, size_t i) {
    Event* ev = &events_[i];
    // A finer place wins; so does the place of a specific report over that
    // of a plural one ("attacks in Iraq and Syria, including a prison break
    // in Syria").
    int rank = KindRank(m.location_kind);
    bool finer = rank > location_rank_[i] ||
                 (rank == location_rank_[i] && m.specific && !location_specific_[i]);
    if (!m.location.empty() && (ev->location.empty() || finer)) {
      ev->location = m.location;
      location_rank_[i] = rank;
      location_specific_[i] = m.specific;
      // The gazetteer's country never replaces one the text gives.
      if (!m.country.empty() && (!m.country_from_gazetteer || ev->country.empty()))
        ev->country = m.country;
    }
    if (ev->country.empty()) ev->country = m.country;
    if (ev->date.empty() && (fresh || !m.date.empty())) ev->date = m.date;
    if (ev->attack_type.empty()) ev->attack_type = m.type;
    if (m.type == "suicide bombing") ev->attack_type = m.type;
    if (!ev->killed && m.casualties.killed)
      ev->killed = m.casualties.killed, killed_from_[i] = m.sentence;
    if (!ev->injured && m.casualties.injured)
      ev->injured = m.casualties.injured, injured_from_[i] = m.sentence;
    if (ev->perpetrator.empty()) ev->perpetrator = m.perpetrator;
    if (ev->claimed_by.empty()) ev->claimed_by = m.claimed_by;
    Span sentence = et_.sentences[m.sentence].span;
    if (ev->evidence.empty() || !(ev->evidence.back() == sentence))
      ev->evidence.push_back(sentence);
    AttackRoles roles = FindAttackRoles(ctx_, m.sentence);
    KeepInClause(m.clause, &roles);
    MergeRoleList(roles.perpetrator_individuals, &ev->perpetrator_individuals);
    MergeRoleList(roles.victims, &ev->victims);
    MergeRoleList(roles.physical_targets, &ev->physical_targets);
    MergeRoleList(roles.weapons, &ev->weapons);
  }

  // Of the role fillers of a sentence, those written in `clause`.
  void KeepInClause(const TokenRange& clause, AttackRoles* roles) const {
    std::string_view text = et_.Surface(clause.first, clause.last);
    for (auto* list : {&roles->perpetrator_individuals, &roles->victims,
                       &roles->physical_targets, &roles->weapons}) {
      std::erase_if(*list, [&](const std::string& r) {
        return text.find(r) == std::string_view::npos;
      });
    }
  }

  // True when every harmed party named in the event's sentences is military
  // ("two soldiers were killed", "an attack on army positions").
  bool MilitaryOnly(const Event& ev) const {
    if (!ev.physical_targets.empty() || !ev.victims.empty()) return false;
    bool military = false;
    for (const Span& span : ev.evidence) {
      for (size_t t = 0; t < et_.tokens.size(); ++t) {
        const Token& tok = et_.tokens[t];
        if (tok.span.begin < span.begin || tok.span.end > span.end) continue;
        // Soldiers, or rebels harmed by them ("units killed one rebel").
        bool rebels = MatchAt(et_, ctx_.lex().perpetrators, t);
        if (!TriggerWordAt(ctx_, kTriggerMilitary, t) && !rebels) continue;
        if (W(t + 1) == "were" || W(t + 1) == "was" || W(t - 1) == "on" ||
            HarmedJustBefore(et_, t, 0))
          military = true;
      }
      std::string_view text = et_.text.substr(span.begin, span.size());
      if (text.find("civilian") != std::string_view::npos) return false;
    }
    return military;
  }

  bool Keep(const Event& ev) const {
    if (!options_.drop_vague) return true;
    // Fighting between armed forces is no attack to report, unless a group
    // is named behind it ("JNIM claimed the attack on the checkpoint").
    if (MilitaryOnly(ev) && ev.perpetrator.empty() && ev.claimed_by.empty()) return false;
    size_t i = &ev - events_.data();
    bool has_place = !ev.location.empty() || !ev.country.empty();
    bool roles = !ev.weapons.empty() || !ev.physical_targets.empty() ||
                 !ev.perpetrator_individuals.empty() || !ev.victims.empty();
    if (!has_place) return roles && (specific_[i] || !ev.perpetrator.empty());
    return specific_[i] || !ev.perpetrator.empty() || roles;
  }

  const EventContext& ctx_;
  const EventText& et_;
  const AttackOptions& options_;
  const size_t dateline_end_;  // tokens before it are the story's dateline
  std::vector<Event> events_;
  std::vector<std::vector<std::string>> places_;
  std::vector<std::vector<std::string>> local_;  // places below country level
  std::vector<bool> specific_;
  std::vector<bool> series_;      // per event: first reported as several attacks
  std::vector<bool> background_;  // per event: recalled, not the article's news
  std::vector<std::vector<std::string>> kinds_;  // per event, its mentions' types
  std::vector<int> location_rank_;
  std::vector<bool> location_specific_;
  std::vector<size_t> killed_from_,
      injured_from_;  // per event: sentence of its figure  // per event: its place from a
                      // specific report
  std::vector<std::vector<size_t>> sentences_;  // per event, its mentions' sentences
  std::vector<size_t> plain_sentences_;         // no attack word, not a statement
  size_t last_sentence_ = 0;
};

}  // namespace

std::vector<Event> ExtractAttacks(const EventContext& ctx, const AttackOptions& options) {
  std::vector<bool> background;
  std::vector<Event> attacks = AttackFinder(ctx, options).Run(&background);
  AddAttackDisputes(ctx, &attacks, {}, background);
  return attacks;
}

}  // namespace vigil
