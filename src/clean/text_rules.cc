#include "clean/text_rules.h"

#include <algorithm>
#include <string>

#include "clean/dates.h"
#include "clean/text_vocab.h"

namespace vigil {
namespace {

constexpr size_t kMaxWordsKept = 32;

// The lower-cased words of a short line, the first kMaxWordsKept of them.
// Neither copied nor moved: `lower` points into `buffer` (into the object
// itself while the words fit the string's inline storage).
struct Words {
  Words() = default;
  Words(const Words&) = delete;
  Words& operator=(const Words&) = delete;

  std::string buffer;  // the lower-cased words, one after another
  std::string_view lower[kMaxWordsKept];
  std::string_view raw[kMaxWordsKept];
  size_t size = 0;
};

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The first `limit` (at most kMaxWordsKept) words of `text` into *out.
void Collect(std::string_view text, Words* out, size_t limit = kMaxWordsKept) {
  out->buffer.reserve(text.size());  // never reallocated below: views stay valid
  ForEachWord(text, [out, limit](std::string_view w) {
    if (out->size == limit) return false;
    const size_t at = out->buffer.size();
    out->buffer.append(w);
    char* lower = out->buffer.data() + at;
    for (size_t i = 0; i < w.size(); ++i) lower[i] = AsciiLower(lower[i]);
    out->lower[out->size] = std::string_view(lower, w.size());
    out->raw[out->size] = w;
    ++out->size;
    return true;
  });
}

// Calls fn for each word of `text` and for each "|" separator.
template <typename Fn>
void ForEachWordOrPipe(std::string_view text, Fn fn) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t bar = text.find('|', start);
    if (bar == std::string_view::npos) bar = text.size();
    ForEachWord(text.substr(start, bar - start), [&](std::string_view w) {
      fn(w);
      return true;
    });
    if (bar == text.size()) break;
    fn("|");
    start = bar + 1;
  }
}

bool IsNumber(std::string_view w) {
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return !w.empty();
}

