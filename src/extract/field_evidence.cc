#include "extract/field_evidence.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "common/utf8.h"
#include "extract/fold.h"
#include "extract/numbers.h"

namespace vigil {
namespace {

// One word of a sentence as compared: folded, with the token it came from.
struct Word {
  std::string_view folded;  // into the token's lower-cased form or a folded copy
  Span span;                // the whole token, over Document::text
};

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
}

// The bytes of a plain word: ASCII digits and lower-case letters, by one load.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  return table;
}();

// Whether folded word `w` is one piece of ASCII digits and lower-case letters
// (the common case: it is compared as it is).
bool IsPlainWord(std::string_view w) {
  for (char c : w) {
    if (!kPlainByte[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

// Calls add(piece) for the pieces of folded `s` between ASCII
// non-alphanumerics.
template <typename Add>
void SplitFolded(std::string_view s, Add add) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsWordByte(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && IsWordByte(s[i])) ++i;
    if (i > start) add(s.substr(start, i - start));
  }
}

// Fold, without the code point walk for ASCII text.
std::string FoldAny(std::string_view s) { return IsAscii(s) ? EventFold(s) : Fold(s); }

// The folded words of a value or a name ("Öcalan's" -> "ocalan", "s").
std::vector<std::string> ValueWords(std::string_view value) {
  std::vector<std::string> out;
  SplitFolded(FoldAny(value), [&](std::string_view w) { out.emplace_back(w); });
  return out;
}

// Whether `text` folds to `folded`; ASCII text is compared in place.
bool FoldsTo(std::string_view text, std::string_view folded) {
  if (!IsAscii(text)) return FoldAny(text) == folded;
  if (text.size() != folded.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != folded[i]) return false;
  }
  return true;
}

// A sentence's words and a 256-bit filter over their first two bytes, so a
// phrase with a word the sentence lacks is turned away without a scan. The
// key ignores a plural "s", as SameWord does (words of four bytes or more).
struct SentenceWords {
  std::vector<Word> words;
  std::array<uint64_t, 4> filter{};

  static uint32_t Bit(std::string_view w) {
    const uint32_t key = static_cast<unsigned char>(w[0]) |
                         (w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u) << 8;
    return (key * 0x9E3779B1u) >> 24;
  }
  void Add(const Word& w) {
    const uint32_t bit = Bit(w.folded);
    filter[bit / 64] |= uint64_t{1} << (bit % 64);
    words.push_back(w);
  }
  bool MayHold(const std::vector<std::string>& phrase) const {
    for (const std::string& w : phrase) {
      const uint32_t bit = Bit(w);
      if ((filter[bit / 64] >> (bit % 64) & 1) == 0) return false;
    }
    return true;
  }
};

// Equal, or equal but for a plural "s" ("minutes" / "minute").
bool SameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < 4 || b.size() < 4) return false;
  if (a.size() == b.size() + 1 && a.back() == 's') return a.substr(0, b.size()) == b;
  if (b.size() == a.size() + 1 && b.back() == 's') return b.substr(0, a.size()) == a;
  return false;
}

// Where `phrase` occurs in `words`, as the span of its tokens; nullopt when
// it does not.
std::optional<Span> FindPhrase(const SentenceWords& sentence,
                               const std::vector<std::string>& phrase) {
  const std::vector<Word>& words = sentence.words;
  if (phrase.empty() || phrase.size() > words.size() || !sentence.MayHold(phrase))
    return std::nullopt;
  for (size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    size_t k = 0;
    while (k < phrase.size() && SameWord(words[i + k].folded, phrase[k])) ++k;
    if (k == phrase.size()) {
      return Span{words[i].span.begin, words[i + k - 1].span.end};
    }
  }
  return std::nullopt;
}

std::string CountValue(const Count& c) {
  std::string out = std::to_string(c.min);
  if (c.max && *c.max != c.min) {
    out += '-';
    out += std::to_string(*c.max);
  }
  return out;
}

bool CountMatches(const Count& found, const Count& want) {
  if (found.min == want.min) return true;
  return want.max && (found.min == *want.max || found.max == want.max);
}

// What a value may be found by, besides its own words.
struct ValueKind {
  bool name = false;                 // look for name mentions and aliases
  bool country = false;              // a place in the country supports it
  const PhraseTable* cue = nullptr;  // the lexicon list that yields the value
};

// A phrase of a lexicon list found in a sentence: tokens [first, last).
struct CueHit {
  const std::string* value = nullptr;  // the list's value for it, may be empty
  size_t first = 0, last = 0;
};

// The phrases of one list found in one sentence.
struct SentenceCues {
  const PhraseTable* table = nullptr;
  std::vector<CueHit> hits;
};

// A sentence that supports a value, and the words that do.
struct Support {
  size_t sentence = 0;
  Span match;
};

