// Fuzzes extraction: any bytes as an article text. Every reported span must lie inside
// the text and start and end on UTF-8 code point boundaries (the HTML report cuts there).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/extract.h"
#include "core/input.h"

namespace {

bool IsBoundary(const std::string& text, uint32_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<uint8_t>(text[offset]) & 0xC0) != 0x80);
}

void CheckSpan(const std::string& text, mizan::ByteSpan span) {
  if (span.begin > span.end || span.end > text.size()) __builtin_trap();
  if (!IsBoundary(text, span.begin) || !IsBoundary(text, span.end)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  // The reader rejects NUL bytes and invalid UTF-8 before extraction; mirror that contract
  // (NULs become spaces so the rest of the input is still exercised).
  std::replace(doc.text.begin(), doc.text.end(), '\0', ' ');
  if (mizan::CheckArticleText(doc.text, 1 << 20).code == mizan::ErrorCode::kInvalidUtf8) {
    return 0;
  }
  const mizan::Extraction x = mizan::ExtractDocument(doc, mizan::Lexicons::Default());
  for (const mizan::NumberMention& m : x.mentions) {
    CheckSpan(doc.text, m.span);
    CheckSpan(doc.text, m.qualifier_span);
  }
  for (const mizan::Claim& c : x.claims) {
    CheckSpan(doc.text, c.quote);
    CheckSpan(doc.text, c.head_span);
    for (const mizan::SourceHop& hop : c.attribution) CheckSpan(doc.text, hop.span);
  }
  return 0;
}
