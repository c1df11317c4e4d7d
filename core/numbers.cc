// The number reader: a lexicon-driven parser over the tokens of AnalyzedText.
//
// Why not ICU: RBNF and NumberFormat misread Arabic news numbers (1,500 -> 1.5, ثلاث fails,
// partial parses are silent); see /work/shared/arabic-numbers.md. Every decision here is a rule
// of the language (digit grammar, MSA numeral grammar, English numerals) plus the words of
// core/lexicons/numbers.tsv, qualifiers.tsv and months.tsv.
//
// One pass per token: a numeral is parsed at the token (digits with separators and multiplier
// words, or number words), then widened into a range when a connector and a second numeral
// follow, then given a qualifier from the words around it, then a kind from its context.
// This file is the driver (token lookup, dispatch, the pass itself); the parsers and the
// widening steps are in the files core/number_reader.h lists.
#include <optional>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/lemmatizer.h"
#include "core/number_reader.h"
#include "core/number_tables.h"
#include "core/numbers.h"

namespace mizan {
namespace number_reader {

// A currency sign written before an amount ("$2 billion", "€5", "£300"): one code point of
// Unicode's currency-symbol category (Sc), by ICU.
bool IsCurrencySign(std::string_view token) {
  if (token.empty() || token.size() > 4) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(token.data(), i, static_cast<int32_t>(token.size()), c);
  return i == static_cast<int32_t>(token.size()) && c >= 0 && u_charType(c) == U_CURRENCY_SYMBOL;
}

// True for a token that is only proclitics, as left glued before digits ("و12", "بـ5" after
// tatweel is dropped, "ال١٩٢", "والـ٢٠").
bool IsCliticOnly(std::string_view s) {
  static constexpr std::string_view kClitics[] = {"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال",
                                                  "لل", "فال", "كال", "وب", "ول", "فب", "فل",
                                                  "وك", "ولل", "وبال"};
  for (std::string_view c : kClitics) {
    if (s == c) return true;
  }
  return false;
}

Reader::Reader(const AnalyzedText& text, const Tables& tables, std::string_view outlet)
    : text_(text), t_(tables) {
  auto found = outlet.empty() ? t_.outlet_reversed.end() : t_.outlet_reversed.find(outlet);
  if (found != t_.outlet_reversed.end()) {
    outlet_reversed_ = found->second;
    outlet_order_ = DecimalOrder::kOutlet;
  } else {
    outlet_reversed_ = t_.default_reversed;
    outlet_order_ = DecimalOrder::kAssumed;
  }
}

WordHit Reader::Lookup(uint32_t k) const {
  WordHit hit;
  if (!IsWord(k)) return hit;
  const std::string_view s = Tok(k);
  if ((hit.info = t_.Find(s)) != nullptr) return hit;
  // Proclitics: [و|ف][ب|ل|ك], read by the lemmatizer; "لل" is cut as the preposition ل.
  const CliticSplit split = SplitClitics(s);
  if (split.conj == 0 && split.prep == 0) return hit;
  const bool conj = split.conj != 0 && static_cast<unsigned char>(s[1]) == 0x88;  // و (D9 88), not ف
  if (split.conj != 0) {
    if (const WordInfo* w = t_.Find(s.substr(split.conj))) return WordHit{w, split.conj, conj};
  }
  if (split.prep != 0) {
    const uint32_t p = split.conj + split.prep;
    if (const WordInfo* w = t_.Find(s.substr(p))) return WordHit{w, p, conj};
  }
  return hit;
}

std::optional<std::pair<uint32_t, uint32_t>> Reader::AfterWaw(uint32_t k) const {
  if (!IsWord(k)) return std::nullopt;
  const std::string_view s = Tok(k);
  // A separate joiner: و, or a word of numbers.tsv's class "and".
  const WordInfo* joiner = s == kWaw ? nullptr : t_.Find(s);
  if (s == kWaw || (joiner != nullptr && (joiner->roles & kRoleAnd))) {
    if (IsWord(k + 1)) return std::make_pair(k + 1, 0u);
    return std::nullopt;
  }
  if (s.size() > 2 && s.substr(0, 2) == kWaw) return std::make_pair(k, 2u);
  return std::nullopt;
}

const WordInfo* Reader::NumAt(uint32_t k, uint32_t prefix) const {
  if (!IsWord(k)) return nullptr;
  const std::string_view s = Tok(k);
  if (prefix >= s.size()) return nullptr;
  return t_.Find(s.substr(prefix));
}

// ---- dispatch -------------------------------------------------------------------------------

bool Reader::StartsUrlScheme(uint32_t k, std::string_view s) const {
  const bool scheme = (EqualsIgnoreAsciiCase(s, "http") || EqualsIgnoreAsciiCase(s, "https")) &&
                      k + 1 < text_.tokens.size() && T(k + 1).glued_to_previous &&
                      text_.TokenText(k + 1) == ":";
  return scheme || (EqualsIgnoreAsciiCase(s, "www") && k + 1 < text_.tokens.size() &&
                    T(k + 1).glued_to_previous);
}

std::optional<Numeral> Reader::ParseSymbolsAt(uint32_t k) const {
  const Token& tok = T(k);
  if (tok.kind == TokenKind::kNumber) return ParseDigits(k);
  // ".77", "٫٧٧": a leading decimal point.
  const std::string_view p = Tok(k);
  if ((p == "." || p == "٫") && k + 1 < text_.tokens.size() &&
      T(k + 1).kind == TokenKind::kNumber && T(k + 1).glued_to_previous &&
      (k == 0 || !tok.glued_to_previous ||
       T(k - 1).kind == TokenKind::kPunct)) {
    const std::string_view d = Tok(k + 1);
    Numeral n;
    n.first = k;
    n.end = k + 2;
    n.begin_byte = tok.norm_span.begin;
    n.end_byte = T(k + 1).norm_span.end;
    n.low = n.high = FractionValue(d);
    n.frac_digits = static_cast<uint32_t>(d.size());
    return n;
  }
  return std::nullopt;
}

std::optional<Numeral> Reader::ParseWordAt(uint32_t k, const WordHit& hit) const {
  if (hit.info->roles & kRoleArticleOne) {
    std::optional<Numeral> n = ParseEnglishWords(k, hit);  // "a million", "a quarter of"
    if (n) ApplyFractionOfMultiplier(*n);
    if (n && !n->kind_fixed && n->low > 0 && n->low < 1) {
      n->kind = NumberKind::kFraction;
      n->kind_fixed = true;
    }
    return n;
  }
  if (hit.info->num == NumClass::kNone) return ParseContextWordAt(k, hit);
  std::optional<Numeral> n = hit.info->english ? ParseEnglishWords(k, hit)
                                               : ParseArabicWords(k, hit);
  if (n && hit.info->english) ApplyFractionOfMultiplier(*n);
  if (n && !n->kind_fixed && !n->vague) SettleWordNumeral(*n);
  return n;
}

std::optional<Numeral> Reader::ParseContextWordAt(uint32_t k, const WordHit& hit) const {
  // "طفل من كل أربعة أطفال": read at من, the noun before it is the numerator.
  if ((hit.info->roles & kRoleRatioFrom) && hit.prefix == 0 && IsWord(k - 1) &&
      IsWord(k + 1) && (Tok(k + 1) == "كل" || Tok(k + 1) == "بين")) {
    return NounRatioAt(k - 1);
  }
  // "ساعة ونصف" = 1.5 hours, when no numeral precedes the time noun.
  if (hit.prefix == 0 && (hit.info->roles & kRoleTimeUnit) && !hit.info->english &&
      !IsNumber(k - 1)) {
    if (auto after = AfterWaw(k + 1)) {
      const WordInfo* f = NumAt(after->first, after->second);
      if (f != nullptr && f->num == NumClass::kFraction && !f->english) {
        Numeral n;
        n.first = k;
        n.begin_byte = T(k).norm_span.begin;
        n.low = n.high = 1 + f->value;
        n.kind = NumberKind::kDuration;
        n.time_unit = hit.info->time_unit;
        n.kind_fixed = true;
        return Close(n, after->first + 1);
      }
    }
  }
  return std::nullopt;
}

void Reader::SettleWordNumeral(Numeral& n) const {
  // Word numerals followed by a multiplier are handled inside; digits mixed in later
  // ("ثلاثة 5") are separate numbers.
  n.plain_int = false;
  // Below one, number words are a share: ثلاثة أرباع, two-thirds, a quarter of.
  if (n.low > 0 && n.low < 1) {
    n.kind = NumberKind::kFraction;
    n.kind_fixed = true;
  }
  // The multiplier a range's first bound may share: "six to seven thousand".
  const WordInfo* last = Exact(n.end - 1);
  if (last != nullptr && (last->num == NumClass::kMultiplier || last->num == NumClass::kHundred) &&
      n.end - 1 > n.first) {
    n.has_mult = true;
    n.mult_scale = last->value;
  }
}

// ---- the pass --------------------------------------------------------------------------------

std::vector<NumberMention> Reader::Run() {
  const auto count = static_cast<uint32_t>(text_.tokens.size());
  uint32_t k = 0;
  while (k < count) {
    sentence_ = T(k).sentence;
    const Sentence& s = text_.sentences[sentence_];
    sent_begin_ = s.first_token;
    sent_end_ = s.end_token;
    // "https://x.com/?q=30%25": the numbers of a web address are not claims.
    if (StartsUrl(k)) {
      ++k;
      while (k < count && T(k).glued_to_previous) ++k;
      continue;
    }
    std::optional<Numeral> n = ParseAt(k);
    if (!n && T(k).kind == TokenKind::kWord && Tok(k).substr(0, 4) == kArticle &&
        IsWord(k - 1) && t_.MayEndBound(Tok(k - 1))) {
      n = ParseDefiniteAfterBound(k);
    }
    if (!n) {
      ++k;
      continue;
    }
    if (n->skip) {
      k = n->end;
      continue;
    }
    k = ReadMention(*n);
  }
  return std::move(out_);
}

uint32_t Reader::ReadMention(Numeral& n) {
  ApplySign(n);
  ApplyRatio(n);
  ApplyNotCount(n);
  Reading r{n.first, n.end, n.begin_byte, n.end_byte, NumericValue{}, ByteSpan{0, 0}, n.kind,
            n.time_unit};
  // A numeral whose kind it fixed itself (an ordinal, a dual noun) is no range's bound, but
  // for a year ("بين عامي 1950 و1953").
  const bool range = (!n.kind_fixed || n.kind == NumberKind::kYear) && ReadRange(n, r);
  if (!range) ReadSingle(n, r);
  if (r.kind != NumberKind::kDuration) r.time_unit = nullptr;
  Emit(n, r);
  return r.end;
}

void Reader::Emit(const Numeral& n, const Reading& r) {
  NumberMention m;
  m.norm_span = ByteSpan{r.begin_byte, r.end_byte};
  m.span = text_.ToOriginal(m.norm_span);
  if (r.qualifier.size() > 0) m.qualifier_span = text_.ToOriginal(r.qualifier);
  m.kind = r.kind;
  m.value = r.value;
  if (r.time_unit != nullptr) m.time_unit = r.time_unit;
  m.sentence = sentence_;
  m.first_token = r.first;
  m.end_token = r.end;
  m.decimal_order = n.decimal_order;
  m.decimal_reversed = n.decimal_reversed;
  out_.push_back(std::move(m));
}

}  // namespace number_reader

std::vector<NumberMention> ReadNumbers(const AnalyzedText& text, const NumberLexicon& lexicon,
                                       std::string_view outlet) {
  if (text.tokens.empty() || text.sentences.empty()) return {};
  number_reader::Reader reader(text, lexicon.tables(), outlet);
  return reader.Run();
}

}  // namespace mizan
