#include "extract/quote_cues.h"

#include <unordered_set>

#include "common/word_hash.h"

namespace vigil {
namespace {

constexpr size_t kMaxSubjectWords = 8;
constexpr size_t kMaxBackwardTokens = 48;
constexpr size_t kMaxAfterTokens = 10;

// True when `w` occurs in `list` with a space on either side.
bool ScanList(std::string_view w, std::string_view list) {
  if (w.empty()) return false;
  for (size_t at = list.find(w); at != std::string_view::npos;
       at = list.find(w, at + 1)) {
    size_t end = at + w.size();
    if (list[at - 1] == ' ' && end < list.size() && list[end] == ' ') return true;
  }
  return false;
}

// The words of a space-separated list, hashed once.
class SpacedList {
 public:
  explicit SpacedList(std::string_view list) : list_(list) {
    for (size_t at = 0; at < list.size();) {
      size_t end = list.find(' ', at);
      if (end == std::string_view::npos) end = list.size();
      if (end > at) {
        words_.insert(list.substr(at, end - at));
        filter_.Add(list.substr(at, end - at));
      }
      at = end + 1;
    }
  }
  // ScanList(w, list): a lookup for a word, the scan for a run of words.
  bool Contains(std::string_view w) const {
    if (w.find(' ') != std::string_view::npos) return ScanList(w, list_);
    return filter_.MayContain(w) && words_.count(w) > 0;
  }

 private:
  std::string_view list_;
  std::unordered_set<std::string_view> words_;
  WordFilter filter_;
};

// Closed-class word lists, space separated (searched with InList).
// Words that end a subject phrase read in either direction.
constexpr std::string_view kStopWords =
    " that which when while because if as than to of at in on for from "
    " with by and but or so after before during since where whether "
    " although though whom whose about into over under against not also "
    " then this these those there here it what how why last next earlier "
    " later today yesterday tonight monday tuesday wednesday thursday "
    " friday saturday sunday once again all both ";
// Words between a subject and its verb: "Smith also said", "he has said".
constexpr std::string_view kVerbFillers =
    " also further then later again once has had have was is were are been "
    " would will did does do never just earlier previously recently since "
    " could may might can even still repeatedly often not only ";
// Abbreviations after which a period does not end a sentence.
constexpr std::string_view kAbbreviations =
    " mr mrs ms dr gov sen rep lt gen col sgt capt prof st rev jr sr no vs "
    " del jan feb mar apr aug sept sep oct nov dec gens maj cmdr adm supt insp "
    " u.s u.k u.n d.c ";
// Capitalised words opening a sentence that are not names.
constexpr std::string_view kSentenceAdverbs =
    " however meanwhile still yet instead now thus indeed moreover "
    " furthermore finally first second the a an until but in separately "
    " besides ";
// Short lists read by the predicates below.
constexpr std::string_view kSubjectPronouns = " he she they we i who it ";
constexpr std::string_view kRelativePronouns = " who whom whose which ";
constexpr std::string_view kBeForms = " is are was were be been being ";
constexpr std::string_view kAttachingPrepositions = " of for at from in with near on ";
constexpr std::string_view kSingularDeterminers = " a an one this each every another ";
constexpr std::string_view kDeterminers =
    " a an the his her its their this that these those ";
// Lower-case particles inside names.
constexpr std::string_view kNameParticles =
    " al el bin ibn abu bint de da del van von der la le du dos ul ud ";

// True when `w` is one of the space-separated words of `kList`.
template <const std::string_view& kList>
bool InList(std::string_view w) {
  static const SpacedList* const words = new SpacedList(kList);
  return words->Contains(w);
}

bool IsStopWord(std::string_view w) { return InList<kStopWords>(w); }

bool IsVerbFiller(std::string_view w) {
  return (w.size() > 4 && w.substr(w.size() - 2) == "ly") || InList<kVerbFillers>(w);
}

bool IsSubjectPronoun(std::string_view w) { return InList<kSubjectPronouns>(w); }

bool IsAbbreviation(std::string_view lower) {
  return lower.size() == 1 || lower.find('.') != std::string_view::npos ||
         InList<kAbbreviations>(lower);
}

bool IsSentenceAdverb(std::string_view lower) {
  return IsStopWord(lower) || IsVerbFiller(lower) || IsSubjectPronoun(lower) ||
         InList<kSentenceAdverbs>(lower);
}

// "who", "which": a relative clause starts, the noun phrase before it ends.
bool IsRelativePronoun(std::string_view w) { return InList<kRelativePronouns>(w); }

// A form of "be": before a past participle it makes the verb passive.
bool IsBeForm(std::string_view w) { return InList<kBeForms>(w); }

// Prepositions that attach a phrase to the noun before it ("a member of the
// council", "a spokesman for the ministry", "residents in the town").
bool IsAttachingPreposition(std::string_view w) {
  return InList<kAttachingPrepositions>(w);
}

// Determiners of one thing: "a line analysts" cannot be one noun phrase.
bool IsSingularDeterminer(std::string_view w) { return InList<kSingularDeterminers>(w); }

bool IsDeterminer(std::string_view w) { return InList<kDeterminers>(w); }

bool EndsWithIng(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 3) == "ing";
}

// "officials", "analysts": a plural noun (not "boss", not "his").
bool LooksPlural(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
         w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
}

}  // namespace

