#include "extract/event_context.h"

#include <map>

namespace vigil {

EventContext::EventContext(const Document& doc, const Extraction& found,
                           const EventLexicon& lex)
    : doc_(doc), found_(found), lex_(lex), et_(TokenizeForEvents(doc, found.quotes)) {
  anchor_ = AnchorDate(doc, et_);
  names_ = FindNames(et_, lex_, found.entities);
  size_t n = et_.sentences.size();
  names_by_sentence_.resize(n);
  dates_by_sentence_.resize(n);
  numbers_by_sentence_.resize(n);
  name_at_token_.assign(et_.tokens.size(), -1);
  std::map<int, int> group_counts;
  for (size_t i = 0; i < names_.size(); ++i) {
    const NameMention& m = names_[i];
    names_by_sentence_[et_.tokens[m.first].sentence].push_back(i);
    for (size_t t = m.first; t < m.last; ++t) name_at_token_[t] = static_cast<int>(i);
    if (m.group >= 0) ++group_counts[m.group];
  }
  int best = 0;
  for (auto [g, c] : group_counts) {
    if (c > best) best = c, main_group_ = g;
  }
  for (size_t s = 0; s < n; ++s) {
    const auto& sent = et_.sentences[s];
    dates_by_sentence_[s] = FindDates(et_, sent.first, sent.last, anchor_);
    numbers_by_sentence_[s] = FindNumbers(et_, sent.first, sent.last);
  }
}

std::string EventContext::CountryOf(const NameMention& m) const {
  if (m.country >= 0) return lex_.countries[m.country].name;
  return "";
}

}  // namespace vigil
