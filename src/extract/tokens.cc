#include "extract/tokens.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>

#include "extract/ascii.h"
#include "extract/fold.h"

namespace vigil {
namespace {

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

// u_isUWhiteSpace with the ASCII answers inline (tab to carriage return, space).
bool IsSpace(char32_t cp) {
  return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : u_isUWhiteSpace(cp);
}

bool IsAsciiAlnum(char32_t cp) {
  return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
}

bool IsWordChar(char32_t cp) {
  return cp < 0x80 ? IsAsciiAlnum(cp) : (u_isalnum(cp) || u_getCombiningClass(cp) != 0);
}

// Lower-cased words that keep a following dot as part of the token.
bool IsDottedAbbreviation(std::string_view w) {
  static constexpr std::string_view kList[] = {
      "mr",  "mrs", "ms",   "dr",  "gen", "col", "lt",   "sgt", "capt",
      "maj", "adm", "brig", "sen", "rep", "gov", "prof", "st",  "jr",
      "sr",  "rev", "no",   "vs",  "inc", "ltd", "corp", "co",  "jan",
      "feb", "aug", "sept", "sep", "oct", "nov", "dec",  "mt",  "ft"};
  return std::find(std::begin(kList), std::end(kList), w) != std::end(kList);
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const std::vector<Span>& sentences)
      : text_(text), sentences_(sentences) {}

  std::vector<EntityToken> Run() {
    out_.reserve(text_.size() / 5);  // about one token per five bytes of prose
    while (pos_ < text_.size()) Step();
    return std::move(out_);
  }

 private:
  char32_t PeekAt(size_t at, size_t* next) const {
    *next = at;
    return at < text_.size() ? DecodeUtf8(text_, next) : 0;
  }

  void Step() {
    size_t next;
    const char32_t cp = PeekAt(pos_, &next);
    if (IsSpace(cp) || cp == 0xFEFF) {
      if (cp == '\n') new_sentence_ = true;
      space_ = true;
      pos_ = next;
      return;
    }
    while (sent_idx_ < sentences_.size() && sentences_[sent_idx_].begin <= pos_) {
      new_sentence_ = true;
      ++sent_idx_;
    }
    if (IsWordChar(cp)) {
      Word();
    } else if (IsApostrophe(cp) && PossessiveS(next)) {
      Emit(pos_, next + 1, TokenKind::kPunct, cp < 0x80);
    } else {
      Emit(pos_, next, TokenKind::kPunct, cp < 0x80);
      if (cp == '.' || cp == '!' || cp == '?') new_sentence_ = true;
    }
  }

  bool PossessiveS(size_t at) const {
    if (at >= text_.size() || (text_[at] != 's' && text_[at] != 'S')) return false;
    size_t after;
    return at + 1 >= text_.size() || !IsWordChar(PeekAt(at + 1, &after));
  }

  void Word() {
    const size_t begin = pos_;
    size_t i = pos_;
    bool digits_only = true;
    bool all_ascii = true;  // false once a byte from 0x80 on may be in the word
    while (i < text_.size()) {
      // ASCII letters and digits, the common case of the test below, by table.
      const char byte = text_[i];
      if (IsAsciiAlnumByte(byte)) {
        digits_only &= byte >= '0' && byte <= '9';
        ++i;
        continue;
      }
      size_t next;
      const char32_t cp = PeekAt(i, &next);
      if (cp >= 0x80) all_ascii = false;
      if (IsWordChar(cp)) {
        if (cp > '9' || cp < '0') digits_only = false;
        i = next;
        continue;
      }
      size_t after;
      const char32_t nx = PeekAt(next, &after);
      // Apostrophe inside a word (Qa'ida), but not a possessive 's.
      if (IsApostrophe(cp) && IsWordChar(nx) && !digits_only) {
        size_t after2;
        const char32_t nx2 = PeekAt(after, &after2);
        if ((nx == 's' || nx == 'S') && !IsWordChar(nx2)) break;
        i = next;
        continue;
      }
      // Decimal or thousands separators inside numbers.
      if ((cp == ',' || cp == '.') && digits_only && nx >= '0' && nx <= '9') {
        i = next;
        continue;
      }
      break;
    }
    i = MaybeTakeDot(begin, i);
    Emit(begin, i, digits_only ? TokenKind::kNumber : TokenKind::kWord, all_ascii);
  }

