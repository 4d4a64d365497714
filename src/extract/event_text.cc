#include "extract/event_text.h"

#include <algorithm>
#include <cstring>

#include "common/utf8.h"
#include "common/word_hash.h"
#include "extract/ascii.h"

namespace vigil {
namespace {

// Code point at text[i] and its length in bytes (1 for invalid bytes).
char32_t Decode(std::string_view t, size_t i, size_t* len) {
  return CodePointAt(t, i, len);
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 ||
         c == 0x200B || c == 0x202F || c == 0x3000;
}
// The marks that Fold (fold.cc) also reads as an apostrophe, but for the
// ayn and hamza letters (U+02BB, U+02BE, U+02BF), which stay inside words,
// and the grave accent, which opens quotations as often.
bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 ||
         c == 0x00B4;
}
bool IsQuoteMark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E;
}
bool IsDash(char32_t c) { return c == 0x2013 || c == 0x2014; }
bool IsAsciiAlnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsAsciiAlnum(c);
  if (IsSpace(c) || IsApostrophe(c) || IsQuoteMark(c) || IsDash(c)) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  return c >= 0xC0;
}
bool IsUpper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

class Tokenizer {
 public:
  // `folded` must hold text.size() bytes; tokens' lower forms point into it.
  Tokenizer(std::string_view text, char* folded) : t_(text), folded_(folded) {}

  std::vector<Token> Run() {
    out_.reserve(t_.size() / 5);  // about one token per five bytes of prose
    size_t i = 0;
    while (i < t_.size()) {
      // A plain space and an ASCII letter or digit, the common bytes, are
      // told without decoding.
      if (t_[i] == ' ') {
        ++i;
        continue;
      }
      if (IsAsciiAlnumByte(t_[i])) {
        i = Word(i);
        continue;
      }
      size_t len;
      char32_t c = Decode(t_, i, &len);
      if (IsSpace(c)) {
        i += len;
      } else if (IsWordChar(c)) {
        i = Word(i);
      } else {
        i += Punct(i, len, c);
      }
    }
    return std::move(out_);
  }

 private:
  char32_t At(size_t i, size_t* len) const {
    if (i >= t_.size()) {
      *len = 0;
      return 0;
    }
    return Decode(t_, i, len);
  }
  bool WordAt(size_t i) const {
    size_t len;
    return i < t_.size() && IsWordChar(At(i, &len));
  }

