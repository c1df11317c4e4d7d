#include "cli/commands.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "core/extract.h"
#include "report/json_output.h"

namespace mizan::cli {
namespace {

// Everything the batch commands share: the documents read, what was extracted from each
// (same order), the copy fingerprints, and every diagnostic.
struct Batch {
  std::vector<Document> documents;
  std::vector<Extraction> extractions;
  std::vector<CopyFingerprint> fingerprints;
  std::vector<Diagnostic> diagnostics;
  size_t inputs_seen = 0;
};

int ThreadCount(const CommandOptions& options, size_t jobs) {
  int n = options.threads > 0 ? options.threads
                              : static_cast<int>(std::thread::hardware_concurrency());
  n = std::max(1, n);
  return static_cast<int>(std::min<size_t>(static_cast<size_t>(n), std::max<size_t>(1, jobs)));
}

void PrintDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::cerr << d.ToString() << "\n";
}

// Reads the inputs and extracts every document on a pool of threads. Output order is
// input order whatever the scheduling, so results are deterministic.
Batch ReadAndExtract(const std::vector<std::string>& paths, const InputOptions& input,
                     const CommandOptions& options) {
  if (paths.empty()) throw Error(ErrorCode::kUsage, "no input PATH given");
  ReadResult read = ReadArticles(paths, input);
  Batch batch;
  batch.documents = std::move(read.documents);
  batch.diagnostics = std::move(read.diagnostics);
  batch.inputs_seen = read.inputs_seen;
  const Lexicons& lexicons = Lexicons::Default();
  const size_t n = batch.documents.size();
  batch.extractions.resize(n);
  batch.fingerprints.resize(n);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      AnalyzedText analyzed;
      batch.extractions[i] = ExtractDocument(batch.documents[i], lexicons, &analyzed);
      batch.fingerprints[i] = FingerprintDocument(batch.extractions[i], analyzed);
    }
  };
  const int threads = ThreadCount(options, n);
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return batch;
}

// Exit code 3 only when nothing at all could be read.
bool NothingRead(const Batch& batch) {
  return batch.documents.empty() && batch.inputs_seen > 0;
}

std::ofstream OpenOutput(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(ErrorCode::kUnreadableFile, "cannot write " + path);
  return out;
}

}  // namespace

int RunExtract(const std::vector<std::string>& paths, const InputOptions& input,
               const CommandOptions& options) {
  Batch batch = ReadAndExtract(paths, input, options);
  PrintDiagnostics(batch.diagnostics);
  std::string out;
  for (size_t d = 0; d < batch.documents.size(); ++d) {
    const Document& doc = batch.documents[d];
    const Extraction& x = batch.extractions[d];
    for (size_t m = 0; m < x.mentions.size(); ++m) {
      nlohmann::json j = MentionJson(doc, x, m);
      if (input.lines_mode) j["line"] = doc.file_line;
      out += DumpLine(j);
      out += '\n';
    }
    if (out.size() > (1 << 20)) {
      std::cout << out;
      out.clear();
    }
  }
  std::cout << out << std::flush;
  return NothingRead(batch) ? kExitInput : kExitOk;
}

int RunCopies(const std::vector<std::string>& paths, const InputOptions& input,
              const CommandOptions& options) {
  Batch batch = ReadAndExtract(paths, input, options);
  PrintDiagnostics(batch.diagnostics);
  for (const CopyGroup& group : FindCopies(batch.fingerprints, CopyOptions{})) {
    nlohmann::json j{{"id", group.id},
                     {"docs", group.docs},
                     {"kind", group.kind},
                     {"similarity", group.similarity},
                     {"evidence", group.evidence}};
    std::cout << DumpLine(j) << "\n";
  }
  std::cout << std::flush;
  return NothingRead(batch) ? kExitInput : kExitOk;
}

int RunScore(const std::vector<std::string>&, const InputOptions&, const CommandOptions&) {
  throw Error(ErrorCode::kUsage, "score is not wired yet");
}

int RunCheckCommand(const std::vector<std::string>&, const CommandOptions&) {
  throw Error(ErrorCode::kUsage, "check is not wired yet");
}

}  // namespace mizan::cli