  // "U.S.", "D.C.", "R." and listed abbreviations keep their dots.
  size_t MaybeTakeDot(size_t begin, size_t end) {
    if (end >= text_.size() || text_[end] != '.') return end;
    const std::string_view w = text_.substr(begin, end - begin);
    const bool single_letter =
        w.size() == 1 && ((w[0] | 0x20) >= 'a' && (w[0] | 0x20) <= 'z');
    if (single_letter) {
      size_t i = end + 1;
      while (i + 1 < text_.size() && std::isalpha(static_cast<unsigned char>(text_[i])) &&
             text_[i + 1] == '.') {
        i += 2;
      }
      if (i > end + 1 || (w[0] >= 'A' && w[0] <= 'Z')) return i;
      return end;
    }
    if (IsDottedAbbreviation(Fold(w))) return end + 1;
    return end;
  }

  // Emits [begin, end) as a token; `ascii` may be true only when every byte
  // of it is below 0x80 (false is always right, only slower).
  void Emit(size_t begin, size_t end, TokenKind kind, bool ascii) {
    EntityToken& t = out_.emplace_back();
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.space_before = space_ || begin == 0;
    const std::string_view s = text_.substr(begin, end - begin);
    if (ascii) {
      FoldAndShapeAscii(s, &t);
    } else {
      AppendFolded(s, &t.folded);
      if (kind == TokenKind::kWord) Shape(s, &t);
    }
    if (kind == TokenKind::kWord) {
      t.sent_start = new_sentence_;
      new_sentence_ = false;
    }
    space_ = false;
    pos_ = end;
  }

  // AppendFolded and, for a word, Shape of ASCII `s` in one pass (most
  // tokens): folding is then lower-casing.
  static void FoldAndShapeAscii(std::string_view s, EntityToken* t) {
    t->folded.resize(s.size());
    char* folded = t->folded.data();
    int letters = 0, upper = 0;
    bool first_upper = false;
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const bool up = c >= 'A' && c <= 'Z';
      folded[i] = up ? static_cast<char>(c + 32) : c;
      if (!up && !(c >= 'a' && c <= 'z')) continue;
      if (letters == 0) first_upper = up;
      ++letters;
      upper += up;
    }
    if (t->kind != TokenKind::kWord) return;
    t->cap = first_upper;
    t->all_caps = letters >= 2 && upper == letters;
  }

  static void Shape(std::string_view s, EntityToken* t) {
    size_t i = 0;
    int letters = 0, upper = 0;
    bool first = true;
    while (i < s.size()) {
      const char32_t cp = DecodeUtf8(s, &i);
      const bool ascii = cp < 0x80;
      const bool up_ascii = cp >= 'A' && cp <= 'Z';
      if (ascii ? !up_ascii && !(cp >= 'a' && cp <= 'z') : !u_isalpha(cp)) continue;
      ++letters;
      const bool up = ascii ? up_ascii : u_isupper(cp) || u_istitle(cp);
      if (up) ++upper;
      if (first) t->cap = up;
      first = false;
    }
    t->all_caps = letters >= 2 && upper == letters;
  }

  std::string_view text_;
  const std::vector<Span>& sentences_;
  size_t pos_ = 0;
  size_t sent_idx_ = 0;
  bool space_ = true;
  bool new_sentence_ = true;
  std::vector<EntityToken> out_;
};

}  // namespace

std::vector<EntityToken> Tokenize(std::string_view text,
                                  const std::vector<Span>& sentences) {
  return Tokenizer(text, sentences).Run();
}

}  // namespace vigil
