// vigil stats: what the store holds.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "common/json_writer.h"
#include "store/store.h"

namespace vigil::cli {
namespace {

struct StatsArgs {
  std::string db = "vigil.db";
  bool json = false;
};

int RunStats(const StatsArgs& args) {
  auto store = OpenForReading(args.db);
  if (!store) return kExitFailure;
  auto stats = store->Stats();
  if (!stats.ok()) {
    std::fprintf(stderr, "vigil: %s\n", stats.status().ToString().c_str());
    return kExitFailure;
  }
  const StoreStats& s = *stats;
  if (args.json) {
    std::string out;
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("documents");
    w.Int(s.documents);
    w.Key("sources");
    w.Int(s.sources);
    w.Key("entities");
    w.Int(s.entities);
    w.Key("quotes");
    w.Int(s.quotes);
    w.Key("events");
    w.Int(s.events);
    w.Key("copies");
    w.Int(s.copies);
    w.Key("languages");
    w.BeginObject();
    for (const auto& [lang, n] : s.languages) {
      w.Key(lang);
      w.Int(n);
    }
    w.EndObject();
    w.Key("schema_version");
    w.Int(store->SchemaVersion());
    w.EndObject();
    std::printf("%s\n", out.c_str());
    return kExitOk;
  }
  std::printf("store      %s (schema %d)\n", args.db.c_str(), store->SchemaVersion());
  std::printf("documents  %lld\n", static_cast<long long>(s.documents));
  std::printf("sources    %lld\n", static_cast<long long>(s.sources));
  std::printf("entities   %lld\nquotes     %lld\nevents     %lld\n",
              static_cast<long long>(s.entities), static_cast<long long>(s.quotes),
              static_cast<long long>(s.events));
  std::printf("copies     %lld (articles that nearly copy an earlier one)\n",
              static_cast<long long>(s.copies));
  for (const auto& [lang, n] : s.languages) {
    std::printf("  language %-4s %lld\n", lang.c_str(), static_cast<long long>(n));
  }
  return kExitOk;
}

}  // namespace

void RegisterStats(CLI::App& app, int* exit) {
  auto args = std::make_shared<StatsArgs>();
  CLI::App* cmd = app.add_subcommand("stats", "Say what the store holds.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_flag("--json", args->json, "print the counts as one JSON object");
  cmd->callback([args, exit] { *exit = RunStats(*args); });
}

}  // namespace vigil::cli
