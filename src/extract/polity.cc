#include "extract/polity.h"

#include <cctype>
#include <string>

#include "common/word_hash.h"

namespace vigil {
namespace {

// Words after a country name that make it the subject of an action or
// stance.
const WordList& ActingNext() {
  static const auto* k = new WordList{
      "will",       "would",      "has",       "have",      "had",       "must",
      "should",     "shall",      "can",       "could",     "continues", "continue",
      "stands",     "supports",   "condemns",  "welcomes",  "calls",     "urges",
      "remains",    "believes",   "announced", "launched",  "conducted", "sent",
      "deployed",   "provided",   "pledged",   "committed", "said",      "says",
      "wants",      "does",       "did",       "agreed",    "rejects",   "rejected",
      "recognises", "recognizes", "insists",   "intends",   "strongly",  "firmly",
      "fully",      "signed"};
  return *k;
}

// After "is" or "are", a present participle (not "being") or one of these
// makes the subject an actor ("the UK is working with ...").
const WordList& ActingState() {
  static const auto* k = new WordList{"committed", "determined", "ready", "prepared"};
  return *k;
}

// Words before a country name that make it a party rather than a place
// ("by" is left out: "by U.S.-backed forces", "by Russia's ministry").
const WordList& ActingPrev() {
  static const auto* k = new WordList{"ally", "allies", "partner", "partners"};
  return *k;
}

// Prepositions before a name that make it a place whatever follows ("a
// ceasefire in Syria announced by ...", "the inquiry on Syria has ...").
const WordList& PlacePrev() {
  static const auto* k =
      new WordList{"in",     "across", "inside", "on",   "near", "into", "throughout",
                   "within", "of",     "at",     "from", "for",  "over"};
  return *k;
}

bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The word right after `end`, across spaces only (no punctuation).
std::string_view NextWord(std::string_view text, size_t end) {
  size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i == end || i >= text.size()) return {};
  size_t j = i;
  while (j < text.size() && IsAsciiAlpha(text[j])) ++j;
  return text.substr(i, j - i);
}

// The word right before `begin`, across spaces and an optional "the".
std::string_view PrevWord(std::string_view text, size_t begin) {
  auto back = [&](size_t pos) -> std::pair<size_t, std::string_view> {
    size_t i = pos;
    while (i > 0 && text[i - 1] == ' ') --i;
    if (i == pos) return {pos, {}};
    size_t j = i;
    while (j > 0 && IsAsciiAlpha(text[j - 1])) --j;
    return {j, text.substr(j, i - j)};
  };
  auto [start, word] = back(begin);
  if (Lower(word) == "the") word = back(start).second;
  return word;
}

// Whether [begin, ...) opens its sentence, after an optional "The".
bool SentenceInitial(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i >= 3 && text.substr(i - 3, 3) == "The" &&
      (i == 3 || !IsAsciiAlpha(text[i - 4]))) {
    i -= 3;
    while (i > 0 && text[i - 1] == ' ') --i;
  }
  if (i == 0) return true;
  const char c = text[i - 1];
  return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' ||
         c == '\x9c';  // the last byte of a UTF-8 left double quotation mark
}

}  // namespace

bool IsActingMention(std::string_view text, size_t begin, size_t end) {
  if (begin > end || end > text.size()) return false;
  const std::string_view prev = PrevWord(text, begin);
  if (PlacePrev().Contains(prev)) return false;
  const std::string_view next = NextWord(text, end);
  if ((next == "is" || next == "are") && SentenceInitial(text, begin)) {
    const std::string_view after =
        NextWord(text, next.data() + next.size() - text.data());
    const bool participle = after.size() > 4 && after.substr(after.size() - 3) == "ing";
    return (participle && after != "being") || ActingState().Contains(after);
  }
  return ActingNext().Contains(next) || ActingPrev().Contains(prev);
}

void SplitActingCountries(const KnowledgeBase& kb, std::string_view text,
                          std::vector<Entity>* entities) {
  std::vector<Entity> out;
  out.reserve(entities->size());
  for (Entity& e : *entities) {
    const KbEntry* entry = e.kb_id.empty() ? nullptr : kb.Find(e.kb_id);
    if (e.type != EntityType::kLoc || entry == nullptr || entry->kind != "country") {
      out.push_back(std::move(e));
      continue;
    }
    Entity actor;
    actor.name = e.name;
    actor.type = EntityType::kOrg;
    actor.kb_id = e.kb_id;
    std::vector<Mention> places;
    for (Mention& m : e.mentions) {
      (IsActingMention(text, m.span.begin, m.span.end) ? actor.mentions : places)
          .push_back(std::move(m));
    }
    e.mentions = std::move(places);
    for (const Mention& m : actor.mentions) {
      bool seen = false;
      for (const std::string& a : actor.aliases) seen |= a == m.surface;
      if (!seen) actor.aliases.push_back(m.surface);
    }
    if (!e.mentions.empty()) out.push_back(std::move(e));
    if (!actor.mentions.empty()) out.push_back(std::move(actor));
  }
  *entities = std::move(out);
}

}  // namespace vigil
