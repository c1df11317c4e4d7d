#include "core/model.h"

#include <array>

namespace mizan {
namespace {

// One table per enum keeps each id written once; the Parse* functions search it.
constexpr std::array<std::string_view, 8> kKindIds = {
    "quantity", "year", "date", "duration", "ordinal", "percent", "other", "fraction"};
constexpr std::array<std::string_view, 5> kDecimalOrderIds = {
    "none", "outlet", "digits", "mark", "assumed"};
constexpr std::array<std::string_view, 8> kQualifierIds = {
    "exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague"};
constexpr std::array<std::string_view, 11> kSourceTypeIds = {
    "government", "military", "intelligence", "official", "anonymous", "media",
    "wire", "social_media", "analyst", "organisation", "unattributed"};
constexpr std::array<std::string_view, 4> kRoleIds = {
    "origin", "co_origin", "relay", "article_credit"};
constexpr std::array<std::string_view, 7> kStanceIds = {
    "asserted", "estimated", "alleged", "unconfirmed", "reported", "confirmed", "denied"};

template <typename Enum, size_t N>
std::optional<Enum> Find(const std::array<std::string_view, N>& ids, std::string_view id) {
  for (size_t i = 0; i < N; ++i) {
    if (ids[i] == id) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(NumberKind kind) { return kKindIds[static_cast<size_t>(kind)]; }
std::string_view ToString(DecimalOrder order) {
  return kDecimalOrderIds[static_cast<size_t>(order)];
}
std::string_view ToString(Qualifier q) { return kQualifierIds[static_cast<size_t>(q)]; }
std::string_view ToString(SourceType t) { return kSourceTypeIds[static_cast<size_t>(t)]; }
std::string_view ToString(HopRole r) { return kRoleIds[static_cast<size_t>(r)]; }
std::string_view ToString(Stance s) { return kStanceIds[static_cast<size_t>(s)]; }

std::optional<Qualifier> ParseQualifier(std::string_view id) {
  return Find<Qualifier>(kQualifierIds, id);
}
std::optional<SourceType> ParseSourceType(std::string_view id) {
  return Find<SourceType>(kSourceTypeIds, id);
}
std::optional<Stance> ParseStance(std::string_view id) { return Find<Stance>(kStanceIds, id); }

}  // namespace mizan
