// Arabic letters as UTF-8 bytes in the match form (FoldForMatch folds ة to ه and ى to ي, so
// ه also stands for the folded ة). Shared by the code that reads proclitics and suffixes
// byte by byte (the lemmatizer, the attribution matcher) instead of each keeping its own.
#pragma once

#include <string_view>

namespace mizan::arabic {

constexpr std::string_view kWaw = "\xD9\x88";              // و
constexpr std::string_view kFa = "\xD9\x81";               // ف
constexpr std::string_view kBa = "\xD8\xA8";               // ب
constexpr std::string_view kLam = "\xD9\x84";              // ل
constexpr std::string_view kKaf = "\xD9\x83";              // ك
constexpr std::string_view kSeen = "\xD8\xB3";             // س
constexpr std::string_view kAlef = "\xD8\xA7";             // ا
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kHa = "\xD9\x87";               // ه (also the folded ة)
constexpr std::string_view kYa = "\xD9\x8A";               // ي
constexpr std::string_view kTa = "\xD8\xAA";               // ت
constexpr std::string_view kNun = "\xD9\x86";              // ن

}  // namespace mizan::arabic
