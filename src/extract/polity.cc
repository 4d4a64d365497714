#include "extract/polity.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace vigil {
namespace {

// Words after a country name that make it the subject of an action or
// stance, each between spaces.
constexpr std::string_view kActingNext =
    " will would has have had must should shall can could continues continue"
    " stands supports condemns welcomes calls urges remains believes announced"
    " launched conducted sent deployed provided pledged committed said says"
    " wants does did agreed rejects rejected recognises recognizes insists"
    " intends strongly firmly fully signed ";

// After "is" or "are", a present participle (not "being") or one of these
// makes the subject an actor ("the UK is working with ...").
constexpr std::string_view kActingState = " committed determined ready prepared ";

// Words before a country name that make it a party rather than a place
// ("by" is left out: "by U.S.-backed forces", "by Russia's ministry").
constexpr std::string_view kActingPrev = " ally allies partner partners ";

// Prepositions before a name that make it a place whatever follows ("a
// ceasefire in Syria announced by ...", "the inquiry on Syria has ...").
constexpr std::string_view kPlacePrev =
    " in across inside on near into throughout within of at from for over ";

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

// The words of a space-separated list, for hashed lookups.
class WordList {
 public:
  explicit WordList(std::string_view words) {
    size_t i = 0;
    while (i < words.size()) {
      const size_t end = std::min(words.find(' ', i), words.size());
      if (end > i) words_.insert(words.substr(i, end - i));
      i = end + 1;
    }
  }

  // Whether lower-case word `w` is one of the words.
  bool Has(std::string_view w) const {
    if (w.empty() || std::isupper(static_cast<unsigned char>(w[0]))) return false;
    return words_.count(w) != 0;
  }

 private:
  std::unordered_set<std::string_view> words_;  // views of a constant
};

// Whether lower-case word `w` is one of the space-separated `kWords`.
template <const std::string_view& kWords>
bool In(std::string_view w) {
  static const auto* kList = new WordList(kWords);
  return kList->Has(w);
}

}  // namespace

bool IsActingMention(std::string_view text, size_t begin, size_t end) {
  if (begin > end || end > text.size()) return false;
  const std::string_view prev = PrevWord(text, begin);
  if (In<kPlacePrev>(prev)) return false;
  const std::string_view next = NextWord(text, end);
  if ((next == "is" || next == "are") && SentenceInitial(text, begin)) {
    const std::string_view after =
        NextWord(text, next.data() + next.size() - text.data());
    const bool participle = after.size() > 4 && after.substr(after.size() - 3) == "ing";
    return (participle && after != "being") || In<kActingState>(after);
  }
  return In<kActingNext>(next) || In<kActingPrev>(prev);
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