  // Reads a word from `i`; joins hyphens, apostrophes and digit separators
  // between word characters, and dotted abbreviations ("U.S.").
  size_t Word(size_t i) {
    size_t start = i;
    while (i < t_.size()) {
      if (IsAsciiAlnumByte(t_[i])) {
        ++i;
        continue;
      }
      size_t len;
      char32_t c = At(i, &len);
      if (c >= 0x80 && IsWordChar(c)) {  // ASCII word bytes were taken above
        i += len;
        continue;
      }
      if (c == '-' && WordAt(i + 1)) {
        i += 1;
        continue;
      }
      if ((c == ',' || c == '.') && i > start && t_[i - 1] >= '0' && t_[i - 1] <= '9' &&
          i + 1 < t_.size() && t_[i + 1] >= '0' && t_[i + 1] <= '9') {
        i += 1;
        continue;
      }
      if (c == '.' && Abbreviation(start, i)) {
        i += 1;
        continue;
      }
      if (IsApostrophe(c) && WordAt(i + len) && !Possessive(i + len)) {
        i += len;
        continue;
      }
      break;
    }
    Emit(start, i, true);
    return i;
  }
  // "U.S.", "U.N.": one capital letter before the dot and a letter after, or
  // the closing dot of such a run.
  bool Abbreviation(size_t start, size_t dot) const {
    size_t seg = dot;
    while (seg > start && t_[seg - 1] != '.') --seg;
    if (dot - seg != 1 || !(t_[seg] >= 'A' && t_[seg] <= 'Z')) return false;
    bool next_letter = dot + 2 < t_.size() && t_[dot + 1] >= 'A' && t_[dot + 1] <= 'Z' &&
                       t_[dot + 2] == '.';
    return next_letter || seg > start;
  }
  bool Possessive(size_t i) const {
    return i < t_.size() && (t_[i] == 's' || t_[i] == 'S') && !WordAt(i + 1);
  }
  // Emits the punctuation mark at `i` (`len` bytes), or the possessive "'s"
  // it opens; returns the bytes consumed.
  size_t Punct(size_t i, size_t len, char32_t c) {
    if (IsApostrophe(c) && Possessive(i + len) && !out_.empty() &&
        out_.back().span.end == i) {
      Emit(i, i + len + 1, true);
      out_.back().lower = "'s";
      return len + 1;
    }
    Emit(i, i + len, false);
    Token& tok = out_.back();
    if (IsQuoteMark(c)) tok.lower = "\"";
    if (IsApostrophe(c)) tok.lower = "'";
    if (IsDash(c)) tok.lower = "-";
    return len;
  }
  void Emit(size_t b, size_t e, bool word) {
    Token& tok = out_.emplace_back();
    tok.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    tok.word = word;
    int letters = 0, uppers = 0;
    if (!FoldAscii(b, e, &tok.lower, &letters, &uppers)) {
      letters = uppers = 0;
      Fold(b, e, &tok.lower, &letters, &uppers);
    }
    if (word) {
      size_t len;
      char32_t first = Decode(t_, b, &len);
      tok.capitalised = IsUpper(first);
      tok.digits = first >= '0' && first <= '9';
      tok.all_caps = letters >= 2 && uppers == letters;
    }
  }
  // Text [b, e) lower-cased into *lower, counting letters and capitals, when
  // it is all ASCII (the common case); false otherwise, with the counts to be
  // discarded. The bytes are written to the free end of the fold buffer, which
  // keeps them only when a capital made them differ from the text: most words
  // are viewed in the text itself.
  bool FoldAscii(size_t b, size_t e, std::string_view* lower, int* letters, int* uppers) {
    char* out = folded_ + used_;
    int letter_count = 0, upper_count = 0;
    for (size_t k = b; k < e; ++k) {
      const char c = t_[k];
      if (static_cast<unsigned char>(c) >= 0x80) return false;
      const bool upper = c >= 'A' && c <= 'Z';
      letter_count += upper || (c >= 'a' && c <= 'z');
      upper_count += upper;
      *out++ = upper ? static_cast<char>(c - 'A' + 'a') : c;
    }
    *letters = letter_count;
    *uppers = upper_count;
    *lower = upper_count == 0 ? t_.substr(b, e - b) : Keep(e - b);
    return true;
  }
  // Fold of text [b, e) that may hold any UTF-8: apostrophes become "'".
  void Fold(size_t b, size_t e, std::string_view* lower, int* letters, int* uppers) {
    char* const start = folded_ + used_;
    char* out = start;
    for (size_t k = b; k < e;) {
      size_t len;
      char32_t c = Decode(t_, k, &len);
      if (IsApostrophe(c)) {
        *out++ = '\'';
      } else if (c >= 'A' && c <= 'Z') {
        *out++ = static_cast<char>(c - 'A' + 'a');
      } else {
        std::memcpy(out, t_.data() + k, len);
        out += len;
      }
      if (IsWordChar(c) && !(c >= '0' && c <= '9')) ++*letters;
      if (IsUpper(c)) ++*uppers;
      k += len;
    }
    *lower = Keep(static_cast<size_t>(out - start));
  }
  // Keeps the `n` bytes written at the free end of the fold buffer and views
  // them. Folding never lengthens a token, and tokens do not overlap, so the
  // buffer (as long as the text) always has room.
  std::string_view Keep(size_t n) {
    const std::string_view kept(folded_ + used_, n);
    used_ += n;
    return kept;
  }

  std::string_view t_;
  char* folded_;     // the fold buffer
  size_t used_ = 0;  // bytes of it that tokens view
  std::vector<Token> out_;
};

