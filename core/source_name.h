// Source names: the stable ids of the sources in an attribution chain, made of parts joined
// by '.', the most general first: "<country>.<institution>" ("sudan.health_ministry"), a
// title under its owner ("sudan.health_ministry.spokesperson"), "anonymous.<...>",
// "org.<...>", "media.<...>". The one place that builds the format and the one that reads it.
//
//   MakeSourceName("sudan", "health_ministry")  -> "sudan.health_ministry"
//   ParseSourceName("sudan.health_ministry")    -> {head "sudan", rest "health_ministry"}
//   ParseSourceName("reuters")                  -> {head "reuters", rest ""}

#ifndef MIZAN_CORE_SOURCE_NAME_H_
#define MIZAN_CORE_SOURCE_NAME_H_

#include <string>
#include <string_view>

namespace mizan {

// `outer` "." `inner`; an empty part is left out ("" and "police" make "police"), so two
// empty parts make "".
std::string MakeSourceName(std::string_view outer, std::string_view inner);

// A source name read back: its first part and the rest, views into the name.
struct SourceName {
  std::string_view head;  // up to the first '.', the whole name when there is none
  std::string_view rest;  // after the first '.', "" when there is none
  bool dotted = false;    // the name has a '.'

  // Exactly two parts, "<country>.<institution>": not a title under its owner
  // ("sudan.health_ministry.spokesperson") or an anonymous source ("anonymous.iraq.source").
  bool IsPair() const { return dotted && rest.find('.') == std::string_view::npos; }
};

// Never fails: a name without '.' is all head.
SourceName ParseSourceName(std::string_view name);

}  // namespace mizan

#endif  // MIZAN_CORE_SOURCE_NAME_H_
