#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "ingest/file_list.h"
#include "ingest/test_util.h"

namespace vigil {
namespace {

using testing::CollectSink;
using testing::Gzip;
using testing::ScratchDir;

std::vector<std::string> Basenames(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) out.push_back(std::filesystem::path(p).filename());
  return out;
}

TEST(FileTypeTest, KnowsExtensions) {
  EXPECT_EQ(FileTypeOf("a.txt")->kind, FileKind::kText);
  EXPECT_EQ(FileTypeOf("a.HTM")->kind, FileKind::kHtml);
  EXPECT_EQ(FileTypeOf("a.html.gz")->kind, FileKind::kHtml);
  EXPECT_TRUE(FileTypeOf("a.jsonl.gz")->gzip);
  EXPECT_EQ(FileTypeOf("a.warc.gz")->kind, FileKind::kWarc);
  EXPECT_EQ(FileTypeOf("news.RSS")->kind, FileKind::kFeed);
  EXPECT_EQ(FileTypeOf("a.atom.gz")->kind, FileKind::kFeed);
  EXPECT_EQ(FileTypeOf("feed.xml")->kind, FileKind::kFeed);
  EXPECT_EQ(FileTypeOf("CC-NEWS-1.warc.wet.gz")->kind, FileKind::kWarc);
  EXPECT_FALSE(FileTypeOf("a.json"));
  EXPECT_FALSE(FileTypeOf("a.gz"));
  EXPECT_FALSE(FileTypeOf("warc"));
}

TEST(ListInputsTest, WalksFoldersSortedAndRecursively) {
  ScratchDir dir;
  dir.Write("b.txt", "b");
  dir.Write("a/z.html", "z");
  dir.Write("a/y.jsonl.gz", "");
  dir.Write("c.pdf", "skip me");
  dir.Write(".hidden.txt", "skip me");
  dir.Write("d/e/f.warc", "");
  CollectSink sink;
  std::vector<std::string> got = ListInputs({dir.Path()}, sink);
  EXPECT_TRUE(sink.rejections.empty());
  EXPECT_EQ(Basenames(got),
            (std::vector<std::string>{"y.jsonl.gz", "z.html", "b.txt", "f.warc"}));
}

TEST(ListInputsTest, SymlinkLoopsEnd) {
  ScratchDir dir;
  dir.Write("sub/a.txt", "a");
  ASSERT_EQ(::symlink(dir.Path().c_str(), dir.Path("sub/loop").c_str()), 0);
  ASSERT_EQ(::symlink(dir.Path("sub").c_str(), dir.Path("sub/self").c_str()), 0);
  CollectSink sink;
  std::vector<std::string> got = ListInputs({dir.Path()}, sink);
  EXPECT_EQ(Basenames(got), (std::vector<std::string>{"a.txt"}));
}

TEST(ListInputsTest, ExplicitBadPathsAreRejected) {
  ScratchDir dir;
  const std::string pdf = dir.Write("c.pdf", "x");
  const std::string txt = dir.Write("ok.txt", "x");
  CollectSink sink;
  std::vector<std::string> got = ListInputs({dir.Path("missing.txt"), pdf, txt}, sink);
  EXPECT_EQ(got, std::vector<std::string>{txt});
  ASSERT_EQ(sink.rejections.size(), 2u);
  EXPECT_EQ(sink.rejections[0].problem, "no such file or directory");
  EXPECT_TRUE(sink.rejections[1].problem.starts_with("unknown file type"));
}

TEST(ReadInputTest, SingleArticleFiles) {
  ScratchDir dir;
  const std::string txt = dir.Write("000_abc.txt", "A short report.\n");
  const std::string html = dir.Write("001.html", "<p>Hi</p>");
  const std::string gz = dir.Write("002.txt.gz", Gzip("Zipped report."));
  CollectSink sink;
  ReadPaths({txt, html, gz}, IngestOptions{}, sink);
  EXPECT_TRUE(sink.rejections.empty());
  ASSERT_EQ(sink.articles.size(), 3u);
  EXPECT_EQ(sink.articles[0].meta.source, txt);
  EXPECT_TRUE(sink.articles[0].meta.source.ends_with("/000_abc.txt"));
  EXPECT_EQ(sink.articles[0].format, InputFormat::kText);
  EXPECT_EQ(sink.articles[1].format, InputFormat::kHtml);
  EXPECT_EQ(sink.articles[2].bytes, "Zipped report.");
}

TEST(ReadInputTest, BadSingleFilesAreRejected) {
  ScratchDir dir;
  IngestOptions options;
  options.max_article_bytes = 100;
  const std::string empty = dir.Write("empty.txt", "");
  const std::string binary =
      dir.Write("img.html", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  const std::string big_gz = dir.Write("big.txt.gz", Gzip(std::string(1000, 'a')));
  const std::string cut_gz =
      dir.Write("cut.html.gz", Gzip("<p>complete?</p>").substr(0, 15));
  CollectSink sink;
  ReadPaths({empty, binary, big_gz, cut_gz}, options, sink);
  EXPECT_TRUE(sink.articles.empty());
  ASSERT_EQ(sink.rejections.size(), 4u);
  EXPECT_EQ(sink.rejections[0].problem, "empty file");
  EXPECT_EQ(sink.rejections[1].problem, "binary data");
  EXPECT_NE(sink.rejections[2].problem.find("max_article_bytes"), std::string::npos);
  EXPECT_NE(sink.rejections[3].problem.find("truncated gzip stream"), std::string::npos);
}

TEST(ReadInputTest, HugeFileRejectedBySizeWithoutReading) {
  ScratchDir dir;
  const std::string path = dir.Path("huge.txt");
  dir.Write("huge.txt", "");
  // Sparse: 200 MB on paper, nothing on disk; reading it would be slow.
  std::filesystem::resize_file(path, 200u << 20);
  CollectSink sink;
  ReadInput(path, IngestOptions{}, sink);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_TRUE(sink.rejections[0].problem.starts_with("file of 209715200 bytes exceeds"))
      << sink.rejections[0].problem;
}

TEST(ReadInputTest, GzipContentWithoutSuffixIsDecompressed) {
  ScratchDir dir;
  const std::string path = dir.Write("feed.jsonl", Gzip("{\"text\":\"inside\"}\n"));
  CollectSink sink;
  ReadInput(path, IngestOptions{}, sink);
  ASSERT_EQ(sink.articles.size(), 1u);
  EXPECT_EQ(sink.articles[0].bytes, "inside");
}

// The checked-in corpus: each file's expected articles and rejections.
TEST(IngestCorpusTest, FilesGiveExpectedCounts) {
  const std::string root = std::string(VIGIL_SOURCE_DIR) + "/tests/corpus/ingest/";
  struct Case {
    const char* file;
    size_t articles, rejections;
  } cases[] = {
      {"good.jsonl", 3, 0},       {"good.jsonl.gz", 3, 0},
      {"broken.jsonl", 2, 5},     {"truncated.jsonl.gz", 0, 0},
      {"good.warc", 2, 0},        {"good.warc.gz", 2, 0},
      {"broken.warc", 2, 3},      {"truncated.warc.gz", 0, 0},
      {"harbour_wire.rss", 2, 1},
  };
  for (const Case& c : cases) {
    if (c.articles == 0) continue;  // checked below
    CollectSink sink;
    ReadInput(root + c.file, IngestOptions{}, sink);
    EXPECT_EQ(sink.articles.size(), c.articles) << c.file;
    EXPECT_EQ(sink.rejections.size(), c.rejections) << c.file;
  }
  for (const char* file : {"truncated.jsonl.gz", "truncated.warc.gz"}) {
    CollectSink sink;
    ReadInput(root + file, IngestOptions{}, sink);
    ASSERT_EQ(sink.rejections.size(), 1u) << file;
    EXPECT_NE(sink.rejections[0].problem.find("truncated gzip stream"),
              std::string::npos);
    EXPECT_GE(sink.articles.size(), 1u) << file;
  }
}

}  // namespace
}  // namespace vigil
