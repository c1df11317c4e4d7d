// Reading articles: .txt files, folders of them, and .jsonl (one article per line), with
// an optional manifest of metadata. A bad item never stops the batch: it becomes a
// Diagnostic naming its file, line, column (and field, when one is at fault), and every
// other article is read. An error diagnostic means an item was dropped; a warning means
// it was kept, repaired as the diagnostic says:
//   - ill-formed UTF-8 becomes U+FFFD, one per maximal ill-formed subsequence (as ICU's
//     converters and U8_NEXT do); byte offsets are then offsets into the text as read
//     after that replacement (each replacement is 3 bytes, EF BF BD);
//   - a number too large for a double (1e400) in a field Mizan does not need is ignored;
//   - a "published" date that is not a calendar date (2025-13-45, 2025-02-30) is ignored.
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

// Reads every path ("-" is standard input, read as JSONL, or as lines in lines_mode; an
// empty standard input is an empty_input error). Folders are walked recursively for *.txt
// and *.jsonl, in sorted order, leaving out the manifest file itself when it lies inside
// one; a folder with no such file is an empty_input error. Documents keep input order; ids that repeat get "~2", "~3" suffixes with a warning.
// A missing or unreadable path is an unreadable_file error and the other paths are read.
ReadResult ReadArticles(const std::vector<std::string>& paths, const InputOptions& options);

// Reads in-memory content as if it were the file `name` (its extension picks the format:
// .jsonl or .txt; lines_mode as in the options). For tests, fuzzers and callers that
// already hold the bytes.
ReadResult ReadArticleContent(const std::string& name, std::string content,
                              const InputOptions& options);

// Applies a manifest to result.documents as if `content` had been read from the file
// `name`: a JSON array or JSONL of {"id" or "file", "outlet", "published", "url", "title",
// "language"}. Fields fill only what an article did not say ("language" overrides the
// guess). Diagnostics (added to result.diagnostics) name the entry's line, column and
// field: a malformed line or an entry without a key (error, entry skipped), a bad date or
// a mistyped field (warning, field ignored), a repeated key (warning, the later entry
// wins), and an entry whose "file" matches no article read and does not exist, resolved
// against the folder of `name` or the working directory (unreadable_file error).
void ApplyManifestContent(const std::string& name, std::string content, ReadResult& result);

// Replaces each ill-formed UTF-8 sequence of `text` by U+FFFD (EF BF BD): one replacement
// per maximal subpart, as ICU's converters do. Returns how many, and the byte offset of
// the first in the original text.
struct Utf8Repair {
  size_t replaced = 0;
  size_t first_offset = 0;
};
Utf8Repair ReplaceInvalidUtf8(std::string& text);

// Checks one article text: returns kOk, or the first problem (invalid UTF-8, NUL, empty,
// too large) with the byte offset in `text` where it is.
struct TextCheck {
  ErrorCode code = ErrorCode::kOk;
  size_t offset = 0;
};
TextCheck CheckArticleText(std::string_view text, size_t max_bytes);

}  // namespace mizan
