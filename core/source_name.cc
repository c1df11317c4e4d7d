#include "core/source_name.h"

namespace mizan {

std::string MakeSourceName(std::string_view outer, std::string_view inner) {
  if (outer.empty()) return std::string(inner);
  if (inner.empty()) return std::string(outer);
  std::string name;
  name.reserve(outer.size() + 1 + inner.size());
  name.append(outer).append(1, '.').append(inner);
  return name;
}

SourceName ParseSourceName(std::string_view name) {
  const size_t dot = name.find('.');
  if (dot == std::string_view::npos) return {name, {}, false};
  return {name.substr(0, dot), name.substr(dot + 1), true};
}

}  // namespace mizan
