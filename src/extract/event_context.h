// EventContext: what the event extractors share about one Document: its
// tokens, name mentions, dates, numbers, the anchor date and the lexicon, with
// per-sentence indexes. Built once per document by ExtractEvents.
#ifndef VIGIL_EXTRACT_EVENT_CONTEXT_H_
#define VIGIL_EXTRACT_EVENT_CONTEXT_H_

#include <string>
#include <vector>

#include "extract/dates.h"
#include "extract/event_lexicon.h"
#include "extract/event_names.h"
#include "extract/event_text.h"
#include "extract/numbers.h"
#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

class EventContext {
 public:
  // Borrows `doc`, `found` and `lex`, which must outlive the context.
  EventContext(const Document& doc, const Extraction& found, const EventLexicon& lex);
  EventContext(const EventContext&) = delete;
  EventContext& operator=(const EventContext&) = delete;

  const Document& doc() const { return doc_; }
  const Extraction& found() const { return found_; }
  const EventLexicon& lex() const { return lex_; }
  const EventText& text() const { return et_; }
  const std::string& anchor() const { return anchor_; }
  const std::vector<NameMention>& names() const { return names_; }
  size_t sentence_count() const { return et_.sentences.size(); }

  // Indexes into names() of the mentions in sentence `s`, in text order.
  const std::vector<size_t>& NamesIn(size_t s) const { return names_by_sentence_[s]; }
  // Dates in sentence `s`, in text order.
  const std::vector<TextDate>& DatesIn(size_t s) const { return dates_by_sentence_[s]; }
  // Numbers in sentence `s`, as FindNumbers finds them over its tokens; read
  // by several extractors, found once.
  const std::vector<NumberMention>& NumbersIn(size_t s) const {
    return numbers_by_sentence_[s];
  }
  // Index into names() of the mention covering token `t`, or -1.
  int NameAtToken(size_t t) const { return name_at_token_[t]; }
  // The group named most often in the document, or -1.
  int main_group() const { return main_group_; }
  // Canonical name of lexicon group `g`.
  const std::string& GroupName(int g) const { return lex_.groups[g].name; }
  // Country name for a LOC mention (its own or its lexicon place's), or "".
  std::string CountryOf(const NameMention& m) const;

 private:
  const Document& doc_;
  const Extraction& found_;
  const EventLexicon& lex_;
  EventText et_;
  std::string anchor_;
  std::vector<NameMention> names_;
  std::vector<std::vector<size_t>> names_by_sentence_;
  std::vector<std::vector<TextDate>> dates_by_sentence_;
  std::vector<std::vector<NumberMention>> numbers_by_sentence_;
  std::vector<int> name_at_token_;
  int main_group_ = -1;
};

// Words of sentence-scoped helpers used by several extractors.
// True when `lower` is in `table` at token t (any phrase length); *len and
// *value receive the match.
// Inline: extractors ask it at most tokens, for several tables, and most
// words are turned away by their slot alone.
inline bool MatchAt(const EventText& et, const PhraseTable& table, size_t t,
                    size_t* len = nullptr, const std::string** value = nullptr) {
  const size_t n = table.MatchSlotted(et.words, et.slots, t, value);
  if (len != nullptr) *len = n;
  return n > 0;
}

}  // namespace vigil

#endif  // VIGIL_EXTRACT_EVENT_CONTEXT_H_
