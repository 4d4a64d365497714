#include "extract/leadership_events.h"

#include <unordered_map>

#include "extract/quote_lexicon.h"
#include "extract/statement_events.h"

namespace vigil {
namespace {

bool Uncertain(std::string_view w) {
  return w == "alive" || w == "rumoured" || w == "rumored" || w == "whether" ||
         w == "if" || w == "occasions" || w == "could" || w == "would" || w == "may" ||
         w == "might";
}

class LeadershipFinder {
 public:
  explicit LeadershipFinder(const EventContext& ctx) : ctx_(ctx), et_(ctx.text()) {}

  std::vector<Event> Run() {
    for (size_t s = 0; s < ctx_.sentence_count(); ++s) Sentence(s);
    return std::move(events_);
  }

 private:
  std::string_view W(size_t i) const { return i < et_.tokens.size() ? et_.words[i] : ""; }

  // Whether a word outside quotations in `sent` makes its changes uncertain
  // (read only for sentences with a change).
  bool UncertainIn(const EventText::Sentence& sent) const {
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (!et_.tokens[t].in_quote && Uncertain(W(t))) return true;
    }
    return false;
  }

  struct RoleLink {
    int person = -1;
    size_t role_token = 0;
    std::string role;
  };

  void Sentence(size_t s) {
    const auto& sent = et_.sentences[s];
    std::vector<RoleLink> links;
    std::vector<std::pair<size_t, std::string>> changes;
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (et_.tokens[t].in_quote) continue;
      size_t len;
      const std::string* value = nullptr;
      if (MatchAt(et_, ctx_.lex().roles, t, &len, &value) && !et_.tokens[t].capitalised) {
        links.push_back(Link(t, *value));
      }
      if (MatchAt(et_, ctx_.lex().changes, t, &len, &value))
        changes.emplace_back(t, *value);
    }
    if (changes.empty() || UncertainIn(sent)) {
      Remember(links);
      return;
    }
    for (const RoleLink& link : links) {
      if (link.person < 0) continue;
      auto usable = Usable(changes, link.role_token);
      if (!usable.empty())
        Emit(s, link, Nearest(usable, ctx_.names()[link.person].first, link.role_token));
    }
    Predecessors(s, links, changes);
    Successors(s, links);
    // "killing himself": a change next to a person already tied to a role.
    for (size_t idx : ctx_.NamesIn(s)) {
      const NameMention& m = ctx_.names()[idx];
      auto known = role_of_.find(m.canonical);
      if (m.type != EntityType::kPerson || known == role_of_.end() || W(m.last) == "'s")
        continue;
      if (Linked(links, static_cast<int>(idx))) continue;
      RoleLink link{static_cast<int>(idx), m.first, known->second};
      auto usable = Usable(changes, 0);
      if (usable.empty()) continue;
      const auto& change = Nearest(usable, m.first, m.first);
      if (Distance(change.first, m.first) <= 6) Emit(s, link, change);
    }
    Remember(links);
  }

