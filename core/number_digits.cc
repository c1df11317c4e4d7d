// Digits and separators: "1,500", "١٬٢٣٤٫٥", "1.234.567", "2,5 مليون", "1 414 021", "3ر5",
// and the digit strings that name rather than count (dates, clock times, phones, addresses).
// The separator grammar is arabic-numbers.md §1.2: no ICU locale reads Arabic news, where
// Western digits with ',' grouping sit beside Arabic-Indic digits with '٬' and '٫'.
#include <cmath>
#include <optional>
#include <string_view>

#include "core/number_reader.h"

namespace mizan::number_reader {
namespace {

// A decimal times a multiplier, rounded to the precision written: 6.935 million is 6935000,
// not 6935000.000000001 (6.935 has 3 decimals, so the value is a multiple of 1000).
double RoundToWritten(double value, uint32_t frac_digits, double scale) {
  if (frac_digits == 0 || frac_digits > 15 || !(scale > 0)) return value;
  const double step = scale / std::pow(10.0, static_cast<double>(frac_digits));
  if (step >= 1) return std::round(value / step) * step;
  const double inverse = std::pow(10.0, static_cast<double>(frac_digits)) / scale;
  return std::round(value * inverse) / inverse;
}

// The digits `d` after a decimal separator: the run's fraction, and the precision written.
void SetDecimal(std::string_view d, DigitRun& run, Numeral& n) {
  run.frac_value = FractionValue(d);
  n.frac_digits = static_cast<uint32_t>(d.size());
  run.decimal = true;
}

}  // namespace

std::optional<Numeral> Reader::ParseDigits(uint32_t k) const {
  Numeral n;
  n.first = k;
  // A currency before the amount: "$5", "USD2,300", "RM45,000", "Rs 3 crore".
  const bool code_before = IsWord(k - 1) && HasRole(k - 1, kRoleCurrency);
  n.currency = code_before || (In(k - 1) && T(k - 1).kind == TokenKind::kPunct &&
                               IsCurrencySign(Tok(k - 1)));
  if (!code_before && IsDesignation(k)) {
    n.end = k + 1;
    n.skip = true;
    return n;
  }
  if (IsWord(k + 1) && Glued(k + 1) && Tok(k + 1) == "ر" && IsNumber(k + 2) && Glued(k + 2)) {
    return ParseRaDigits(k, n);
  }
  // A numeric date is no count, like 27/5/2024.
  if (IsDashedDate(k)) return OtherSpan(k, k + 4, DigitsValue(Tok(k)), n);
  // Collect the glued run d0 (sep d)* and read it by the separator grammar of
  // arabic-numbers.md §1.2 (one '.' group is a decimal point: "1.500 مليار" is 1.5e9).
  DigitRun run;
  run.pos = k;
  run.d0 = Tok(k);
  run.int_value = DigitsValue(run.d0);
  if (auto address = ScanDots(k, run)) return OtherSpan(k, *address, run.int_value, n);
  if (ReadSeparators(k, run, n)) return n;
  if (auto phone = PhoneEnd(k, run)) return OtherSpan(k, *phone, run.int_value, n);
  ReadSpaceGroups(run);
  ReadSpokenDecimal(run, n);
  return FinishDigits(k, run, n);
}

bool Reader::IsDesignation(uint32_t k) const {
  if (!Glued(k) || !In(k - 1)) return false;
  const Token& prev = T(k - 1);
  const std::string_view ptext = Tok(k - 1);
  const bool dash_after_word = prev.kind == TokenKind::kPunct && (ptext == "-") &&
                               Glued(k - 1) && IsWord(k - 2);
  const bool glued_word = prev.kind == TokenKind::kWord && !IsCliticOnly(ptext);
  return dash_after_word || glued_word;
}

bool Reader::IsDashedDate(uint32_t k) const {
  return IsPunct(k + 1, "-") && Glued(k + 1) && IsNumber(k + 2) && Glued(k + 2) &&
         IsPunct(k + 3, "-") && Glued(k + 3) && IsNumber(k + 4) && Glued(k + 4) &&
         (Tok(k).size() == 4 || Tok(k + 4).size() == 4 || Tok(k + 4).size() == 2);
}

std::optional<uint32_t> Reader::ScanDots(uint32_t k, DigitRun& run) const {
  run.marked = IsPunct(k + 1, ".") && Glued(k + 1) && IsNumber(k + 2) && Glued(k + 2) &&
               !IsPunct(k + 3, ".") && (MarkBetween(k, k + 1) || MarkBetween(k + 1, k + 2));
  if (run.marked) return std::nullopt;
  uint32_t q = k;
  bool all_three = true;
  uint32_t dots = 0;
  while (IsPunct(q + 1, ".") && Glued(q + 1) && IsNumber(q + 2) && Glued(q + 2)) {
    ++dots;
    if (Tok(q + 2).size() != 3) all_three = false;
    q += 2;
  }
  if (dots >= 2 && all_three && run.d0.size() <= 3) run.dot_groups = dots;
  if (dots == 1 && all_three && run.d0.size() <= 3 && !DotIsDecimal(k, q)) run.dot_groups = 1;
  if (dots >= 2 && !all_three) return q;
  return std::nullopt;
}

bool Reader::DotIsDecimal(uint32_t k, uint32_t q) const {
  // One group "1.500" is a thousands dot in Arabic text (ar-MA, Egyptian print) but a
  // decimal point before a multiplier or percent ("1.500 مليار", "3.125%") and in English.
  const WordInfo* w = Exact(q + 1);
  if ((w != nullptr && w->num == NumClass::kMultiplier) || IsPunct(q + 1, "%") ||
      IsPunct(q + 1, "٪") || (IsWord(q + 1) && IsLatinWord(Tok(q + 1))) ||
      (In(k - 1) && IsWord(k - 1) && IsLatinWord(Tok(k - 1)))) {
    return true;
  }
  bool percent_words = false;
  for (const Phrase& p : t_.percent_phrases) percent_words |= MatchAfter(p, q + 1).has_value();
  return percent_words;
}

bool Reader::ReadSeparators(uint32_t k, DigitRun& run, Numeral& n) const {
  while (In(run.pos + 1) && T(run.pos + 1).kind == TokenKind::kPunct) {
    if (!Glued(run.pos + 1) || !IsNumber(run.pos + 2) || !Glued(run.pos + 2)) break;
    const SeparatorStep step = ReadSeparator(k, Tok(run.pos + 1), Tok(run.pos + 2), run, n);
    if (step == SeparatorStep::kDone) return true;
    if (step == SeparatorStep::kStop) break;
    run.pos += 2;
  }
  return false;
}

SeparatorStep Reader::ReadSeparator(uint32_t k, std::string_view sep, std::string_view d,
                                    DigitRun& run, Numeral& n) const {
  if (sep == "٬") {
    if (d.size() != 3 || run.decimal) return SeparatorStep::kStop;
    run.int_value = run.int_value * 1000 + DigitsValue(d);
    run.grouped = true;
    return SeparatorStep::kNext;
  }
  if (sep == "," || sep == "،") return ReadComma(d, run, n);
  if (sep == ".") return ReadDot(d, run, n);
  if (sep == "٫") {
    if (run.decimal) return SeparatorStep::kStop;
    SetDecimal(d, run, n);
    return SeparatorStep::kNext;
  }
  if (sep == ":") {
    // A clock time "10:30" is not a count.
    if (run.decimal || run.grouped || d.size() != 2) return SeparatorStep::kStop;
    n = OtherSpan(k, run.pos + 2, run.int_value, n);
    return SeparatorStep::kDone;
  }
  if (sep == "/" || sep == "\u2044") return ReadSlash(k, d, run, n);
  return SeparatorStep::kStop;
}

SeparatorStep Reader::ReadComma(std::string_view d, DigitRun& run, Numeral& n) const {
  if (run.decimal) return SeparatorStep::kStop;
  // "0,234" cannot be grouping: a leading zero makes it a decimal comma.
  const bool zero = run.d0 == "0";
  const bool three = d.size() == 3;
  if (three && !zero && (run.grouped || run.d0.size() <= 3)) {
    run.int_value = run.int_value * 1000 + DigitsValue(d);
    run.grouped = true;
    return SeparatorStep::kNext;
  }
  if (!run.grouped && run.d0.size() <= 3 && (d.size() != 3 || zero)) {
    // "2,5 مليون", "٠,٠٨", "٩,٢٣٢١": a decimal comma (Maghreb, French-influenced text);
    // a group of other than three digits cannot be thousands.
    SetDecimal(d, run, n);
    return SeparatorStep::kNext;
  }
  return SeparatorStep::kStop;  // a list "2023,2024"
}

SeparatorStep Reader::ReadDot(std::string_view d, DigitRun& run, Numeral& n) const {
  if (run.decimal) return SeparatorStep::kStop;
  if (run.marked) {
    // "064.\u200F3": a right-to-left mark inside says the parts are printed reversed
    // (3.064), as the papers that print ر decimals reversed do (decimal_order.tsv).
    run.frac_value = run.int_value / std::pow(10.0, static_cast<double>(run.d0.size()));
    n.frac_digits = static_cast<uint32_t>(run.d0.size());
    run.int_value = DigitsValue(d);
    run.decimal = true;
    n.decimal_order = DecimalOrder::kMark;
    n.decimal_reversed = true;
  } else if (run.dot_groups > 0) {
    run.int_value = run.int_value * 1000 + DigitsValue(d);
    run.grouped = true;
    --run.dot_groups;
  } else {
    SetDecimal(d, run, n);
  }
  return SeparatorStep::kNext;
}

SeparatorStep Reader::ReadSlash(uint32_t k, std::string_view d, DigitRun& run,
                                Numeral& n) const {
  if (run.decimal || run.grouped || run.slash) return SeparatorStep::kStop;
  // "77/100", "11/10": a fraction over a power of ten; "5/11" or "27/5/2024" is a date.
  const double den = DigitsValue(d);
  const bool power_of_ten = d.size() >= 2 && d[0] == '1' &&
                            d.find_first_not_of('0', 1) == std::string_view::npos;
  const bool more = IsPunct(run.pos + 3, "/") && Glued(run.pos + 3);
  if (power_of_ten && !more) {
    run.int_value = run.int_value / den;
    run.slash = true;
    return SeparatorStep::kNext;
  }
  if (!more && run.int_value >= 1 && run.int_value < den && den <= 10 &&
      !IsNumber(run.pos + 3)) {
    // "1/2", "٣/٤ الكمية": a fraction of one.
    n = OtherSpan(k, run.pos + 2, run.int_value / den, n);
    n.kind = NumberKind::kFraction;
    return SeparatorStep::kDone;
  }
  uint32_t q = run.pos + 2;
  while (IsPunct(q + 1, "/") && Glued(q + 1) && IsNumber(q + 2) && Glued(q + 2)) q += 2;
  n = OtherSpan(k, q, run.int_value, n);
  return SeparatorStep::kDone;
}

std::optional<uint32_t> Reader::PhoneEnd(uint32_t k, const DigitRun& run) const {
  // A phone number: "0800 555 0199", "0112345678", or after a phone word ("call 920012345",
  // "هاتف 011 234 5678", "الرقم الموحد 800-124-4444"): digit groups joined by spaces or
  // glued dashes, one number of kind other.
  if (!run.plain() || run.d0.size() < 3) return std::nullopt;
  const auto group_after = [&](uint32_t q) {
    return (IsNumber(q + 1) && !Glued(q + 1)) ||
           (IsPunct(q + 1, "-") && Glued(q + 1) && IsNumber(q + 2) && Glued(q + 2));
  };
  const bool zero = run.d0[0] == '0';
  const bool cue = IsWord(k - 1) && HasRole(k - 1, kRolePhoneCue);
  if (!(zero || cue) || !(run.d0.size() >= 7 || group_after(run.pos))) return std::nullopt;
  uint32_t q = run.pos;
  while (group_after(q)) q += IsNumber(q + 1) ? 1 : 2;
  return q;
}

void Reader::ReadSpaceGroups(DigitRun& run) const {
  // Space grouping "1 414 021": only after 1-3 leading digits and exact 3-digit groups.
  if (!run.plain() || run.d0.size() > 3) return;
  while (IsNumber(run.pos + 1) && !Glued(run.pos + 1) && Tok(run.pos + 1).size() == 3 &&
         !(In(run.pos + 2) && Glued(run.pos + 2) && T(run.pos + 2).kind == TokenKind::kPunct &&
           Tok(run.pos + 2) != "%" && Tok(run.pos + 2) != "٪")) {
    run.int_value = run.int_value * 1000 + DigitsValue(Tok(run.pos + 1));
    run.grouped = true;
    ++run.pos;
  }
}

void Reader::ReadSpokenDecimal(DigitRun& run, Numeral& n) const {
  // "1 فاصلة 5": a spoken decimal point. (A glued "7ر5" was read by ParseRaDigits.)
  if (run.decimal || run.slash || !In(run.pos + 2)) return;
  const WordInfo* w = Exact(run.pos + 1);
  if (w != nullptr && (w->roles & kRoleDecimalWord) && IsNumber(run.pos + 2)) {
    SetDecimal(Tok(run.pos + 2), run, n);
    run.pos += 2;
  }
}

Numeral Reader::FinishDigits(uint32_t k, const DigitRun& run, Numeral n) const {
  const uint32_t pos = run.pos;
  n.end = pos + 1;
  n.begin_byte = T(k).norm_span.begin;
  n.end_byte = T(pos).norm_span.end;
  n.low = n.high = run.int_value + run.frac_value;
  n.plain_int = run.plain();
  n.int_digits = static_cast<uint32_t>(run.d0.size());
  // A phone number: "+1 222 2222".
  if (Glued(k) && IsPunct(k - 1, "+")) {
    uint32_t q = pos;
    while (IsNumber(q + 1) || ((IsPunct(q + 1, "/") || IsPunct(q + 1, "-")) && IsNumber(q + 2))) {
      q += IsNumber(q + 1) ? 1 : 2;
    }
    return OtherSpan(k, q, n.low, n);
  }
  // "the 1950s": a decade, read as a year range.
  if (n.plain_int && n.int_digits == 4 && std::fmod(n.low, 10) == 0 && Glued(n.end)) {
    const WordInfo* suffix = Exact(n.end);
    if (suffix != nullptr && (suffix->roles & kRoleDecadeSuffix)) {
      n.high = n.low + 9;
      n.vague = true;
      n.kind = NumberKind::kYear;
      n.kind_fixed = true;
      return Close(n, n.end + 1);
    }
  }
  ApplyMultiplier(n);
  return n;
}

void Reader::ApplyMultiplier(Numeral& n) const {
  const WordInfo* w = Exact(n.end);
  if (w == nullptr || w->num != NumClass::kMultiplier) return;
  // "10k" is ten thousand, but a spaced "k" is a letter (a list item, a unit).
  if ((w->roles & kRoleGluedOnly) && !Glued(n.end)) return;
  if ((w->roles & kRoleMoneyOnly) && !n.currency && !MillionBeforeNoun(n)) return;
  const double scale = w->value;
  n.low = n.high = RoundToWritten(n.low * scale, n.frac_digits, scale);
  n.has_mult = true;
  n.mult_scale = scale;
  n.plain_int = false;
  n.end_byte = T(n.end).norm_span.end;
  ++n.end;
  // "مليون ونصف": a trailing half of the multiplier.
  if (auto after = AfterWaw(n.end)) {
    const WordInfo* f = NumAt(after->first, after->second);
    if (f != nullptr && f->num == NumClass::kFraction && !f->english) {
      n.low = n.high = n.low + f->value * scale;
      n.end_byte = T(after->first).norm_span.end;
      n.end = after->first + 1;
    }
  }
}

Numeral Reader::OtherSpan(uint32_t k, uint32_t q, double value, Numeral n) const {
  n.end = q + 1;
  n.begin_byte = T(k).norm_span.begin;
  n.end_byte = T(q).norm_span.end;
  n.low = n.high = value;
  n.kind = NumberKind::kOther;
  n.kind_fixed = true;
  return n;
}

Numeral Reader::ParseRaDigits(uint32_t k, Numeral n) const {
  // The parts as printed (logical order): p0 ر p1 [ر p2 ...].
  std::string_view parts[8];
  size_t count = 0;
  uint32_t pos = k;
  parts[count++] = Tok(k);
  while (count < 8 && IsWord(pos + 1) && Glued(pos + 1) && Tok(pos + 1) == "ر" &&
         IsNumber(pos + 2) && Glued(pos + 2)) {
    parts[count++] = Tok(pos + 2);
    pos += 2;
  }
  n.end = pos + 1;
  n.begin_byte = T(k).norm_span.begin;
  n.end_byte = T(pos).norm_span.end;
  const WordInfo* after = Exact(n.end);
  const bool multiplier = after != nullptr && after->num == NumClass::kMultiplier;
  double value = 0;
  bool reversed = outlet_reversed_;
  DecimalOrder basis = outlet_order_;
  if (count > 2 || (parts[0] == "000" && !multiplier)) {
    // "951ر625ر34" = 34,625,951 and "000ر22" = 22,000: thousands groups, least significant
    // printed first.
    for (size_t i = count; i-- > 0;) value = value * 1000 + DigitsValue(parts[i]);
    basis = DecimalOrder::kDigits;
    reversed = true;
  } else {
    const std::string_view a = parts[0], b = parts[1];
    // An integer part cannot start with 0: "064ر3" is 3.064 in any outlet. (A leading zero
    // on the right part is no proof of the written order: "الساعة 47ر09" is 09:47.)
    if (a.size() > 1 && a[0] == '0') {
      reversed = true;
      basis = DecimalOrder::kDigits;
    }
    // With no outlet to go by, the digits may still tell: a reading whose integer part has a
    // leading zero ("9ر05" reversed: 05) or whose fraction part is a lone 0 ("0ر8" reversed:
    // 8.0) is implausible, so the other reading is taken when it is plausible.
    if (basis == DecimalOrder::kAssumed) {
      const auto plausible = [](std::string_view whole, std::string_view fraction) {
        return !(whole.size() > 1 && whole[0] == '0') && fraction != "0";
      };
      const bool reversed_ok = plausible(b, a), written_ok = plausible(a, b);
      if (reversed_ok != written_ok) {
        reversed = reversed_ok;
        basis = DecimalOrder::kDigits;
      }
    }
    const std::string_view whole = reversed ? b : a, fraction = reversed ? a : b;
    n.frac_digits = static_cast<uint32_t>(fraction.size());
    value = DigitsValue(whole) + FractionValue(fraction);
  }
  n.low = n.high = value;
  n.decimal_order = basis;
  n.decimal_reversed = reversed;
  n.int_digits = static_cast<uint32_t>(parts[reversed ? count - 1 : 0].size());
  ApplyMultiplier(n);
  return n;
}

}  // namespace mizan::number_reader