std::vector<Span> SimpleSentences(std::string_view text) {
  std::vector<Span> out;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size() || text[i] == '\n' ||
               ((text[i] == ' ') && i > 0 &&
                (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?'));
    if (!end) continue;
    if (i > start) out.push_back(Span{start, i});
    start = i + 1;
  }
  return out;
}

// Sentences never cross a line break (headlines and list items end there).
std::vector<Span> SplitAtLineBreaks(std::string_view text, const std::vector<Span>& in) {
  std::vector<Span> out;
  for (const Span& s : in) {
    uint32_t start = s.begin;
    const uint32_t end = std::min<uint32_t>(s.end, text.size());
    for (uint32_t i = s.begin; i < end; ++i) {
      const void* nl = std::memchr(text.data() + i, '\n', end - i);
      if (nl == nullptr) break;
      i = static_cast<uint32_t>(static_cast<const char*>(nl) - text.data());
      if (i > start) out.push_back(Span{start, i});
      start = i + 1;
    }
    if (s.end > start) out.push_back(Span{start, s.end});
  }
  return out;
}

void AssignSentences(EventText* et, const std::vector<Span>& spans) {
  size_t tok = 0;
  uint32_t paragraph = 0;
  uint32_t last_end = 0;
  for (const Span& s : spans) {
    if (last_end < s.begin && last_end < et->text.size()) {
      const std::string_view gap = et->text.substr(last_end, s.begin - last_end);
      paragraph += static_cast<uint32_t>(std::count(gap.begin(), gap.end(), '\n'));
    }
    last_end = s.begin;
    EventText::Sentence sent;
    sent.span = s;
    sent.paragraph = paragraph;
    uint32_t previous = et->sentences.empty() ? 0 : et->sentences.size() - 1;
    while (tok < et->tokens.size() && et->tokens[tok].span.begin < s.begin) {
      et->tokens[tok].sentence = previous;
      ++tok;
    }
    sent.first = tok;
    while (tok < et->tokens.size() && et->tokens[tok].span.begin < s.end) {
      et->tokens[tok].sentence = static_cast<uint32_t>(et->sentences.size());
      ++tok;
    }
    sent.last = tok;
    et->sentences.push_back(sent);
  }
  if (et->sentences.empty()) return;
  for (; tok < et->tokens.size(); ++tok) {
    et->tokens[tok].sentence = static_cast<uint32_t>(et->sentences.size() - 1);
    et->sentences.back().last = tok + 1;
  }
}

void MarkQuotes(EventText* et, const std::vector<Quote>& quotes) {
  if (!quotes.empty()) {
    // Tokens are in text order: a quote's tokens are among those from the
    // first one starting in it up to its end.
    for (const Quote& q : quotes) {
      auto it = std::lower_bound(
          et->tokens.begin(), et->tokens.end(), q.span.begin,
          [](const Token& t, uint32_t begin) { return t.span.begin < begin; });
      for (; it != et->tokens.end() && it->span.begin <= q.span.end; ++it) {
        if (it->span.end <= q.span.end) it->in_quote = true;
      }
    }
    return;
  }
  bool open = false;
  uint32_t paragraph = 0;
  for (Token& tok : et->tokens) {
    uint32_t p = et->sentences.empty() ? 0 : et->sentences[tok.sentence].paragraph;
    if (p != paragraph) open = false;
    paragraph = p;
    if (tok.lower == "\"") {
      std::string_view mark = et->text.substr(tok.span.begin, tok.span.size());
      if (mark == "\xE2\x80\x9C") {
        open = true;
      } else if (mark == "\xE2\x80\x9D") {
        open = false;
      } else {
        open = !open;
      }
      continue;
    }
    tok.in_quote = open;
  }
}

}  // namespace

std::string_view EventText::Surface(size_t first, size_t last) const {
  if (first >= last || last > tokens.size()) return {};
  uint32_t b = tokens[first].span.begin, e = tokens[last - 1].span.end;
  return text.substr(b, e - b);
}

EventText TokenizeForEvents(const Document& doc, const std::vector<Quote>& quotes) {
  EventText et;
  et.text = doc.text;
  et.folded = std::make_unique_for_overwrite<char[]>(doc.text.size());
  et.tokens = Tokenizer(doc.text, et.folded.get()).Run();
  et.words.reserve(et.tokens.size());
  et.slots.reserve(et.tokens.size());
  for (const Token& t : et.tokens) {
    et.words.push_back(t.lower);
    et.slots.push_back(WordFilter::Slot(t.lower));
  }
  AssignSentences(
      &et, SplitAtLineBreaks(doc.text, doc.sentences.empty() ? SimpleSentences(doc.text)
                                                             : doc.sentences));
  if (et.sentences.empty()) et.sentences.push_back({Span{0, 0}, 0, 0, 0});
  MarkQuotes(&et, quotes);
  return et;
}

}  // namespace vigil