bool HasDigit(std::string_view w) {
  for (char c : w) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

bool AllUpper(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

bool AnyIn(const Words& w, VocabClass cls) {
  for (size_t i = 0; i < w.size; ++i) {
    if (InVocab(cls, w.lower[i])) return true;
  }
  return false;
}

// Every word is a label or filler word (or a number), and at least one is a
// label word.
bool IsLabel(const Words& w) {
  bool strong = false;
  for (size_t i = 0; i < w.size; ++i) {
    const std::string_view x = w.lower[i];
    if (InVocab(VocabClass::kLabel, x) || InVocab(VocabClass::kReadMore, x)) {
      strong = true;
    } else if (!InVocab(VocabClass::kFiller, x) && !IsNumber(x)) {
      return false;
    }
  }
  return strong;
}

// "[ad_1]", "[Advertisement]": the whole line is one bracketed tag.
bool IsBracketTag(std::string_view t, uint32_t words) {
  return t.size() >= 2 && t.front() == '[' && t.back() == ']' &&
         t.find(']') == t.size() - 1 && words <= 4;
}

// "(Militant video via AP, File)": the whole line is one parenthesis.
bool IsParenOnly(std::string_view t, uint32_t words) {
  return t.size() >= 2 && t.front() == '(' && t.back() == ')' &&
         t.find(')') == t.size() - 1 && words <= 15;
}

// "A1F", "2022", "AB": a lone short code or number.
bool IsCode(const TextLine& line, const Words& w) {
  if (line.words != 1 || line.terminal || w.size != 1) return false;
  std::string_view x = w.raw[0];
  if (IsNumber(x) || x.size() <= 3) return true;
  bool upper_letter = false;
  for (char c : x) upper_letter |= (c >= 'A' && c <= 'Z');
  return HasDigit(x) && upper_letter && x.size() <= 12;
}

bool EndsLikeSentence(std::string_view s) {
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// A line of links, hashtags or handles only ("https://...", "#news @desk").
bool IsLinksOnly(std::string_view text) {
  bool any = false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    std::string_view token = text.substr(start, i - start);
    if (token.empty()) break;
    bool link = token.front() == '#' || token.front() == '@' ||
                token.find("://") != std::string_view::npos || token.starts_with("www.");
    if (!link) return false;
    any = true;
  }
  return any;
}

// "Home | World | Middle East | Sport": short items between separators.
bool IsPipeMenu(const TextLine& line) {
  if (line.terminal) return false;
  size_t pipes = 0;
  size_t longest = 0;
  size_t item_words = 0;
  ForEachWordOrPipe(line.text, [&](std::string_view token) {
    if (token == "|") {
      ++pipes;
      item_words = 0;
    } else {
      longest = std::max(longest, ++item_words);
    }
  });
  return pipes >= 2 && longest <= 3;
}

// "Copyright 2024 ... All rights reserved.", "The post ... appeared first on
// ...", "This article was originally published by ...".
bool IsNotice(const Words& w) {
  if (w.size < 2) return false;
  bool reserved = false;
  bool appeared = false;
  bool published = false;
  for (size_t i = 0; i + 1 < w.size; ++i) {
    const std::string_view x = w.lower[i];
    const std::string_view y = w.lower[i + 1];
    reserved |= x == "rights" && y == "reserved";
    appeared |= x == "appeared" && (y == "first" || y == "originally");
    published |=
        (x == "originally" || x == "first") && (y == "published" || y == "appeared");
  }
  bool this_piece =
      w.lower[0] == "this" && (w.lower[1] == "article" || w.lower[1] == "story" ||
                               w.lower[1] == "post" || w.lower[1] == "report");
  return reserved || appeared || (this_piece && published) || w.lower[0] == "copyright" ||
         w.lower[0] == "disclaimer";
}

// A trailing "(Agency/Released)" or "(... via AP, File)" credit.
bool HasCreditParen(std::string_view t) {
  if (t.empty() || t.back() != ')') return false;
  size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view inner = t.substr(open + 1, t.size() - open - 2);
  Words w;
  Collect(inner, &w);
  if (w.size == 0 || w.size > 8 || EndsLikeSentence(inner)) return false;
  return inner.find('/') != std::string_view::npos || AnyIn(w, VocabClass::kCredit);
}

// "FILE - ...", "PHOTO: ...", "Photo: ...": a caption lead word followed by a
// dash or colon, or by a credit word.
bool HasCaptionLead(std::string_view text, const Words& w) {
  if (w.size < 2 || !InVocab(VocabClass::kCaptionLead, w.lower[0])) return false;
  // "Image source, Agency", "Photo by Jane Doe/Agency".
  const std::string_view second = w.lower[1];
  if (second == "source" || second == "caption" || second == "credit" || second == "by" ||
      second == "courtesy") {
    return true;
  }
  std::string_view first = w.raw[0];
  size_t after = static_cast<size_t>(first.data() - text.data()) + first.size();
  std::string_view rest = text.substr(after);
  if (rest.starts_with(":")) return true;
  while (rest.starts_with(" ")) rest.remove_prefix(1);
  bool dash = rest.starts_with("-") || rest.starts_with("\xE2\x80\x93") ||
              rest.starts_with("\xE2\x80\x94");
  return dash && AllUpper(first);
}

bool StartsWithQuote(std::string_view t) {
  return t.starts_with("\"") || t.starts_with("\xE2\x80\x9C") ||
         t.starts_with("\xE2\x80\x98") || t.starts_with("'") || t.starts_with("\xC2\xAB");
}

bool HasSpeechVerb(const Words& w) {
  for (size_t i = 0; i < w.size; ++i) {
    const std::string_view x = w.lower[i];
    if (x == "said" || x == "says" || x == "told" || x == "added" || x == "according" ||
        x == "stated" || x == "urged" || x == "wrote") {
      return true;
    }
  }
  return false;
}

// "Join our channel ...", "Follow us on ...", "Read the rest here."
bool IsCallToAction(const TextLine& line, const Words& w, const TextRuleOptions& o) {
  if (w.size < 2 || line.words > o.max_call_words || StartsWithQuote(line.text)) {
    return false;
  }
  size_t first = 0;
  if (w.lower[0] == "please" || w.lower[0] == "don't" || w.lower[0] == "and") first = 1;
  if (!InVocab(VocabClass::kCallVerb, w.lower[first])) return false;
  if (HasSpeechVerb(w)) return false;
  for (size_t i = first + 1; i < w.size; ++i) {
    if (InVocab(VocabClass::kCallObject, w.lower[i])) return true;
  }
  return false;
}

// "By Jane Doe", "Reporting by Jane Doe; Editing by John Roe".
bool IsByline(const TextLine& line, const Words& w) {
  if (w.size < 2) return false;
  if (InVocab(VocabClass::kCreditLead, w.lower[0]) &&
      (w.lower[1] == "by" || (w.size > 2 && w.lower[2] == "by"))) {
    return line.words <= 30;
  }
  if (w.raw[0] != "By" || line.words > 8 || line.text.ends_with(".")) return false;
  // All words after "By" but the linking ones are capitalised names.
  return line.capitalised + 1 >= line.content_words;
}

// A short line that is mostly a date, or opens with "Published", "Updated"...
bool IsDateline(const TextLine& line, const Words& w) {
  if (line.words > 12 || line.text.size() > 160) return false;
  if (line.terminal && line.words >= 6) return false;
  DateSpan span = FindDateSpan(line.text);
  if (span.date.empty()) return false;
  double cover = static_cast<double>(span.end - span.begin) / line.text.size();
  return cover >= 0.35 || (w.size > 0 && InVocab(VocabClass::kDatelineLead, w.lower[0]));
}

// "Read more: <title>", "ALSO READ | <title>" on one line.
bool IsInlineReadMore(std::string_view text, const Words& w) {
  // Only a separator within the first 25 bytes counts (a plain loop:
  // find_first_of calls memchr for every byte).
  const size_t head_bytes = std::min<size_t>(text.size(), 25);
  size_t colon = 0;
  while (colon < head_bytes && text[colon] != ':' && text[colon] != '|') ++colon;
  if (colon == head_bytes || colon + 1 >= text.size()) return false;
  Words head;
  Collect(text.substr(0, colon), &head);
  return head.size > 0 && head.size <= 3 && IsLabel(head) &&
         AnyIn(head, VocabClass::kReadMore);
}

LineKind ClassifyByVocab(const TextLine& line, const Words& w, const TextRuleOptions& o) {
  if (line.words <= o.max_label_words && IsLabel(w)) {
    if (AnyIn(w, VocabClass::kComment)) return LineKind::kComments;
    // A header announces a list; "Read the full story here." does not.
    bool sentence = line.text.ends_with(".") || line.text.ends_with("!");
    if (!sentence && AnyIn(w, VocabClass::kReadMore)) return LineKind::kReadMore;
    return LineKind::kBoilerplate;
  }
  if (IsInlineReadMore(line.text, w) || IsNotice(w) || IsPipeMenu(line)) {
    return LineKind::kBoilerplate;
  }
  if (IsCallToAction(line, w, o)) return LineKind::kBoilerplate;
  if (IsByline(line, w)) return LineKind::kByline;
  if (IsDateline(line, w)) return LineKind::kDateline;
  return LineKind::kBlank;  // no verdict
}

LineKind ClassifyByShape(const TextLine& line, const TextRuleOptions& o) {
  if (line.ends_with_dash && line.words <= 6) return LineKind::kLeadIn;
  if (!line.terminal) return LineKind::kShort;
  return line.words >= o.prose_min_words ? LineKind::kProse : LineKind::kSentence;
}

}  // namespace

LineKind ClassifyLine(const TextLine& line, const TextRuleOptions& options) {
  if (line.blank()) return LineKind::kBlank;
  if (line.words == 0) return LineKind::kMarker;
  if (line.text.size() > options.max_boilerplate_bytes) return LineKind::kProse;
  if (IsBracketTag(line.text, line.words)) return LineKind::kMarker;
  if (IsParenOnly(line.text, line.words)) return LineKind::kCaption;
  if (IsLinksOnly(line.text)) return LineKind::kMarker;
  // Past max_call_words only the first two words are read (IsCode and
  // HasCaptionLead): no need to collect more.
  Words w;
  Collect(line.text, &w, line.words <= options.max_call_words ? kMaxWordsKept : 2);
  if (IsCode(line, w)) return LineKind::kMarker;
  if (HasCaptionLead(line.text, w) || HasCreditParen(line.text))
    return LineKind::kCaption;
  if (line.words <= options.max_call_words) {
    LineKind kind = ClassifyByVocab(line, w, options);
    if (kind != LineKind::kBlank) return kind;
  }
  return ClassifyByShape(line, options);
}

bool IsBoilerplateKind(LineKind kind) {
  switch (kind) {
    case LineKind::kMarker:
    case LineKind::kBoilerplate:
    case LineKind::kCaption:
    case LineKind::kReadMore:
    case LineKind::kComments:
    case LineKind::kDateline:
    case LineKind::kByline:
      return true;
    default:
      return false;
  }
}

bool SameWords(std::string_view a, std::string_view b) {
  a = a.substr(0, 1024);
  b = b.substr(0, 1024);
  // Word by word, up to kMaxWordsKept of them: most lines differ at the first.
  size_t at_a = 0;
  size_t at_b = 0;
  for (size_t n = 0; n < kMaxWordsKept; ++n) {
    const std::string_view wa = NextWord(a, &at_a);
    const std::string_view wb = NextWord(b, &at_b);
    if (wa.empty() || wb.empty()) return wa.empty() && wb.empty() && n > 0;
    if (wa.size() != wb.size()) return false;
    for (size_t i = 0; i < wa.size(); ++i) {
      if (AsciiLower(wa[i]) != AsciiLower(wb[i])) return false;
    }
  }
  return true;
}

}  // namespace vigil
