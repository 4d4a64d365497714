// vigil events / event / timeline / report: merged events from the store.
#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/event_view.h"
#include "cli/stored_events.h"
#include "merge/dates.h"
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

// Opens the store's merged events, printing the failure; null when it failed.
std::unique_ptr<StoredEvents> OpenEvents(const std::string& db) {
  auto events = StoredEvents::Open(db);
  if (!events.ok()) {
    std::fprintf(stderr, "vigil: store %s: %s\n", db.c_str(),
                 events.status().ToString().c_str());
    return nullptr;
  }
  return std::move(events).value();
}

int Failed(const std::string& db, const Status& s) {
  std::fprintf(stderr, "vigil: store %s: %s\n", db.c_str(), s.ToString().c_str());
  return kExitFailure;
}

// Calls `f` with the summary of every merged event whose row passes
// `keep`, in time order, reading them a chunk at a time: up to kChunkEvents
// merged events or kChunkReports reports, whichever comes first. The
// reports (with their per-field evidence) only when `keep_reports`.
Status ForEachEvent(StoredEvents& store, bool keep_reports,
                    const std::function<bool(const MergedEventRow&)>& keep,
                    const std::function<Status(MergedEvent&)>& f) {
  constexpr size_t kChunkEvents = 512;
  constexpr int64_t kChunkReports = 2048;
  std::vector<int64_t> ids;
  int64_t reports = 0;
  auto flush = [&]() -> Status {
    auto events = store.Load(ids, keep_reports, keep_reports);
    ids.clear();
    reports = 0;
    if (!events.ok()) return events.status();
    for (MergedEvent& e : *events) VIGIL_RETURN_IF_ERROR(f(e));
    return Status::Ok();
  };
  for (const MergedEventRow& row : store.rows()) {
    if (keep && !keep(row)) continue;
    ids.push_back(row.id);
    reports += row.reports;
    if (ids.size() >= kChunkEvents || reports >= kChunkReports)
      VIGIL_RETURN_IF_ERROR(flush());
  }
  return flush();
}

// Rows that can pass `filter`: its type, and a report dated on or after
// --since (the summary date is one of the reports' dates).
std::function<bool(const MergedEventRow&)> RowFilter(const EventFilter& filter) {
  std::optional<EventType> type;
  for (EventType t : {EventType::kAttack, EventType::kStatement, EventType::kLeadership})
    if (filter.type == EventTypeName(t)) type = t;
  std::optional<DayRange> since = ParseDayRange(filter.since);
  return [type, since](const MergedEventRow& r) {
    if (type && r.type != *type) return false;
    return !since || (r.last_day && *r.last_day >= since->first);
  };
}

int RunEvents(const EventsArgs& args) {
  auto store = OpenEvents(args.db);
  if (!store) return kExitFailure;
  int shown = 0;
  Status s = ForEachEvent(
      *store, args.json, RowFilter(args.filter), [&](MergedEvent& e) -> Status {
        if (!Matches(e, args.filter)) return Status::Ok();
        ++shown;
        if (!args.json) {
          std::printf(
              "#%-4lld %-10s  %-10s  %s  (%zu article%s)\n", static_cast<long long>(e.id),
              e.date.empty() ? "----------" : e.date.c_str(), EventTypeName(e.type),
              OneLine(e).c_str(), e.report_count, e.report_count == 1 ? "" : "s");
          return Status::Ok();
        }
        VIGIL_RETURN_IF_ERROR(store->Link(&e));
        std::printf("%s\n", EventJson(e).c_str());
        return Status::Ok();
      });
  if (!s.ok()) return Failed(args.db, s);
  if (!args.json && shown == 0) std::printf("no matching events\n");
  return kExitOk;
}

// The summaries of the events `e` links to, by id.
Result<std::map<int64_t, MergedEvent>> Linked(StoredEvents& store, const MergedEvent& e) {
  std::map<int64_t, MergedEvent> out;
  for (const std::vector<int64_t>* ids : {&e.followed_by, &e.preceded_by}) {
    for (int64_t id : *ids) {
      auto other = store.Summary(id);
      if (!other.ok()) return other.status();
      if (*other) out.emplace(id, **other);
    }
  }
  return out;
}

