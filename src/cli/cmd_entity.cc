// vigil entity NAME: what vigil knows about a name, whatever spelling is
// typed: the knowledge base's facts (aliases, type, roles with dates, place
// facts), then the store's: the stored entities of that identity, every
// surface form with the articles that used it, and the roles over time from
// stored leadership events.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/commands.h"
#include "common/json_writer.h"
#include "extract/kb.h"
#include "extract/names.h"
#include "merge/dates.h"
#include "merge/merger.h"
#include "merge/role_holders.h"
#include "store/entity_reader.h"
#include "store/event_loader.h"

namespace vigil::cli {
namespace {

struct EntityArgs {
  std::string name;
  std::string db = "vigil.db";
  std::vector<std::string> kb_files;
  std::string at;  // --at DATE: who held which role then
  bool json = false;
};

// What the store knows about the name.
struct StoreView {
  bool found = false;  // the store file exists
  std::vector<StoredEntity> entities;
  std::vector<RoleChange> roles;  // in date order, undated last
};

// KB entries for `name`: by name or alias, else another spelling of a known
// person or group.
std::vector<uint32_t> ResolveInKb(const KnowledgeBase& kb, const std::string& name) {
  std::vector<uint32_t> hits = kb.FindByName(name);
  if (!hits.empty()) return hits;
  const NameMatcher matcher;
  for (uint32_t i = 0; i < kb.entries().size(); ++i) {
    const KbEntry& e = kb.entries()[i];
    if (e.type == EntityType::kLoc) continue;
    if (matcher.Compare(name, e.name, e.type).decision == NameDecision::kSame) {
      hits.push_back(i);
    }
  }
  return hits;
}

void PrintEntry(const KnowledgeBase& kb, const KbEntry& e) {
  std::printf("%s\t%s\t(id %s, %s%s%s)\n", e.name.c_str(), EntityTypeName(e.type),
              e.id.c_str(), e.source_file.c_str(), e.kind.empty() ? "" : ", ",
              e.kind.c_str());
  if (!e.aliases.empty()) {
    std::printf("  aliases:");
    for (size_t i = 0; i < e.aliases.size(); ++i) {
      std::printf("%s %s", i ? "," : "", e.aliases[i].c_str());
    }
    std::printf("\n");
  }
  for (const KbRole& r : e.roles) {
    const KbEntry* org = kb.Find(r.org);
    std::printf("  role: %s of %s, %s to %s\n", r.role.c_str(),
                org ? org->name.c_str() : r.org.c_str(),
                r.from.empty() ? "?" : r.from.c_str(),
                r.to.empty() ? "now" : r.to.c_str());
  }
  if (!e.parent.empty()) {
    const KbEntry* p = kb.Find(e.parent);
    std::printf("  part of: %s\n", p ? p->name.c_str() : e.parent.c_str());
  }
  if (!e.country.empty()) std::printf("  country: %s\n", e.country.c_str());
  if (!e.lat.empty())
    std::printf("  coordinates: %s, %s\n", e.lat.c_str(), e.lon.c_str());
}

// Which stored entities are the name: by KB id when the KB knows the name,
// else the stored canonical names that fold to the same words.
Result<EntitySelector> SelectStored(const KnowledgeBase& kb,
                                    const std::vector<uint32_t>& hits,
                                    const EntityArgs& args) {
  EntitySelector selector;
  for (uint32_t i : hits) selector.kb_ids.push_back(kb.entries()[i].id);
  if (!hits.empty()) return selector;
  auto names = LoadStoredEntityNames(args.db);
  if (!names.ok()) return names.status();
  const std::string folded = FoldName(args.name);
  for (std::string& n : *names) {
    if (FoldName(n) == folded) selector.names.push_back(std::move(n));
  }
  return selector;
}

// Who the entity is in event fields: folded names (KB names and aliases of
// the hits, stored canonical names, stored surface forms of two words or
// more) and, for people, the canonical names another spelling may match.
struct Subject {
  std::set<std::string> folded;
  std::vector<std::string> people;

