#include "extract/attack_disputes.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/clause.h"
#include "extract/quote_lexicon.h"

namespace vigil {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Words between a subject and its verb: "Kiev vehemently denies", "officials
// have also blamed".
bool IsVerbFiller(std::string_view w) {
  static const WordSet kWords = {"have", "has",   "had",  "also",    "did",     "does",
                                 "do",   "later", "then", "quickly", "swiftly", "again"};
  return kWords.count(w) > 0 || (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

// Words that may stand before a source noun inside its phrase.
bool IsSourceModifier(std::string_view w) {
  static const WordSet kWords = {
      "the",   "a",        "an",      "senior",   "top",          "local",  "federal",
      "state", "security", "foreign", "interior", "intelligence", "police", "military",
      "some",  "several",  "other",   "western",  "regional",     "chief"};
  return kWords.count(w) > 0;
}

// Words before a name that make it an object, not a speaker ("despite ISIS").
bool IsObjectMarker(std::string_view w) {
  static const WordSet kWords = {"despite", "after", "against", "for",    "on",
                                 "by",      "of",    "with",    "from",   "about",
                                 "to",      "in",    "at",      "while",  "into",
                                 "over",    "under", "toward",  "towards"};
  return kWords.count(w) > 0;
}

bool IsPronoun(std::string_view w) {
  return w == "they" || w == "it" || w == "he" || w == "she" || w == "we" || w == "i";
}

// Words that may follow "accused X of" when the accusation is of the attack.
bool IsAttackDeed(std::string_view w) {
  static const WordSet kWords = {"carrying",      "organising",   "organizing",
                                 "orchestrating", "plotting",     "masterminding",
                                 "planning",      "staging",      "sponsoring",
                                 "being",         "perpetrating", "ordering"};
  return kWords.count(w) > 0;
}

class DisputeReader {
 public:
  DisputeReader(const EventContext& ctx, size_t s, const DisputeOptions& options)
      : ctx_(ctx),
        et_(ctx.text()),
        sent_(ctx.text().sentences[s]),
        s_(s),
        options_(options) {}

  std::vector<Dispute> Run() {
    for (size_t t = sent_.first; t < sent_.last; ++t) {
      if (et_.tokens[t].in_quote) continue;
      size_t len;
      const std::string* value = nullptr;
      if (MatchAt(et_, ctx_.lex().dispute_cues, t, &len, &value)) {
        Cue(t, len, *value);
        t += len - 1;
      } else if (!not_terrorism_ && NegatedTerror(t)) {
        not_terrorism_ = true;
        Add(Source(t), "not_terrorism", "");
      }
    }
    return std::move(out_);
  }

 private:
  std::string_view W(size_t i) const { return i < et_.words.size() ? et_.words[i] : ""; }
  bool Quote(size_t t) const { return W(t) == "\""; }

  void Add(const std::string& source, const std::string& stance,
           const std::string& party) {
    if (source.empty() && party.empty()) return;
    Dispute d{source, stance, party, sent_.span};
    if (std::find(out_.begin(), out_.end(), d) == out_.end()) out_.push_back(d);
  }

  void Cue(size_t t, size_t len, const std::string& value) {
    size_t bar = value.find('|');
    std::string stance = value.substr(0, bar);
    std::string where = bar == std::string::npos ? "none" : value.substr(bar + 1);
    if (where == "before") {
      size_t start = PartyStart(t);
      std::string party = Phrase(start, t);
      if (party.empty() || IsPronoun(W(start))) return;
      Add(Source(start), stance, party);
      return;
    }
    std::string party = where == "after" ? PartyAfter(t, len) : "";
    if (where == "after" && party.empty()) return;
    Add(Passive(t, len) ? AgentAfter(t + len + 1) : Source(t), stance, party);
  }

  // "the report was denied by the army": the source follows "by".
  bool Passive(size_t t, size_t len) const {
    std::string_view before = t > sent_.first ? W(t - 1) : "";
    bool be = before == "was" || before == "were" || before == "been" || before == "is" ||
              before == "are" || before == "being";
    return be && W(t + len) == "by";
  }

  // The first source phrase within a few tokens from `k` ("by the army").
  std::string AgentAfter(size_t k) const {
    for (size_t h = k; h < sent_.last && h < k + 4; ++h) {
      std::string source = SourcePhrase(h, true);
      if (!source.empty()) return source;
    }
    return "";
  }

  // "not motivated by terrorism", "no terrorist motive", "ruled out terror".
  bool NegatedTerror(size_t t) const {
    if (W(t).substr(0, 6) != "terror") return false;
    size_t from = t > sent_.first + 5 ? t - 5 : sent_.first;
    for (size_t k = from; k < t; ++k) {
      std::string_view w = W(k);
      bool ruled_out = w == "ruled" && W(k + 1) == "out";
      bool negation = (w == "not" || w == "no" || w == "n't" || w == "never") &&
                      W(k + 1) != "ruled" && W(k + 1) != "rule";
      if (ruled_out || negation) return true;
    }
    return false;
  }

  // Start of the clause that ends at `t`: after "that", "while", a verb of
  // speech or punctuation other than quotation marks.
  size_t PartyStart(size_t t) const {
    size_t k = t;
    while (k > sent_.first && t - k < options_.max_phrase_tokens) {
      std::string_view w = W(k - 1);
      if (Quote(k - 1) || w == "'s") {
        --k;
        continue;
      }
      if (!et_.tokens[k - 1].word || w == "that" || w == "while" || w == "but" ||
          w == "which" || w == "who" || w == "whether" || w == "if" ||
          QuoteLexicon::Default().IsSpeechVerb(w))
        break;
      --k;
    }
    return k;
  }

  // Surface of tokens [first, last) without quotation marks at either end.
  std::string Phrase(size_t first, size_t last) const {
    while (first < last && (Quote(first) || !et_.tokens[first].word)) ++first;
    while (last > first && (Quote(last - 1) || !et_.tokens[last - 1].word)) --last;
    return first < last ? std::string(et_.Surface(first, last)) : "";
  }

  // "blamed Ukraine for ...", "blamed the attack on Ukraine", "accused the
  // West of organising ...".
  std::string PartyAfter(size_t t, size_t len) const {
    size_t from = t + len;
    size_t end = ClauseEnd(ctx_, s_, from, options_.max_phrase_tokens);
    for (size_t k = from; k < end; ++k) {
      if (W(k) == "on") return Phrase(k + 1, PartyEnd(k + 1));
    }
    size_t stop = PartyEnd(from);
    bool accused = W(t).substr(0, 5) == "accus";
    if (accused && !(W(stop) == "of" && IsAttackDeed(W(stop + 1)))) return "";
    return Phrase(from, stop);
  }

  // The party ends before "for", "over", and "of" + a lower-case word.
  size_t PartyEnd(size_t from) const {
    size_t end = ClauseEnd(ctx_, s_, from, options_.max_phrase_tokens);
    for (size_t k = from; k < end; ++k) {
      std::string_view w = W(k);
      if (w == "for" || w == "over" || w == "with") return k;
      if (w == "of" && k + 1 < end && !et_.tokens[k + 1].capitalised) return k;
    }
    return end;
  }

  // Token range of a source phrase whose head is at `k`; first == last when
  // `k` heads none.
  std::pair<size_t, size_t> SourceAt(size_t k, bool allow_place) const {
    int idx = ctx_.NameAtToken(k);
    size_t first = k, last = k;
    size_t len;
    if (idx >= 0) {
      const NameMention& m = ctx_.names()[idx];
      if (m.type == EntityType::kLoc && !allow_place) return {k, k};
      first = m.first, last = m.last;
    } else if (MatchAt(et_, ctx_.lex().dispute_sources, k, &len)) {
      last = k + len;
    } else {
      return {k, k};
    }
    while (first > sent_.first && Modifies(first - 1)) --first;
    return {first, Extend(last)};
  }

  // A word that belongs to the source phrase after it: "the", "senior", a
  // demonym, a capitalised word that is no function word ("Kazakh").
  bool Modifies(size_t k) const {
    const Token& tok = et_.tokens[k];
    if (tok.in_quote || !tok.word) return false;
    std::string_view w = W(k);
    if (IsSourceModifier(w) || ctx_.NameAtToken(k) >= 0) return true;
    if (ctx_.lex().demonym_index.count(w)) return true;
    bool adverb = w.size() > 4 && w.substr(w.size() - 2) == "ly";  // "Initially"
    return tok.capitalised && !adverb && !ctx_.lex().function_words.Contains(w);
  }

  // "official from the Paris prosecutor's office": of/from + names and
  // source nouns.
  size_t Extend(size_t last) const {
    if (W(last) == "'s" && MatchAt(et_, ctx_.lex().dispute_sources, last + 1))
      return last + 2;
    if (W(last) != "from" && W(last) != "of") return last;
    size_t end = last;
    for (size_t k = last + 1; k < sent_.last && k <= last + options_.max_phrase_tokens;
         ++k) {
      bool named = ctx_.NameAtToken(k) >= 0 || et_.tokens[k].capitalised;
      bool source = MatchAt(et_, ctx_.lex().dispute_sources, k);
      if (named || source) end = k + 1;
      // event_text gives "’s" as "'s" and then a stray "s": both join.
      bool possessive = W(k) == "'s" || (W(k) == "s" && W(k - 1) == "'s");
      if (!named && !source && W(k) != "the" && !possessive) break;
    }
    return end;
  }

  std::string SourcePhrase(size_t k, bool allow_place) const {
    auto [first, last] = SourceAt(k, allow_place);
    return first < last ? std::string(et_.Surface(first, last)) : "";
  }

  // Who says what the cue at `t` says: its subject ("Kiev denies"), else
  // the first source in the sentence before it that is not an object
  // ("despite ISIS ..."), else "..., officials said" after it.
  std::string Source(size_t t) const {
    size_t k = t;
    while (k > sent_.first && IsVerbFiller(W(k - 1))) --k;
    if (k > sent_.first) {
      int idx = ctx_.NameAtToken(k - 1);
      size_t head = idx >= 0 ? ctx_.names()[idx].first : k - 1;
      std::string subject = SourcePhrase(head, true);
      if (!subject.empty()) return subject;
    }
    for (size_t h = sent_.first; h < t; ++h) {
      if (et_.tokens[h].in_quote) continue;
      auto [first, last] = SourceAt(h, false);
      if (first == last) continue;
      if (first > sent_.first && IsObjectMarker(W(first - 1))) {
        h = last - 1;
        continue;
      }
      return std::string(et_.Surface(first, last));
    }
    return SourceAfter(t);
  }

  std::string SourceAfter(size_t t) const {
    for (size_t k = t + 1; k + 1 < sent_.last; ++k) {
      if (W(k) == "according" && W(k + 1) == "to") return SourcePhrase(k + 2, false);
      if (!QuoteLexicon::Default().IsSpeechVerb(W(k)) || et_.tokens[k].in_quote) continue;
      for (size_t h = k; h-- > t + 1 && k - h < options_.max_phrase_tokens;) {
        if (W(h) == ",") break;
        if (ctx_.NameAtToken(h) >= 0 && ctx_.names()[ctx_.NameAtToken(h)].first < h)
          continue;
        std::string source = SourcePhrase(h, false);
        if (!source.empty()) return source;
      }
    }
    return "";
  }

  const EventContext& ctx_;
  const EventText& et_;
  const EventText::Sentence& sent_;
  size_t s_;
  const DisputeOptions& options_;
  std::vector<Dispute> out_;
  bool not_terrorism_ = false;
};

std::string Lower(std::string_view s) { return EventFold(s); }

// True when a "blamed" account names the attack's own claimant.
bool Agrees(const Dispute& d, const Event& attack) {
  if (d.stance != "blamed" || attack.claimed_by.empty()) return false;
  std::string party = Lower(d.party), claimant = Lower(attack.claimed_by);
  return party.find(claimant) != std::string::npos ||
         claimant.find(party) != std::string::npos;
}

}  // namespace

std::vector<Dispute> FindDisputes(const EventContext& ctx, size_t s,
                                  const DisputeOptions& options) {
  return DisputeReader(ctx, s, options).Run();
}

namespace {

// Sentence index of each attack's evidence spans.
std::vector<std::vector<size_t>> EvidenceSentences(const EventText& et,
                                                   const std::vector<Event>& attacks) {
  std::unordered_map<uint32_t, size_t> sentence_at;
  for (size_t s = 0; s < et.sentences.size(); ++s)
    sentence_at[et.sentences[s].span.begin] = s;
  std::vector<std::vector<size_t>> out(attacks.size());
  for (size_t i = 0; i < attacks.size(); ++i) {
    if (attacks[i].type != EventType::kAttack) continue;
    for (const Span& span : attacks[i].evidence) {
      auto it = sentence_at.find(span.begin);
      if (it != sentence_at.end()) out[i].push_back(it->second);
    }
  }
  return out;
}

// The attack the disputes of sentence `s` belong to, or -1.
int DisputedAttack(const EventText& et, const std::vector<std::vector<size_t>>& sentences,
                   const std::vector<bool>& background, size_t s, size_t window) {
  int best = -1, near_background = -1;
  size_t best_dist = window + 1;
  for (size_t i = 0; i < sentences.size(); ++i) {
    bool recalled = i < background.size() && background[i];
    for (size_t e : sentences[i]) {
      size_t dist = e > s ? e - s : s - e;
      bool reaches =
          !recalled || dist == 0 ||
          (s == e + 1 && et.sentences[s].paragraph == et.sentences[e].paragraph);
      if (!reaches) {
        if (dist <= window) near_background = static_cast<int>(i);
        continue;
      }
      if (dist < best_dist) best_dist = dist, best = static_cast<int>(i);
    }
  }
  if (best >= 0 || near_background < 0) return best;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!sentences[i].empty() && !(i < background.size() && background[i]))
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

void AddAttackDisputes(const EventContext& ctx, std::vector<Event>* attacks,
                       const DisputeOptions& options,
                       const std::vector<bool>& background) {
  const EventText& et = ctx.text();
  std::vector<std::vector<size_t>> sentences = EvidenceSentences(et, *attacks);
  for (size_t s = 0; s < et.sentences.size(); ++s) {
    std::vector<Dispute> found = FindDisputes(ctx, s, options);
    if (found.empty()) continue;
    int best = DisputedAttack(et, sentences, background, s, options.window);
    if (best < 0) continue;
    Event& attack = (*attacks)[best];
    for (const Dispute& d : found) {
      if (!Agrees(d, attack)) attack.disputed.push_back(d);
    }
  }
}

}  // namespace vigil
