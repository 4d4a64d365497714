// A writer killed with SIGKILL in the middle of a batch must leave a store
// that opens, passes integrity checks and holds exactly the batches it
// committed.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "common/hash.h"
#include "dedup/minhash.h"
#include "store/sqlite_store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

using testing::MakeDoc;
using testing::QueryText;
using testing::ScratchDir;

constexpr int kBatch = 100;

// A random MinHash signature for document `id`: no two documents share a
// band, so the copy index has work to do but finds no candidates.
Signature RandomSignature(const std::string& id) {
  Signature sig(MinHashOptions().num_hashes);
  for (size_t i = 0; i < sig.size(); ++i) {
    sig[i] = static_cast<uint32_t>(Mix64(Hash64(id) + i));
  }
  return sig;
}

// Body of the forked writer: writes batches forever, reporting one byte per
// document put ('p') and per commit ('c') on `report`. With `sign`, documents
// carry MinHash signatures (the copy index is written). Never returns.
[[noreturn]] void WriteForever(const std::string& path, int round, int report,
                               bool sign) {
  auto store = Store::Open(path);
  if (!store.ok()) _exit(2);
  const std::string filler(900, 'x');
  for (int batch = 0;; ++batch) {
    if (!(*store)->Begin().ok()) _exit(3);
    for (int i = 0; i < kBatch; ++i) {
      const std::string id =
          std::to_string(round) + "-" + std::to_string(batch) + "-" + std::to_string(i);
      Document doc =
          MakeDoc("Report " + id, "word" + id + " body " + filler, id + ".txt");
      if (sign) doc.minhash = RandomSignature(id);
      if (!(*store)->Put(doc, {}).ok()) _exit(4);
      if (write(report, "p", 1) != 1) _exit(5);
    }
    if (!(*store)->Commit().ok()) _exit(6);
    if (write(report, "c", 1) != 1) _exit(5);
  }
}

// Starts a writer, reads its reports until it has committed `commits`
// batches and is halfway into the next, then kills it. The writer may run
// ahead of its reports, so the kill lands wherever it is by then (nearly
// always inside a batch, where it spends its time). Returns the batches
// reported committed: a lower bound of what it committed.
int RunAndKill(const std::string& path, int round, int commits, bool sign = false) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    WriteForever(path, round, fds[1], sign);
  }
  close(fds[1]);
  int committed = 0, puts_since_commit = 0;
  char c;
  while (read(fds[0], &c, 1) == 1) {
    if (c == 'c') {
      ++committed;
      puts_since_commit = 0;
    } else if (++puts_since_commit == kBatch / 2 && committed >= commits) {
      break;
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  close(fds[0]);
  // Anything but our SIGKILL means the writer failed on its own.
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "writer exit status " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return committed;
}

TEST(CrashTest, KilledWriterLeavesEveryCommittedBatch) {
  ScratchDir dir;
  const std::string path = dir.File("crash.db");
  int committed = 0;
  for (int round = 0; round < 3; ++round) {
    committed += RunAndKill(path, round, 3 + round);
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ(QueryText(path, "PRAGMA integrity_check"), "ok");
    StoreStats stats = *(*store)->Stats();
    // Batches reported committed are all there, no batch is there in part.
    EXPECT_EQ(stats.documents % kBatch, 0) << "round " << round;
    EXPECT_GE(stats.documents, int64_t{committed} * kBatch) << "round " << round;
    EXPECT_EQ(stats.sources, stats.documents);
    // The full-text index finds the first document this round wrote.
    EXPECT_TRUE((*store)->Search("word" + std::to_string(round) + "-0-0", 1)->size() ==
                1);
  }
  EXPECT_EQ(
      QueryText(path,
                "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'body'"),
      QueryText(path, "SELECT count(*) FROM documents"));
}

// Past 2048 documents the pending band rows move to minhash_bands in bulk
// (store/copy_index.h); a kill during a batch or a move loses no band row of
// a committed document and keeps none of an uncommitted one.
TEST(CrashTest, KilledWriterKeepsTheCopyIndexWhole) {
  ScratchDir dir;
  const std::string path = dir.File("crash.db");
  for (int round = 0; round < 2; ++round) {
    RunAndKill(path, round, 25 + 5 * round, /*sign=*/true);
    ASSERT_TRUE(Store::Open(path).ok());
    EXPECT_EQ(QueryText(path, "PRAGMA integrity_check"), "ok");
    const int64_t bands = MinHashOptions().bands;
    // Every document up to the watermark has its rows in minhash_bands, and
    // no later one (those are derived from their signatures when needed).
    EXPECT_EQ(
        std::stoll(QueryText(path, "SELECT count(*) FROM minhash_bands")),
        bands * std::stoll(QueryText(path,
                                     "SELECT count(*) FROM minhash WHERE document_id <= "
                                     "(SELECT document_id FROM minhash_bands_through)")))
        << "round " << round;
    EXPECT_EQ(QueryText(path,
                        "SELECT count(*) FROM minhash_bands WHERE document_id > "
                        "(SELECT document_id FROM minhash_bands_through)"),
              "0");
    EXPECT_EQ(QueryText(path, "SELECT count(*) FROM minhash"),
              QueryText(path, "SELECT count(*) FROM documents"));
  }
  EXPECT_NE(QueryText(path, "SELECT count(*) FROM minhash_bands"), "0");
}

}  // namespace
}  // namespace vigil
