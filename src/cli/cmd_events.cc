// vigil events / event / timeline / report: merged events from the store.
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/event_view.h"
#include "merge/merger.h"
#include "merge/stories.h"
#include "store/article_reader.h"
#include "store/event_loader.h"
#include "store/quote_reader.h"
#include "store/store.h"

namespace vigil::cli {
namespace {

struct EventsArgs {
  std::string db = "vigil.db";
  EventFilter filter;
  int64_t id = 0;
  bool json = false;
};

// Loads and merges, printing the failure; nullopt when it failed. Per-field
// evidence is read only for what shows it (`event ID`, --json).
std::optional<std::vector<MergedEvent>> Load(const std::string& db, bool field_evidence) {
  auto events = LoadMergedEvents(db, field_evidence);
  if (!events.ok()) {
    std::fprintf(stderr, "vigil: store %s: %s\n", db.c_str(),
                 events.status().ToString().c_str());
    return std::nullopt;
  }
  return std::move(events).value();
}

void PrintList(const std::vector<MergedEvent>& events, const EventFilter& filter,
               bool json) {
  int shown = 0;
  for (const MergedEvent& e : events) {
    if (!Matches(e, filter)) continue;
    ++shown;
    if (json) {
      std::printf("%s\n", EventJson(e).c_str());
    } else {
      std::printf("#%-4lld %-10s  %-10s  %s  (%zu article%s)\n",
                  static_cast<long long>(e.id),
                  e.date.empty() ? "----------" : e.date.c_str(), EventTypeName(e.type),
                  OneLine(e).c_str(), e.reports.size(), e.reports.size() == 1 ? "" : "s");
    }
  }
  if (!json && shown == 0) std::printf("no matching events\n");
}

int RunEvents(const EventsArgs& args) {
  auto events = Load(args.db, args.json);
  if (!events) return kExitFailure;
  PrintList(*events, args.filter, args.json);
  return kExitOk;
}

int RunEvent(const EventsArgs& args) {
  auto events = Load(args.db, true);
  if (!events) return kExitFailure;
  if (args.id < 1 || args.id > static_cast<int64_t>(events->size())) {
    std::fprintf(stderr, "vigil: no event #%lld (the store has %zu)\n",
                 static_cast<long long>(args.id), events->size());
    return kExitFailure;
  }
  MergedEvent e = (*events)[static_cast<size_t>(args.id - 1)];
  // The sentences behind each field, quoted from the articles' text.
  if (Status quotes = LoadEvidenceQuotes(args.db, &e.reports); !quotes.ok())
    std::fprintf(stderr, "vigil: evidence sentences: %s\n", quotes.ToString().c_str());
  std::printf("%s\n", args.json ? EventJson(e).c_str() : Detail(e, *events).c_str());
  return kExitOk;
}

// A statement is shown as a call to attack when a group stands behind it
// or it names something to strike (a place, a group of people, a method);
// the rest (an official's appeal, a named person's order) are listed apart.
bool IsCall(const MergedEvent& e) {
  return !e.organization.empty() || !e.targets.empty() || !e.target_groups.empty() ||
         !e.methods.empty();
}

void PrintSection(const char* title, const std::vector<MergedEvent>& events,
                  EventType type, size_t limit,
                  const std::function<bool(const MergedEvent&)>& keep = nullptr) {
  std::vector<const MergedEvent*> picked;
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (it->type == type && !it->date.empty() && (!keep || keep(*it)))
      picked.push_back(&*it);
  }
  if (picked.empty() && keep) return;
  std::printf("\n%s (%zu; latest first)\n", title, picked.size());
  for (size_t i = 0; i < picked.size() && i < limit; ++i) {
    const MergedEvent& e = *picked[i];
    std::printf("  #%-4lld %s  %s\n", static_cast<long long>(e.id), e.date.c_str(),
                OneLine(e).c_str());
    for (int64_t id : e.followed_by) {
      std::printf("         followed by #%lld %s\n", static_cast<long long>(id),
                  OneLine(events[static_cast<size_t>(id - 1)]).c_str());
    }
  }
}

int RunReport(const EventsArgs& args) {
  auto store = OpenForReading(args.db);
  if (!store) return kExitFailure;
  auto stats = store->Stats();
  auto events = Load(args.db, false);
  if (!stats.ok() || !events) return kExitFailure;
  // Keyed by folded name so "al-Shabaab" and "Al-Shabaab" count together;
  // shown as first written.
  std::map<std::string, std::pair<std::string, int>> groups;
  int disputed = 0, contested = 0;  // sources disagree; competing accounts
  for (const MergedEvent& e : *events) {
    for (const std::string* g : {&e.organization, &e.claimed_by, &e.perpetrator}) {
      if (g->empty()) continue;
      auto& slot = groups[FoldName(*g)];
      if (slot.first.empty()) slot.first = *g;
      ++slot.second;
    }
    disputed += !e.disagreements.empty();
    contested += !e.disputed.empty();
  }
  size_t told_twice = 0, reused = 0;
  if (auto copies = LoadCopies(args.db); copies.ok()) {
    for (const Story& s : BuildStories(*events, *copies))
      told_twice += s.articles.size() > 1;
    if (auto quotes = LoadQuoteUses(args.db); quotes.ok()) {
      for (const ReusedQuote& q : FindReusedQuotes(std::move(quotes).value(), *copies))
        reused += !q.copies_only;
    }
  }
  std::printf("vigil report: %s\n", args.db.c_str());
  std::printf(
      "  %lld articles from %lld sources; %zu events after merging (%d with "
      "sources that disagree)\n",
      static_cast<long long>(stats->documents), static_cast<long long>(stats->sources),
      events->size(), disputed);
  if (contested > 0)
    std::printf(
        "  %d attacks with competing accounts (blamed on others, denied, not "
        "terrorism)\n",
        contested);
  std::printf(
      "  %zu stories told by more than one article (vigil stories); %lld articles "
      "nearly copy an earlier one\n",
      told_twice, static_cast<long long>(stats->copies));
  std::printf(
      "  %zu %s carried by articles that do not copy one another (vigil quotes "
      "--reused)\n",
      reused, reused == 1 ? "quotation" : "quotations");
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [key, shown] : groups) ranked.push_back({-shown.second, shown.first});
  std::sort(ranked.begin(), ranked.end());
  std::printf("  groups most reported:");
  for (size_t i = 0; i < ranked.size() && i < 6; ++i) {
    std::printf("%s %s (%d)", i ? "," : "", ranked[i].second.c_str(), -ranked[i].first);
  }
  std::printf("\n");
  PrintSection("calls to attack", *events, EventType::kStatement, 8, IsCall);
  PrintSection("other statements (no group, nothing named to strike)", *events,
               EventType::kStatement, 4, [](const MergedEvent& e) { return !IsCall(e); });
  PrintSection("attacks", *events, EventType::kAttack, 10);
  PrintSection("leadership changes", *events, EventType::kLeadership, 8);
  return kExitOk;
}

