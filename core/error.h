// Errors, in three tiers (see README, "Errors"):
//  1. a bad item (one article, one JSONL line) becomes a Diagnostic and the batch goes on;
//  2. a fatal problem for the whole run (bad flag, unreadable lexicon) throws mizan::Error,
//     which gathers context while it unwinds and is printed once by main;
//  3. a broken invariant is an assert.
//
//   diagnostics.push_back(Diagnostic{.file = path, .line = 3, .code = ErrorCode::kInvalidUtf8});
//   throw Error(ErrorCode::kUsage, "unknown flag --jsn");
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mizan {

enum class ErrorCode : uint8_t {
  kOk,                // no error
  kUnreadableFile,    // a path could not be opened or read
  kInvalidUtf8,       // bytes that are not UTF-8: each ill-formed sequence became U+FFFD (warning)
  kNulByte,           // an article contains U+0000 (skipped: binary, not text)
  kEmptyArticle,      // an article has no text, or only white space (nothing to extract)
  kArticleTooLarge,   // an article is larger than --max-article-bytes (skipped)
  kMalformedJson,     // a JSONL line, manifest or claims line is not valid JSON (skipped)
  kMissingField,      // a required field ("id", "text", "source", ...) is absent (skipped)
  kBadFieldType,      // a field has the wrong JSON type (skipped, or the field ignored)
  kBadDate,           // a date is not an ISO 8601 calendar date (2025-13-45, 2025-02-30)
  kBidiControl,       // bidi control characters inside a number (stripped; warning)
  kDuplicateId,       // two articles share an id (the later one gets a suffix; warning)
  kUsage,             // bad command line (exit 2)
  kBadLexicon,        // a lexicon file is malformed (fatal)
  kInternal,          // a bug: please report
  kBadFieldValue,     // a field has the right type but a value it cannot take (low > high,
                      // an unknown source_type or qualifier)
  kNumberOutOfRange,  // a JSON number does not fit a double (1e400): read as absent
  kEmptyInput,        // standard input (or a --claims file) holds no data at all
  kUnwritableFile,    // an output file or standard output could not be written (exit 5)
};

// Stable id for JSON and messages: "invalid_utf8", "malformed_json", ...
std::string_view ErrorId(ErrorCode code);
// One-sentence explanation of what the code means and what Mizan did about it.
std::string_view ErrorMessage(ErrorCode code);

enum class Severity : uint8_t { kWarning, kError };
std::string_view ToString(Severity severity);

// One problem with one input item. The item is skipped when severity is kError and
// processed (with the problem repaired, or the field ignored, as the detail says) when it
// is kWarning. `mizan` exits 4 when any diagnostic is an error (cli/exit_code.h).
struct Diagnostic {
  std::string file;
  uint32_t line = 0;         // 1-based line in the file (0 if not known)
  uint32_t column = 0;       // 1-based byte column in that line (0 if not known)
  uint64_t byte_offset = 0;  // byte offset in the file
  std::string doc;           // article id, when known
  ErrorCode code = ErrorCode::kOk;
  Severity severity = Severity::kError;
  std::string detail;        // what exactly was wrong, for a person
  std::string field;         // the input field at fault ("published", "time"), when one is

  // "fixtures/bad/x.jsonl:3:17: error: invalid_utf8: ..."
  std::string ToString() const;
};

// A fatal error for the run. Append context while unwinding:
//   catch (Error& e) { e.AddContext("while loading units.tsv"); throw; }
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& what);
  ErrorCode code() const { return code_; }
  void AddContext(std::string_view context);
  const char* what() const noexcept override { return message_.c_str(); }

 private:
  ErrorCode code_;
  std::string message_;
};

}  // namespace mizan