// Finds support for one document's events; caches each sentence's words.
class EvidenceFinder {
 public:
  EvidenceFinder(const EventContext& ctx, const FieldEvidenceOptions& options)
      : ctx_(ctx),
        et_(ctx.text()),
        options_(options),
        words_(et_.sentences.size()),
        cues_(et_.sentences.size()) {}

  void Run(Event* ev) {
    ev->field_evidence.clear();
    ev_ = ev;
    order_ = CandidateSentences(*ev);
    AddStatementFields();
    AddAttackFields();
    AddLeadershipFields();
    AddDate();
  }

 private:
  const LexName* LexNamed(const WordMap<size_t>& index, const std::vector<LexName>& names,
                          const std::string& key) const {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &names[it->second];
  }

  // The cited sentences, then their neighbours nearest first.
  std::vector<size_t> CandidateSentences(const Event& ev) {
    std::vector<size_t> cited;
    for (const Span& span : ev.evidence) {
      std::optional<size_t> s = SentenceAt(span.begin);
      if (s && std::find(cited.begin(), cited.end(), *s) == cited.end())
        cited.push_back(*s);
    }
    cited_ = cited.size();
    std::vector<size_t> out = cited;
    const size_t n = et_.sentences.size();
    for (size_t k = 1; k <= options_.neighbour_window; ++k) {
      for (size_t c : cited) {
        for (size_t s : {c >= k ? c - k : n, c + k}) {
          if (s < n && std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
        }
      }
    }
    return out;
  }

  std::optional<size_t> SentenceAt(uint32_t begin) const {
    const auto& ss = et_.sentences;
    auto it =
        std::lower_bound(ss.begin(), ss.end(), begin,
                         [](const auto& s, uint32_t b) { return s.span.begin < b; });
    if (it == ss.end() || it->span.begin != begin) return std::nullopt;
    return static_cast<size_t>(it - ss.begin());
  }

  const SentenceWords& WordsOf(size_t s) {
    std::optional<SentenceWords>& cached = words_[s];
    if (cached) return *cached;
    cached.emplace();
    const auto& sent = et_.sentences[s];
    cached->words.reserve(sent.last - sent.first);
    for (size_t t = sent.first; t < sent.last; ++t) {
      const Token& tok = et_.tokens[t];
      if (!tok.word) continue;
      std::string_view folded = tok.lower;
      if (IsPlainWord(folded)) {
        cached->Add({folded, tok.span});
        continue;
      }
      if (!IsAscii(folded)) folded = folded_tokens_.emplace_back(Fold(tok.lower));
      SplitFolded(folded, [&](std::string_view w) { cached->Add({w, tok.span}); });
    }
    return *cached;
  }

  void Record(const char* field, std::string value, const std::vector<Support>& found) {
    for (const Support& s : found) {
      ev_->field_evidence.push_back(
          {field, value, et_.sentences[s.sentence].span, s.match, std::string()});
    }
  }

  // Sentences among the candidates where `find` succeeds, up to the limit.
  template <typename Find>
  std::vector<Support> Search(Find find) {
    std::vector<Support> out;
    for (size_t s : order_) {
      if (out.size() >= options_.max_sentences_per_value) break;
      if (std::optional<Span> m = find(s)) out.push_back({s, *m});
    }
    return out;
  }

  void AddValue(const char* field, const std::string& value, ValueKind kind) {
    if (value.empty()) return;
    const std::string folded = FoldAny(value);
    const std::vector<std::vector<std::string>>* forms = nullptr;  // on first need
    Record(field, value, Search([&](size_t s) -> std::optional<Span> {
             if (kind.name) {
               if (std::optional<Span> m = FindMention(s, folded, kind.country)) return m;
             }
             if (kind.cue != nullptr) {
               if (std::optional<Span> m = FindCue(s, *kind.cue, folded)) return m;
             }
             if (forms == nullptr) forms = &FormsOf(value, folded, kind);
             return FindForms(s, *forms);
           }));
  }

  void AddValues(const char* field, const std::vector<std::string>& values,
                 ValueKind kind) {
    for (const std::string& v : values) AddValue(field, v, kind);
  }

  // Forms(), kept for the document: the same names recur across its events.
  const std::vector<std::vector<std::string>>& FormsOf(const std::string& value,
                                                       const std::string& folded,
                                                       ValueKind kind) {
    const std::string key = (kind.name ? "n:" : "v:") + folded;
    auto it = forms_.find(key);
    if (it == forms_.end()) it = forms_.emplace(key, Forms(value, folded, kind)).first;
    return it->second;
  }

  // The value's words and, for names, the words of each alias the entities
  // and the lexicon know it by. Aliases of three letters or fewer are left
  // to the name mentions, which keep their case rules ("IS" is no "is").
  std::vector<std::vector<std::string>> Forms(const std::string& value,
                                              const std::string& folded, ValueKind kind) {
    std::vector<std::vector<std::string>> out = {ValueWords(value)};
    if (!kind.name) return out;
    auto add = [&](const std::string& alias) {
      if (alias.size() <= 3) return;
      std::vector<std::string> words = ValueWords(alias);
      if (!words.empty() && std::find(out.begin(), out.end(), words) == out.end())
        out.push_back(std::move(words));
    };
    const std::vector<Entity>& entities = ctx_.found().entities;
    if (entity_names_.size() != entities.size()) {
      entity_names_.clear();
      for (const Entity& e : entities) entity_names_.push_back(FoldAny(e.name));
    }
    for (size_t i = 0; i < entities.size(); ++i) {
      if (entity_names_[i] != folded) continue;
      for (const std::string& a : entities[i].aliases) add(a);
    }
    const EventLexicon& lex = ctx_.lex();
    const std::string key = EventFold(value);  // as the lexicon indexes are keyed
    for (const LexName* n : {LexNamed(lex.group_index, lex.groups, key),
                             LexNamed(lex.country_index, lex.countries, key),
                             LexNamed(lex.place_index, lex.places, key)}) {
      if (n == nullptr) continue;
      for (const std::string& a : n->aliases) add(a);
    }
    return out;
  }

  std::optional<Span> FindForms(size_t s,
                                const std::vector<std::vector<std::string>>& forms) {
    const SentenceWords& words = WordsOf(s);
    for (const auto& form : forms) {
      if (std::optional<Span> m = FindPhrase(words, form)) return m;
    }
    return std::nullopt;
  }

  Span TokenSpan(size_t first, size_t last) const {
    return {et_.tokens[first].span.begin, et_.tokens[last - 1].span.end};
  }

  // A name mention in sentence `s` that is the value (its canonical name or
  // its words) or, for a country, lies in it.
  std::optional<Span> FindMention(size_t s, const std::string& folded,
                                  bool country) const {
    for (size_t i : ctx_.NamesIn(s)) {
      const NameMention& m = ctx_.names()[i];
      if (FoldsTo(m.canonical, folded) || FoldsTo(m.surface, folded) ||
          (country && m.country >= 0 && FoldsTo(ctx_.CountryOf(m), folded)))
        return TokenSpan(m.first, m.last);
    }
    return country ? FindDemonym(s, folded) : std::nullopt;
  }

  // A word of sentence `s` naming the people of the country ("Afghan").
  std::optional<Span> FindDemonym(size_t s, const std::string& folded) const {
    const EventLexicon& lex = ctx_.lex();
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (!et_.tokens[t].capitalised) continue;
      auto it = lex.demonym_index.find(et_.words[t]);
      if (it != lex.demonym_index.end() &&
          FoldsTo(lex.countries[it->second].name, folded))
        return TokenSpan(t, t + 1);
    }
    return std::nullopt;
  }

