// Text analysis shared by every extractor: the match form of a text, its map back to
// the original bytes, sentences and tokens.
//
//   AnalyzedText t = AnalyzeText("وقال مسؤول إن نحو ١٠ آلاف جندي");
//   // t.norm == "وقال مسؤول ان نحو 10 الاف جندي"
//   // t.ToOriginal(t.tokens[4].norm_span) is the byte range of "١٠" in the input.
//
// The match form ("norm") is what every lexicon is matched against:
//   - NFKC (ICU), so presentation forms (ﻻ, ﷲ) become ordinary letters;
//   - tatweel, harakat and tanween dropped; format controls ([:Cf:], bidi marks) dropped;
//   - every decimal digit (Arabic-Indic, Persian, ...) folded to ASCII 0-9;
//   - Arabic letter variants folded: أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ی -> ي, ک -> ك;
//   - every Unicode space (NBSP, thin space, ...) and line/tab to ' ' except '\n' kept;
//   - Latin case kept (names); match English lexicons with EqualsIgnoreAsciiCase.
// Arabic digit separators ٬ (group) and ٫ (decimal) and the Arabic comma ، are kept as
// they are: only the number reader knows what they mean in context.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace mizan {

enum class TokenKind : uint8_t {
  kWord,    // letters (any script), with marks; may carry proclitics (وقال, بالمئة)
  kNumber,  // a run of ASCII digits (after folding); separators are separate tokens
  kPunct,   // one punctuation or symbol code point (, . ، ٬ ٫ % ٪ - ( ) " ...)
};

struct Token {
  ByteSpan norm_span;
  TokenKind kind;
  uint32_t sentence;  // index into AnalyzedText::sentences
  // True when no space separates this token from the previous one ("10كم", "1,500").
  bool glued_to_previous;
};

struct Sentence {
  ByteSpan norm_span;
  uint32_t first_token;  // tokens [first_token, end_token)
  uint32_t end_token;
  uint32_t line;         // 1-based line of the original text where it starts
  uint32_t paragraph;    // 0-based index of the line (paragraph) it belongs to
};

struct AnalyzedText {
  std::string norm;                    // the match form, UTF-8
  // For each byte of norm (plus one sentinel): the original code point it came from,
  // as [norm_to_orig[i], norm_to_orig_end[i]).
  std::vector<uint32_t> norm_to_orig;
  std::vector<uint32_t> norm_to_orig_end;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<uint32_t> line_starts;   // original byte offset of each line's start

  std::string_view View(ByteSpan norm_span) const {
    return std::string_view(norm).substr(norm_span.begin, norm_span.size());
  }
  std::string_view TokenText(uint32_t token) const { return View(tokens[token].norm_span); }
  // The original byte range a normalized range came from. A normalized range always maps
  // to whole original code points (a folded digit or a dropped mark never splits).
  ByteSpan ToOriginal(ByteSpan norm_span) const;
  // 1-based line and 1-based byte column of an original byte offset.
  uint32_t LineOf(uint32_t orig_offset) const;
  uint32_t ColumnOf(uint32_t orig_offset) const;
};

// Builds the match form, tokens and sentences. `text` must be valid UTF-8 (the reader
// checks it); an invalid sequence is copied through as U+FFFD rather than trusted.
AnalyzedText AnalyzeText(std::string_view text);

// The match form of a lexicon entry or any short string: the same folding as AnalyzeText,
// without tokens. Lexicon loaders call this so entries and text always agree.
std::string FoldForMatch(std::string_view text);

// ASCII-case-insensitive equality, for English lexicon entries against the match form.
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

// "ar" when Arabic letters outnumber Latin ones, "en" when Latin letters do, "" if neither.
std::string GuessLanguage(std::string_view text);

}  // namespace mizan
