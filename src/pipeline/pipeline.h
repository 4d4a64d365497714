// The pipeline runs ingest -> clean -> extract over a list of paths with N
// worker threads and hands results, in input order, to a Consumer on the
// calling thread. Memory is bounded: at most `max_in_flight` articles are
// between reading and consuming at any time.
#ifndef VIGIL_PIPELINE_PIPELINE_H_
#define VIGIL_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

struct PipelineOptions {
  // Worker threads for clean + extract (reading and consuming have their own).
  int jobs = 1;
  // Articles read but not yet consumed; bounds memory.
  size_t max_in_flight = 512;
  IngestOptions ingest;
};

// Called on the thread that runs the pipeline, in input order.
class Consumer {
 public:
  virtual ~Consumer() = default;
  virtual void OnDocument(Document doc, Extraction extraction) = 0;
  virtual void OnRejection(const Rejection& rejection) = 0;
};

struct PipelineSummary {
  int64_t articles = 0;    // documents handed to the consumer
  int64_t rejections = 0;  // inputs or records skipped
  int64_t raw_bytes = 0;   // bytes of the articles read
};

// `cleaner` and `extractor` are borrowed and must outlive the call.
PipelineSummary RunPipeline(const std::vector<std::string>& paths,
                            const PipelineOptions& options, const Cleaner& cleaner,
                            const Extractor& extractor, Consumer& consumer);

}  // namespace vigil

#endif  // VIGIL_PIPELINE_PIPELINE_H_
