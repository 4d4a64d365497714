#include "extract/events.h"

#include "extract/announcements.h"
#include "extract/attack_events.h"
#include "extract/event_context.h"
#include "extract/field_evidence.h"
#include "extract/leadership_events.h"
#include "extract/statement_events.h"

namespace vigil {

std::vector<Event> ExtractEvents(const Document& doc, const Extraction& found) {
  const EventLexicon& lex = EventLexicon::Default();
  EventContext ctx(doc, found, lex);
  std::vector<Event> out = ExtractStatements(ctx);
  for (Event& e : ExtractAttacks(ctx)) out.push_back(std::move(e));
  for (Event& e : ExtractLeadership(ctx)) out.push_back(std::move(e));
  AddAnnouncements(ctx, &out);
  AddFieldEvidence(ctx, &out);
  return out;
}

}  // namespace vigil
