#include "extract/quote_tokens.h"

#include <unicode/uchar.h>

#include "common/utf8.h"
#include "extract/ascii.h"

namespace vigil {
namespace {

constexpr char32_t kLeftDouble = 0x201C, kRightDouble = 0x201D, kLowDouble = 0x201E;
constexpr char32_t kLeftSingle = 0x2018, kRightSingle = 0x2019;
constexpr char32_t kLeftGuillemet = 0xAB, kRightGuillemet = 0xBB;

// One decoded code point and its byte length; text is valid UTF-8.
struct Cp {
  char32_t c = 0;
  uint32_t len = 0;
};

Cp Decode(std::string_view s, size_t i) {
  if (i >= s.size()) return {0, 0};
  size_t len = 0;
  const char32_t c = CodePointAt(s, i, &len);
  return {c, static_cast<uint32_t>(len)};
}

// Code point ending just before byte i (0 at the start).
char32_t DecodeBefore(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return Decode(s, j).c;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}
bool IsAlnum(char32_t c) {
  if (c < 0x80) return IsAsciiAlnumByte(static_cast<char>(c));  // std::isalnum's answer
  return u_isalnum(c);
}
bool IsQuoteChar(char32_t c) {
  return c == '"' || c == '\'' || c == '`' || c == kLeftDouble || c == kRightDouble ||
         c == kLowDouble || c == kLeftSingle || c == kRightSingle ||
         c == kLeftGuillemet || c == kRightGuillemet;
}
bool IsOpener(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '/' || c == 0x2014 || c == 0x2013 ||
         c == '-' || c == ':';
}
bool IsCloser(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == ')' || c == ']' || c == '}' || c == 0x2014 || c == 0x2013 || c == 0x2026 ||
         c == '-';
}
bool IsDigitBefore(std::string_view s, size_t i) {
  return i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
}
bool IsEdge(char32_t c) { return c == 0 || c == '\n' || IsSpace(c); }

struct Context {
  bool open = false;   // could open: space or opener before, text after
  bool close = false;  // could close: text before, space or closer after
};

Context ContextOf(char32_t before, char32_t after) {
  Context ctx;
  ctx.open =
      (IsEdge(before) || IsOpener(before) || IsQuoteChar(before)) && !IsEdge(after);
  ctx.close = !IsEdge(before) && (IsEdge(after) || IsCloser(after) || IsQuoteChar(after));
  return ctx;
}

MarkRole RoleOf(Context ctx, MarkRole preferred) {
  if (preferred == MarkRole::kOpen)
    return ctx.close && !ctx.open ? MarkRole::kClose : preferred;
  if (preferred == MarkRole::kClose)
    return ctx.open && !ctx.close ? MarkRole::kOpen : preferred;
  if (ctx.open && !ctx.close) return MarkRole::kOpen;
  if (ctx.close && !ctx.open) return MarkRole::kClose;
  return MarkRole::kEither;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : s_(text) {}

  std::vector<QToken> Run() {
    out_.reserve(s_.size() / 5 + 8);
    size_t i = 0;
    while (i < s_.size()) i = Step(i);
    return std::move(out_);
  }

 private:
  size_t Step(size_t i) {
    Cp cp = Decode(s_, i);
    if (cp.c == '\n') return Break(i);
    if (IsSpace(cp.c)) return i + cp.len;
    if (IsAlnum(cp.c)) return Word(i);
    if (IsQuoteChar(cp.c)) return Mark(i, cp);
    Push(i, i + cp.len, QTokenKind::kPunct);
    return i + cp.len;
  }

  size_t Break(size_t i) {
    size_t j = i;
    while (j < s_.size() && (s_[j] == '\n' || IsSpace(Decode(s_, j).c)))
      j += Decode(s_, j).len;
    Push(i, i + 1, QTokenKind::kBreak);
    return j;
  }

  // A run of letters and digits, joined across an apostrophe or hyphen that
  // sits between two of them, and across the dots of "U.S.".
  size_t Word(size_t i) {
    size_t j = i;
    size_t segment_letters = 0;
    while (j < s_.size()) {
      if (IsAsciiAlnumByte(s_[j])) {  // most of a word: no decoding
        ++j;
        ++segment_letters;
        continue;
      }
      Cp cp = Decode(s_, j);
      if (IsAlnum(cp.c)) {
        j += cp.len;
        ++segment_letters;
        continue;
      }
      bool joiner = cp.c == '\'' || cp.c == kRightSingle || cp.c == '-' ||
                    cp.c == 0x2010 || cp.c == 0x2011 ||
                    (cp.c == '.' && segment_letters == 1) ||
                    (cp.c == '/' && IsDigitBefore(s_, j));
      if (!joiner || !IsAlnum(Decode(s_, j + cp.len).c)) break;
      j += cp.len;
      segment_letters = 0;
    }
    QToken& t = Push(i, j, QTokenKind::kWord);
    char32_t first = Decode(s_, i).c;
    t.capitalised = first < 0x80 ? first >= 'A' && first <= 'Z' : u_isupper(first);
    bool any_lower = false;
    size_t letters = 0;
    // One lower-case letter settles all_caps: most words stop reading there.
    for (size_t k = i; k < j && !any_lower;) {
      const unsigned char byte = static_cast<unsigned char>(s_[k]);
      if (byte < 0x80) {  // ICU's answers for ASCII, inline
        any_lower |= byte >= 'a' && byte <= 'z';
        letters += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
        ++k;
        continue;
      }
      Cp cp = Decode(s_, k);
      any_lower |= static_cast<bool>(u_islower(cp.c));
      letters += u_isalpha(cp.c) ? 1 : 0;
      k += cp.len;
    }
    t.all_caps = letters >= 2 && !any_lower;
    return j;
  }

  size_t Mark(size_t i, Cp cp) {
    Cp next = Decode(s_, i + cp.len);
    // Doubled single marks act as one double mark: `` '' ’’ ‘‘.
    bool doubled = next.c == cp.c && (cp.c == '\'' || cp.c == '`' ||
                                      cp.c == kLeftSingle || cp.c == kRightSingle);
    size_t end = i + cp.len + (doubled ? next.len : 0);
    Context ctx = ContextOf(DecodeBefore(s_, i), Decode(s_, end).c);
    if (doubled || cp.c == '"' || cp.c == kLeftDouble || cp.c == kRightDouble ||
        cp.c == kLowDouble || cp.c == kLeftGuillemet || cp.c == kRightGuillemet) {
      MarkRole preferred = MarkRole::kEither;
      if (cp.c == kLeftDouble || cp.c == kLowDouble || cp.c == kLeftGuillemet ||
          cp.c == '`' || cp.c == kLeftSingle) {
        preferred = MarkRole::kOpen;
      } else if (cp.c == kRightDouble || cp.c == kRightGuillemet ||
                 cp.c == kRightSingle) {
        preferred = MarkRole::kClose;
      }
      PushMark(i, end, MarkShape::kDouble, RoleOf(ctx, preferred));
      return end;
    }
    return SingleMark(i, cp, ctx);
  }

  size_t SingleMark(size_t i, Cp cp, Context ctx) {
    size_t end = i + cp.len;
    char32_t after = Decode(s_, end).c;
    // ’90s, 'em: an elision, not a quotation mark.
    if (after < 0x80 && std::isdigit(static_cast<int>(after))) {
      Push(i, end, QTokenKind::kPunct);
      return end;
    }
    MarkRole preferred = cp.c == kLeftSingle || cp.c == '`' ? MarkRole::kOpen
                         : cp.c == kRightSingle             ? MarkRole::kClose
                                                            : MarkRole::kEither;
    MarkRole role = RoleOf(ctx, preferred);
    if (role == MarkRole::kEither) {
      Push(i, end, QTokenKind::kPunct);
      return end;
    }
    PushMark(i, end, MarkShape::kSingle, role);
    return end;
  }

  QToken& Push(size_t b, size_t e, QTokenKind kind) {
    QToken t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    out_.push_back(t);
    return out_.back();
  }

  void PushMark(size_t b, size_t e, MarkShape shape, MarkRole role) {
    QToken& t = Push(b, e, QTokenKind::kMark);
    t.shape = shape;
    t.role = role;
  }

  std::string_view s_;
  std::vector<QToken> out_;
};

}  // namespace

std::vector<QToken> TokenizeForQuotes(std::string_view text) {
  return Tokenizer(text).Run();
}

}  // namespace vigil
