// Reading articles: .txt files, folders of them, and .jsonl (one article per line), with
// an optional manifest of metadata. A bad item never stops the batch: it becomes a
// Diagnostic naming its file, line and byte offset, and every other article is read.
//
//   InputOptions options;
//   ReadResult r = ReadArticles({"fixtures/articles"}, options);
//   // r.documents (sorted by id), r.diagnostics
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"

namespace mizan {

struct InputOptions {
  // | option            | default | meaning                                             |
  // |-------------------|---------|-----------------------------------------------------|
  // | max_article_bytes | 16 MiB  | larger articles are skipped with article_too_large  |
  // | manifest          | ""      | JSON/JSONL file of {"id" or "file", metadata...}    |
  // | lines_mode        | false   | each line of each input is one independent text     |
  size_t max_article_bytes = size_t{16} << 20;
  std::string manifest;
  bool lines_mode = false;
};

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
  size_t inputs_seen = 0;  // articles or lines attempted, good and bad
};

// Reads every path ("-" is standard input, read as JSONL, or as lines in lines_mode).
// Folders are walked recursively for *.txt and *.jsonl, in sorted order. Documents keep
// input order; ids that repeat get "~2", "~3" suffixes with a warning.
ReadResult ReadArticles(const std::vector<std::string>& paths, const InputOptions& options);

// Reads in-memory content as if it were the file `name` (its extension picks the format:
// .jsonl or .txt; lines_mode as in the options). For tests, fuzzers and callers that
// already hold the bytes.
ReadResult ReadArticleContent(const std::string& name, std::string content,
                              const InputOptions& options);

// Checks one article text: returns kOk, or the first problem (invalid UTF-8, NUL, empty,
// too large) with the byte offset in `text` where it is.
struct TextCheck {
  ErrorCode code = ErrorCode::kOk;
  size_t offset = 0;
};
TextCheck CheckArticleText(std::string_view text, size_t max_bytes);

}  // namespace mizan
