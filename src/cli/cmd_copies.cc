// vigil copies: which of the given articles copy each other.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "common/json_writer.h"
#include "dedup/copies.h"
#include "pipeline/pipeline.h"

namespace vigil::cli {
namespace {

struct CopiesArgs {
  std::vector<std::string> paths;
  double threshold = 0.5;
  int jobs = 1;
  bool json = false;
};

// Reports each article that copies an earlier one, as articles arrive.
class CopyPrinter : public Consumer {
 public:
  CopyPrinter(const CopyOptions& options, bool json) : copies_(options), json_(json) {}

  void OnDocument(Document doc, Extraction) override {
    const auto id = static_cast<int64_t>(sources_.size());
    sources_.push_back(doc.meta.source);
    auto match = (doc.minhash.empty() ? copies_.Add(id, doc.text)
                                      : copies_.Add(id, std::move(doc.minhash)));
    if (!match) return;
    ++pairs_;
    const std::string& original = sources_[static_cast<size_t>(match->id)];
    if (!json_) {
      std::printf("%s\tcopies\t%s\t%.2f\n", doc.meta.source.c_str(), original.c_str(),
                  match->similarity);
      return;
    }
    std::string out;
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("source");
    w.String(doc.meta.source);
    w.Key("copies");
    w.String(original);
    w.Key("similarity");
    w.Double(match->similarity);
    w.EndObject();
    std::printf("%s\n", out.c_str());
  }
  void OnRejection(const Rejection& r) override {
    std::fprintf(stderr, "vigil: skipped %s\n", r.ToString().c_str());
  }
  int64_t pairs() const { return pairs_; }

 private:
  CopyDetector copies_;
  bool json_;
  std::vector<std::string> sources_;
  int64_t pairs_ = 0;
};

int RunCopies(const CopiesArgs& args) {
  CopyOptions options;
  options.threshold = args.threshold;
  Cleaner cleaner;
  // Entities, quotes and events are not needed to compare texts.
  std::unique_ptr<Extractor> extractor = Extractor::None();
  PipelineOptions po;
  po.jobs = args.jobs;
  CopyPrinter printer(options, args.json);
  PipelineSummary s = RunPipeline(args.paths, po, cleaner, *extractor, printer);
  std::fprintf(stderr, "vigil: %lld articles, %lld copies of earlier ones\n",
               static_cast<long long>(s.articles),
               static_cast<long long>(printer.pairs()));
  return s.rejections ? kExitSkipped : kExitOk;
}

}  // namespace

void RegisterCopies(CLI::App& app, int* exit) {
  auto args = std::make_shared<CopiesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "copies",
      "Find articles that copy an earlier one (exact copies, syndicated copies with "
      "other\n"
      "headlines or boilerplate, truncated or lightly edited copies). Prints one line "
      "per\n"
      "copy: SOURCE <tab> copies <tab> EARLIER SOURCE <tab> similarity. Similarity is "
      "the\n"
      "MinHash estimate of the Jaccard similarity of the clean texts' word 5-shingles.\n"
      "Each article is compared with up to the 20,000 articles read before it.");
  cmd->add_option("paths", args->paths, "files or folders to read")->required();
  cmd->add_option("--threshold", args->threshold,
                  "similarity from which a pair is a copy")
      ->check(CLI::Range(0.05, 1.0))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs, "worker threads")->capture_default_str();
  cmd->add_flag("--json", args->json, "one JSON object per copy");
  cmd->callback([args, exit] { *exit = RunCopies(*args); });
}

}  // namespace vigil::cli
