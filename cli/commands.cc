#include "cli/commands.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "core/extract.h"
#include "report/check.h"
#include "report/html_report.h"
#include "report/json_output.h"
#include "report/junit.h"
#include "report/markdown_report.h"
#include "report/progress.h"
#include "report/score_json.h"
#include "scoring/score.h"

namespace mizan::cli {
namespace {

// Everything the batch commands share: the documents read, what was extracted from each
// (same order), the copy fingerprints, and every diagnostic.
struct Batch {
  std::vector<Document> documents;
  std::vector<Extraction> extractions;
  std::vector<CopyFingerprint> fingerprints;
  std::vector<StoryFingerprint> story_prints;
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
  batch.story_prints.resize(n);
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::atomic<size_t> claims{0};
  ProgressOptions progress_options;
  if (options.quiet) progress_options.enabled = 0;
  Progress progress(n, progress_options);
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      AnalyzedText analyzed;
      batch.extractions[i] = ExtractDocument(batch.documents[i], lexicons, &analyzed);
      batch.fingerprints[i] = FingerprintDocument(batch.extractions[i], analyzed);
      batch.story_prints[i] = FingerprintStory(batch.documents[i], batch.extractions[i], analyzed);
      claims += batch.extractions[i].claims.size();
      progress.Update(++done, claims);
    }
  };
  const int threads = ThreadCount(options, n);
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  progress.Finish();
  return batch;
}

// Exit code 3 only when nothing at all could be read.
bool NothingRead(const Batch& batch) {
  return batch.documents.empty() && batch.inputs_seen > 0;
}

std::ofstream OpenOutput(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(ErrorCode::kUnwritableFile, "cannot write " + path);
  return out;
}

// Standard output that could not be written (a full disk, a closed pipe with SIGPIPE
// ignored) must not pass for a successful run.
void FlushStdout() {
  std::cout << std::flush;
  if (!std::cout) throw Error(ErrorCode::kUnwritableFile, "cannot write standard output");
}

}  // namespace

ExitCode RunExtract(const std::vector<std::string>& paths, const InputOptions& input,
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
  std::cout << out;
  FlushStdout();
  return ExitForDiagnostics(batch.diagnostics, NothingRead(batch));
}

ExitCode RunCopies(const std::vector<std::string>& paths, const InputOptions& input,
                   const CommandOptions& options) {
  Batch batch = ReadAndExtract(paths, input, options);
  PrintDiagnostics(batch.diagnostics);
  for (const CopyGroup& group : FindCopies(batch.fingerprints, CopyOptions{})) {
    std::cout << DumpLine(CopyGroupJson(group)) << "\n";
  }
  FlushStdout();
  return ExitForDiagnostics(batch.diagnostics, NothingRead(batch));
}

namespace {

std::string ReadWholeFile(const std::string& path) {
  if (path == "-") {
    return std::string((std::istreambuf_iterator<char>(std::cin)),
                       std::istreambuf_iterator<char>());
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kUnreadableFile, "cannot read " + path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

nlohmann::json ReadJsonFile(const std::string& path) {
  const std::string text = ReadWholeFile(path);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kMalformedJson, path + ": " + e.what());
  }
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out = OpenOutput(path);
  out << content;
  out.close();
  if (!out) throw Error(ErrorCode::kUnwritableFile, "cannot write " + path);
}

// `mizan check` reads score reports only: anything else fails with one clear message
// instead of a list of odd expectation failures.
void RequireScoreReport(const nlohmann::json& j, const std::string& path) {
  const std::string schema = j.is_object() && j.contains("schema") && j["schema"].is_string()
                                 ? j["schema"].get<std::string>()
                                 : "";
  if (schema == kScoreSchema) return;
  std::string message = path + " is not a score report: ";
  message += schema.empty() ? std::string("it has no \"schema\"")
                            : "its schema is \"" + schema + "\"";
  message += ", not \"" + std::string(kScoreSchema) +
             "\" (mizan check reads the report of mizan score --json)";
  if (schema == "mizan.expect/1") message += "; is it the expectations file, given first?";
  throw Error(ErrorCode::kUsage, message);
}

void PrintScoreSummary(const nlohmann::json& summary) {
  std::cerr << "mizan: ";
  bool first = true;
  for (const auto& [key, value] : summary.items()) {
    if (!value.is_number()) continue;
    std::cerr << (first ? "" : ", ") << key << " " << value.dump();
    first = false;
  }
  std::cerr << "\n";
}

}  // namespace

