// vigil extract: clean and extract articles, print JSON Lines; no store.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "dedup/copies.h"
#include "pipeline/document_json.h"
#include "pipeline/pipeline.h"

namespace vigil::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "jsonl";
  int jobs = 1;
  std::vector<std::string> kb_files;
  bool no_extract = false;
};

// Prints each document as it comes, noting when it copies an earlier one.
class PrintConsumer : public Consumer {
 public:
  void OnDocument(Document doc, Extraction x) override {
    line_.clear();
    DocumentContext context;
    const auto id = static_cast<int64_t>(sources_.size());
    if (auto copy = (doc.minhash.empty() ? copies_.Add(id, doc.text)
                                         : copies_.Add(id, std::move(doc.minhash)))) {
      context.copy_of = sources_[copy->id];
      context.copy_similarity = copy->similarity;
    }
    sources_.push_back(doc.meta.source);
    AppendDocumentJson(doc, x, &line_, context);
    line_.push_back('\n');
    std::fwrite(line_.data(), 1, line_.size(), stdout);
  }
  void OnRejection(const Rejection& r) override {
    std::fprintf(stderr, "vigil: skipped %s\n", r.ToString().c_str());
  }

 private:
  std::string line_;
  CopyDetector copies_;
  std::vector<std::string> sources_;  // by copy-detector id
};

int RunExtract(const ExtractArgs& args) {
  ExtractOptions xo;
  xo.kb_files = args.kb_files;
  auto extractor = args.no_extract ? Result<std::unique_ptr<Extractor>>(Extractor::None())
                                   : Extractor::Create(xo);
  if (!extractor.ok()) {
    std::fprintf(stderr, "vigil: %s\n", extractor.status().ToString().c_str());
    return kExitFailure;
  }
  Cleaner cleaner;
  PipelineOptions po;
  po.jobs = args.jobs;
  PrintConsumer consumer;
  PipelineSummary s = RunPipeline(args.paths, po, cleaner, **extractor, consumer);
  std::fflush(stdout);
  return s.rejections ? kExitSkipped : kExitOk;
}

}  // namespace

void RegisterExtract(CLI::App& app, int* exit) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd =
      app.add_subcommand("extract",
                         "Clean articles and extract entities, quotes and events; print "
                         "one JSON object per\n"
                         "article on stdout (shape: docs/output.md). Touches no store.");
  cmd->add_option("paths", args->paths, "files or folders to read")->required();
  cmd->add_option("--format", args->format, "output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs, "worker threads")->capture_default_str();
  cmd->add_option("--kb", args->kb_files, "extra knowledge-base TSV file(s)");
  cmd->add_flag(
      "--no-extract", args->no_extract,
      "clean only: title, date and main text, with empty entities, quotes, events");
  cmd->callback([args, exit] { *exit = RunExtract(*args); });
}

}  // namespace vigil::cli