  bool IsPerson(const std::string& name, const NameMatcher& matcher) const {
    if (name.empty()) return false;
    if (folded.count(FoldName(name))) return true;
    return std::any_of(people.begin(), people.end(), [&](const std::string& p) {
      return matcher.Compare(name, p, EntityType::kPerson).decision ==
             NameDecision::kSame;
    });
  }
  bool IsGroup(const std::string& name) const {
    return !name.empty() && folded.count(FoldName(name)) > 0;
  }
};

Subject MakeSubject(const KnowledgeBase& kb, const std::vector<uint32_t>& hits,
                    const std::vector<StoredEntity>& stored) {
  Subject out;
  for (uint32_t i : hits) {
    const KbEntry& e = kb.entries()[i];
    out.folded.insert(FoldName(e.name));
    for (const std::string& a : e.aliases) out.folded.insert(FoldName(a));
    if (e.type == EntityType::kPerson) out.people.push_back(e.name);
  }
  for (const StoredEntity& s : stored) {
    out.folded.insert(FoldName(s.name));
    for (const EntityAlias& a : s.aliases) {
      // A lone word ("Muhajir") could be anyone's.
      if (a.surface.find(' ') != std::string::npos)
        out.folded.insert(FoldName(a.surface));
    }
    if (s.type == EntityType::kPerson) out.people.push_back(s.name);
  }
  out.folded.erase("");
  return out;
}

// Leadership events about the entity (as person or as organisation), one
// record per distinct change, in date order.
bool SameChange(const RoleChange& r, const Event& e) {
  return FoldName(r.person) == FoldName(e.person) && r.change == e.change &&
         r.role == e.role && FoldName(r.organization) == FoldName(e.organization);
}

// The record `e` adds to: the same change on the same date, or, for an
// undated report, the same change on any date (and the reverse).
std::vector<RoleChange>::iterator FindChange(std::vector<RoleChange>& changes,
                                             const Event& e) {
  return std::find_if(changes.begin(), changes.end(), [&](const RoleChange& r) {
    return SameChange(r, e) && (r.date == e.date || r.date.empty() || e.date.empty());
  });
}

std::vector<RoleChange> RoleChanges(const std::vector<SourcedEvent>& events,
                                    const Subject& subject) {
  const NameMatcher matcher;
  std::vector<RoleChange> out;
  // Dated reports first, so undated ones join a dated record.
  std::vector<const SourcedEvent*> order;
  for (const SourcedEvent& s : events) order.push_back(&s);
  std::stable_partition(order.begin(), order.end(),
                        [](const SourcedEvent* s) { return !s->event.date.empty(); });
  for (const SourcedEvent* s : order) {
    const Event& e = s->event;
    if (e.type != EventType::kLeadership) continue;
    if (!subject.IsGroup(e.organization) && !subject.IsPerson(e.person, matcher))
      continue;
    auto it = FindChange(out, e);
    if (it == out.end()) {
      out.push_back(RoleChange{e.date, e.person, e.change, e.role, e.organization, {}});
      it = out.end() - 1;
    }
    if (std::find(it->sources.begin(), it->sources.end(), s->source) == it->sources.end())
      it->sources.push_back(s->source);
  }
  std::stable_sort(out.begin(), out.end(), [](const RoleChange& a, const RoleChange& b) {
    return std::make_tuple(a.date.empty(), a.date) <
           std::make_tuple(b.date.empty(), b.date);
  });
  return out;
}

Result<StoreView> ReadStore(const KnowledgeBase& kb, const std::vector<uint32_t>& hits,
                            const EntityArgs& args) {
  StoreView view;
  auto selector = SelectStored(kb, hits, args);
  if (!selector.ok()) {
    if (selector.status().code() == StatusCode::kNotFound) return view;
    return selector.status();
  }
  auto stored = LoadStoredEntities(args.db, *selector);
  if (!stored.ok()) {
    if (stored.status().code() == StatusCode::kNotFound) return view;
    return stored.status();
  }
  view.found = true;
  view.entities = std::move(*stored);
  auto events = LoadStoredEvents(args.db);
  if (!events.ok()) return events.status();
  view.roles = RoleChanges(*events, MakeSubject(kb, hits, view.entities));
  return view;
}

std::string ArticleLabel(const EntityArticle& a) {
  std::string label = a.source;
  if (!a.title.empty()) label += " \"" + a.title + "\"";
  if (!a.published.empty()) label += " (" + a.published + ")";
  return label;
}

std::string RoleLine(const RoleChange& r) {
  std::string line = (r.date.empty() ? std::string("undated") : r.date) + "  ";
  line += r.person.empty() ? "(unnamed)" : r.person;
  line += ": " + (r.change.empty() ? std::string("changed") : r.change);
  if (!r.role.empty()) line += " " + r.role;
  if (!r.organization.empty()) line += " of " + r.organization;
  line += "  [";
  for (size_t i = 0; i < r.sources.size(); ++i) line += (i ? ", " : "") + r.sources[i];
  return line + "]";
}

void PrintStore(const StoreView& view, const EntityArgs& args) {
  if (!view.found) {
    std::printf("no store found at %s (vigil ingest creates it)\n", args.db.c_str());
    return;
  }
  std::printf("\nin the store %s:\n", args.db.c_str());
  if (view.entities.empty())
    std::printf("  no stored entity matches \"%s\"\n", args.name.c_str());
  for (const StoredEntity& e : view.entities) {
    std::printf("%s\t%s\t(%s%s; %zu article%s)\n", e.name.c_str(), EntityTypeName(e.type),
                e.kb_id.empty() ? "not in the KB" : "kb ", e.kb_id.c_str(),
                e.documents.size(), e.documents.size() == 1 ? "" : "s");
    for (const EntityAlias& a : e.aliases) {
      std::printf("  \"%s\": %d mention%s in %zu article%s\n", a.surface.c_str(),
                  a.mentions, a.mentions == 1 ? "" : "s", a.articles.size(),
                  a.articles.size() == 1 ? "" : "s");
      for (const EntityArticle& art : a.articles) {
        std::printf("    %s: %d\n", ArticleLabel(art).c_str(), art.mentions);
      }
    }
  }
  std::printf("roles over time (stored leadership events):\n");
  if (view.roles.empty()) std::printf("  none\n");
  for (const RoleChange& r : view.roles) std::printf("  %s\n", RoleLine(r).c_str());
}

void WriteKbJson(const KnowledgeBase& kb, const KbEntry& e, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(e.id);
  w->Key("name");
  w->String(e.name);
  w->Key("type");
  w->String(EntityTypeName(e.type));
  w->Key("kind");
  w->StringOrNull(e.kind);
  w->Key("aliases");
  w->BeginArray();
  for (const std::string& a : e.aliases) w->String(a);
  w->EndArray();
  w->Key("roles");
  w->BeginArray();
  for (const KbRole& r : e.roles) {
    const KbEntry* org = kb.Find(r.org);
    w->BeginObject();
    w->Key("role");
    w->String(r.role);
    w->Key("organization");
    w->String(org ? org->name : r.org);
    w->Key("from");
    w->StringOrNull(r.from);
    w->Key("to");
    w->StringOrNull(r.to);
    w->EndObject();
  }
  w->EndArray();
  w->Key("parent");
  w->StringOrNull(e.parent);
  w->Key("country");
  w->StringOrNull(e.country);
  w->EndObject();
}

void WriteStoredJson(const StoredEntity& e, JsonWriter* w) {
  w->BeginObject();
  w->Key("name");
  w->String(e.name);
  w->Key("type");
  w->String(EntityTypeName(e.type));
  w->Key("kb_id");
  w->StringOrNull(e.kb_id);
  w->Key("articles");
  w->Int(static_cast<long long>(e.documents.size()));
  w->Key("aliases");
  w->BeginArray();
  for (const EntityAlias& a : e.aliases) {
    w->BeginObject();
    w->Key("surface");
    w->String(a.surface);
    w->Key("mentions");
    w->Int(a.mentions);
    w->Key("articles");
    w->BeginArray();
    for (const EntityArticle& art : a.articles) {
      w->BeginObject();
      w->Key("source");
      w->String(art.source);
      w->Key("title");
      w->StringOrNull(art.title);
      w->Key("published");
      w->StringOrNull(art.published);
      w->Key("mentions");
      w->Int(art.mentions);
      w->EndObject();
    }
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

// KB tenures of the entity: a person's own roles; for a group, the roles
// people hold in it.
std::vector<Tenure> KbTenures(const KnowledgeBase& kb,
                              const std::vector<uint32_t>& hits) {
  std::vector<Tenure> out;
  for (uint32_t i : hits) {
    const KbEntry& e = kb.entries()[i];
    if (e.type == EntityType::kPerson) {
      for (const KbRole& r : e.roles) out.push_back({e.name, r.role, r.from, r.to});
      continue;
    }
    for (const KbEntry& p : kb.entries()) {
      for (const KbRole& r : p.roles) {
        if (r.org == e.id) out.push_back({p.name, r.role, r.from, r.to});
      }
    }
  }
  return out;
}

std::string HolderLine(const RoleHolder& h) {
  std::string line = h.role + ": " + h.person + "  (";
  if (h.from_kb) {
    line += "knowledge base: " + (h.since.empty() ? std::string("?") : h.since) + " to " +
            (h.until.empty() ? std::string("now") : h.until);
    return line + ")";
  }
  line += h.started_by + " " + h.since;
  if (!h.ended_by.empty()) line += "; " + h.ended_by + " " + h.until;
  line += " per";
  for (const std::string& s : h.sources) line += " " + s;
  return line + ")";
}

void PrintHolders(const std::vector<RoleHolder>& holders, const EntityArgs& args) {
  std::printf("\nroles held on %s (knowledge base, then stored reports):\n",
              args.at.c_str());
  if (holders.empty()) std::printf("  none known\n");
  for (const RoleHolder& h : holders) std::printf("  %s\n", HolderLine(h).c_str());
}

void WriteHoldersJson(const std::vector<RoleHolder>& holders, const std::string& date,
                      JsonWriter* w) {
  w->BeginObject();
  w->Key("date");
  w->String(date);
  w->Key("holders");
  w->BeginArray();
  for (const RoleHolder& h : holders) {
    w->BeginObject();
    for (const auto& [key, value] : {std::pair{"role", &h.role},
                                     {"person", &h.person},
                                     {"since", &h.since},
                                     {"until", &h.until},
                                     {"started_by", &h.started_by},
                                     {"ended_by", &h.ended_by}}) {
      w->Key(key);
      w->StringOrNull(*value);
    }
    w->Key("from_kb");
    w->Bool(h.from_kb);
    w->Key("sources");
    w->BeginArray();
    for (const std::string& s : h.sources) w->String(s);
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

void WriteRoleJson(const RoleChange& r, JsonWriter* w) {
  w->BeginObject();
  w->Key("date");
  w->StringOrNull(r.date);
  w->Key("person");
  w->StringOrNull(r.person);
  w->Key("change");
  w->StringOrNull(r.change);
  w->Key("role");
  w->StringOrNull(r.role);
  w->Key("organization");
  w->StringOrNull(r.organization);
  w->Key("sources");
  w->BeginArray();
  for (const std::string& s : r.sources) w->String(s);
  w->EndArray();
  w->EndObject();
}

void PrintJson(const KnowledgeBase& kb, const std::vector<uint32_t>& hits,
               const StoreView& view, const std::vector<RoleHolder>& holders,
               const EntityArgs& args) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("query");
  w.String(args.name);
  w.Key("kb");
  w.BeginArray();
  for (uint32_t i : hits) WriteKbJson(kb, kb.entries()[i], &w);
  w.EndArray();
  if (!args.at.empty()) {
    w.Key("at");
    WriteHoldersJson(holders, args.at, &w);
  }
  w.Key("store");
  if (!view.found) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("path");
    w.String(args.db);
    w.Key("entities");
    w.BeginArray();
    for (const StoredEntity& e : view.entities) WriteStoredJson(e, &w);
    w.EndArray();
    w.Key("roles");
    w.BeginArray();
    for (const RoleChange& r : view.roles) WriteRoleJson(r, &w);
    w.EndArray();
    w.EndObject();
  }
  w.EndObject();
  std::printf("%s\n", out.c_str());
}

int RunEntity(const EntityArgs& args) {
  if (!args.at.empty() && !ParseDayRange(args.at)) {
    std::fprintf(stderr, "vigil: --at %s: not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n",
                 args.at.c_str());
    return kExitFailure;
  }
  KbOptions options;
  options.extra_files = args.kb_files;
  auto kb = KnowledgeBase::Load(options);
  if (!kb.ok()) {
    std::fprintf(stderr, "vigil: %s\n", kb.status().ToString().c_str());
    return kExitFailure;
  }
  const std::vector<uint32_t> hits = ResolveInKb(**kb, args.name);
  auto view = ReadStore(**kb, hits, args);
  if (!view.ok()) {
    std::fprintf(stderr, "vigil: %s\n", view.status().ToString().c_str());
    return kExitFailure;
  }
  const bool known = !hits.empty() || !view->entities.empty();
  std::vector<RoleHolder> holders;
  if (!args.at.empty()) holders = HoldersAt(args.at, KbTenures(**kb, hits), view->roles);
  if (args.json) {
    PrintJson(**kb, hits, *view, holders, args);
    return known ? kExitOk : kExitSkipped;
  }
  if (hits.empty()) std::printf("%s: not in the knowledge base\n", args.name.c_str());
  for (uint32_t i : hits) PrintEntry(**kb, (*kb)->entries()[i]);
  PrintStore(*view, args);
  if (!args.at.empty()) PrintHolders(holders, args);
  return known ? kExitOk : kExitSkipped;
}

}  // namespace

void RegisterEntity(CLI::App& app, int* exit) {
  auto args = std::make_shared<EntityArgs>();
  CLI::App* cmd = app.add_subcommand(
      "entity",
      "Print what vigil knows about a person, group or place, in any known spelling.\n"
      "From the knowledge base (data/*.tsv and --kb files): canonical name, type,\n"
      "aliases, roles with dates, parent group, coordinates. From the store (--db):\n"
      "the stored entities of that identity (by KB id when the KB knows the name,\n"
      "else by the same folded name), each surface form with the articles that used\n"
      "it and how often, and the roles over time from stored leadership events\n"
      "(who was appointed, killed, captured as leader or spokesman), in date order.\n"
      "A missing store is reported in one line. Exit status 1 when neither the\n"
      "knowledge base nor the store knows the name.");
  cmd->add_option("name", args->name, "name to look up")->required();
  cmd->add_option("--db", args->db, "store file to read")->capture_default_str();
  cmd->add_option("--kb", args->kb_files, "extra knowledge-base TSV file(s)");
  cmd->add_option("--at", args->at,
                  "also say who held which role on this date (YYYY[-MM[-DD]]): "
                  "knowledge-base tenures and stored appointments not ended by then");
  cmd->add_flag("--json", args->json,
                "print one JSON object: query, kb (entries), at (with --at), store "
                "(null when missing; entities with aliases and articles, roles)");
  cmd->callback([args, exit] { *exit = RunEntity(*args); });
}

}  // namespace vigil::cli
