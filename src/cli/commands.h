// The vigil subcommands. Each Register* adds one subcommand to the app; the
// callback it installs runs the command and stores its exit status in *exit.
#ifndef VIGIL_CLI_COMMANDS_H_
#define VIGIL_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "store/store.h"

namespace vigil::cli {

// Exit statuses shared by all commands (documented in --help).
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;  // finished, but some input was skipped
inline constexpr int kExitFailure = 2;  // could not run (bad arguments, store error)

// Opens the store at `db` read-only; on failure prints one line naming it and
// returns null.
std::unique_ptr<Store> OpenForReading(const std::string& db);

void RegisterIngest(CLI::App& app, int* exit);
void RegisterExtract(CLI::App& app, int* exit);
void RegisterSearch(CLI::App& app, int* exit);
void RegisterStats(CLI::App& app, int* exit);
void RegisterNames(CLI::App& app, int* exit);
void RegisterEntity(CLI::App& app, int* exit);
void RegisterEvents(CLI::App& app, int* exit);  // events and event
void RegisterTimeline(CLI::App& app, int* exit);
void RegisterReport(CLI::App& app, int* exit);
void RegisterStories(CLI::App& app, int* exit);
void RegisterCopies(CLI::App& app, int* exit);
void RegisterQuotes(CLI::App& app, int* exit);
void RegisterMigrate(CLI::App& app, int* exit);

}  // namespace vigil::cli

#endif  // VIGIL_CLI_COMMANDS_H_
