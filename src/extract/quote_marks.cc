#include "extract/quote_marks.h"

#include <algorithm>

namespace vigil {
namespace {

bool IsMark(const QToken& t, MarkShape shape) {
  return t.kind == QTokenKind::kMark && t.shape == shape;
}

// True when the closing single mark at token `i` reads like a plural
// possessive: letter s before, a lower-case word after ("the groups’ aims").
bool LooksPossessive(std::string_view text, const std::vector<QToken>& tokens, size_t i) {
  const QToken& t = tokens[i];
  if (t.begin == 0 || (text[t.begin - 1] != 's' && text[t.begin - 1] != 'S'))
    return false;
  if (i + 1 >= tokens.size()) return false;
  const QToken& next = tokens[i + 1];
  return next.kind == QTokenKind::kWord && !next.capitalised && next.begin > t.end;
}

class Pairer {
 public:
  Pairer(std::string_view text, const std::vector<QToken>& tokens)
      : text_(text), tokens_(tokens) {}

  std::vector<QuotePassage> Run() {
    size_t begin = 0;
    for (size_t i = 0; i <= tokens_.size(); ++i) {
      if (i == tokens_.size() || tokens_[i].kind == QTokenKind::kBreak) {
        if (i > begin) Paragraph(begin, i);
        begin = i + 1;
      }
    }
    std::sort(out_.begin(), out_.end(), [](const QuotePassage& a, const QuotePassage& b) {
      return a.open < b.open;
    });
    return std::move(out_);
  }

 private:
  void Paragraph(size_t begin, size_t end) {
    carry_in_ = carry_out_;
    carry_out_ = false;
    size_t doubles_before = out_.size();
    Doubles(begin, end);
    Singles(begin, end, doubles_before);
  }

  void Doubles(size_t begin, size_t end) {
    std::vector<size_t> stack;
    size_t last_inner_close = 0;
    for (size_t i = begin; i < end; ++i) {
      const QToken& t = tokens_[i];
      if (!IsMark(t, MarkShape::kDouble)) continue;
      if (stack.empty()) {
        if (t.role != MarkRole::kClose) stack.push_back(i);
        last_inner_close = 0;
        continue;
      }
      bool straight_pair =
          text_[t.begin] == '"' && text_[tokens_[stack.back()].begin] == '"';
      if (t.role == MarkRole::kOpen && !straight_pair) {
        stack.push_back(i);
        continue;
      }
      size_t open = stack.back();
      stack.pop_back();
      if (stack.empty()) {
        Emit(open, i, true, MarkShape::kDouble);
      } else {
        last_inner_close = i;
      }
    }
    if (stack.empty()) return;
    if (last_inner_close > stack.front()) {
      Emit(stack.front(), last_inner_close, true, MarkShape::kDouble);
    } else {
      Unclosed(stack.front(), end);
    }
  }

  // An opening mark still open at the paragraph end `end` (a token index).
  void Unclosed(size_t open, size_t end) {
    bool next_opens = end + 1 < tokens_.size() &&
                      IsMark(tokens_[end + 1], MarkShape::kDouble) &&
                      tokens_[end + 1].role != MarkRole::kClose;
    QuotePassage* p = Emit(open, end, false, MarkShape::kDouble);
    if (p != nullptr && next_opens) p->continues = carry_out_ = true;
  }

  void Singles(size_t begin, size_t end, size_t doubles_before) {
    size_t pending = SIZE_MAX, fallback = SIZE_MAX;
    for (size_t i = begin; i < end; ++i) {
      if (InsideDouble(i, doubles_before)) continue;
      const QToken& t = tokens_[i];
      if (!IsMark(t, MarkShape::kSingle)) continue;
      if (pending == SIZE_MAX) {
        if (t.role == MarkRole::kOpen) pending = i;
        continue;
      }
      if (t.role != MarkRole::kClose) continue;
      if (LooksPossessive(text_, tokens_, i)) {
        if (fallback == SIZE_MAX) fallback = i;
        continue;
      }
      Emit(pending, i, true, MarkShape::kSingle);
      pending = fallback = SIZE_MAX;
    }
    if (pending != SIZE_MAX && fallback != SIZE_MAX) {
      Emit(pending, fallback, true, MarkShape::kSingle);
    }
  }

  bool InsideDouble(size_t i, size_t from) const {
    for (size_t k = from; k < out_.size(); ++k) {
      if (out_[k].shape == MarkShape::kDouble && i >= out_[k].open &&
          i <= out_[k].close) {
        return true;
      }
    }
    return false;
  }

  // Adds the passage between token `open` and token `close` (exclusive);
  // null when it holds no words.
  QuotePassage* Emit(size_t open, size_t close, bool closed, MarkShape shape) {
    if (close <= open + 1) return nullptr;
    bool has_word = false;
    for (size_t k = open + 1; k < close && !has_word; ++k) {
      has_word = tokens_[k].kind == QTokenKind::kWord;
    }
    if (!has_word) return nullptr;
    QuotePassage p;
    p.open = static_cast<uint32_t>(open);
    p.close = static_cast<uint32_t>(close);
    p.span = {tokens_[open + 1].begin, tokens_[close - 1].end};
    p.closed = closed;
    p.shape = shape;
    p.continued = carry_in_ && shape == MarkShape::kDouble && IsParagraphStart(open);
    carry_in_ = carry_in_ && !p.continued;
    out_.push_back(p);
    return &out_.back();
  }

  bool IsParagraphStart(size_t i) const {
    return i == 0 || tokens_[i - 1].kind == QTokenKind::kBreak;
  }

  std::string_view text_;
  const std::vector<QToken>& tokens_;
  std::vector<QuotePassage> out_;
  bool carry_in_ = false;   // the previous paragraph's quote goes on here
  bool carry_out_ = false;  // this paragraph's quote goes on in the next
};

}  // namespace

std::vector<QuotePassage> PairQuoteMarks(std::string_view text,
                                         const std::vector<QToken>& tokens) {
  return Pairer(text, tokens).Run();
}

}  // namespace vigil