ExitCode RunScore(const std::vector<std::string>& paths, const InputOptions& input,
                  const CommandOptions& options) {
  Batch batch;
  ScoreInput score_input;
  std::vector<CopyGroup> copies;
  if (!options.claims_in.empty()) {
    if (!paths.empty()) {
      throw Error(ErrorCode::kUsage, "score --claims takes no article PATH");
    }
    if (!input.manifest.empty() || input.lines_mode ||
        input.max_article_bytes != InputOptions{}.max_article_bytes) {
      throw Error(ErrorCode::kUsage,
                  "--manifest, --lines and --max-article-bytes apply to articles, not to "
                  "score --claims");
    }
    const std::string text = ReadWholeFile(options.claims_in);
    score_input = ReadStructuredClaims(text, options.claims_in, batch.diagnostics);
    batch.inputs_seen = score_input.claims.size() + batch.diagnostics.size();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      batch.diagnostics.push_back(Diagnostic{
          .file = options.claims_in, .code = ErrorCode::kEmptyInput,
          .severity = Severity::kError,
          .detail = (options.claims_in == "-" ? std::string("standard input")
                                              : options.claims_in) +
                    " is empty: there are no claims to score"});
      batch.inputs_seen = 1;
    }
  } else {
    batch = ReadAndExtract(paths, input, options);
    copies = FindCopies(batch.fingerprints, CopyOptions{});
    const std::vector<Story> stories = FindStories(batch.story_prints, copies, StoryOptions{});
    score_input = MakeScoreInput(batch.documents, batch.extractions, copies, stories);
  }
  PrintDiagnostics(batch.diagnostics);
  ScoreOptions score_options;
  // The claim lexicon extraction loaded holds the place hierarchy; structured claims get
  // PlaceHierarchy::Default() (the place files alone).
  if (options.claims_in.empty()) {
    score_options.places = &Lexicons::Default().claims.tables().place_hierarchy;
  }
  const ScoreReport report = Score(score_input, score_options);
  const ScoreReportWriter writer(score_input, report, batch.documents, batch.extractions,
                                 batch.diagnostics);
  const bool any_output = !options.json_out.empty() || !options.jsonl_out.empty() ||
                          !options.html_out.empty() || !options.markdown_out.empty();
  if (!options.json_out.empty()) {
    std::ofstream out = OpenOutput(options.json_out);
    writer.WritePretty(out);
    out.close();
    if (!out) throw Error(ErrorCode::kUnwritableFile, "cannot write " + options.json_out);
  }
  if (!any_output) {
    writer.WritePretty(std::cout);
    FlushStdout();
  }
  if (!options.jsonl_out.empty()) {
    std::ofstream out = OpenOutput(options.jsonl_out);
    writer.WriteClaimLines(out);
    out.close();
    if (!out) throw Error(ErrorCode::kUnwritableFile, "cannot write " + options.jsonl_out);
  }
  if (!options.html_out.empty() || !options.markdown_out.empty()) {
    HtmlReportInput html;
    html.documents = batch.documents;
    html.extractions = batch.extractions;
    html.score = &report;
    html.copies = copies;
    html.stories = score_input.stories;
    html.diagnostics = batch.diagnostics;
    if (!options.html_out.empty()) WriteFile(options.html_out, RenderHtmlReport(html));
    if (!options.markdown_out.empty()) WriteFile(options.markdown_out, RenderMarkdownReport(html));
  }
  if (!options.quiet) PrintScoreSummary(writer.Summary());
  const bool nothing = score_input.claims.empty() && batch.documents.empty() &&
                       batch.inputs_seen > 0;
  return ExitForDiagnostics(batch.diagnostics, nothing);
}

ExitCode RunCheckCommand(const std::vector<std::string>& paths, const CommandOptions& options) {
  if (paths.size() != 1) throw Error(ErrorCode::kUsage, "check takes one REPORT.json");
  if (options.expect.empty() == options.baseline.empty()) {
    throw Error(ErrorCode::kUsage, "check needs exactly one of --expect or --baseline");
  }
  if (options.tolerance_given && options.baseline.empty()) {
    throw Error(ErrorCode::kUsage,
                "--tolerance applies to --baseline only (an expectations file sets its own "
                "\"tolerance\")");
  }
  const nlohmann::json report = ReadJsonFile(paths[0]);
  RequireScoreReport(report, paths[0]);
  CheckResult result;
  if (options.expect.empty()) {
    const nlohmann::json baseline = ReadJsonFile(options.baseline);
    RequireScoreReport(baseline, options.baseline);
    result = CompareBaseline(report, baseline, options.tolerance);
  } else {
    try {
      result = RunCheck(report, ReadJsonFile(options.expect));
    } catch (const Error& e) {
      // A broken expectations file is a usage problem, not a failed check (report/check.h).
      if (e.code() != ErrorCode::kBadFieldType) throw;
      throw Error(ErrorCode::kUsage, options.expect + ": " + e.what());
    }
  }
  if (!options.junit_out.empty()) {
    WriteFile(options.junit_out, JUnitXml(result, "mizan.check"));
  }
  if (result.Passed()) {
    if (!options.quiet) {
      std::cerr << "mizan check: all " << result.cases.size() << " expectations hold\n";
    }
    return ExitCode::kOk;
  }
  std::cerr << result.FailureText();
  return ExitCode::kCheckFailed;
}

}  // namespace mizan::cli