CueContext::CueContext(std::string_view t, const std::vector<QToken>& toks,
                       const QuoteLexicon& lex, const std::vector<QuotePassage>& passages)
    : text(t), tokens(toks), lexicon(lex), quoted(toks.size(), 0) {
  for (const QuotePassage& p : passages) {
    size_t end = p.closed ? p.close + 1 : p.close;
    for (size_t i = p.open; i < end && i < quoted.size(); ++i) quoted[i] = 1;
  }
}

bool CueContext::IsSpeechVerb(size_t i) const {
  return IsWord(i) && !quoted[i] && !tokens[i].capitalised &&
         lexicon.IsSpeechVerb(Lower(i));
}

bool CueContext::EndsSentence(size_t i) const {
  const QToken& t = tokens[i];
  if (t.kind == QTokenKind::kBreak) return true;
  if (t.kind == QTokenKind::kMark && quoted[i] && i > 0 &&
      tokens[i - 1].kind == QTokenKind::kPunct) {
    char c = text[tokens[i - 1].begin];
    return (c == '.' || c == '!' || c == '?') &&
           (i + 1 >= tokens.size() || !quoted[i + 1] ||
            tokens[i + 1].kind == QTokenKind::kMark);
  }
  if (t.kind != QTokenKind::kPunct || quoted[i]) return false;
  char c = text[t.begin];
  if (c == '!' || c == '?') return true;
  if (c != '.') return false;
  bool attached = i > 0 && IsWord(i - 1) && tokens[i - 1].end == t.begin;
  if (attached && IsAbbreviation(Lower(i - 1))) return false;
  // "R-Ky., said", "(D-Wis.)", "Jan. 4": what follows a sentence end is
  // neither a comma nor a lower-case word.
  if (i + 1 < tokens.size()) {
    const QToken& next = tokens[i + 1];
    if (next.kind == QTokenKind::kWord && !next.capitalised && !quoted[i + 1])
      return false;
    if (IsPunct(i + 1, ',') || IsPunct(i + 1, ')') || IsPunct(i + 1, ';')) return false;
  }
  return true;
}

