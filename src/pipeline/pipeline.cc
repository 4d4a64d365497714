#include "pipeline/pipeline.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

namespace vigil {
namespace {

// What flows from the reader to the consumer, tagged with its input position.
struct Work {
  int64_t seq = 0;
  std::variant<RawArticle, Rejection> input;
};

struct Done {
  std::optional<Document> doc;
  Extraction extraction;
  std::optional<Rejection> rejection;
  int64_t raw_bytes = 0;
};

// Shared state of one run. All fields guarded by `mu`.
class Exchange {
 public:
  explicit Exchange(size_t max_in_flight) : max_in_flight_(max_in_flight) {}

  // Reader side: blocks while too much is in flight.
  void Push(Work work) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return in_flight_ < max_in_flight_; });
    ++in_flight_;
    todo_.push_back(std::move(work));
    ready_.notify_one();
  }
  void CloseInput(int64_t total) {
    std::lock_guard lock(mu_);
    total_ = total;
    closed_ = true;
    ready_.notify_all();
    done_cv_.notify_all();
  }
  // Worker side: nullopt when input is exhausted.
  std::optional<Work> Pop() {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return !todo_.empty() || closed_; });
    if (todo_.empty()) return std::nullopt;
    Work w = std::move(todo_.front());
    todo_.pop_front();
    return w;
  }
  void Finish(int64_t seq, Done done) {
    std::lock_guard lock(mu_);
    finished_.emplace(seq, std::move(done));
    done_cv_.notify_all();
  }
  // Consumer side: next result in input order; nullopt at the end.
  std::optional<Done> Next() {
    std::unique_lock lock(mu_);
    done_cv_.wait(lock,
                  [&] { return finished_.count(next_) || (closed_ && next_ >= total_); });
    auto it = finished_.find(next_);
    if (it == finished_.end()) return std::nullopt;
    Done d = std::move(it->second);
    finished_.erase(it);
    ++next_;
    --in_flight_;
    room_.notify_one();
    return d;
  }

 private:
  std::mutex mu_;
  std::condition_variable room_, ready_, done_cv_;
  std::deque<Work> todo_;
  std::map<int64_t, Done> finished_;
  size_t max_in_flight_;
  size_t in_flight_ = 0;
  int64_t next_ = 0;
  int64_t total_ = 0;
  bool closed_ = false;
};

class QueueSink : public ArticleSink {
 public:
  explicit QueueSink(Exchange* ex) : ex_(ex) {}
  void Accept(RawArticle article) override { ex_->Push({seq_++, std::move(article)}); }
  void Reject(Rejection rejection) override { ex_->Push({seq_++, std::move(rejection)}); }
  int64_t count() const { return seq_; }

 private:
  Exchange* ex_;
  int64_t seq_ = 0;
};

Done Process(Work& work, const Cleaner& cleaner, const Extractor& extractor) {
  Done done;
  if (auto* rej = std::get_if<Rejection>(&work.input)) {
    done.rejection = std::move(*rej);
    return done;
  }
  RawArticle& raw = std::get<RawArticle>(work.input);
  done.raw_bytes = static_cast<int64_t>(raw.bytes.size());
  Result<Document> doc = cleaner.Clean(raw);
  if (!doc.ok()) {
    done.rejection = Rejection{raw.meta.source, "", doc.status().message()};
    return done;
  }
  done.extraction = extractor.Extract(*doc);
  done.doc = std::move(doc).value();
  return done;
}

}  // namespace

PipelineSummary RunPipeline(const std::vector<std::string>& paths,
                            const PipelineOptions& options, const Cleaner& cleaner,
                            const Extractor& extractor, Consumer& consumer) {
  Exchange ex(std::max<size_t>(1, options.max_in_flight));
  std::thread reader([&] {
    QueueSink sink(&ex);
    ReadPaths(paths, options.ingest, sink);
    ex.CloseInput(sink.count());
  });
  std::vector<std::thread> workers;
  for (int i = 0; i < std::max(1, options.jobs); ++i) {
    workers.emplace_back([&] {
      while (std::optional<Work> w = ex.Pop()) {
        const int64_t seq = w->seq;
        ex.Finish(seq, Process(*w, cleaner, extractor));
      }
    });
  }
  PipelineSummary summary;
  while (std::optional<Done> d = ex.Next()) {
    summary.raw_bytes += d->raw_bytes;
    if (d->rejection) {
      ++summary.rejections;
      consumer.OnRejection(*d->rejection);
    } else {
      ++summary.articles;
      consumer.OnDocument(std::move(*d->doc), std::move(d->extraction));
    }
  }
  reader.join();
  for (std::thread& t : workers) t.join();
  return summary;
}

}  // namespace vigil