int RunEvent(const EventsArgs& args) {
  auto store = OpenEvents(args.db);
  if (!store) return kExitFailure;
  auto loaded = store->Row(args.id)
                    ? store->Load({args.id}, true, true)
                    : Result<std::vector<MergedEvent>>(std::vector<MergedEvent>{});
  if (!loaded.ok()) return Failed(args.db, loaded.status());
  if (loaded->empty()) {
    std::fprintf(stderr,
                 "vigil: no event #%lld (the store has %zu; `vigil events` lists them)\n",
                 static_cast<long long>(args.id), store->rows().size());
    return kExitFailure;
  }
  MergedEvent& e = loaded->front();
  if (Status s = store->Link(&e); !s.ok()) return Failed(args.db, s);
  // The sentences behind each field, quoted from the articles' text.
  if (Status quotes = LoadEvidenceQuotes(args.db, &e.reports); !quotes.ok())
    std::fprintf(stderr, "vigil: evidence sentences: %s\n", quotes.ToString().c_str());
  auto linked = Linked(*store, e);
  if (!linked.ok()) return Failed(args.db, linked.status());
  std::printf("%s\n", args.json ? EventJson(e).c_str() : Detail(e, *linked).c_str());
  return kExitOk;
}

// A statement is shown as a call to attack when it names something to
// strike (a place, a group of people, a method); the rest (a group naming a
// new leader, an official's appeal, a bare threat) are listed apart.
bool IsCall(const MergedEvent& e) {
  return !e.targets.empty() || !e.target_groups.empty() || !e.methods.empty();
}

// One section of the report: the latest `limit` dated events of a type that
// `keep` accepts, seen in time order, and how many there are.
struct Section {
  Section(const char* title, EventType type, size_t limit,
          std::function<bool(const MergedEvent&)> keep, bool hide_when_empty = false)
      : title(title),
        type(type),
        limit(limit),
        keep(std::move(keep)),
        hide_when_empty(hide_when_empty) {}

  const char* title;
  EventType type;
  size_t limit;
  std::function<bool(const MergedEvent&)> keep;
  bool hide_when_empty;
  std::deque<MergedEvent> latest;
  size_t count = 0;

  void See(const MergedEvent& e) {
    if (e.type != type || e.date.empty() || (keep && !keep(e))) return;
    ++count;
    latest.push_back(e);
    latest.back().reports.clear();  // the summary is all a section shows
    if (latest.size() > limit) latest.pop_front();
  }
};

Status PrintSection(StoredEvents& store, Section& section) {
  if (section.count == 0 && section.hide_when_empty) return Status::Ok();
  std::printf("\n%s (%zu; latest first)\n", section.title, section.count);
  for (auto it = section.latest.rbegin(); it != section.latest.rend(); ++it) {
    MergedEvent& e = *it;
    std::printf("  #%-4lld %s  %s\n", static_cast<long long>(e.id), e.date.c_str(),
                OneLine(e).c_str());
    VIGIL_RETURN_IF_ERROR(store.Link(&e));
    for (int64_t id : e.followed_by) {
      auto other = store.Summary(id);
      if (!other.ok()) return other.status();
      if (!*other) continue;
      const bool named =
          std::count(e.on_named_target.begin(), e.on_named_target.end(), id) > 0;
      std::printf("         followed by #%lld %s%s\n", static_cast<long long>(id),
                  OneLine(**other).c_str(), named ? "  [at a place the call named]" : "");
    }
  }
  return Status::Ok();
}

// Counts of what the store holds across articles, for the report's header.
struct Tally {
  // Keyed by folded name so "al-Shabaab" and "Al-Shabaab" count together;
  // shown as first written.
  std::map<std::string, std::pair<std::string, int>> groups;
  size_t events = 0;
  int disputed = 0, contested = 0;  // sources disagree; competing accounts

  void See(const MergedEvent& e) {
    ++events;
    for (const std::string* g : {&e.organization, &e.claimed_by, &e.perpetrator}) {
      if (g->empty()) continue;
      auto& slot = groups[FoldName(*g)];
      if (slot.first.empty()) slot.first = *g;
      ++slot.second;
    }
    disputed += !e.disagreements.empty();
    contested += !e.disputed.empty();
  }
};

