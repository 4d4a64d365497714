#include "extract/attack_groups.h"

#include <string_view>

#include "extract/event_lexicon.h"

namespace vigil {
namespace {

// Lower-case words that join the capitalised words of a group's name.
bool Particle(std::string_view w) {
  return w == "al" || w == "el" || w == "ul" || w == "wal" || w == "of" || w == "the" ||
         w == "e" || w == "i" || w.starts_with("al-") || w.starts_with("el-") ||
         w.starts_with("wal-");
}

// True when the entity stage found a person mentioned at byte `at`.
bool PersonAt(const EventContext& ctx, uint32_t at) {
  for (const Entity& e : ctx.found().entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const Mention& m : e.mentions) {
      if (m.span.begin <= at && at < m.span.end) return true;
    }
  }
  return false;
}

// "No group claimed", "has not claimed", "nobody has yet claimed": a
// negation within the four words before `t`.
bool NegatedBefore(const EventText& et, size_t t, size_t first) {
  for (size_t k = t > first + 4 ? t - 4 : first; k < t; ++k) {
    const std::string_view w = et.words[k];
    if (w == "no" || w == "not" || w == "nobody" || w == "none" || w == "never" ||
        w.ends_with("n't"))
      return true;
  }
  return false;
}

bool NamedGroupIn(const EventContext& ctx, const EventText::Sentence& sent) {
  for (size_t t = sent.first; t < sent.last; ++t) {
    if (!ctx.text().tokens[t].in_quote && GroupAtToken(ctx, t) >= 0) return true;
  }
  return false;
}

// "the Islamic State's Khorasan branch": the known group whose name holds
// the parent's words and the branch's place ("Islamic State Khorasan
// Province"); "" when none does.
std::string BranchNamed(const EventContext& ctx, int parent, size_t place) {
  const EventText& et = ctx.text();
  if (place + 1 >= et.tokens.size() || !et.tokens[place].capitalised) return "";
  const std::string_view after = et.words[place + 1];
  if (after != "branch" && after != "province" && after != "wing" && after != "affiliate")
    return "";
  const std::string parent_name = EventFold(ctx.GroupName(parent));
  const std::string where = EventFold(et.words[place]);
  std::string best;
  for (const LexName& g : ctx.lex().groups) {
    const std::string name = EventFold(g.name);
    if (name.find(parent_name) == std::string::npos ||
        name.find(where) == std::string::npos)
      continue;
    if (best.empty() || g.name.size() < best.size()) best = g.name;
  }
  return best;
}

std::string GroupSurface(const EventContext& ctx, size_t t) {
  int idx = ctx.NameAtToken(t);
  const int g = GroupAtToken(ctx, t);
  const size_t end = idx >= 0 ? ctx.names()[idx].last : t + 1;
  if (g >= 0 && end < ctx.text().tokens.size() && ctx.text().words[end] == "'s") {
    if (std::string branch = BranchNamed(ctx, g, end + 1); !branch.empty()) return branch;
  }
  if (idx >= 0) return ctx.names()[idx].surface;
  return g >= 0 ? ctx.GroupName(g) : "";
}

// "JNIM, affiliated with al-Qaeda, claimed": a group named as another's
// parent or ally ("affiliated with", "allied to", "a branch of") is not the
// one that acted.
bool AffiliationOf(const EventContext& ctx, size_t t, size_t first) {
  const EventText& et = ctx.text();
  if (t < first + 2) return false;
  const std::string_view link = et.words[t - 1], kind = et.words[t - 2];
  if (link == "with" || link == "to")
    return kind == "affiliated" || kind == "allied" || kind == "aligned";
  if (link == "of")
    return kind == "affiliate" || kind == "branch" || kind == "offshoot" ||
           kind == "franchise";
  return false;
}

// The first claim word of the sentence that is not negated; SIZE_MAX if none.
size_t ClaimIn(const EventText& et, const EventText::Sentence& sent) {
  for (size_t t = sent.first; t < sent.last; ++t) {
    const std::string_view w = et.words[t];
    if (!et.tokens[t].in_quote && (w == "claimed" || w == "claim" || w == "claims" ||
                                   w == "claiming" || w == "responsibility")) {
      if (!NegatedBefore(et, t, sent.first)) return t;
    }
  }
  return SIZE_MAX;
}

}  // namespace

