// Document: one article as read from the input, before any analysis.
//
// The text is kept byte for byte as it was read (after a UTF-8 BOM is dropped), so
// every span Mizan reports is a byte range into `text` that an editor can highlight.
//
//   Document doc{.id = "seed-1", .text = "قال ... نحو 10 آلاف جندي"};
//   AnalyzedText analyzed = AnalyzeText(doc.text);
//   // analyzed.norm is the match form; analyzed.ToOriginal(span) maps back.
#pragma once

#include <cstdint>
#include <string>

namespace mizan {

// A half-open byte range [begin, end). Which text it indexes (original or normalized)
// is always stated by the field name (`span` is original, `norm_span` is normalized).
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(uint32_t offset) const { return offset >= begin && offset < end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

struct Document {
  std::string id;         // stable: the file stem, or the JSONL "id"
  std::string file;       // path it was read from ("-" for standard input)
  int file_line = 0;      // 1-based line of a JSONL record (0 for .txt)
  std::string text;       // UTF-8, BOM dropped, ill-formed bytes as U+FFFD, else as read
  std::string outlet;     // optional metadata, from JSONL or the manifest
  std::string published;  // ISO 8601 date "YYYY-MM-DD" (time of day dropped), or ""
  std::string url;
  std::string title;
  std::string language;   // "ar", "en", or "" (then guessed from the script)
};

}  // namespace mizan