// Story positions of every stored report, printing the failure.
std::optional<std::vector<ReportPosition>> Positions(StoredEvents& store,
                                                     const std::string& db) {
  std::vector<ReportPosition> out;
  Status s =
      store.reader().ForEachPosition([&](const ReportPosition& p) { out.push_back(p); });
  if (!s.ok()) {
    Failed(db, s);
    return std::nullopt;
  }
  return out;
}

int RunReport(const EventsArgs& args) {
  auto store = OpenForReading(args.db);
  if (!store) return kExitFailure;
  auto stats = store->Stats();
  auto events = OpenEvents(args.db);
  if (!stats.ok() || !events) return kExitFailure;
  Tally tally;
  Section sections[] = {
      {"calls to attack", EventType::kStatement, 8, IsCall},
      {"other statements (nothing named to strike)", EventType::kStatement, 6,
       [](const MergedEvent& e) { return !IsCall(e); }, true},
      {"attacks", EventType::kAttack, 10, nullptr},
      {"leadership changes", EventType::kLeadership, 8, nullptr},
  };
  Status s = ForEachEvent(*events, false, nullptr, [&](MergedEvent& e) {
    tally.See(e);
    for (Section& section : sections) section.See(e);
    return Status::Ok();
  });
  if (!s.ok()) return Failed(args.db, s);
  size_t told_twice = 0, reused = 0;
  auto positions = Positions(*events, args.db);
  if (!positions) return kExitFailure;
  if (auto copies = LoadCopies(args.db); copies.ok()) {
    for (const Story& story : BuildStories(*positions, *copies, {}))
      told_twice += story.articles.size() > 1;
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
      tally.events, tally.disputed);
  if (tally.contested > 0)
    std::printf(
        "  %d attacks with competing accounts (blamed on others, denied, not "
        "terrorism)\n",
        tally.contested);
  std::printf(
      "  %zu stories told by more than one article (vigil stories); %lld articles "
      "nearly copy an earlier one\n",
      told_twice, static_cast<long long>(stats->copies));
  std::printf(
      "  %zu %s carried by articles that do not copy one another (vigil quotes "
      "--reused)\n",
      reused, reused == 1 ? "quotation" : "quotations");
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [key, shown] : tally.groups)
    ranked.push_back({-shown.second, shown.first});
  std::sort(ranked.begin(), ranked.end());
  std::printf("  groups most reported:");
  for (size_t i = 0; i < ranked.size() && i < 6; ++i) {
    std::printf("%s %s (%d)", i ? "," : "", ranked[i].second.c_str(), -ranked[i].first);
  }
  std::printf("\n");
  for (Section& section : sections) {
    if (Status printed = PrintSection(*events, section); !printed.ok())
      return Failed(args.db, printed);
  }
  return kExitOk;
}

// Details of every article in `positions` and `copies`, printing the failure.
std::optional<std::map<int64_t, StoryArticle>> StoryArticles(
    const std::string& db, const std::vector<ReportPosition>& positions,
    const std::vector<std::pair<int64_t, int64_t>>& copies) {
  std::vector<int64_t> ids;
  for (const ReportPosition& p : positions) ids.push_back(p.document_id);
  for (const auto& [copy, original] : copies) ids.insert(ids.end(), {copy, original});
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto loaded = LoadArticles(db, ids);
  if (!loaded.ok()) {
    Failed(db, loaded.status());
    return std::nullopt;
  }
  std::map<int64_t, StoryArticle> out;
  for (const auto& [id, a] : *loaded) out[id] = {id, a.source, a.title, a.published};
  return out;
}

int RunStories(const EventsArgs& args) {
  auto events = OpenEvents(args.db);
  if (!events) return kExitFailure;
  auto copies = LoadCopies(args.db);
  if (!copies.ok()) return Failed(args.db, copies.status());
  auto positions = Positions(*events, args.db);
  if (!positions) return kExitFailure;
  auto articles = StoryArticles(args.db, *positions, *copies);
  if (!articles) return kExitFailure;
  int shown = 0;
  for (const Story& s : BuildStories(*positions, *copies, *articles)) {
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
      auto e = events->Summary(id);
      if (!e.ok()) return Failed(args.db, e.status());
      if (!*e) continue;
      std::printf("  #%lld %s %s: %s\n", static_cast<long long>(id), (*e)->date.c_str(),
                  EventTypeName((*e)->type), OneLine(**e).c_str());
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
