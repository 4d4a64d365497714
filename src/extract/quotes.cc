#include "extract/quotes.h"

#include "extract/quote_cues.h"
#include "extract/quote_marks.h"
#include "extract/quote_speaker.h"
#include "extract/quote_tokens.h"

namespace vigil {
namespace {

bool IsBareDeterminer(std::string_view s) {
  return s == "the" || s == "The" || s == "a" || s == "A" || s == "an" || s == "An" ||
         s == "this" || s == "This" || s == "that" || s == "That";
}

bool IsSmallWord(std::string_view w) {
  return w == "of" || w == "the" || w == "a" || w == "an" || w == "and" || w == "in" ||
         w == "on" || w == "for" || w == "to" || w == "with" || w == "at" || w == "or";
}

// "we're", "It’s", "don't": an apostrophe with letters after it.
bool IsContraction(std::string_view word) {
  size_t at = word.find_last_of("'\x99");  // ' or the last byte of ’
  return at != std::string_view::npos && at + 1 < word.size();
}

class QuoteFinder {
 public:
  QuoteFinder(const Document& doc, const std::vector<Entity>& entities,
              const QuoteLexicon& lexicon, const QuoteOptions& options)
      : text_(doc.text),
        tokens_(TokenizeForQuotes(text_)),
        passages_(PairQuoteMarks(text_, tokens_)),
        ctx_(text_, tokens_, lexicon, passages_),
        speakers_(ctx_, entities),
        options_(options) {
    paragraph_of_.reserve(tokens_.size() + 1);
    uint32_t para = 0;
    for (const QToken& t : tokens_) {
      paragraph_of_.push_back(para);
      if (t.kind == QTokenKind::kBreak) ++para;
    }
    paragraph_of_.push_back(para);
  }

  std::vector<Quote> Run() {
    std::vector<Quote> out;
    for (size_t i = 0; i < passages_.size();) {
      size_t last = i;
      while (last + 1 < passages_.size() && passages_[last + 1].continued) ++last;
      Chain(i, last, &out);
      i = last + 1;
    }
    return out;
  }

 private:
  // Passages [first, last] are one quotation (several paragraphs when last > first).
  void Chain(size_t first, size_t last, std::vector<Quote>* out) {
    Cue cue = FindCueAfter(ctx_, passages_[last]);
    if (!cue.found) {
      cue = FindCueBefore(ctx_, passages_[first]);
    } else if (IsPronoun(cue.subject)) {
      // "Smith told them: "..." she said": the name beats the pronoun.
      Cue before = FindCueBefore(ctx_, passages_[first]);
      if (before.found && !before.subject.empty() && !IsPronoun(before.subject)) {
        cue.subject = before.subject;
      }
    }
    if (first == last && !IsQuotation(passages_[first], cue)) return;
    std::optional<std::string> speaker;
    uint32_t para = paragraph_of_[passages_[first].open];
    bool same_paragraph = has_previous_ && para == previous_paragraph_;
    if (!cue.found && !same_paragraph)
      cue = FindCueInPreviousSentence(ctx_, passages_[first]);
    if (cue.found && !cue.subject.empty()) {
      uint32_t anchor =
          std::min(tokens_[cue.subject.begin].begin, passages_[first].span.begin);
      speaker = speakers_.Resolve(cue.subject, anchor);
      // "the", "a": what is left of a subject that was no name.
      if (speaker && IsBareDeterminer(*speaker)) speaker.reset();
    } else if (!cue.found && has_previous_ && para <= previous_paragraph_ + 1) {
      speaker = previous_speaker_;
    }
    if (speaker)
      speakers_.NoteSpeaker(cue.found ? cue.span.begin : passages_[first].span.begin,
                            *speaker);
    for (size_t k = first; k <= last; ++k) {
      const QuotePassage& p = passages_[k];
      if (auto label = TranscriptLabel(p)) speaker = label;
      Quote q;
      q.span = p.span;
      q.text = text_.substr(p.span.begin, p.span.size());
      q.speaker = speaker;
      if (cue.found) q.cue = cue.span;
      out->push_back(std::move(q));
    }
    has_previous_ = true;
    previous_speaker_ = speaker;
    previous_paragraph_ = paragraph_of_[passages_[last].open];
  }

  bool IsPronoun(TokenRange r) const {
    if (r.end - r.begin != 1 || tokens_[r.begin].capitalised) return false;
    std::string w = ctx_.Lower(r.begin);
    return w == "he" || w == "she";
  }

  // "PENCE: Well, look, ..." — a transcript turn names its speaker.
  std::optional<std::string> TranscriptLabel(const QuotePassage& p) const {
    size_t k = p.open + 1;
    while (k < p.close && k - p.open <= 3 && ctx_.IsWord(k) && tokens_[k].all_caps) ++k;
    if (k == p.open + 1 || k >= p.close || !ctx_.IsPunct(k, ':')) return std::nullopt;
    return text_.substr(tokens_[p.open + 1].begin,
                        tokens_[k - 1].end - tokens_[p.open + 1].begin);
  }

  bool IsQuotation(const QuotePassage& p, const Cue& cue) const {
    size_t words = 0, capitalised = 0;
    for (size_t k = p.open + 1; k < p.close; ++k) {
      if (!ctx_.IsWord(k)) continue;
      ++words;
      bool contraction = IsContraction(ctx_.Text(k));  // "We're" speaks
      if ((tokens_[k].capitalised && !contraction) || IsSmallWord(ctx_.Lower(k))) {
        ++capitalised;
      }
    }
    size_t last = p.close - 1;
    char end_char =
        tokens_[last].kind == QTokenKind::kPunct ? text_[tokens_[last].begin] : 0;
    bool ends_clause = end_char == ',' || end_char == '.' || end_char == '!' ||
                       end_char == '?' || end_char == '\xE2';  // … and dashes
    if (cue.direct) return true;
    // Titles ("Face the Nation," / "All Bets Are Off.") keep the comma or
    // period inside the marks in American style, so only ! and ? say "speech".
    bool title = capitalised == words && words <= options_.max_title_words &&
                 end_char != '!' && end_char != '?';
    if (title) return false;
    if (words < options_.min_words_without_cue) {
      return tokens_[p.open + 1].capitalised && ends_clause;
    }
    return true;
  }

  const std::string& text_;
  std::vector<QToken> tokens_;
  std::vector<QuotePassage> passages_;
  CueContext ctx_;
  SpeakerResolver speakers_;
  const QuoteOptions& options_;
  std::vector<uint32_t> paragraph_of_;  // per token (and one past the end)
  bool has_previous_ = false;
  std::optional<std::string> previous_speaker_;
  uint32_t previous_paragraph_ = 0;
};

}  // namespace

std::vector<Quote> ExtractQuotes(const Document& doc, const std::vector<Entity>& entities,
                                 const QuoteLexicon& lexicon,
                                 const QuoteOptions& options) {
  if (doc.text.empty()) return {};
  return QuoteFinder(doc, entities, lexicon, options).Run();
}

std::vector<Quote> ExtractQuotes(const Document& doc,
                                 const std::vector<Entity>& entities) {
  static const QuoteOptions kDefaults;
  return ExtractQuotes(doc, entities, QuoteLexicon::Default(), kDefaults);
}

}  // namespace vigil