  // "appointed X as its spokesman, replacing Y, who died in January": Y held
  // the role X takes; the change written after Y's name (a relative clause,
  // within six tokens) is Y's. Appointment words there are X's, not Y's.
  void Predecessors(size_t s, const std::vector<RoleLink>& links,
                    const std::vector<std::pair<size_t, std::string>>& changes) {
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      const std::string_view w = W(t);
      if (w != "replacing" && w != "replaces" && w != "succeeding" && w != "succeeds")
        continue;
      const RoleLink* appointed = nullptr;
      for (const RoleLink& l : links) {
        if (l.person >= 0 && l.role_token < t) appointed = &l;
      }
      auto name_at = [&](size_t k) { return k < sent.last ? ctx_.NameAtToken(k) : -1; };
      const int before = name_at(t + 1) >= 0 ? name_at(t + 1) : name_at(t + 2);
      if (appointed == nullptr || before < 0) continue;
      const NameMention& m = ctx_.names()[before];
      if (m.type != EntityType::kPerson || Linked(links, before)) continue;
      for (const auto& change : changes) {
        if (change.first < m.last || change.first > m.last + 6 ||
            change.second == "appointed")
          continue;
        Emit(s, RoleLink{before, m.first, appointed->role}, change);
        break;
      }
    }
  }

  // "named X as his successor": X takes the role of the person "his" is,
  // the one the sentence ties to a role.
  void Successors(size_t s, const std::vector<RoleLink>& links) {
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first + 3; t < sent.last; ++t) {
      if (W(t) != "successor" || (W(t - 1) != "his" && W(t - 1) != "her") ||
          W(t - 2) != "as")
        continue;
      const int named = ctx_.NameAtToken(t - 3);
      if (named < 0 || ctx_.names()[named].type != EntityType::kPerson) continue;
      const RoleLink* before = nullptr;
      for (const RoleLink& l : links) {
        if (l.person >= 0 && l.person != named && l.role_token < t) before = &l;
      }
      if (before == nullptr) continue;
      Emit(s, RoleLink{named, t, before->role}, {t, "appointed"});
    }
  }

  // "new" marks an appointment only right before the role word.
  std::vector<std::pair<size_t, std::string>> Usable(
      const std::vector<std::pair<size_t, std::string>>& changes,
      size_t role_token) const {
    std::vector<std::pair<size_t, std::string>> out;
    for (const auto& c : changes) {
      if (W(c.first) == "new" && !(c.first < role_token && c.first + 3 >= role_token))
        continue;
      out.push_back(c);
    }
    return out;
  }

  static bool Linked(const std::vector<RoleLink>& links, int person) {
    for (const RoleLink& l : links) {
      if (l.person == person) return true;
    }
    return false;
  }
  static size_t Distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

  // Role word at t tied to a person in the text, or to the person last tied
  // to that role ("the new leader", "the previous leader").
  RoleLink Link(size_t t, const std::string& role) {
    RoleLink link;
    link.role_token = t;
    link.role = role;
    link.person = PersonNextToRole(ctx_, t);
    if (link.person >= 0) return link;
    std::string_view prev = t > 0 ? W(t - 1) : "";
    std::string_view prev2 = t > 1 ? W(t - 2) : "";
    bool previous = prev == "previous" || prev == "former" || prev == "late" ||
                    prev2 == "previous" || prev2 == "former";
    bool fresh = prev == "new" || prev2 == "new";
    auto& history = holders_[role];
    if (fresh && !history.empty()) link.person = history.back();
    if (previous && history.size() >= 2) link.person = history[history.size() - 2];
    if (previous && history.size() == 1) link.person = history.back();
    return link;
  }

  void Remember(const std::vector<RoleLink>& links) {
    for (const RoleLink& l : links) {
      if (l.person < 0) continue;
      const std::string& name = ctx_.names()[l.person].canonical;
      role_of_[name] = l.role;
      auto& history = holders_[l.role];
      bool seen = false;
      for (int p : history) seen = seen || ctx_.names()[p].canonical == name;
      if (!seen) history.push_back(l.person);
    }
  }

  const std::pair<size_t, std::string>& Nearest(
      const std::vector<std::pair<size_t, std::string>>& changes, size_t a,
      size_t b) const {
    size_t best = 0, best_dist = SIZE_MAX;
    for (size_t i = 0; i < changes.size(); ++i) {
      size_t d = std::min(Distance(changes[i].first, a), Distance(changes[i].first, b));
      if (d < best_dist) best_dist = d, best = i;
    }
    return changes[best];
  }

  // "X said that the former leader was killed": a speech verb (the quote
  // lexicon's) between the person and the change means the change belongs
  // to someone else.
  bool ReportedBetween(size_t a, size_t b) const {
    if (a > b) std::swap(a, b);
    const QuoteLexicon& lex = QuoteLexicon::Default();
    for (size_t t = a + 1; t < b; ++t) {
      if (lex.IsSpeechVerb(W(t))) return true;
    }
    return false;
  }

  void Emit(size_t s, const RoleLink& link,
            const std::pair<size_t, std::string>& change) {
    const NameMention& person = ctx_.names()[link.person];
    if (std::min(Distance(change.first, person.first),
                 Distance(change.first, link.role_token)) > 10)
      return;
    if (ReportedBetween(person.first, change.first)) return;
    std::string organization = Organization(s);
    if (organization.empty()) return;
    Event* ev = nullptr;
    for (Event& e : events_) {
      if (e.person == person.canonical && e.change == change.second) ev = &e;
    }
    if (ev == nullptr) {
      events_.emplace_back();
      ev = &events_.back();
      ev->type = EventType::kLeadership;
      ev->person = person.canonical;
      ev->change = change.second;
      ev->role = link.role;
    }
    if (ev->organization.empty()) ev->organization = organization;
    if (ev->date.empty()) ev->date = DateNear(s, change.first);
    Span span = et_.sentences[s].span;
    if (ev->evidence.empty() || !(ev->evidence.back() == span))
      ev->evidence.push_back(span);
  }

  std::string Organization(size_t s) const {
    for (size_t idx : ctx_.NamesIn(s)) {
      if (ctx_.names()[idx].group >= 0) return ctx_.names()[idx].surface;
    }
    return ctx_.main_group() >= 0 ? ctx_.GroupName(ctx_.main_group()) : "";
  }

  // The date written nearest the change (within 16 tokens), else the only
  // date of the sentence ("ISIS today confirmed ... and announced that the
  // new leader is X"); "" if none.
  std::string DateNear(size_t s, size_t token) const {
    std::string best;
    size_t best_dist = 16;
    const std::vector<TextDate>& dates = ctx_.DatesIn(s);
    for (const TextDate& d : dates) {
      size_t dist = Distance(d.first, token);
      if (dist < best_dist) best_dist = dist, best = d.value;
    }
    if (best.empty() && dates.size() == 1) best = dates.front().value;
    return best;
  }

  const EventContext& ctx_;
  const EventText& et_;
  std::vector<Event> events_;
  std::unordered_map<std::string, std::string> role_of_;       // person -> role
  std::unordered_map<std::string, std::vector<int>> holders_;  // role -> persons
};

}  // namespace

std::vector<Event> ExtractLeadership(const EventContext& ctx) {
  return LeadershipFinder(ctx).Run();
}

}  // namespace vigil
