// Fuzzes the manifest reader: any bytes, as a JSON array or JSONL manifest, applied to a
// few documents. Never a crash; the documents stay the same ones; every "published" that
// comes through is a calendar date; every metadata field is valid UTF-8; every diagnostic
// names a line and a column.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/civil_date.h"
#include "core/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan::ReadResult r;
  for (const char* id : {"a", "000_cc5a21bc2bd10a71", "1"}) {
    r.documents.push_back(mizan::Document{.id = id, .text = "12 soldiers"});
  }
  mizan::ApplyManifestContent("fuzz-manifest/manifest.jsonl",
                              std::string(reinterpret_cast<const char*>(data), size), r);
  if (r.documents.size() != 3 || r.documents[0].id != "a") __builtin_trap();
  for (const mizan::Document& doc : r.documents) {
    if (!doc.published.empty() &&
        (doc.published.size() != 10 || !mizan::ParseIsoDate(doc.published))) {
      __builtin_trap();  // a date that is not a calendar date got through
    }
    for (std::string field : {doc.outlet, doc.url, doc.title, doc.language, doc.published}) {
      std::replace(field.begin(), field.end(), '\0', ' ');  // "\u0000" is valid JSON
      if (mizan::CheckArticleText(field, 1 << 20).code == mizan::ErrorCode::kInvalidUtf8) {
        __builtin_trap();
      }
    }
  }
  for (const mizan::Diagnostic& d : r.diagnostics) {
    if (d.line == 0 || d.column == 0) __builtin_trap();
  }
  return 0;
}
