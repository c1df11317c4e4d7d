// What a number counts: the counted noun after (or before) it and its unit of units.tsv
// (FindHead: currency codes and signs, duals, partitives, nationalities, "9 منهم"), a count
// named before the number ("عدد الضحايا", "the death toll"), the counted form of the claim
// (Counted), and the noun listed numbers share (CountedFromNeighbours). Part of the
// ClaimReader (claim_reader.h).

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim_reader.h"

namespace mizan::claim_reader {

void ClaimReader::FindHead() {
  const uint32_t first = m_.first_token;
  const uint32_t end = m_.end_token;
  // A currency code before the amount, glued or not: "USD2,300", "RM45,000", "A$5.1m",
  // "Rs 3 crore", "AUD 2.4 billion" (a capitalised money unit of units.tsv).
  for (uint32_t back = 2; back >= 1; --back) {
    if (first < sentence_begin_ + back) continue;
    const uint32_t i = first - back;
    if (!IsWord(text_, i) || !std::isupper(static_cast<unsigned char>(Text(i)[0]))) continue;
    if (auto u = UnitAt(i, first); u && u.end == first && t_.units[*u.value].category == UnitCategory::kMoney) {
      return SetHead(u.begin, u.end, &t_.units[*u.value]);
    }
  }
  // A currency written with punctuation, glued: "A$5.1m", "US$12.5" before the amount,
  // "150 ر.س" after it (the word matcher reads words only).
  if (first >= sentence_begin_ + 2 && text_.tokens[first - 1].kind == TokenKind::kPunct &&
      text_.tokens[first - 1].glued_to_previous && IsWord(text_, first - 2)) {
    if (const auto* unit = index_.units.Find(FoldKey(std::string(Text(first - 2)) + std::string(Text(first - 1))))) {
      return SetHead(first - 2, first, &t_.units[unit->second]);
    }
  }
  if (end + 2 < text_.tokens.size() && IsWord(text_, end) && text_.tokens[end + 1].kind == TokenKind::kPunct &&
      text_.tokens[end + 1].glued_to_previous && text_.tokens[end + 2].glued_to_previous) {
    const std::string key = FoldKey(std::string(Text(end)) + std::string(Text(end + 1)) + std::string(Text(end + 2)));
    if (const auto* unit = index_.units.Find(key); unit != nullptr && t_.units[unit->second].category == UnitCategory::kMoney) {
      return SetHead(end, end + 3, &t_.units[unit->second]);
    }
  }
  // A currency sign around the numeral: "$5 million", "5$"; or after its sign: "-$3m".
  const uint32_t after_sign =
      first + 1 < end && text_.tokens[first].kind == TokenKind::kPunct ? first + 1 : end;
  for (uint32_t i : {first > sentence_begin_ ? first - 1 : first, after_sign, end}) {
    if (i >= sentence_end_ || text_.tokens[i].kind != TokenKind::kPunct) continue;
    if (const auto* unit = index_.units.Find(Text(i))) return SetHead(i, i + 1, &t_.units[unit->second]);
  }
  // A dual noun that is itself the number ("جنديين").
  for (uint32_t i = first; i < end; ++i) {
    if (auto u = UnitAt(i, end)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
  }
  // A measurement named before the number ("a magnitude 6 quake", "بقوة 6.1 درجة"): the
  // noun after it is the event measured, not a counted thing.
  if (first > sentence_begin_ && IsWord(text_, first - 1) && CueAt(first - 1, CueRole::kMeasureBefore) > 0) {
    measure_ = true;
    const auto* magnitude = index_.units.Find("magnitude");
    return SetHead(first - 1, first, magnitude == nullptr ? nullptr : &t_.units[magnitude->second]);
  }
  uint32_t i = end;
  // A bracket or quote closing around the numeral: "(8) صور", "«63» شخصية".
  while (i + 1 < sentence_end_ && text_.tokens[i].kind == TokenKind::kPunct && IsClosingMark(Text(i))) ++i;
  if (i < sentence_end_ && IsWord(text_, i)) {
    const bool latin = IsLatinWord(Text(i));
    // "وإصابة 20 آخرين", "9 منهم": the noun is an earlier count's.
    if (CueAt(i, CueRole::kOtherNoun) > 0 || CueAt(i, CueRole::kOfThem) > 0 ||
        (!latin && CueAt(i, CueRole::kIncrement) > 0)) {
      elliptic_ = true;
      return;
    }
    // Partitive: "آلاف من الجنود", "thousands of (the) troops".
    if (uint32_t n = CueAt(i, CueRole::kPartitive); n > 0 && IsWord(text_, i + n)) {
      if (uint32_t members = CueAt(i + n, CueRole::kMemberNoun); members > 0 && MembersOfGroup(i + n, members)) return;
      if (latin || Text(i + n).substr(0, 4) == "\xD8\xA7\xD9\x84") {
        i += n;
      } else if (!UnitAt(i, sentence_end_) && PlainNoun(i + n)) {
        // "ستين من رؤساء البلديات": a noun in construct after من is what is counted.
        if (auto u = UnitAt(i + n, sentence_end_)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
        return SetHead(i + n, i + n + 1, nullptr);
      }
    }
    if (latin) {
      // English puts adjectives (nationality, "elite", "more") before the noun.
      for (uint32_t j = i, words = 0; j < sentence_end_ && IsWord(text_, j) && words < kEnglishHeadWindow;
           ++j, ++words) {
        if (auto u = UnitAt(j, sentence_end_)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
      }
    } else if (auto u = UnitAt(i, sentence_end_)) {
      return SetHead(u.begin, u.end, &t_.units[*u.value]);
    }
  }
  // 1 and 2 follow their noun: "جندي واحد", "two soldiers" is handled above.
  const bool one_or_two = m_.value.low && m_.value.low == m_.value.high && *m_.value.low <= 2;
  if (first > sentence_begin_ && one_or_two) {
    if (auto u = UnitAt(first - 1, first)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
  }
  // A nationality used as a noun counts people of that nation: "45 Palestinians", "12 سوريًا".
  if (i < sentence_end_) {
    if (auto p = PlaceAt(i, sentence_end_); p && p.value->kind == PlaceKind::kNisba && !p.flag) {
      const auto* person = index_.units.Find("person");
      head_country_ = p.value->country;
      return SetHead(p.begin, p.end, person == nullptr ? nullptr : &t_.units[person->second]);
    }
  }
  // "تفجير واحد", "بطاقة واحدة": a numeral word one or two agrees with the noun before it,
  // whatever follows ("لمسة واحدة والتحرك").
  if (one_or_two && first > sentence_begin_ && !IsLatinWord(Text(first)) && text_.tokens[first].kind == TokenKind::kWord &&
      PlainNoun(first - 1)) {
    return SetHead(first - 1, first, nullptr);
  }
  // An unknown noun: keep it as written, with no unit class. An English predicate word is
  // no noun ("9 killed and 23 injured"); Arabic nouns read too often as verbs (رحلة, رحله).
  if (i < sentence_end_ && PlainNoun(i) && !(IsLatinWord(Text(i)) && PredicateAt(i, sentence_end_))) {
    return SetHead(i, i + 1, nullptr);
  }
  // "الضحايا الـ3700", "الدول الـ28", "المتهمين الـ29": a number written with the article
  // right after a plural counted noun of the lexicon counts it; after a singular it is a
  // rank ("المركز الـ48", "العضو الـ162").
  if (first >= sentence_begin_ + 2 && IsWord(text_, first - 1) && Text(first - 1) == "\xD8\xA7\xD9\x84" /* ال */ &&
      text_.tokens[first].glued_to_previous && IsWord(text_, first - 2)) {
    if (auto u = UnitAt(first - 2, first - 1); u && u.end == first - 1 && PluralOf(first - 2, t_.units[*u.value])) {
      return SetHead(u.begin, u.end, &t_.units[*u.value]);
    }
  }
  // "رصيد الهلال من البطولات (55)": a bracketed number right after a noun counts it.
  if (first >= sentence_begin_ + 2 && text_.tokens[first - 1].kind == TokenKind::kPunct && Text(first - 1) == "(" &&
      PlainNoun(first - 2)) {
    if (auto u = UnitAt(first - 2, first - 1)) return SetHead(u.begin, u.end, &t_.units[*u.value]);
    return SetHead(first - 2, first - 1, nullptr);
  }
  FindCountBefore();
}

const ClaimReader::CountBefore& ClaimReader::CountNamedBefore() {
  if (count_before_read_) return count_before_;
  count_before_read_ = true;
  const uint32_t first = m_.first_token;
  const uint32_t clause = ClauseStart(first, /*at_punct=*/true, /*at_complementizer=*/false);
  const uint32_t from = std::max(clause, first > kCountWindowBefore ? first - kCountWindowBefore : 0u);
  for (uint32_t j = first; j-- > from;) {
    if (text_.tokens[j].kind == TokenKind::kNumber) break;
    if (!IsWord(text_, j)) continue;
    const auto cue = matcher_.Match(Lex::kCue, index_.cues, j, sentence_end_);
    if (!cue) continue;
    if (*cue.value == CueRole::kDeathToll) {
      count_before_.death_toll = true;
      break;
    }
    if (*cue.value != CueRole::kCountOf) continue;
    uint32_t k = cue.end;
    if (k < first && CueAt(k, CueRole::kPartitive) > 0) ++k;
    if (k >= first || !IsWord(text_, k)) break;
    if (auto u = UnitAt(k, first)) {
      count_before_ = CountBefore{false, u.begin, u.end, &t_.units[*u.value], ""};
    } else if (auto p = PredicateAt(k, first)) {
      count_before_.predicate = p.value->id;  // "the number of injured": people injured
    } else if (PlainNoun(k)) {
      count_before_ = CountBefore{false, k, k + 1, nullptr, ""};
    }
    break;
  }
  return count_before_;
}

// No noun follows the number: the count named before it, if any, says what it counts.
void ClaimReader::FindCountBefore() {
  const CountBefore& c = CountNamedBefore();
  if (c.death_toll) death_toll_ = true;
  if (c.noun_end > c.noun_begin) SetHead(c.noun_begin, c.noun_end, c.unit);
  counted_predicate_ = c.predicate;
}

// The event a count named before the number implies ("عدد الضحايا": killed), or "".
std::string ClaimReader::CountNounPredicate() {
  const CountBefore& c = CountNamedBefore();
  if (c.death_toll) return "killed";
  if (!c.predicate.empty()) return c.predicate;
  return c.unit != nullptr && !c.unit->state ? c.unit->implied_predicate : "";
}

// The predicate the counted noun carries by itself ("50 قتيلا": killed), or "": none, or a
// noun of a state (units.tsv "state": detainees are held, whenever they were arrested).
std::string ClaimReader::ImpliedPredicate() const {
  return unit_ != nullptr && !unit_->state ? unit_->implied_predicate : "";
}

// A word that may be a counted noun: not a function word or other cue, and not a number.
// A single letter is a clitic or an abbreviation standing alone ("و 30", "1436 هـ", "7 ر"),
// never a noun.
bool ClaimReader::PlainNoun(uint32_t i) const {
  if (i >= sentence_end_ || !IsWord(text_, i)) return false;
  const std::string_view w = Text(i);
  const bool latin = IsLatinWord(w);
  if (latin ? w.size() == 1 : w.size() <= 2) return false;
  return !IsFunctionWord(w, latin) && !IsCue(i);
}

// A word of claim_cues.tsv's function_word rows, alone or after و/ف ("وحتى", "فقط").
bool ClaimReader::IsFunctionWord(std::string_view w, bool latin) const {
  if (latin) return index_.function_words.Contains(AsciiLower(w));
  if (index_.function_words.Contains(w)) return true;
  const std::string_view conj = w.substr(0, 2);
  return (conj == "\xD9\x88" || conj == "\xD9\x81") && index_.function_words.Contains(w.substr(2));
}

bool ClaimReader::IsClosingMark(std::string_view p) {
  return p == ")" || p == "\xC2\xBB" /* » */ || p == "\"" || p == "\xE2\x80\x9D" /* ” */ || p == "'" ||
         p == "\xE2\x80\x99" /* ’ */ || p == "]";
}

// What the number counts: the unit class, else the head noun's one form (the lemmatizer's),
// else, with no noun at all, the people a casualty predicate or a death toll counts. An
// elliptic count is left to BuildClaims, which knows the earlier counts.
std::string ClaimReader::Counted(const Claim& claim) const {
  // A people noun that names the event it counts ("471 حالة وفاة" killed, units.tsv's implied
  // predicate) counts the people of that predicate, as "قتل 471 شخصا" does: one fact, one form.
  if (unit_ != nullptr && unit_->category == UnitCategory::kPeople && !claim.predicate.empty() &&
      unit_->implied_predicate == claim.predicate) {
    if (std::string people = PeopleCountedBy(claim.predicate); !people.empty()) return people;
  }
  // A noun that names people only by their part in the event (units.tsv's person column:
  // a suspect, a detainee, a case) counts the people of that event: "431 متهما" and "431
  // موقوفا" arrested, "4 حالات" and "4 أشخاص" infected are one fact, whatever the outlet
  // called them. A group (soldiers, workers, children) stays itself: a part of the whole.
  if (unit_ != nullptr && !claim.predicate.empty() && PersonUnder(*unit_, claim.predicate)) return "person";
  if (!claim.unit.empty()) return claim.unit;
  if (head_) return NormalizeNoun(Text(head_begin_));
  if (death_toll_) return PeopleCountedBy("killed");
  if (!counted_predicate_.empty()) return PeopleCountedBy(counted_predicate_);
  return PeopleCountedBy(claim.predicate);
}

bool ClaimReader::PersonUnder(const ClaimLexicon::UnitEntry& unit, const std::string& predicate) {
  for (const std::string& id : unit.person_under) {
    if (id == "*" || id == predicate) return true;
  }
  return false;
}

// Whether the word at i is a plural of the unit: a sound plural (ـين, ـون, ـات) or a form
// other than the lemma (a broken plural: الدول, الضحايا).
bool ClaimReader::PluralOf(uint32_t i, const ClaimLexicon::UnitEntry& unit) const {
  const std::string_view w = Text(i);
  for (std::string_view end : {"\xD9\x8A\xD9\x86", "\xD9\x88\xD9\x86", "\xD8\xA7\xD8\xAA"}) {
    if (w.size() > end.size() && w.substr(w.size() - end.size()) == end) return true;
  }
  return NormalizeNoun(w) != unit.lemma;
}

// The people a predicate counts when no noun says ("45 were injured", "قتل 15"): the unit of
// the first people noun of units.tsv that carries the predicate by itself (قتيل: person).
std::string ClaimReader::PeopleCountedBy(const std::string& predicate) const {
  if (predicate.empty()) return "";
  for (const ClaimLexicon::UnitEntry& u : t_.units) {
    if (u.category == UnitCategory::kPeople && u.implied_predicate == predicate) return u.unit;
  }
  return "";
}

// A price or rate per unit (Claim::per_unit): money followed by "ل"/"لكل"/"per"/"a" and a
// price denominator of units.tsv ("50 دولارا للبرميل", "$1,100 an ounce", "3.75 ريال
// للدولار"), or points with a market index named before them in the sentence.
bool ClaimReader::FindPerUnit() const {
  if (unit_ == nullptr) return false;
  if (unit_->unit == "point") {
    for (uint32_t j = sentence_begin_; j < m_.first_token; ++j) {
      if (IsWord(text_, j) && CueAt(j, CueRole::kMarketIndex) > 0) return true;
    }
    return false;
  }
  if (unit_->category != UnitCategory::kMoney) return false;
  uint32_t j = AfterQuantity();
  while (j < sentence_end_ && text_.tokens[j].kind == TokenKind::kPunct && IsClosingMark(Text(j))) ++j;
  if (j >= sentence_end_ || !IsWord(text_, j)) return false;
  const std::string_view w = Text(j);
  if (IsLatinWord(w)) {
    const std::string lower = AsciiLower(w);
    return (lower == "a" || lower == "an" || lower == "per") && j + 1 < sentence_end_ && PriceDenominatorAt(j + 1);
  }
  if (w.substr(0, 2) != "\xD9\x84" /* ل */) return false;
  // "لكل برميل": per each.
  if (w == "\xD9\x84\xD9\x83\xD9\x84" /* لكل */) return j + 1 < sentence_end_ && PriceDenominatorAt(j + 1);
  return PriceDenominatorAt(j);
}

// What an amount of money or a share measures (measured_nouns.tsv), or "": the nearest
// measured noun before the number in its clause, skipping verbs, function words, numbers and
// the currency ("عجز الميزانية بلغ 20 مليار", "احتياطيات ... 650 مليار دولار", "VAT at 23%",
// "a deficit of $150 billion"). An Arabic construct names its head first ("عجز الميزانية":
// deficit, "نمو الودائع": growth); English puts it last ("budget deficit") and may name it
// after the amount ("a $150 billion deficit").
std::string ClaimReader::MeasuredNoun() const {
  uint32_t first = m_.first_token;
  if (head_ && head_begin_ < first) first = head_begin_;  // "$150 billion", "USD 2.4 billion"
  const uint32_t clause = ClauseStart(first, /*at_punct=*/true, /*at_complementizer=*/false);
  const uint32_t from = std::max(clause, first > kMeasureWindowBefore ? first - kMeasureWindowBefore : 0u);
  for (uint32_t j = first; j-- > from;) {
    std::string_view measure = MeasureAt(j);
    if (measure.empty()) continue;
    if (!IsLatinWord(Text(j))) {
      while (j > from && !MeasureAt(j - 1).empty()) measure = MeasureAt(--j);
    }
    return std::string(measure);
  }
  // A share of a measured whole named after it: "90 بالمئة من جسدها", "40 في المائة من العجز",
  // "60 percent of the body" (the whole it is a share of).
  if (m_.kind == NumberKind::kPercent || m_.kind == NumberKind::kFraction) {
    if (std::string_view of = ShareOfMeasure(); !of.empty()) return std::string(of);
  }
  // "a $150 billion deficit", "a 5% sales tax": the last of the nouns right after the amount.
  uint32_t j = AfterQuantity();
  std::string_view after;
  for (; j < sentence_end_ && IsWord(text_, j) && IsLatinWord(Text(j)); ++j) {
    std::string_view measure = MeasureAt(j);
    if (measure.empty()) break;
    after = measure;
  }
  return std::string(after);
}

// The measure of the whole a share is of, named right after it ("من"/"of" within
// kShareOfReach tokens of the number, past its percent sign or words and a closing quote,
// then within kShareOfWords words: "من إجمالي الناتج المحلي"), or "".
std::string_view ClaimReader::ShareOfMeasure() const {
  constexpr uint32_t kShareOfReach = 4;  // "80 بالمئة\" من", "40 في المائة من", "60 per cent of"
  constexpr uint32_t kShareOfWords = 2;
  uint32_t j = AfterQuantity();
  for (uint32_t reach = 0;; ++j, ++reach) {
    if (reach == kShareOfReach || j >= sentence_end_ || IsBoundary(j) ||
        text_.tokens[j].kind == TokenKind::kNumber) {
      return {};
    }
    if (!IsWord(text_, j)) continue;
    const std::string_view w = Text(j);
    if (w == "\xD9\x85\xD9\x86" /* من */ || AsciiLower(w) == "of") break;
  }
  uint32_t words = 0;
  for (++j; j < sentence_end_ && words < kShareOfWords && IsWord(text_, j); ++j, ++words) {
    if (std::string_view measure = MeasureAt(j); !measure.empty()) return measure;
    if (std::string_view measure = MeasureOfPossessed(Text(j)); !measure.empty()) return measure;
  }
  return {};
}

// The measure of a noun with a possessive suffix ("جسدها" her body, "ميزانيتها" its budget:
// ـها ـهما ـهم ـه off, a ت before it read as the folded ة), or "": "of its whole" is how a
// share names it.
std::string_view ClaimReader::MeasureOfPossessed(std::string_view word) const {
  constexpr std::string_view kSuffixes[] = {"\xD9\x87\xD9\x85\xD8\xA7" /* هما */, "\xD9\x87\xD8\xA7" /* ها */,
                                            "\xD9\x87\xD9\x85" /* هم */, "\xD9\x87" /* ه */};
  constexpr std::string_view kTa = "\xD8\xAA";          // ت
  constexpr std::string_view kTaMarbuta = "\xD9\x87";   // ة, as FoldForMatch writes it (ه)
  constexpr size_t kMinStem = 4;                        // two Arabic letters
  for (std::string_view suffix : kSuffixes) {
    if (word.size() < suffix.size() + kMinStem || word.substr(word.size() - suffix.size()) != suffix) continue;
    std::string stem(word.substr(0, word.size() - suffix.size()));
    for (int pass = 0; pass < 2; ++pass) {
      for (const std::string& form : NounCandidates(stem)) {
        if (auto it = t_.measured_nouns.find(form); it != t_.measured_nouns.end()) return it->second;
      }
      if (stem.size() < kTa.size() || stem.substr(stem.size() - kTa.size()) != kTa) break;
      stem.replace(stem.size() - kTa.size(), kTa.size(), kTaMarbuta);
    }
    break;  // the longest suffix that ends the word is its suffix
  }
  return {};
}

// The measure of the noun at i (measured_nouns.tsv, read like a counted noun), or "".
std::string_view ClaimReader::MeasureAt(uint32_t i) const {
  if (!IsWord(text_, i)) return {};
  for (const std::string& form : NounCandidates(Text(i))) {
    if (auto it = t_.measured_nouns.find(form); it != t_.measured_nouns.end()) return it->second;
  }
  return {};
}

// The word at i (after its proclitics) is a unit of units.tsv marked as a price denominator.
bool ClaimReader::PriceDenominatorAt(uint32_t i) const {
  if (!IsWord(text_, i)) return false;
  auto u = UnitAt(i, sentence_end_);
  return u && u.begin == i && t_.units[*u.value].price_denominator;
}

// "200 من عناصر قوات الدعم السريع": the count is of the group's members, so the unit is the
// group noun's when it counts people (قوات -> soldier), else the member noun's own (عناصر).
bool ClaimReader::MembersOfGroup(uint32_t member, uint32_t words) {
  if (auto group = UnitAt(member + words, sentence_end_); group && t_.units[*group.value].category == UnitCategory::kPeople) {
    SetHead(group.begin, group.end, &t_.units[*group.value]);
    return true;
  }
  if (auto own = UnitAt(member, sentence_end_)) {
    SetHead(own.begin, own.end, &t_.units[*own.value]);
    return true;
  }
  return false;
}

// A number with nothing counted shares the noun of a number it is listed with: "30 أو 40
// مصحفا", "من 20 إلى 30 شخصا", "3 or 4 parties" (the noun after the later number), and
// "ارتفعت من 40 مليار ريال إلى 120 مليارا" (the earlier number's, same sentence).
void CountedFromNeighbours(const AnalyzedText& text, const std::vector<NumberMention>& mentions,
                           std::vector<Claim>& claims) {
  constexpr uint32_t kListGap = 2;  // tokens between two listed numbers: "أو", "إلى", "-", "or"
  // The noun after the last of listed numbers, back to the first ("8146، 8084، 7896 ريال").
  for (size_t k = claims.size(); k-- > 1;) {
    Claim& earlier = claims[k - 1];
    if (earlier.counted.empty() == claims[k].counted.empty()) continue;
    if (!earlier.counted.empty()) continue;
    const NumberMention& m = mentions[earlier.mention];
    const NumberMention& next = mentions[claims[k].mention];
    bool joined = next.sentence == m.sentence && next.first_token >= m.end_token &&
                  next.first_token - m.end_token <= kListGap;
    for (uint32_t j = m.end_token; joined && j < next.first_token; ++j) {
      const std::string_view t = text.TokenText(j);
      // Only a joiner, never a clause boundary, stands between listed numbers; a comma
      // only directly between two numbers.
      const bool comma = t == "," || t == "\xD8\x8C";
      joined = t != "." && t != ";" && t != ":" && (!comma || next.first_token == m.end_token + 1);
    }
    if (joined) {
      earlier.counted = claims[k].counted;
      earlier.per_unit = claims[k].per_unit;  // "من 50 إلى 53 دولارا للبرميل"
    }
  }
  // A later number with none takes an earlier one's unit class in its sentence.
  for (size_t k = 0; k < claims.size(); ++k) {
    if (!claims[k].counted.empty()) continue;
    const NumberMention& m = mentions[claims[k].mention];
    for (size_t e = k; e-- > 0;) {
      if (mentions[claims[e].mention].sentence != m.sentence) break;
      // Only a unit the lexicon knows carries over a stretch of text (riyal, person): a noun
      // of its own ("حركة جوية ... هوك 65") is too often another thing's.
      if (!claims[e].unit.empty()) {
        claims[k].counted = claims[e].counted;
        break;
      }
    }
  }
}

}  // namespace mizan::claim_reader
