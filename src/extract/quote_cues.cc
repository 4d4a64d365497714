#include "extract/quote_cues.h"

namespace vigil {
namespace {

constexpr size_t kMaxSubjectWords = 8;
constexpr size_t kMaxBackwardTokens = 48;
constexpr size_t kMaxAfterTokens = 10;

// True when `w` is one of the space-separated words of `list`.
bool InList(std::string_view w, std::string_view list) {
  if (w.empty()) return false;
  for (size_t at = list.find(w); at != std::string_view::npos;
       at = list.find(w, at + 1)) {
    size_t end = at + w.size();
    if (list[at - 1] == ' ' && end < list.size() && list[end] == ' ') return true;
  }
  return false;
}

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
    " also further then later again once has had have was is were are "
    " would will did does do never just earlier previously recently since "
    " could may might can even still repeatedly often not ";
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

bool IsStopWord(std::string_view w) { return InList(w, kStopWords); }

bool IsVerbFiller(std::string_view w) {
  return (w.size() > 4 && w.substr(w.size() - 2) == "ly") || InList(w, kVerbFillers);
}

bool IsSubjectPronoun(std::string_view w) {
  return InList(w, " he she they we i who it ");
}

bool IsAbbreviation(std::string_view lower) {
  return lower.size() == 1 || lower.find('.') != std::string_view::npos ||
         InList(lower, kAbbreviations);
}

bool IsSentenceAdverb(std::string_view lower) {
  return IsStopWord(lower) || IsVerbFiller(lower) || IsSubjectPronoun(lower) ||
         InList(lower, kSentenceAdverbs);
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
  return !IsStopWord(lower) && !ctx.lexicon.IsSpeechVerb(lower) && !IsVerbFiller(lower);
}

bool IsNameToken(const CueContext& ctx, size_t i) {
  if (IsAbbreviationDot(ctx, i)) return true;
  if (!ctx.IsWord(i) || ctx.quoted[i]) return false;
  if (ctx.tokens[i].capitalised) return true;
  std::string lower = ctx.Lower(i);
  return InList(lower,
                " al el bin ibn abu bint de da del van von der la le du dos ul ud ") ||
         lower.rfind("al-", 0) == 0 || lower.rfind("el-", 0) == 0;
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

// Words from `i` rightwards that can name a speaker ("the IS spokesman").
TokenRange SubjectAfter(const CueContext& ctx, size_t i) {
  size_t j = i;
  while (j < ctx.tokens.size() && j - i < kMaxSubjectWords && CanJoinSubject(ctx, j)) ++j;
  return {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
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
  return ctx.IsWord(i + 1) && !ctx.quoted[i] && ctx.Lower(i) == "according" &&
         ctx.Lower(i + 1) == "to";
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
      return MakeCue(ctx, j, j, {static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
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
TokenRange SentenceOpeningName(const CueContext& ctx, size_t i) {
  size_t start = i;
  for (size_t steps = 0; start > 0 && steps < kMaxBackwardTokens; --start, ++steps) {
    if (ctx.EndsSentence(start - 1) || ctx.tokens[start - 1].kind == QTokenKind::kMark)
      break;
  }
  if (start == i) return {};
  TokenRange name = NameRunAt(ctx, start);
  if (name.empty() || name.end >= i || !ctx.IsPunct(name.end, ',')) return {};
  return name;
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

}  // namespace

TokenRange SubjectBefore(const CueContext& ctx, size_t verb) {
  size_t i = verb;
  for (size_t skipped = 0; i > 0 && skipped < 3 && ctx.IsWord(i - 1) &&
                           !ctx.quoted[i - 1] && IsVerbFiller(ctx.Lower(i - 1));
       ++skipped) {
    --i;
  }
  i = SkipParenthesisBefore(ctx, i);
  if (i == 0) return {};
  if (ctx.IsWord(i - 1) && !ctx.quoted[i - 1] && IsSubjectPronoun(ctx.Lower(i - 1))) {
    return {static_cast<uint32_t>(i - 1), static_cast<uint32_t>(i)};
  }
  size_t end = i;
  if (ctx.IsPunct(i - 1, ',')) {  // "the spokesman, Ali Hassan, said"
    end = i - 1;
    size_t b = end;
    while (b > 0 && end - b < 6 && IsNameToken(ctx, b - 1)) --b;
    if (b < end && ctx.tokens[b].capitalised && (b == 0 || ctx.IsPunct(b - 1, ','))) {
      return {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
    }
    return SentenceOpeningName(ctx, i - 1);
  }
  size_t b = end;
  while (b > 0 && end - b < kMaxSubjectWords && CanJoinSubject(ctx, b - 1)) --b;
  TokenRange subject{static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
  return PersonOfOrg(ctx, subject);
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
  return IsSubjectPronoun(lower) || ctx.lexicon.IsRole(lower);
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
    size_t between = open - i - 1;
    // "said: "..."" touches; "a campaign called "..."" only names.
    cue.direct = between >= 1 && between <= 2 &&
                 (ctx.IsPunct(i + 1, ':') || ctx.IsPunct(i + 1, ','));
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
