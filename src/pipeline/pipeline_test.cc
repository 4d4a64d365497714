#include "pipeline/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/document_json.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

class Collect : public Consumer {
 public:
  void OnDocument(Document doc, Extraction) override {
    sources.push_back(doc.meta.source);
  }
  void OnRejection(const Rejection& r) override { rejected.push_back(r.input); }
  std::vector<std::string> sources, rejected;
};

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigil_pipeline_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& body) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << body;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(PipelineTest, KeepsInputOrderWithManyWorkers) {
  std::vector<std::string> paths;
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "a%02d.txt", i);
    paths.push_back(Write(name, "Article number " + std::to_string(i) +
                                    " reports on an attack in the capital.\n"));
  }
  auto extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  Cleaner cleaner;
  PipelineOptions options;
  options.jobs = 4;
  options.max_in_flight = 3;  // forces the reader to wait on the consumer
  Collect out;
  PipelineSummary s = RunPipeline(paths, options, cleaner, **extractor, out);
  EXPECT_EQ(s.articles, 40);
  EXPECT_EQ(s.rejections, 0);
  EXPECT_EQ(out.sources, paths);
}

TEST_F(PipelineTest, BadInputIsRejectedAndTheRestGoesOn) {
  const std::string good = Write("good.txt", "A clean article about a statement.\n");
  const std::string empty = Write("empty.txt", "");
  const std::string missing = (dir_ / "missing.txt").string();
  auto extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  Cleaner cleaner;
  Collect out;
  PipelineSummary s = RunPipeline({empty, missing, good}, {}, cleaner, **extractor, out);
  EXPECT_EQ(s.articles, 1);
  EXPECT_EQ(s.rejections, 2);
  EXPECT_EQ(out.sources, std::vector<std::string>{good});
  ASSERT_EQ(out.rejected.size(), 2u);
}

TEST(DocumentJsonTest, HasTheContractKeysAndNullsForMissingValues) {
  Document doc;
  doc.meta.source = "dir/x.txt";
  doc.text = "Body \"quoted\".";
  std::string out;
  AppendDocumentJson(doc, Extraction{}, &out);
  EXPECT_NE(out.find(R"("source":"dir/x.txt")"), std::string::npos);
  EXPECT_NE(out.find(R"("title":null)"), std::string::npos);
  EXPECT_NE(out.find(R"("published":null)"), std::string::npos);
  EXPECT_NE(out.find(R"("text":"Body \"quoted\".")"), std::string::npos);
  EXPECT_NE(out.find(R"("entities":[],"quotes":[],"events":[])"), std::string::npos);
}

TEST(DocumentJsonTest, WritesCountsAndEventFields) {
  Document doc;
  Extraction x;
  Event e;
  e.type = EventType::kAttack;
  e.location = "Kabul";
  e.killed = Count{12, 15};
  x.events.push_back(e);
  std::string out;
  AppendDocumentJson(doc, x, &out);
  EXPECT_NE(out.find(R"("type":"attack")"), std::string::npos);
  EXPECT_NE(out.find(R"("killed":{"min":12,"max":15})"), std::string::npos);
  EXPECT_NE(out.find(R"("injured":null)"), std::string::npos);
}

TEST(DocumentJsonTest, WritesStatementDetailsAndDisputes) {
  Document doc;
  Extraction x;
  Event s;
  s.type = EventType::kStatement;
  s.duration = "27 minutes";
  s.duration_minutes = 27;
  s.occasion = "Ramadan";
  x.events.push_back(s);
  Event a;
  a.type = EventType::kAttack;
  a.disputed.push_back({"the ministry", "blamed", "Ruritania", {5, 40}});
  x.events.push_back(a);
  std::string out;
  AppendDocumentJson(doc, x, &out);
  EXPECT_NE(out.find(R"("duration":"27 minutes","duration_minutes":27)"),
            std::string::npos);
  EXPECT_NE(out.find(R"("occasion":"Ramadan","motive":null)"), std::string::npos);
  EXPECT_NE(out.find(R"("disputed":[{"source":"the ministry","stance":"blamed",)"
                     R"("party":"Ruritania","evidence":[5,40]}])"),
            std::string::npos);
}

TEST(DocumentJsonTest, WritesFieldEvidenceWithNullForAnUnpinnedMatch) {
  Document doc;
  Extraction x;
  Event a;
  a.type = EventType::kAttack;
  a.location = "Kabul";
  a.field_evidence = {{"location", "Kabul", {0, 30}, {10, 15}, ""},
                      {"date", "2021", {31, 60}, {}, ""}};
  x.events.push_back(a);
  std::string out;
  AppendDocumentJson(doc, x, &out);
  EXPECT_NE(out.find(R"("field_evidence":[{"field":"location","value":"Kabul",)"
                     R"("sentence":[0,30],"match":[10,15]},{"field":"date",)"
                     R"("value":"2021","sentence":[31,60],"match":null}])"),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace vigil