  // Words of sentence `s` that `table` lists with the value folded as
  // `folded` as their value (or, for lists without values, as their words).
  std::optional<Span> FindCue(size_t s, const PhraseTable& table,
                              const std::string& folded) {
    for (const CueHit& hit : CuesIn(s, table)) {
      const bool same = hit.value != nullptr && !hit.value->empty()
                            ? FoldsTo(*hit.value, folded)
                            : FoldsTo(et_.Surface(hit.first, hit.last), folded);
      if (same) return TokenSpan(hit.first, hit.last);
    }
    return std::nullopt;
  }

  // Every phrase of `table` in sentence `s`, found once per sentence and table.
  const std::vector<CueHit>& CuesIn(size_t s, const PhraseTable& table) {
    std::vector<SentenceCues>& lists = cues_[s];
    for (const SentenceCues& c : lists) {
      if (c.table == &table) return c.hits;
    }
    SentenceCues& c = lists.emplace_back();
    c.table = &table;
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      size_t len = 0;
      const std::string* value = nullptr;
      if (MatchAt(et_, table, t, &len, &value)) c.hits.push_back({value, t, t + len});
    }
    return c.hits;
  }

  // A number in sentence `s` giving `count`; with `cue_needed`, only in a
  // sentence that also has a casualty word of kind `kind`.
  std::optional<Span> FindCount(size_t s, const Count& count, const char* kind,
                                bool cue_needed) {
    if (cue_needed && !HasCasualtyWord(s, kind)) return std::nullopt;
    for (const NumberMention& n : ctx_.NumbersIn(s)) {
      if (CountMatches(n.count, count)) return TokenSpan(n.first, n.last);
    }
    return std::nullopt;
  }

  bool HasCasualtyWord(size_t s, std::string_view kind) {
    for (const CueHit& hit : CuesIn(s, ctx_.lex().casualties)) {
      if (hit.value != nullptr && *hit.value == kind) return true;
    }
    return false;
  }

  // A count is found first where a casualty word of its kind stands by it,
  // then in any cited sentence; never in a neighbour without such a word.
  void AddCount(const char* field, const std::optional<Count>& count) {
    if (!count) return;
    std::vector<Support> found =
        Search([&](size_t s) { return FindCount(s, *count, field, true); });
    if (found.empty()) {
      const auto cited_end = order_.begin() + static_cast<std::ptrdiff_t>(cited_);
      found = Search([&](size_t s) -> std::optional<Span> {
        if (std::find(order_.begin(), cited_end, s) == cited_end) return std::nullopt;
        return FindCount(s, *count, field, false);
      });
    }
    Record(field, CountValue(*count), found);
  }

  void AddDate() {
    if (ev_->date.empty()) return;
    auto find = [&](size_t s, bool exact) -> std::optional<Span> {
      for (const TextDate& d : ctx_.DatesIn(s)) {
        const bool same = exact ? d.value == ev_->date : d.value.starts_with(ev_->date);
        if (same) return TokenSpan(d.first, d.last);
      }
      return std::nullopt;
    };
    std::vector<Support> found = Search([&](size_t s) { return find(s, true); });
    if (found.empty()) found = Search([&](size_t s) { return find(s, false); });
    Record("date", ev_->date, found);
  }

  void AddDisputes() {
    for (const Dispute& d : ev_->disputed) {
      std::optional<size_t> s = SentenceAt(d.evidence.begin);
      if (!s) continue;
      std::string value = d.source + " " + d.stance;
      if (!d.party.empty()) value += " " + d.party;
      Span match = FindPhrase(WordsOf(*s), ValueWords(d.source)).value_or(Span{});
      Record("disputed", std::move(value), {{*s, match}});
    }
  }

  void AddStatementFields() {
    const EventLexicon& lex = ctx_.lex();
    const ValueKind name{.name = true};
    AddValue("speaker", ev_->speaker, name);
    AddValue("organization", ev_->organization, name);
    AddValue("medium", ev_->medium, {.cue = &lex.media});
    AddValues("targets", ev_->targets, name);
    AddValues("target_groups", ev_->target_groups, {.cue = &lex.target_groups});
    AddValues("methods", ev_->methods, {.cue = &lex.methods});
    AddValue("duration", ev_->duration, {});
    AddValue("occasion", ev_->occasion, {.cue = &lex.occasions});
    AddValue("motive", ev_->motive, {});
  }

  void AddAttackFields() {
    const EventLexicon& lex = ctx_.lex();
    const ValueKind name{.name = true};
    AddValue("location", ev_->location, name);
    AddValue("country", ev_->country, {.name = true, .country = true});
    AddValue("perpetrator", ev_->perpetrator, name);
    AddValue("claimed_by", ev_->claimed_by, name);
    AddValue("attack_type", ev_->attack_type, {.cue = &lex.attack_words});
    AddCount("killed", ev_->killed);
    AddCount("injured", ev_->injured);
    AddValues("perpetrator_individuals", ev_->perpetrator_individuals, name);
    AddValues("victims", ev_->victims, {});
    AddValues("physical_targets", ev_->physical_targets, {});
    AddValues("weapons", ev_->weapons, {});
    AddDisputes();
  }

  void AddLeadershipFields() {
    const EventLexicon& lex = ctx_.lex();
    AddValue("person", ev_->person, {.name = true});
    AddValue("change", ev_->change, {.cue = &lex.changes});
    AddValue("role", ev_->role, {.cue = &lex.roles});
  }

  const EventContext& ctx_;
  const EventText& et_;
  const FieldEvidenceOptions& options_;
  // By sentence, on demand.
  std::vector<std::optional<SentenceWords>> words_;
  std::vector<std::vector<SentenceCues>> cues_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> forms_;
  Event* ev_ = nullptr;
  std::vector<size_t> order_;              // candidate sentences of ev_
  size_t cited_ = 0;                       // how many of order_ the event cites
  std::vector<std::string> entity_names_;  // folded, by entity; on demand
  std::deque<std::string> folded_tokens_;  // non-ASCII tokens folded (stable)
};

}  // namespace

void AddFieldEvidence(const EventContext& ctx, Event* event,
                      const FieldEvidenceOptions& options) {
  EvidenceFinder(ctx, options).Run(event);
}

void AddFieldEvidence(const EventContext& ctx, std::vector<Event>* events,
                      const FieldEvidenceOptions& options) {
  if (events->empty()) return;
  EvidenceFinder finder(ctx, options);
  for (Event& e : *events) finder.Run(&e);
}

}  // namespace vigil