int GroupAtToken(const EventContext& ctx, size_t t) {
  int idx = ctx.NameAtToken(t);
  if (idx >= 0) return ctx.names()[idx].group;
  const EventText& et = ctx.text();
  std::string_view w = et.words[t];
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || !et.tokens[t].capitalised) return -1;
  std::string prefix(et.text.substr(et.tokens[t].span.begin, dash));
  if (auto ex = ctx.lex().exact_group_index.find(prefix);
      ex != ctx.lex().exact_group_index.end())
    return static_cast<int>(ex->second);
  if (auto it = ctx.lex().group_index.find(EventFold(prefix));
      it != ctx.lex().group_index.end())
    return static_cast<int>(it->second);
  return -1;
}

AttackGroups FindAttackGroups(const EventContext& ctx, size_t s, size_t trigger) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  auto w = [&](size_t k) {
    return k < et.tokens.size() ? et.words[k] : std::string_view();
  };
  AttackGroups out;
  const size_t claim = ClaimIn(et, sent);
  size_t best_dist = SIZE_MAX, claim_dist = SIZE_MAX;
  for (size_t t = sent.first; t < sent.last; ++t) {
    if (et.tokens[t].in_quote) continue;
    int g = GroupAtToken(ctx, t);
    std::string surface;
    if (g >= 0) {
      if (t > sent.first && (w(t - 1) == "against" || w(t - 1) == "targeting" ||
                             w(t - 1) == "fighting" || w(t - 1) == "blamed"))
        continue;
      if (AffiliationOf(ctx, t, sent.first)) continue;
      surface = GroupSurface(ctx, t);
    } else if (w(t) == "group" && ctx.main_group() >= 0 && !NamedGroupIn(ctx, sent) &&
               t > sent.first && (w(t - 1) == "the" || w(t - 2) == "the") &&
               claim != SIZE_MAX) {
      surface = ctx.GroupName(ctx.main_group());
    } else {
      continue;
    }
    size_t dist = t > trigger ? t - trigger : trigger - t;
    if (dist < best_dist) best_dist = dist, out.perpetrator = surface;
    if (claim != SIZE_MAX) {
      size_t cd = t > claim ? t - claim : claim - t;
      if (cd < claim_dist) claim_dist = cd, out.claimed_by = surface;
    }
    int idx = ctx.NameAtToken(t);
    if (idx >= 0) t = ctx.names()[idx].last - 1;
  }
  // "claimed by Tehreek-e-Jihad Pakistan, a little-known group": a group
  // the lexicon does not know, named right after the claim, claimed it.
  if (claim != SIZE_MAX && w(claim) == "claimed" && w(claim + 1) == "by" &&
      GroupAtToken(ctx, claim + 2) < 0) {
    std::string named = UnknownGroupAt(ctx, claim + 2, sent.last);
    if (!named.empty()) out.claimed_by = out.perpetrator = named;
  }
  if (out.perpetrator.empty()) out.perpetrator = out.claimed_by;
  return out;
}

std::string UnknownGroupAt(const EventContext& ctx, size_t first, size_t last) {
  const EventText& et = ctx.text();
  constexpr size_t kMaxWords = 8;
  size_t end = first;
  for (size_t t = first; t < last && t < first + kMaxWords; ++t) {
    const Token& tok = et.tokens[t];
    if (!tok.word || tok.in_quote) break;
    if (tok.capitalised || tok.all_caps) {
      end = t + 1;
    } else if (!Particle(et.words[t]) || end == first) {
      break;
    }
  }
  if (end == first) return "";
  // A person the entity stage found, or a place and nothing more; a place
  // inside a name is part of it ("Tehreek-e-Jihad Pakistan").
  const int idx = ctx.NameAtToken(first);
  if (idx >= 0 && ctx.names()[idx].type == EntityType::kLoc &&
      ctx.names()[idx].last >= end)
    return "";
  if (PersonAt(ctx, et.tokens[first].span.begin)) return "";
  return std::string(et.Surface(first, end));
}

}  // namespace vigil
