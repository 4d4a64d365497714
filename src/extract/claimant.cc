#include "extract/claimant.h"

#include <string_view>

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

}  // namespace

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