namespace {

// A '.' that belongs to the word before it ("Gov.", "W.").
bool IsAbbreviationDot(const CueContext& ctx, size_t i) {
  return ctx.IsPunct(i, '.') && i > 0 && ctx.IsWord(i - 1) &&
         ctx.tokens[i - 1].end == ctx.tokens[i].begin && IsAbbreviation(ctx.Lower(i - 1));
}

bool CanJoinSubject(const CueContext& ctx, size_t i) {
  if (i >= ctx.tokens.size() || ctx.quoted[i]) return false;
  if (IsAbbreviationDot(ctx, i)) return true;
  if (!ctx.IsWord(i)) return false;
  std::string lower = ctx.Lower(i);
  if (ctx.tokens[i].capitalised) return true;  // "The", "Last" open a name too
  return !IsStopWord(lower) && !ctx.lexicon.IsSpeechVerb(lower) && !IsVerbFiller(lower) &&
         !IsRelativePronoun(lower);
}

bool IsNameToken(const CueContext& ctx, size_t i) {
  if (IsAbbreviationDot(ctx, i)) return true;
  if (!ctx.IsWord(i) || ctx.quoted[i]) return false;
  if (ctx.tokens[i].capitalised) return true;
  std::string lower = ctx.Lower(i);
  return InList<kNameParticles>(lower) || lower.rfind("al-", 0) == 0 ||
         lower.rfind("el-", 0) == 0;
}

}  // namespace

TokenRange NameRunAt(const CueContext& ctx, size_t i) {
  if (!ctx.IsWord(i) || !ctx.tokens[i].capitalised || ctx.quoted[i]) return {};
  if (IsSentenceAdverb(ctx.Lower(i))) return {};
  size_t k = i;
  while (k < ctx.tokens.size() && k - i < 6 && IsNameToken(ctx, k)) ++k;
  if (k < ctx.tokens.size() && !ctx.IsPunct(k, ',') && !ctx.IsPunct(k, '(') &&
      !ctx.IsPunct(k, '.') && ctx.tokens[k].kind != QTokenKind::kBreak) {
    return {};
  }
  return {static_cast<uint32_t>(i), static_cast<uint32_t>(k)};
}

