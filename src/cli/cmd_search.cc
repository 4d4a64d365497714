// vigil search: full-text search over the store.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "common/json_writer.h"
#include "store/store.h"

namespace vigil::cli {
namespace {

struct SearchArgs {
  std::string query;
  std::string db = "vigil.db";
  int limit = 10;
  bool json = false;
};

void PrintJson(const std::vector<SearchHit>& hits) {
  std::string out;
  JsonWriter w(&out);
  for (const SearchHit& h : hits) {
    out.clear();
    w.BeginObject();
    w.Key("id");
    w.Int(h.document_id);
    w.Key("title");
    w.StringOrNull(h.title);
    w.Key("published");
    w.StringOrNull(h.published);
    w.Key("source");
    w.String(h.source);
    w.Key("url");
    w.StringOrNull(h.url);
    w.Key("score");
    w.Double(h.score);
    w.Key("snippet");
    w.String(h.snippet);
    w.EndObject();
    std::printf("%s\n", out.c_str());
  }
}

void PrintText(const std::vector<SearchHit>& hits) {
  const bool tty = isatty(STDOUT_FILENO);
  for (const SearchHit& h : hits) {
    std::string snippet = h.snippet;
    if (tty) {
      // Highlight matches; the store marks them with [ and ].
      std::string s;
      for (char c : snippet) {
        if (c == '[')
          s += "\033[1;33m";
        else if (c == ']')
          s += "\033[0m";
        else
          s += c;
      }
      snippet = s;
    }
    std::printf("%s  %s\n  %s\n  %s\n\n",
                h.published.empty() ? "----------" : h.published.c_str(),
                h.title.empty() ? "(untitled)" : h.title.c_str(), h.source.c_str(),
                snippet.c_str());
  }
  if (hits.empty()) std::printf("no matches\n");
}

int RunSearch(const SearchArgs& args) {
  auto store = OpenForReading(args.db);
  if (!store) return kExitFailure;
  auto hits = store->Search(args.query, args.limit);
  if (!hits.ok()) {
    std::fprintf(stderr, "vigil: search \"%s\": %s\n", args.query.c_str(),
                 hits.status().ToString().c_str());
    return kExitFailure;
  }
  if (args.json) {
    PrintJson(*hits);
  } else {
    PrintText(*hits);
  }
  return kExitOk;
}

}  // namespace

void RegisterSearch(CLI::App& app, int* exit) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Rank stored articles for QUERY (SQLite FTS5 syntax: words, \"phrases\", OR, NOT,\n"
      "prefix*) by BM25; print date, title, source and a snippet with matches marked.");
  cmd->add_option("query", args->query, "search query")->required();
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("-n,--limit", args->limit, "number of results")->capture_default_str();
  cmd->add_flag("--json", args->json, "one JSON object per hit");
  cmd->callback([args, exit] { *exit = RunSearch(*args); });
}

}  // namespace vigil::cli
