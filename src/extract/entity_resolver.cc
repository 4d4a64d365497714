#include "extract/entity_resolver.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vigil {
namespace {

// Groups candidates into entities (see entities.h).
class Resolver {
 public:
  Resolver(const KnowledgeBase& kb, const Document& doc,
           const std::vector<EntityToken>& toks, const NameMatcher& matcher,
           std::vector<EntityCandidate> cands)
      : kb_(kb), doc_(doc), toks_(toks), matcher_(matcher), cands_(std::move(cands)) {
    owner_.assign(cands_.size(), -1);
    person_parts_.assign(cands_.size(), nullptr);
  }

  std::vector<Entity> Run(const EntityOptions& options) {
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (!cands_[i].weak) Place(i, /*may_create=*/true);
    }
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (cands_[i].weak) Place(i, /*may_create=*/false);
    }
    return Build(options);
  }

 private:
  struct Group {
    int kb = -1;
    std::array<int, 3> votes{};
    std::vector<size_t> cands;
    std::vector<NameParts> forms;  // full names (two parts or more) seen or known
    bool ambiguous = false;
  };

  std::string Surface(const EntityCandidate& c) const {
    return std::string(SurfaceView(c));
  }

  std::string_view SurfaceView(const EntityCandidate& c) const {
    const uint32_t b = toks_[c.tb].begin, e = toks_[c.te - 1].end;
    return std::string_view(doc_.text).substr(b, e - b);
  }

  std::string Key(const EntityCandidate& c) const {
    std::string k;
    for (uint32_t t = c.tb; t < c.te; ++t) {
      const std::string& f = toks_[t].folded;
      if (f == "-" || f == "al" || f == "el" || (t == c.tb && f == "the")) continue;
      k += f;
      k += ' ';
    }
    return k;
  }

  // ParseName of candidate i's surface as a person, parsed once per
  // spelling: a name mentioned again is not parsed again.
  const NameParts& PersonParts(size_t i) {
    const NameParts*& p = person_parts_[i];
    if (!p) {
      const std::string_view surface = SurfaceView(cands_[i]);
      auto it = parts_by_surface_.find(surface);
      if (it == parts_by_surface_.end())
        it = parts_by_surface_.emplace(surface, ParseName(surface, EntityType::kPerson))
                 .first;
      p = &it->second;
    }
    return *p;
  }

  bool PersonLike(const EntityCandidate& c) const {
    return c.votes[kOrg] < 3 && c.votes[kLoc] < 3 &&
           c.votes[kPer] >= std::max(c.votes[kOrg], c.votes[kLoc]);
  }

  void Attach(size_t i, int g) {
    owner_[i] = g;
    Group& grp = groups_[g];
    grp.cands.push_back(i);
    for (int t = 0; t < 3; ++t) grp.votes[t] += cands_[i].votes[t];
    if (cands_[i].kb < 0 && PersonLike(cands_[i])) {
      const NameParts& p = PersonParts(i);
      // A form the group has already fits exactly the names it fits.
      if (p.parts.size() >= 2 && !HasForm(grp, p)) grp.forms.push_back(p);
    }
    by_key_.try_emplace(Key(cands_[i]), g);  // no node built for a known key
  }

  static bool HasForm(const Group& g, const NameParts& form) {
    return std::any_of(g.forms.begin(), g.forms.end(),
                       [&form](const NameParts& f) { return SameParts(f, form); });
  }

  static bool SameParts(const NameParts& x, const NameParts& y) {
    return x.arabic == y.arabic &&
           std::equal(x.parts.begin(), x.parts.end(), y.parts.begin(), y.parts.end(),
                      [](const NamePart& p, const NamePart& q) {
                        return p.role == q.role && p.text == q.text &&
                               p.skeleton == q.skeleton;
                      });
  }

  int NewGroup(int kb) {
    groups_.emplace_back();
    groups_.back().kb = kb;
    if (kb >= 0) {
      by_kb_[kb] = static_cast<int>(groups_.size() - 1);
      const KbEntry& e = kb_.entries()[kb];
      if (e.type == EntityType::kPerson)
        groups_.back().forms.push_back(kb_.PreparedNames(kb)[0].parts);
    }
    return static_cast<int>(groups_.size() - 1);
  }

  int GroupForKb(int kb, bool may_create) {
    const auto it = by_kb_.find(kb);
    if (it != by_kb_.end()) return it->second;
    return may_create ? NewGroup(kb) : -1;
  }

  void Place(size_t i, bool may_create) {
    const EntityCandidate& c = cands_[i];
    if (c.kb >= 0) {
      const int g = GroupForKb(c.kb, true);
      if (g >= 0) Attach(i, g);
      return;
    }
    if (c.acronym_of_prev && i > 0 && owner_[i - 1] >= 0 &&
        cands_[i - 1].te + 1 == c.tb) {
      Attach(i, owner_[i - 1]);
      return;
    }
    if (const auto it = by_key_.find(Key(c)); it != by_key_.end()) {
      Attach(i, it->second);
      return;
    }
    if (const int g = AcronymOwner(c); g >= 0) {
      Attach(i, g);
      return;
    }
    if (const int g = KnownPlaceOrOrgOwner(c); g >= 0) {
      Attach(i, g);
      return;
    }
    if (c.votes[kOrg] < 3 && c.votes[kLoc] < 3) {
      const NameParts& parts = PersonParts(i);
      int fits = 0, owner = -1;
      for (size_t g = 0; g < groups_.size(); ++g) {
        if (!IsPersonGroup(groups_[g]) || !Fits(parts, groups_[g])) continue;
        ++fits;
        owner = static_cast<int>(g);
      }
      if (fits == 1) {
        Attach(i, owner);
        return;
      }
      if (fits > 1) {
        if (!may_create) return;
        const int g = NewGroup(-1);
        groups_[g].ambiguous = true;
        Attach(i, g);
        return;
      }
      if (PersonLike(c) || c.votes[kPer] > 0) {
        if (const int kb = KbPerson(parts); kb >= 0) {
          Attach(i, GroupForKb(kb, true));
          return;
        }
      }
    }
    if (may_create) Attach(i, NewGroup(-1));
  }

  bool IsPersonGroup(const Group& g) const {
    if (g.kb >= 0) return kb_.entries()[g.kb].type == EntityType::kPerson;
    return !g.forms.empty() && g.votes[kPer] >= std::max(g.votes[kOrg], g.votes[kLoc]);
  }

  // Whether `s` is a shorter (or respelled) form of one of the group's names.
  bool Fits(const NameParts& s, const Group& g) const {
    if (s.parts.empty()) return false;
    for (const NameParts& f : g.forms) {
      if (s.parts.size() >= f.parts.size()) {
        if (matcher_.Same(s, f, EntityType::kPerson)) return true;
        continue;
      }
      if (ShortFits(s, f)) return true;
    }
    return false;
  }

  // Whether the shorter name `s` fits `f`: each part aligns with its own
  // part of `f`, in turn, and the last lands on `f`'s last part or a nisba.
  static bool ShortFits(const NameParts& s, const NameParts& f) {
    // The last part can land only where it aligns: a last part that aligns
    // with no landing part of `f` settles the answer before the rest is
    // aligned (most pairs of names differ there).
    if (!MayLand(s.parts.back(), f)) return false;
    std::vector<bool> used(f.parts.size(), false);
    bool last_ok = false;
    for (size_t i = 0; i < s.parts.size(); ++i) {
      const NamePart& p = s.parts[i];
      int hit = -1;
      for (size_t j = 0; j < f.parts.size() && hit < 0; ++j) {
        if (!used[j] && Aligns(p, f.parts[j])) hit = static_cast<int>(j);
      }
      if (hit < 0) return false;
      used[hit] = true;
      if (i + 1 == s.parts.size()) last_ok = IsLanding(f, hit);
    }
    return last_ok;
  }

  // Whether `p` aligns with `q` in ShortFits: compatible roles, close
  // spellings.
  static bool Aligns(const NamePart& p, const NamePart& q) {
    const bool roles =
        p.role == q.role || (p.role != PartRole::kKunya && q.role != PartRole::kKunya &&
                             p.role != PartRole::kNasab && q.role != PartRole::kNasab);
    return roles && BoundedPartSimilarity(p, q, 0.8) >= 0.8;
  }

  // Whether a shorter name's last part may end on part j of `f`.
  static bool IsLanding(const NameParts& f, size_t j) {
    return j + 1 == f.parts.size() || f.parts[j].role == PartRole::kNisba;
  }

  static bool MayLand(const NamePart& last, const NameParts& f) {
    for (size_t j = 0; j < f.parts.size(); ++j) {
      if (IsLanding(f, j) && Aligns(last, f.parts[j])) return true;
    }
    return false;
  }

  // The one group of this document linked to a known organisation or place
  // whose name the matcher takes for a variant of the candidate's ("Harbour
  // Town Hall" for a known "Harbour City Hall"), or -1.
  int KnownPlaceOrOrgOwner(const EntityCandidate& c) const {
    if (PersonLike(c) || c.te - c.tb < 2) return -1;
    const std::string surface = Surface(c);
    std::array<std::optional<PreparedName>, 3> prepared;  // surface, by type
    int owner = -1;
    for (size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].kb < 0) continue;
      const KbEntry& e = kb_.entries()[groups_[g].kb];
      if (e.type == EntityType::kPerson) continue;
      std::optional<PreparedName>& mine = prepared[TypeIndex(e.type)];
      if (!mine) mine = PrepareName(surface, e.type);
      if (!KnownVariant(*mine, groups_[g].kb)) continue;
      if (owner >= 0) return -1;
      owner = static_cast<int>(g);
    }
    return owner;
  }

  // Whether the matcher takes `surface` for the name or an alias of KB entry
  // `kb`.
  bool KnownVariant(const PreparedName& surface, int kb) const {
    const KbEntry& e = kb_.entries()[kb];
    for (const PreparedName& known : kb_.PreparedNames(kb)) {
      if (matcher_.Same(surface, known, e.type)) return true;
    }
    return false;
  }

  int AcronymOwner(const EntityCandidate& c) const {
    if (c.te - c.tb != 1 || !toks_[c.tb].all_caps) return -1;
    const std::string& acr = toks_[c.tb].folded;
    for (size_t g = 0; g < groups_.size(); ++g) {
      for (size_t ci : groups_[g].cands) {
        std::string initials;
        for (uint32_t t = cands_[ci].tb; t < cands_[ci].te; ++t) {
          if (IsWord(toks_[t]) && toks_[t].cap) initials += toks_[t].folded[0];
        }
        if (initials.size() >= 2 && initials == acr) return static_cast<int>(g);
      }
    }
    return -1;
  }

  // A KB person this name denotes, or -1: a full name by the matcher, a
  // single part when only one KB person fits the article's groups and date.
  int KbPerson(const NameParts& parts) const {
    if (parts.parts.empty()) return -1;
    const NamePart& last = parts.parts.back();
    if (parts.parts.size() >= 2) {
      for (uint32_t id : kb_.PeopleBySkeleton(last.skeleton)) {
        const KbEntry& e = kb_.entries()[id];
        if (matcher_.Same(parts, kb_.PreparedNames(id)[0].parts, e.type)) {
          return static_cast<int>(id);
        }
      }
      return -1;
    }
    if (last.text.size() < 4 || kb_.Is(last.text, kLexNonEntity) ||
        kb_.Is(last.text, kLexGiven)) {
      return -1;
    }
    const std::vector<uint32_t>& ids = kb_.PeopleByLastPart(last.text);
    if (ids.size() == 1) return static_cast<int>(ids[0]);
    int found = -1, n = 0;
    for (uint32_t id : ids) {
      if (RoleFitsContext(kb_.entries()[id])) {
        found = static_cast<int>(id);
        ++n;
      }
    }
    return n == 1 ? found : -1;
  }

  bool RoleFitsContext(const KbEntry& e) const {
    const std::string& day = doc_.published;
    for (const KbRole& r : e.roles) {
      const KbEntry* org = kb_.Find(r.org);
      if (!org) continue;
      const int org_index = static_cast<int>(org - kb_.entries().data());
      if (!by_kb_.count(org_index)) continue;
      if (day.empty()) return true;
      const bool after = r.from.empty() || r.from <= day.substr(0, r.from.size());
      const bool before = r.to.empty() || day.substr(0, r.to.size()) <= r.to;
      if (after && before) return true;
    }
    return false;
  }

  std::vector<Entity> Build(const EntityOptions& options) const {
    std::vector<std::pair<size_t, Entity>> out;
    for (const Group& g : groups_) {
      if (g.cands.empty()) continue;
      Entity e;
      int type = -1;
      if (g.kb >= 0) {
        const KbEntry& k = kb_.entries()[g.kb];
        e.kb_id = k.id;
        e.name = k.name;
        type = TypeIndex(k.type);
      } else {
        type = Decide(g, options);
        if (type < 0) continue;
        e.name = Fullest(g);
      }
      e.type = TypeOf(type);
      for (size_t ci : g.cands) {
        const EntityCandidate& c = cands_[ci];
        Mention m;
        m.span = {toks_[c.tb].begin, toks_[c.te - 1].end};
        m.surface = Surface(c);
        if (std::find(e.aliases.begin(), e.aliases.end(), m.surface) == e.aliases.end()) {
          e.aliases.push_back(m.surface);
        }
        e.mentions.push_back(std::move(m));
      }
      std::sort(
          e.mentions.begin(), e.mentions.end(),
          [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
      out.emplace_back(e.mentions.front().span.begin, std::move(e));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Entity> entities;
    for (auto& [pos, e] : out) entities.push_back(std::move(e));
    return entities;
  }

  // Type from the cues, or -1 to drop: one bare word with no cue is too
  // weak to be an entity.
  int Decide(const Group& g, const EntityOptions& options) const {
    int best = kPer;
    for (int t : {kOrg, kLoc}) {
      if (g.votes[t] > g.votes[best]) best = t;
    }
    if (g.votes[best] > 0) {
      bool all_initial = true;
      for (size_t ci : g.cands) all_initial &= cands_[ci].sent_initial;
      return all_initial && g.votes[best] < 2 ? -1 : best;
    }
    size_t max_words = 0;
    bool any_mid = false;
    for (size_t ci : g.cands) {
      const EntityCandidate& c = cands_[ci];
      size_t words = 0;
      for (uint32_t t = c.tb; t < c.te; ++t) words += IsWord(toks_[t]);
      max_words = std::max(max_words, words);
      any_mid |= !toks_[c.tb].sent_start;
    }
    // A capitalised phrase with no cue at all ("Armed Conflict") is not kept.
    return options.drop_uncued_single_words || max_words == 0 || !any_mid ? -1 : kPer;
  }

  std::string Fullest(const Group& g) const {
    std::string best;
    size_t best_words = 0;
    for (size_t ci : g.cands) {
      const EntityCandidate& c = cands_[ci];
      size_t words = 0;
      for (uint32_t t = c.tb; t < c.te; ++t) words += IsWord(toks_[t]);
      if (words > best_words) {
        best_words = words;
        best = Surface(c);
      }
    }
    return best;
  }

  const KnowledgeBase& kb_;
  const Document& doc_;
  const std::vector<EntityToken>& toks_;
  const NameMatcher& matcher_;
  std::vector<EntityCandidate> cands_;
  std::vector<int> owner_;
  std::vector<const NameParts*> person_parts_;  // PersonParts' cache, by candidate
  // Parsed names by surface (spans of doc_.text); elements never move.
  std::unordered_map<std::string_view, NameParts> parts_by_surface_;
  std::vector<Group> groups_;
  std::unordered_map<std::string, int> by_key_;
  std::unordered_map<int, int> by_kb_;
};

}  // namespace

std::vector<Entity> ResolveEntities(const KnowledgeBase& kb, const Document& doc,
                                    const std::vector<EntityToken>& tokens,
                                    const NameMatcher& matcher,
                                    std::vector<EntityCandidate> candidates,
                                    const EntityOptions& options) {
  return Resolver(kb, doc, tokens, matcher, std::move(candidates)).Run(options);
}

}  // namespace vigil