namespace {

// Token `k` (inside a noun phrase read rightwards) starts what follows the
// phrase rather than the phrase: a relative pronoun ("a woman who was ..."),
// or a participle followed by no noun ("a fighter standing in front ...";
// "the ruling party" keeps its participle).
bool EndsNounPhraseAt(const CueContext& ctx, size_t k) {
  if (!ctx.IsWord(k) || ctx.tokens[k].capitalised) return false;
  std::string lower = ctx.Lower(k);
  if (IsRelativePronoun(lower)) return true;
  if (!EndsWithIng(lower) ||
      (k > 0 && ctx.IsWord(k - 1) && IsDeterminer(ctx.Lower(k - 1))))
    return false;  // "the missing", "the ruling party"
  return !(CanJoinSubject(ctx, k + 1) && !ctx.tokens[k + 1].capitalised &&
           !EndsWithIng(ctx.Lower(k + 1)));
}

// "a line analysts said": a singular determiner cannot open a plural noun
// phrase, so the subject is the plural noun phrase after "a line".
TokenRange AgreeingSubject(const CueContext& ctx, TokenRange r) {
  if (r.end - r.begin < 3 || ctx.tokens[r.begin].capitalised) return r;
  size_t head = r.end - 1;
  if (!IsSingularDeterminer(ctx.Lower(r.begin)) || ctx.tokens[head].capitalised ||
      !LooksPlural(ctx.Lower(head))) {
    return r;
  }
  for (size_t k = r.begin; k < r.end; ++k) {
    if (!ctx.IsWord(k)) return r;
  }
  return {r.begin + 2, r.end};
}

// Words from `i` rightwards that can name a speaker ("the IS spokesman").
TokenRange SubjectAfter(const CueContext& ctx, size_t i) {
  size_t j = i;
  while (j < ctx.tokens.size() && j - i < kMaxSubjectWords && CanJoinSubject(ctx, j)) {
    if (j > i && EndsNounPhraseAt(ctx, j)) break;
    ++j;
  }
  return AgreeingSubject(ctx, {static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
}

// "said the spokesman, Ali Hassan," / "said the spokesman. , Ali Hassan": the
// name set off after a description; empty when there is none.
TokenRange Apposition(const CueContext& ctx, size_t after) {
  size_t j = after;
  size_t puncts = 0;
  while (j < ctx.tokens.size() && (ctx.IsPunct(j, ',') || ctx.IsPunct(j, '.')) &&
         puncts < 3) {
    ++j;
    ++puncts;
  }
  if (puncts == 0 || !ctx.IsWord(j) || !ctx.tokens[j].capitalised) return {};
  size_t k = j;
  while (k < ctx.tokens.size() && k - j < 6 && IsNameToken(ctx, k)) ++k;
  return {static_cast<uint32_t>(j), static_cast<uint32_t>(k)};
}

bool EndsInRole(const CueContext& ctx, TokenRange r) {
  if (r.empty()) return false;
  size_t last = r.end - 1;
  return !ctx.tokens[last].capitalised && ctx.lexicon.IsRole(ctx.Lower(last));
}

TokenRange SubjectAfterVerb(const CueContext& ctx, size_t i) {
  TokenRange np = SubjectAfter(ctx, i);
  if (EndsInRole(ctx, np)) {
    TokenRange name = Apposition(ctx, np.end);
    if (!name.empty()) return name;
  }
  return np;
}

Cue MakeCue(const CueContext& ctx, size_t first, size_t last, TokenRange subject) {
  Cue cue;
  cue.found = true;
  cue.verb = static_cast<uint32_t>(first);
  cue.span = {ctx.tokens[first].begin, ctx.tokens[last].end};
  cue.subject = subject;
  return cue;
}

bool IsAccordingTo(const CueContext& ctx, size_t i) {
  return ctx.IsWord(i + 1) && !ctx.quoted[i] && ctx.LowerIs(i, "according") &&
         ctx.LowerIs(i + 1, "to");
}

// Subject first: "Smith said", "the ISIS spokesman added", "he told".
Cue SubjectFirstAfter(const CueContext& ctx, size_t i) {
  for (size_t j = i; j < ctx.tokens.size() && j - i <= kMaxAfterTokens; ++j) {
    if (ctx.IsSpeechVerb(j)) {
      size_t end = j;
      while (end > i && IsVerbFiller(ctx.Lower(end - 1))) --end;
      if (end == i) return {};
      std::string last = ctx.Lower(end - 1);
      if (IsStopWord(last) || last == "the" || last == "a" || last == "an") return {};
      TokenRange subject{static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
      return MakeCue(ctx, j, j, AgreeingSubject(ctx, subject));
    }
    if (!ctx.IsWord(j) && !IsAbbreviationDot(ctx, j)) return {};
    if (IsStopWord(ctx.Lower(j)) && !ctx.tokens[j].capitalised) return {};
  }
  return {};
}

// "Rep. Jo Mica (R-Fla.) said": the index before a parenthesis that ends
// just before `i`, else `i`.
size_t SkipParenthesisBefore(const CueContext& ctx, size_t i) {
  if (i == 0 || !ctx.IsPunct(i - 1, ')')) return i;
  for (size_t k = i - 1, steps = 0; k > 0 && steps < 10; --k, ++steps) {
    if (ctx.IsPunct(k - 1, '(')) return k - 1;
    if (ctx.tokens[k - 1].kind == QTokenKind::kBreak) break;
  }
  return i;
}

// "John Dickey, the chief executive of ..., told me": the name that opens
// the sentence holding token `i`, set off by a comma.
// Index of the first token of the sentence holding token `i`.
size_t SentenceStart(const CueContext& ctx, size_t i) {
  size_t start = i;
  for (size_t steps = 0; start > 0 && steps < kMaxBackwardTokens; --start, ++steps) {
    if (ctx.EndsSentence(start - 1) || ctx.tokens[start - 1].kind == QTokenKind::kMark)
      break;
  }
  return start;
}

// "John Dickey, the chief executive of ..., told me" / "In a panel on
// Monday, John Dickey, the chief ..., told": the name that opens the
// sentence holding token `i` (or follows its opening phrase), set off by a
// comma.
TokenRange SentenceOpeningName(const CueContext& ctx, size_t i) {
  size_t start = SentenceStart(ctx, i);
  if (start == i) return {};
  TokenRange name = NameRunAt(ctx, start);
  if (name.empty()) {  // after an opening phrase and its comma
    size_t k = start;
    while (k < i && !ctx.IsPunct(k, ',') && !ctx.quoted[k]) ++k;
    if (k + 1 >= i) return {};
    name = NameRunAt(ctx, k + 1);
  }
  if (name.empty() || name.end >= i || !ctx.IsPunct(name.end, ',')) return {};
  return name;
}

// "Trump was defensive ..., saying "..."": the name that opens the sentence
// holding token `i` as the subject of its first verb; empty when none does.
TokenRange SentenceSubjectName(const CueContext& ctx, size_t i) {
  size_t start = SentenceStart(ctx, i);
  if (start >= i || !ctx.IsWord(start) || !ctx.tokens[start].capitalised ||
      IsSentenceAdverb(ctx.Lower(start))) {
    return {};
  }
  size_t k = start;
  while (k < i && k - start < 6 && IsNameToken(ctx, k)) ++k;
  if (k >= i || !ctx.IsWord(k) || ctx.tokens[k].capitalised) return {};
  if (IsStopWord(ctx.Lower(k))) return {};  // "One of them", no name
  return {static_cast<uint32_t>(start), static_cast<uint32_t>(k)};
}

// "Mr. Morgan of the Sierra Club said": when the subject read leftwards is
// an organisation introduced by "of"/"at"/"from", the person before it.
TokenRange PersonOfOrg(const CueContext& ctx, TokenRange subject) {
  if (subject.empty() || subject.begin < 2) return subject;
  if (!ctx.lexicon.IsOrgHead(ctx.Lower(subject.end - 1))) return subject;
  std::string link = ctx.Lower(subject.begin - 1);
  if (link != "of" && link != "at" && link != "from") return subject;
  size_t end = subject.begin - 1, b = end;
  while (b > 0 && end - b < 6 && IsNameToken(ctx, b - 1)) --b;
  if (b == end || !ctx.tokens[b].capitalised) return subject;
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
}

// "the spokesman, Ali Hassan, said": the name set off by commas that ends at
// the comma `comma`; empty when there is none.
TokenRange NameBeforeComma(const CueContext& ctx, size_t comma) {
  size_t end = comma, b = end;
  while (b > 0 && end - b < 6 && IsNameToken(ctx, b - 1)) --b;
  if (b < end && ctx.tokens[b].capitalised && (b == 0 || ctx.IsPunct(b - 1, ','))) {
    return {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
  }
  return {};
}

// The noun phrase a preposition before `np` attaches it to ("a member" of
// the council, "Kerry" in a statement); empty when `np` follows no
// preposition or the phrase before is a name that the preposition continues
// ("Secretary of State John Kerry") or an organisation ("Mr. Morgan of the
// Sierra Club" is PersonOfOrg's).
TokenRange HeadBeforePreposition(const CueContext& ctx, TokenRange np) {
  if (np.empty() || np.begin < 2) return {};
  size_t prep = np.begin - 1;
  if (!ctx.IsWord(prep) || ctx.quoted[prep] || ctx.tokens[prep].capitalised ||
      !IsAttachingPreposition(ctx.Lower(prep))) {
    return {};
  }
  size_t end = prep, b = end;
  while (b > 0 && end - b < kMaxSubjectWords && CanJoinSubject(ctx, b - 1)) --b;
  if (b == end) return {};
  // "a fighter standing in front of": the participle opens a reduced clause.
  if (end - b > 1 && !ctx.tokens[end - 1].capitalised && EndsWithIng(ctx.Lower(end - 1)))
    --end;
  bool head_is_name = ctx.tokens[end - 1].capitalised;
  bool object_is_name = ctx.tokens[np.end - 1].capitalised;
  bool determined = !ctx.tokens[b].capitalised && IsDeterminer(ctx.Lower(b));
  if (head_is_name && object_is_name && !determined) return {};
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
}

// The noun phrase ending at `end`, read leftwards, moved to the noun that
// its prepositional phrases hang on ("relatives of the victims" -> "relatives").
// A participle of the verb's own clause ("footage of Clinton asking") takes
// the noun phrase right before it, without the walk.
TokenRange NounPhraseBefore(const CueContext& ctx, size_t end, bool walk = true) {
  size_t b = end;
  while (b > 0 && end - b < kMaxSubjectWords && CanJoinSubject(ctx, b - 1)) --b;
  // "paying an architect": a participle with its object is no part of it.
  for (size_t k = b; k + 1 < end; ++k) {
    if (!ctx.tokens[k].capitalised && EndsWithIng(ctx.Lower(k)) &&
        IsDeterminer(ctx.Lower(k + 1))) {
      b = k + 1;
    }
  }
  TokenRange np{static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
  for (int hops = 0; walk && hops < 3; ++hops) {
    TokenRange head = HeadBeforePreposition(ctx, np);
    if (head.empty()) break;
    np = head;
  }
  return AgreeingSubject(ctx, np);
}

// What the relative pronoun at `rel` refers to: the name set off before it
// ("Ali Hassan, who"), else the noun phrase right before it ("a man who").
TokenRange Antecedent(const CueContext& ctx, size_t rel) {
  if (rel == 0) return {};
  if (ctx.IsPunct(rel - 1, ',')) return NameBeforeComma(ctx, rel - 1);
  TokenRange np = NounPhraseBefore(ctx, rel);
  if (np.empty() || IsSubjectPronoun(ctx.Lower(np.end - 1))) return {};
  return np;
}

// When the words before `begin` (same clause, no comma) hold a relative
// pronoun, the antecedent of that pronoun; else empty.
TokenRange AntecedentOfClauseBefore(const CueContext& ctx, size_t begin) {
  constexpr size_t kMaxClauseTokens = 16;
  for (size_t k = begin, steps = 0; k > 0 && steps < kMaxClauseTokens; --k, ++steps) {
    size_t i = k - 1;
    if (ctx.quoted[i] || ctx.IsSpeechVerb(i)) return {};
    if (!ctx.IsWord(i)) {
      if (IsAbbreviationDot(ctx, i)) continue;
      return {};
    }
    if (!ctx.tokens[i].capitalised && IsRelativePronoun(ctx.Lower(i))) {
      return Antecedent(ctx, i);
    }
  }
  return {};
}

}  // namespace

TokenRange SubjectBefore(const CueContext& ctx, size_t verb) {
  size_t i = verb;
  bool after_be = false;
  for (size_t skipped = 0; i > 0 && skipped < 3 && ctx.IsWord(i - 1) &&
                           !ctx.quoted[i - 1] && IsVerbFiller(ctx.Lower(i - 1));
       ++skipped) {
    after_be = after_be || IsBeForm(ctx.Lower(i - 1));
    --i;
  }
  // "had been confirmed by", "is said to": passive, the subject is no speaker.
  if (after_be && !EndsWithIng(ctx.Lower(verb))) return {};
  i = SkipParenthesisBefore(ctx, i);
  if (i == 0) return {};
  if (ctx.IsWord(i - 1) && !ctx.quoted[i - 1] && IsSubjectPronoun(ctx.Lower(i - 1))) {
    TokenRange pronoun{static_cast<uint32_t>(i - 1), static_cast<uint32_t>(i)};
    if (!IsRelativePronoun(ctx.Lower(i - 1))) return pronoun;
    TokenRange antecedent = Antecedent(ctx, i - 1);
    return antecedent.empty() ? pronoun : antecedent;
  }
  if (ctx.IsPunct(i - 1, ',')) {  // "the spokesman, Ali Hassan, said"
    TokenRange name = NameBeforeComma(ctx, i - 1);
    return name.empty() ? SentenceOpeningName(ctx, i - 1) : name;
  }
  TokenRange subject = NounPhraseBefore(ctx, i, !EndsWithIng(ctx.Lower(verb)));
  // "a researcher who follows the group's output said": the noun phrase
  // before the relative clause.
  TokenRange antecedent = AntecedentOfClauseBefore(ctx, subject.begin);
  if (!antecedent.empty()) return antecedent;
  return PersonOfOrg(ctx, subject);
}

TokenRange WithAttachedPhrases(const CueContext& ctx, TokenRange np) {
  constexpr size_t kMaxPhrases = 2, kMaxTokens = 12;
  size_t end = np.end;
  for (size_t phrases = 0; phrases < kMaxPhrases; ++phrases) {
    if (!ctx.IsWord(end) || ctx.quoted[end] || ctx.tokens[end].capitalised ||
        !IsAttachingPreposition(ctx.Lower(end))) {
      break;
    }
    size_t k = end + 1;
    while (k < ctx.tokens.size() && k - np.begin < kMaxTokens && CanJoinSubject(ctx, k) &&
           !(k > end + 1 && EndsNounPhraseAt(ctx, k))) {
      ++k;
    }
    if (k == end + 1 || k - np.begin >= kMaxTokens) break;
    end = k;
  }
  return {np.begin, static_cast<uint32_t>(end)};
}

namespace {

bool IsDash(const CueContext& ctx, size_t i) {
  if (i >= ctx.tokens.size() || ctx.tokens[i].kind != QTokenKind::kPunct) return false;
  std::string_view t = ctx.Text(i);
  return t == "-" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "\xE2\x80\x95";
}

// "...” ― Pamela Padilla" closing a paragraph: the name signs the quote.
Cue DashSignature(const CueContext& ctx, size_t i) {
  if (!IsDash(ctx, i)) return {};
  TokenRange name = NameRunAt(ctx, i + 1);
  if (name.empty()) return {};
  size_t after = name.end;
  if (ctx.IsPunct(after, '.')) ++after;
  if (after < ctx.tokens.size() && ctx.tokens[after].kind != QTokenKind::kBreak) {
    return {};
  }
  Cue cue = MakeCue(ctx, i, i, name);
  cue.direct = true;
  return cue;
}

// The subject's last word is a name, a pronoun or a role ("the states"
// said nothing: "states" was a noun).
bool CanNameSpeaker(const CueContext& ctx, TokenRange r) {
  size_t head = r.end - 1;
  if (IsNameToken(ctx, head)) return true;
  std::string lower = ctx.Lower(head);
  if (IsSubjectPronoun(lower) || ctx.lexicon.IsRole(lower)) return true;
  // "one of the sources", "a member of the council": a described person.
  return ctx.IsWord(r.end) && !ctx.tokens[r.end].capitalised &&
         IsAttachingPreposition(ctx.Lower(r.end));
}

// The first speech verb after the passage in its sentence, with its subject
// on either side: "...," Flynn, a top surrogate, said / "..." is a bad idea,
// said Mr. Burman / "..." of the plan, Mr. Holtz-Eakin said.
Cue LaterVerbAfter(const CueContext& ctx, size_t i) {
  for (size_t j = i; j < ctx.tokens.size() && j - i < kMaxBackwardTokens; ++j) {
    if (ctx.quoted[j] || ctx.EndsSentence(j)) return {};
    if (!ctx.IsSpeechVerb(j)) continue;
    TokenRange subject = SubjectBefore(ctx, j);
    if (subject.empty() && ctx.IsPunct(j - 1, ','))
      subject = SubjectAfterVerb(ctx, j + 1);
    if (subject.empty() || !CanNameSpeaker(ctx, subject)) subject = NameRunAt(ctx, i);
    if (subject.empty()) return {};
    return MakeCue(ctx, j, j, subject);
  }
  return {};
}

}  // namespace

Cue FindCueAfter(const CueContext& ctx, const QuotePassage& passage) {
  if (!passage.closed) return {};
  size_t i = passage.close + 1;
  if (Cue signed_by = DashSignature(ctx, i); signed_by.found) return signed_by;
  bool ended = ctx.IsPunct(passage.close - 1, '.');
  for (size_t k = 0; k < 2 && i < ctx.tokens.size(); ++k) {
    if (ctx.tokens[i].kind != QTokenKind::kPunct || ctx.IsPunct(i, '.')) break;
    ++i;
  }
  if (!ctx.IsWord(i) || ctx.quoted[i]) return {};
  if (ended && ctx.tokens[i].capitalised) return {};  // a new sentence
  Cue cue;
  if (IsAccordingTo(ctx, i)) {
    cue = MakeCue(ctx, i, i + 1, SubjectAfter(ctx, i + 2));
  } else if (ctx.IsSpeechVerb(i)) {
    cue = MakeCue(ctx, i, i, SubjectAfterVerb(ctx, i + 1));
  } else {
    cue = SubjectFirstAfter(ctx, i);
  }
  if (cue.found && !cue.subject.empty()) {
    cue.direct = true;
    return cue;
  }
  return LaterVerbAfter(ctx, i);
}

namespace {

// The verb at `verb` follows a relative pronoun ("who said", "which
// warned"): it belongs to a clause inside the sentence.
bool InRelativeClause(const CueContext& ctx, size_t verb) {
  size_t i = verb;
  while (i > 0 && ctx.IsWord(i - 1) && IsVerbFiller(ctx.Lower(i - 1))) --i;
  return i > 0 && ctx.IsWord(i - 1) && !ctx.tokens[i - 1].capitalised &&
         IsRelativePronoun(ctx.Lower(i - 1));
}

// The nearest cue in [stop, from) read leftwards; `open` is the passage's
// opening mark (to judge whether the cue touches it).
Cue NearestCueBefore(const CueContext& ctx, size_t from, size_t open) {
  size_t steps = 0;
  for (size_t j = from; j > 0 && steps < kMaxBackwardTokens; --j, ++steps) {
    size_t i = j - 1;
    if (ctx.EndsSentence(i)) return {};
    if (ctx.quoted[i]) continue;
    if (ctx.IsWord(i) && IsAccordingTo(ctx, i)) {
      return MakeCue(ctx, i, i + 1, SubjectAfter(ctx, i + 2));
    }
    if (!ctx.IsSpeechVerb(i)) continue;
    Cue cue = MakeCue(ctx, i, i, SubjectBefore(ctx, i));
    if (InRelativeClause(ctx, i)) {  // "told a woman who suggested that "...""
      Cue earlier = NearestCueBefore(ctx, i, open);
      if (earlier.found && !earlier.subject.empty()) return earlier;
    }
    size_t between = open - i - 1;
    // "said: "..."" touches; "a campaign called "..."" only names.
    cue.direct = between >= 1 && between <= 2 &&
                 (ctx.IsPunct(i + 1, ':') || ctx.IsPunct(i + 1, ','));
    if (cue.subject.empty() && EndsWithIng(ctx.Lower(i)) && ctx.IsPunct(i - 1, ',')) {
      cue.subject = SentenceSubjectName(ctx, i);  // "X did this, saying "...""
    }
    if (cue.subject.empty()) {  // "X called for "..." and urged "...""
      Cue earlier = NearestCueBefore(ctx, i, open);
      if (earlier.found) cue.subject = earlier.subject;
    }
    return cue;
  }
  return {};
}

}  // namespace

Cue FindCueBefore(const CueContext& ctx, const QuotePassage& passage) {
  Cue cue = NearestCueBefore(ctx, passage.open, passage.open);
  if (cue.found) return cue;
  size_t open = passage.open;
  // "Smith continued:" closing the paragraph before.
  if (open < 2 || ctx.tokens[open - 1].kind != QTokenKind::kBreak) return {};
  if (!ctx.IsPunct(open - 2, ':')) return {};
  cue = NearestCueBefore(ctx, open - 2, open - 2);
  cue.direct = cue.found;
  return cue;
}

Cue FindCueInPreviousSentence(const CueContext& ctx, const QuotePassage& passage) {
  // "..., Schiff said. "The other factor is ..."": a quote opening its
  // sentence, right after a sentence whose speech verb has a named subject.
  size_t open = passage.open;
  if (open < 2 || ctx.tokens[open - 1].kind == QTokenKind::kBreak ||
      !ctx.EndsSentence(open - 1)) {
    return {};
  }
  Cue cue = NearestCueBefore(ctx, open - 1, open - 1);
  if (!cue.found || cue.subject.empty()) return {};
  if (!ctx.tokens[cue.subject.end - 1].capitalised) return {};
  cue.direct = false;
  return cue;
}

}  // namespace vigil