int RunStories(const EventsArgs& args) {
  auto events = Load(args.db, false);
  if (!events) return kExitFailure;
  auto copies = LoadCopies(args.db);
  if (!copies.ok()) {
    std::fprintf(stderr, "vigil: store %s: %s\n", args.db.c_str(),
                 copies.status().ToString().c_str());
    return kExitFailure;
  }
  // Copies that report no event are listed with the story they copy.
  std::vector<int64_t> copied_ids;
  for (const auto& [copy, original] : *copies)
    copied_ids.insert(copied_ids.end(), {copy, original});
  auto copied = LoadArticles(args.db, copied_ids);
  if (!copied.ok()) {
    std::fprintf(stderr, "vigil: store %s: %s\n", args.db.c_str(),
                 copied.status().ToString().c_str());
    return kExitFailure;
  }
  std::map<int64_t, StoryArticle> articles;
  for (const auto& [id, a] : *copied) articles[id] = {id, a.source, a.title, a.published};
  int shown = 0;
  for (const Story& s : BuildStories(*events, *copies, articles)) {
    if (s.articles.size() < 2 && !args.json)
      continue;  // one-article stories: --json only
    ++shown;
    if (args.json) {
      std::printf("%s\n", StoryJson(s).c_str());
      continue;
    }
    std::printf("story %lld: %zu articles, %s to %s\n", static_cast<long long>(s.id),
                s.articles.size(), s.first.empty() ? "?" : s.first.c_str(),
                s.last.empty() ? "?" : s.last.c_str());
    for (int64_t id : s.events) {
      const MergedEvent& e = (*events)[static_cast<size_t>(id - 1)];
      std::printf("  #%lld %s %s: %s\n", static_cast<long long>(id), e.date.c_str(),
                  EventTypeName(e.type), OneLine(e).c_str());
    }
    for (const StoryArticle& a : s.articles) {
      std::printf("    %s  %s  %s\n",
                  a.published.empty() ? "----------" : a.published.c_str(),
                  a.source.c_str(), a.title.c_str());
    }
  }
  if (!args.json && shown == 0)
    std::printf("no story is told by more than one article\n");
  return kExitOk;
}

