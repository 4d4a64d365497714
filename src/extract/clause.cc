#include "extract/clause.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "common/word_hash.h"
#include "extract/quote_lexicon.h"

namespace vigil {
namespace {

bool OpensClause(std::string_view w) {
  static const WordList kWords = {
      "while",    "whereas", "who",    "which", "whose", "where",   "when",
      "but",      "as",      "after",  "since", "until", "because", "though",
      "although", "if",      "saying", "said",  "says",  "adding",  "amid"};
  return kWords.Contains(w);
}

bool IsTrailingFunctionWord(std::string_view w) {
  static const WordList kWords = {"the", "a",  "an", "of", "and", "or",  "in",
                                  "on",  "at", "to", "by", "for", "with"};
  return kWords.Contains(w);
}

// First token of a date in sentence `s` at or after `from`, with the
// preposition before it ("in February"); SIZE_MAX when none.
size_t DateStart(const EventContext& ctx, size_t s, size_t from) {
  const EventText& et = ctx.text();
  for (const TextDate& d : ctx.DatesIn(s)) {
    if (d.first < from) continue;
    size_t start = d.first;
    if (start > from) {
      std::string_view prev = et.words[start - 1];
      if (prev == "in" || prev == "on" || prev == "at" || prev == "last" ||
          prev == "this" || prev == "earlier")
        --start;
    }
    return start;
  }
  return SIZE_MAX;
}

bool IsBoundary(const EventContext& ctx, size_t t) {
  const EventText& et = ctx.text();
  std::string_view w = et.words[t];
  if (!et.tokens[t].word) return w != "'s" && w != "-";
  if (OpensClause(w)) return true;
  if (w != "and" || t + 1 >= et.words.size()) return false;
  std::string_view next = et.words[t + 1];
  return next == "to" || QuoteLexicon::Default().IsSpeechVerb(next) ||
         MatchAt(et, ctx.lex().statement_cues, t + 1);
}

bool IsCoordinator(std::string_view w) {
  return w == "and" || w == "while" || w == "but" || w == "whereas";
}

// First token of the clause that a cut at token `t` opens, or 0 when `t`
// cuts nothing.
size_t NextClause(const EventText& et, size_t t, size_t last) {
  if (et.tokens[t].in_quote) return 0;
  if (et.words[t] == ";") return t + 1;
  if (et.words[t] == "," && t + 1 < last && IsCoordinator(et.words[t + 1])) return t + 2;
  return 0;
}

}  // namespace

std::vector<TokenRange> CoordinatedClauses(const EventContext& ctx, size_t s) {
  const EventText& et = ctx.text();
  const auto& sent = et.sentences[s];
  std::vector<TokenRange> out;
  size_t start = sent.first;
  for (size_t t = sent.first; t < sent.last; ++t) {
    size_t next = NextClause(et, t, sent.last);
    if (next == 0) continue;
    if (t > start) out.push_back({start, t});
    start = next;
    t = next - 1;
  }
  if (sent.last > start) out.push_back({start, sent.last});
  if (out.empty()) out.push_back({sent.first, sent.last});
  return out;
}

size_t ClauseEnd(const EventContext& ctx, size_t s, size_t from, size_t max_tokens) {
  const EventText& et = ctx.text();
  size_t stop = std::min(et.sentences[s].last, from + max_tokens);
  stop = std::min(stop, DateStart(ctx, s, from));
  size_t end = from;
  while (end < stop && !IsBoundary(ctx, end)) ++end;
  while (end > from && IsTrailingFunctionWord(et.words[end - 1])) --end;
  return end;
}

}  // namespace vigil
