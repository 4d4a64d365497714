#include "extract/announcements.h"

#include <algorithm>
#include <string>

#include "extract/statement_events.h"

namespace vigil {
namespace {

// The sentence whose span is `span`; the count of sentences when none is.
size_t SentenceOf(const EventText& et, const Span& span) {
  for (size_t s = 0; s < et.sentences.size(); ++s) {
    if (et.sentences[s].span == span) return s;
  }
  return et.sentences.size();
}

bool Cites(const Event& e, const Span& span) {
  return std::find(e.evidence.begin(), e.evidence.end(), span) != e.evidence.end();
}

}  // namespace

void AddAnnouncements(const EventContext& ctx, std::vector<Event>* events) {
  std::vector<Event> added;
  for (const Event& change : *events) {
    if (change.type != EventType::kLeadership || change.change != "appointed" ||
        change.organization.empty() || change.evidence.empty())
      continue;
    const Span& span = change.evidence.front();
    const size_t s = SentenceOf(ctx.text(), span);
    if (s == ctx.text().sentences.size()) continue;
    const std::string medium = MediumIn(ctx, ctx.text().sentences[s]);
    if (medium.empty()) continue;
    auto told = [&](const Event& e) {
      return e.type == EventType::kStatement && Cites(e, span);
    };
    if (std::any_of(events->begin(), events->end(), told) ||
        std::any_of(added.begin(), added.end(), told))
      continue;
    Event statement;
    statement.type = EventType::kStatement;
    statement.organization = change.organization;
    statement.medium = medium;
    statement.date = change.date;
    statement.evidence = {span};
    added.push_back(std::move(statement));
  }
  for (Event& e : added) events->push_back(std::move(e));
}

}  // namespace vigil
