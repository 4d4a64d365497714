// vigil: reads news articles about violent extremism and keeps a sourced
// record of them. See README.md.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "vigil reads news articles (text, HTML, JSON Lines, WARC; .gz too), cleans them,\n"
      "extracts who said and did what, and keeps a sourced, searchable record.\n\n"
      "Exit status: 0 success; 1 finished but some input was skipped (each skip is\n"
      "one line on stderr naming the input and the problem); 2 could not run."};
  app.require_subcommand(1);
  int exit = vigil::cli::kExitOk;
  vigil::cli::RegisterIngest(app, &exit);
  vigil::cli::RegisterExtract(app, &exit);
  vigil::cli::RegisterSearch(app, &exit);
  vigil::cli::RegisterStats(app, &exit);
  vigil::cli::RegisterNames(app, &exit);
  vigil::cli::RegisterEntity(app, &exit);
  vigil::cli::RegisterEvents(app, &exit);
  vigil::cli::RegisterTimeline(app, &exit);
  vigil::cli::RegisterReport(app, &exit);
  vigil::cli::RegisterStories(app, &exit);
  vigil::cli::RegisterCopies(app, &exit);
  vigil::cli::RegisterQuotes(app, &exit);
  vigil::cli::RegisterMigrate(app, &exit);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : vigil::cli::kExitFailure;
  }
  return exit;
}
