// vigil entity NAME: what the knowledge base knows about a name, whatever
// spelling is typed (aliases, type, roles with dates, place facts).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/kb.h"
#include "extract/names.h"

namespace vigil::cli {
namespace {

struct EntityArgs {
  std::string name;
  std::string db = "vigil.db";
  std::vector<std::string> kb_files;
};

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

int RunEntity(const EntityArgs& args) {
  KbOptions options;
  options.extra_files = args.kb_files;
  auto kb = KnowledgeBase::Load(options);
  if (!kb.ok()) {
    std::fprintf(stderr, "vigil: %s\n", kb.status().ToString().c_str());
    return kExitFailure;
  }
  std::vector<uint32_t> hits = (*kb)->FindByName(args.name);
  if (hits.empty()) {
    // Another spelling of a known person or group.
    const NameMatcher matcher;
    for (uint32_t i = 0; i < (*kb)->entries().size(); ++i) {
      const KbEntry& e = (*kb)->entries()[i];
      if (e.type == EntityType::kLoc) continue;
      if (matcher.Compare(args.name, e.name, e.type).decision == NameDecision::kSame) {
        hits.push_back(i);
      }
    }
  }
  if (hits.empty()) {
    std::printf("%s: not in the knowledge base\n", args.name.c_str());
    return kExitSkipped;
  }
  for (uint32_t i : hits) PrintEntry(**kb, (*kb)->entries()[i]);
  return kExitOk;
}

}  // namespace

void RegisterEntity(CLI::App& app, int* exit) {
  auto args = std::make_shared<EntityArgs>();
  CLI::App* cmd = app.add_subcommand(
      "entity",
      "Print what vigil knows about a person, group or place, in any known spelling:\n"
      "canonical name, type, aliases, roles with dates, parent group, coordinates.\n"
      "For now this reads the knowledge base only (data/*.tsv and --kb files); the\n"
      "articles that mention the entity will come from the store once it keeps\n"
      "entities. Exit status 1 when the name is unknown.");
  cmd->add_option("name", args->name, "name to look up")->required();
  cmd->add_option("--db", args->db, "store (reserved: not read yet)")
      ->capture_default_str();
  cmd->add_option("--kb", args->kb_files, "extra knowledge-base TSV file(s)");
  cmd->callback([args, exit] { *exit = RunEntity(*args); });
}

}  // namespace vigil::cli
