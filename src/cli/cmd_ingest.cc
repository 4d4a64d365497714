// vigil ingest: read articles into the store.
#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/event_view.h"
#include "cli/progress.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace vigil::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "vigil.db";
  int jobs = 1;
  int batch = 500;
  bool quiet = false;
  std::vector<std::string> kb_files;
  bool no_extract = false;
  bool timing = false;
};

// CPU seconds (user + system) of the calling thread, or of the whole process.
double CpuSeconds(int who) {
  rusage u{};
  getrusage(who, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Writes documents in batches of `batch`, one transaction each, so a killed
// process loses at most the batch in progress.
class StoreConsumer : public Consumer {
 public:
  StoreConsumer(Store* store, int batch, bool progress)
      : store_(store), batch_(batch), progress_(progress) {}

  void OnDocument(Document doc, Extraction x) override {
    if (!status_.ok()) return;
    if (pending_ == 0) status_ = store_->Begin();
    if (!status_.ok()) return;
    const auto text_bytes = static_cast<int64_t>(doc.text.size());
    Result<PutResult> r = store_->Put(std::move(doc), std::move(x));
    if (!r.ok()) {
      status_ = r.status();
      return;
    }
    ++seen_;
    bytes_ += text_bytes;
    (r->inserted ? stored_ : duplicates_)++;
    if (++pending_ >= batch_) Flush();
    progress_.Update(seen_, skipped_, bytes_);
  }
  void OnRejection(const Rejection& r) override {
    ++skipped_;
    progress_.Finish();
    std::fprintf(stderr, "vigil: skipped %s\n", r.ToString().c_str());
  }
  void Flush() {
    if (pending_ == 0 || !status_.ok()) return;
    status_ = store_->Commit();
    pending_ = 0;
  }
  const Status& status() const { return status_; }
  int64_t stored() const { return stored_; }
  int64_t duplicates() const { return duplicates_; }
  Progress& progress() { return progress_; }

 private:
  Store* store_;
  int batch_;
  Progress progress_;
  Status status_;
  int pending_ = 0;
  int64_t seen_ = 0, stored_ = 0, duplicates_ = 0, skipped_ = 0, bytes_ = 0;
};

int RunIngest(const IngestArgs& args) {
  StoreOptions options;
  options.canonical_name = CanonicalNames();
  auto store = Store::Open(args.db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "vigil: cannot open store %s: %s\n", args.db.c_str(),
                 store.status().ToString().c_str());
    return kExitFailure;
  }
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
  StoreConsumer consumer(store->get(), std::max(1, args.batch), !args.quiet);
  // The pipeline hands documents to the consumer on this thread: its CPU is
  // the cost of storing (plus waiting for the workers, which is idle time).
  const double thread_cpu = CpuSeconds(RUSAGE_THREAD);
  PipelineSummary s = RunPipeline(args.paths, po, cleaner, **extractor, consumer);
  consumer.Flush();
  if (args.timing) {
    const double store_cpu = CpuSeconds(RUSAGE_THREAD) - thread_cpu;
    const double n = static_cast<double>(std::max<int64_t>(1, s.articles));
    std::fprintf(stderr,
                 "vigil: CPU: store thread %.2f s (%.3f ms/article), process %.2f s "
                 "(%.3f ms/article)\n",
                 store_cpu, 1e3 * store_cpu / n, CpuSeconds(RUSAGE_SELF),
                 1e3 * CpuSeconds(RUSAGE_SELF) / n);
  }
  consumer.progress().Finish();
  if (!consumer.status().ok()) {
    std::fprintf(stderr, "vigil: store %s: %s\n", args.db.c_str(),
                 consumer.status().ToString().c_str());
    return kExitFailure;
  }
  std::fprintf(stderr,
               "vigil: read %lld articles (%.1f MB): %lld stored, %lld already stored, "
               "%lld skipped; store %s\n",
               static_cast<long long>(s.articles), s.raw_bytes / 1e6,
               static_cast<long long>(consumer.stored()),
               static_cast<long long>(consumer.duplicates()),
               static_cast<long long>(s.rejections), args.db.c_str());
  return s.rejections ? kExitSkipped : kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, int* exit) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read files and folders (recursively) into the store: .txt, .html/.htm, .jsonl\n"
      "(fields text or html; optional url, title, published, site), .warc (response and\n"
      "resource records), and any of these as .gz. The same content is stored once;\n"
      "each source that delivered it is recorded. Exit status 1 when anything was\n"
      "skipped (one stderr line per skipped input names it and the problem).");
  cmd->add_option("paths", args->paths, "files or folders to read")->required();
  cmd->add_option("--db", args->db, "store file")->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs, "worker threads")->capture_default_str();
  cmd->add_option("--batch", args->batch, "articles per transaction")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", args->quiet, "no progress output");
  cmd->add_option("--kb", args->kb_files, "extra knowledge-base TSV file(s)");
  cmd->add_flag("--timing", args->timing,
                "print the CPU time of the store thread and of the process");
  cmd->add_flag("--no-extract", args->no_extract,
                "store clean text only: no entities, quotes or events (faster)");
  cmd->callback([args, exit] { *exit = RunIngest(*args); });
}

}  // namespace vigil::cli
