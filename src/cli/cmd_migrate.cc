// vigil migrate: upgrades a store written by an older vigil to the current
// schema, in place, keeping its data (the numbered migrations of
// store/migrations.cc run in one transaction each).
#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/event_view.h"
#include "store/migrations.h"
#include "store/read_only_db.h"

namespace vigil::cli {
namespace {

struct MigrateArgs {
  std::string db = "vigil.db";
};

int RunMigrate(const MigrateArgs& args) {
  int before = 0;
  {
    ReadOnlyDb conn;
    Status opened = conn.Open(args.db);
    Result<int> version =
        opened.ok() ? ReadSchemaVersion(conn.get()) : Result<int>(opened);
    if (!version.ok()) {
      std::fprintf(stderr, "vigil: cannot open store %s: %s\n", args.db.c_str(),
                   version.status().ToString().c_str());
      return kExitFailure;
    }
    before = *version;
  }
  StoreOptions options;
  options.create_if_missing = false;
  options.canonical_name = CanonicalNames();   // for reports stored before migration 7
  auto store = Store::Open(args.db, options);  // runs the pending migrations
  if (!store.ok()) {
    std::fprintf(stderr, "vigil: cannot migrate store %s: %s\n", args.db.c_str(),
                 store.status().ToString().c_str());
    return kExitFailure;
  }
  const int after = (*store)->SchemaVersion();
  if (after == before) {
    std::printf("%s: schema version %d, already current\n", args.db.c_str(), after);
  } else {
    std::printf("%s: schema version %d -> %d\n", args.db.c_str(), before, after);
  }
  return kExitOk;
}

}  // namespace

void RegisterMigrate(CLI::App& app, int* exit) {
  auto args = std::make_shared<MigrateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "migrate",
      "Upgrade a store written by an older vigil to this version's schema, in place,\n"
      "keeping all its data. Read-only commands refuse an older store until then.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->callback([args, exit] { *exit = RunMigrate(*args); });
}

}  // namespace vigil::cli
