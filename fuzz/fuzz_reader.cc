// Fuzzes the article reader: any bytes, read as JSONL and as a .txt article, must give
// documents or diagnostics, never a crash, and every document must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string content(reinterpret_cast<const char*>(data), size);
  mizan::InputOptions options;
  options.max_article_bytes = 1 << 16;
  for (const char* name : {"fuzz.jsonl", "fuzz.txt"}) {
    mizan::ReadResult r = mizan::ReadArticleContent(name, content, options);
    for (const mizan::Document& doc : r.documents) {
      if (mizan::CheckArticleText(doc.text, options.max_article_bytes).code ==
          mizan::ErrorCode::kInvalidUtf8) {
        __builtin_trap();  // the reader let invalid UTF-8 through
      }
    }
  }
  return 0;
}