CLI::App* AddCommon(CLI::App& app, const char* name, const char* help, EventsArgs* args) {
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  return cmd;
}

}  // namespace

void RegisterEvents(CLI::App& app, int* exit) {
  auto args = std::make_shared<EventsArgs>();
  CLI::App* cmd = AddCommon(
      app, "events",
      "List events merged across articles (one real event = one record), in time order.\n"
      "Fields on which the articles disagree are flagged; `vigil event ID` shows them.",
      args.get());
  cmd->add_option("--type", args->filter.type, "attack, statement or leadership")
      ->check(CLI::IsMember({"attack", "statement", "leadership"}));
  cmd->add_option("--since", args->filter.since,
                  "only events on or after YYYY[-MM[-DD]]");
  cmd->add_option("--group", args->filter.group, "only events of this group or person");
  cmd->add_option("--place", args->filter.place, "only events at this place or country");
  cmd->add_flag("--json", args->json, "one JSON object per event");
  cmd->callback([args, exit] { *exit = RunEvents(*args); });

  auto one = std::make_shared<EventsArgs>();
  CLI::App* ev = AddCommon(
      app, "event",
      "Show one merged event: every article that reported it with its figures and\n"
      "claims, the fields they disagree on, and the calls/attacks it is linked to\n"
      "(\"followed within 30 days\": a sequence in time, not a cause).",
      one.get());
  ev->add_option("id", one->id, "event number from `vigil events`")->required();
  ev->add_flag("--json", one->json, "print JSON");
  ev->callback([one, exit] { *exit = RunEvent(*one); });
}

void RegisterTimeline(CLI::App& app, int* exit) {
  auto args = std::make_shared<EventsArgs>();
  CLI::App* cmd = AddCommon(app, "timeline",
                            "Statements, attacks and leadership changes of one group (or "
                            "person) in time order.",
                            args.get());
  cmd->add_option("--group", args->filter.group, "group or person name (any alias)")
      ->required();
  cmd->add_option("--since", args->filter.since,
                  "only events on or after YYYY[-MM[-DD]]");
  cmd->add_flag("--json", args->json, "one JSON object per event");
  cmd->callback([args, exit] { *exit = RunEvents(*args); });
}

void RegisterStories(CLI::App& app, int* exit) {
  auto args = std::make_shared<EventsArgs>();
  CLI::App* cmd = AddCommon(
      app, "stories",
      "Articles grouped by the real event they report first (one story = one event's\n"
      "coverage), joined with their copies. Lists stories told by two or more articles;\n"
      "--json lists every story.",
      args.get());
  cmd->add_flag("--json", args->json, "one JSON object per story");
  cmd->callback([args, exit] { *exit = RunStories(*args); });
}

void RegisterReport(CLI::App& app, int* exit) {
  auto args = std::make_shared<EventsArgs>();
  CLI::App* cmd =
      AddCommon(app, "report",
                "A digest of the store: groups, calls to attack and the attacks "
                "that followed, attacks with their tolls, leadership changes.",
                args.get());
  cmd->callback([args, exit] { *exit = RunReport(*args); });
}

}  // namespace vigil::cli
