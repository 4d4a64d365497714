// vigil quotes: what the stored articles quote, by speaker, and which
// quotations several articles reuse.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "common/json_writer.h"
#include "common/name_fold.h"
#include "dedup/quote_reuse.h"
#include "store/article_reader.h"
#include "store/event_loader.h"
#include "store/quote_reader.h"

namespace vigil::cli {
namespace {

struct QuotesArgs {
  std::string db = "vigil.db";
  std::string speaker;
  bool reused = false;
  bool include_copies = false;
  int limit = 20;
  bool json = false;
};

int Fail(const std::string& db, const Status& s) {
  std::fprintf(stderr, "vigil: store %s: %s\n", db.c_str(), s.ToString().c_str());
  return kExitFailure;
}

void WriteUse(JsonWriter& w, const QuoteUse& u, const std::string& source) {
  w.BeginObject();
  w.Key("source");
  w.String(source);
  w.Key("published");
  w.StringOrNull(u.published);
  w.Key("speaker");
  w.StringOrNull(u.speaker);
  w.Key("text");
  w.String(u.text);
  w.EndObject();
}

// One line per use: date, speaker, source; the words in quotation marks
// (they are the article's words, shown as quoted data).
void PrintUse(const QuoteUse& u, const std::string& source, bool with_text) {
  std::printf(
      "  %s  %-28s %s\n", u.published.empty() ? "----------" : u.published.c_str(),
      u.speaker.empty() ? "(speaker unknown)" : u.speaker.c_str(), source.c_str());
  if (with_text) std::printf("      \u201c%s\u201d\n", u.text.c_str());
}

std::string Source(const std::map<int64_t, StoredArticle>& articles, int64_t doc) {
  auto it = articles.find(doc);
  return it == articles.end() ? "" : it->second.source;
}

std::vector<int64_t> Documents(const std::vector<QuoteUse>& uses) {
  std::vector<int64_t> out;
  for (const QuoteUse& u : uses) out.push_back(u.document_id);
  return out;
}

void PrintGroup(const ReusedQuote& g, const std::map<int64_t, StoredArticle>& articles,
                bool json) {
  if (json) {
    std::string out;
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("articles");
    w.Int(static_cast<int64_t>(g.articles));
    w.Key("copies_only");
    w.Bool(g.copies_only);
    w.Key("speakers_differ");
    w.Bool(g.speakers_differ);
    w.Key("uses");
    w.BeginArray();
    for (const QuoteUse& u : g.uses) WriteUse(w, u, Source(articles, u.document_id));
    w.EndArray();
    w.EndObject();
    std::printf("%s\n", out.c_str());
    return;
  }
  std::printf("quoted in %zu articles%s%s:\n      \u201c%s\u201d\n", g.articles,
              g.speakers_differ ? "; attributed to different speakers" : "",
              g.copies_only ? "; all copies of one another" : "",
              g.uses.front().text.c_str());
  for (const QuoteUse& u : g.uses) {
    PrintUse(u, Source(articles, u.document_id),
             FoldWords(u.text) != FoldWords(g.uses.front().text));
  }
}

int RunReused(const QuotesArgs& args, std::vector<QuoteUse> quotes) {
  auto copies = LoadCopies(args.db);
  if (!copies.ok()) return Fail(args.db, copies.status());
  const std::vector<ReusedQuote> groups = FindReusedQuotes(std::move(quotes), *copies);
  std::vector<const ReusedQuote*> shown;
  std::vector<int64_t> documents;
  for (const ReusedQuote& g : groups) {
    if (g.copies_only && !args.include_copies) continue;
    if (shown.size() == static_cast<size_t>(args.limit)) break;
    shown.push_back(&g);
    for (const QuoteUse& u : g.uses) documents.push_back(u.document_id);
  }
  // One read of the shown articles' details for all groups.
  auto articles = LoadArticles(args.db, documents);
  if (!articles.ok()) return Fail(args.db, articles.status());
  for (const ReusedQuote* g : shown) PrintGroup(*g, *articles, args.json);
  if (!args.json && shown.empty())
    std::printf("no quotation is used by two or more articles\n");
  return kExitOk;
}

int RunQuotes(const QuotesArgs& args) {
  QuoteFilter filter;
  filter.speaker = args.speaker;
  auto quotes = LoadQuoteUses(args.db, filter);
  if (!quotes.ok()) return Fail(args.db, quotes.status());
  if (args.reused) return RunReused(args, std::move(quotes).value());
  const size_t n = std::min(quotes->size(), static_cast<size_t>(args.limit));
  std::vector<QuoteUse> shown(quotes->begin(), quotes->begin() + n);
  auto sources = LoadArticles(args.db, Documents(shown));
  if (!sources.ok()) return Fail(args.db, sources.status());
  for (const QuoteUse& u : shown) {
    if (!args.json) {
      PrintUse(u, Source(*sources, u.document_id), true);
      continue;
    }
    std::string out;
    JsonWriter w(&out);
    WriteUse(w, u, Source(*sources, u.document_id));
    std::printf("%s\n", out.c_str());
  }
  if (!args.json && quotes->size() > n)
    std::printf("(%zu more; raise --limit)\n", quotes->size() - n);
  return kExitOk;
}

}  // namespace

void RegisterQuotes(CLI::App& app, int* exit) {
  auto args = std::make_shared<QuotesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "quotes",
      "List stored quotations with their speakers and articles; with --reused, the\n"
      "quotations that two or more articles carry (also excerpts of a longer one),\n"
      "flagging those attributed to different speakers.");
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("--speaker", args->speaker,
                  "only quotes of this speaker (canonical name)");
  cmd->add_flag("--reused", args->reused, "group quotations used by several articles");
  cmd->add_flag("--include-copies", args->include_copies,
                "with --reused, also show reuse among articles that copy one another");
  cmd->add_option("-n,--limit", args->limit, "most quotes (or groups) shown")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("--json", args->json, "one JSON object per quote (or group)");
  cmd->callback([args, exit] { *exit = RunQuotes(*args); });
}

}  // namespace vigil::cli
