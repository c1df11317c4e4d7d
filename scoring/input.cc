// Building scoring records: from extraction output, or from a structured claims file.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/civil_date.h"
#include "core/json_line.h"
#include "core/lemmatizer.h"
#include "core/numbers.h"
#include "core/text.h"
#include "scoring/interval.h"
#include "scoring/score.h"

namespace mizan {
namespace {

// The hop name attribution gives a reporting verb whose speaker it could not resolve.
constexpr std::string_view kUnknownSpeaker = "unknown_speaker";

// The time of a claim: its own expression's end (or start), else its article's date.
void SetTime(ScoreClaim& out, const TimeRef& time, const std::string& published) {
  const std::string& end = !time.to.empty() ? time.to : time.from;
  std::optional<int64_t> day = DaysFromIso(end);
  out.time_from_publication = time.from_publication;
  if (!day) {
    day = DaysFromIso(published);
    out.time_from_publication = true;
  }
  if (!day) return;
  out.time = *day;
  out.time_label = IsoFromDays(*day);
  if (std::optional<int64_t> start = DaysFromIso(time.from)) {
    out.time_start = *start;
  } else if (time.from.empty() && !time.to.empty()) {
    out.time_start = kNoTime;  // open start: "by Monday", "so far"
  } else {
    out.time_start = *day;
  }
}

// The trading day a price or rate per unit holds for: its own one-day time when that lies
// within a week before its article (a time expression of another part of the sentence,
// "منذ أربعة أشهر", "تسليم سبتمبر", is not the price's day), else its article's day.
int64_t PriceDay(const ScoreClaim& c, const std::string& published) {
  constexpr int64_t kWeek = 7;
  const std::optional<int64_t> article = DaysFromIso(published);
  const bool own_day = !c.time_from_publication && c.time != kNoTime && c.time_start == c.time;
  if (own_day && (!article || (c.time <= *article && *article - c.time <= kWeek))) return c.time;
  return article ? *article : c.time;
}

// The first day of the running period a cumulative count covers (ScoreClaim::period_start):
// its own time expression's start when that is at least four weeks before its article and
// the period runs past the article ("هذا العام", "العام الجاري", "this year"). A past month
// or year ("في أبريل", "last year") may date one incident; a since-period ("منذ 2013",
// "منذ يناير") ends at its article and is as often told with no time expression at all
// (dev1's MERS totals since 2012: keyed, its recall fell from 0.215 to 0.179), so neither is one.
int64_t PeriodStart(const ScoreClaim& c, const std::string& published) {
  constexpr int64_t kLongPeriod = 28;
  const std::optional<int64_t> article = DaysFromIso(published);
  if (!article || !c.cumulative || c.amount || c.time_from_publication || c.time == kNoTime || c.time_start == kNoTime) {
    return kNoTime;
  }
  if (c.time <= *article || *article - c.time_start < kLongPeriod) return kNoTime;
  return c.time_start;
}

std::string FileStem(const std::string& file) {
  std::string stem = file.substr(file.find_last_of('/') + 1);
  const size_t dot = stem.find_last_of('.');
  if (dot != std::string::npos && dot > 0) stem.resize(dot);
  return stem.empty() ? "claims" : stem;
}

// A plain numeric string: optional sign, digits with optional thousands commas in groups
// of three, optional fraction and exponent ("1000230", "1,000,230", "1.2e6", "-3.5").
// nullopt for anything else (the number reader gets those).
std::optional<double> PlainNumber(std::string_view text) {
  // The common case first: 1 to 15 digits, a whole number whose double is exact, which is
  // what from_chars gives for it.
  if (!text.empty() && text.size() <= 15 &&
      std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    int64_t whole = 0;
    for (char ch : text) whole = whole * 10 + (ch - '0');
    return static_cast<double>(whole);
  }
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  std::string digits;
  size_t i = 0;
  if (text[0] == '+' || text[0] == '-') digits += text[i++];
  const size_t int_begin = i;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',')) ++i;
  const std::string_view integer = text.substr(int_begin, i - int_begin);
  if (integer.find(',') != std::string_view::npos) {
    // Commas only as thousands separators: 1-3 digits, then groups of exactly three.
    const size_t first = integer.find(',');
    if (first == 0 || first > 3) return std::nullopt;
    for (size_t g = first; g < integer.size(); g += 4) {
      if (integer[g] != ',' || g + 4 > integer.size()) return std::nullopt;
      for (size_t d = g + 1; d < g + 4; ++d) {
        if (!std::isdigit(static_cast<unsigned char>(integer[d]))) return std::nullopt;
      }
    }
  }
  for (char ch : integer) {
    if (ch != ',') digits += ch;
  }
  digits += text.substr(i);
  double value = 0;
  const char* end = digits.data() + digits.size();
  auto [p, ec] = std::from_chars(digits.data() + (digits[0] == '+'), end, value);
  if (ec != std::errc() || p != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// The number reader's lexicon, loaded once (thread-safe static) on the first text value.
const NumberLexicon& ValueLexicon() {
  static const NumberLexicon lexicon = NumberLexicon::Load();
  return lexicon;
}

// A structured claim's "value", "low" or "high" as people write it: a JSON number, a
// numeric string, or text Mizan's number reader understands ("about 5,000", "more than
// 11,000", "10-12 ألف"), whose qualifier it keeps. nullopt (and `why`) when unreadable:
// not a number or a string, no number in the text, or more than one quantity in it.
std::optional<NumericValue> ReadValueField(const nlohmann::json& field, std::string& why) {
  if (field.is_number()) {
    const double v = field.get<double>();
    return NumericValue{v, v, Qualifier::kExact};
  }
  if (!field.is_string()) {
    why = "must be a number or a string holding one";
    return std::nullopt;
  }
  const std::string& text = field.get_ref<const std::string&>();
  if (std::optional<double> v = PlainNumber(text)) return NumericValue{*v, *v, Qualifier::kExact};
  const AnalyzedText analyzed = AnalyzeText(text);
  const std::vector<NumberMention> mentions = ReadNumbers(analyzed, ValueLexicon());
  const NumberMention* pick = nullptr;
  int quantities = 0, valued = 0;
  for (const NumberMention& m : mentions) {
    if (!m.value.low && !m.value.high) continue;
    ++valued;
    if (m.kind == NumberKind::kQuantity || m.kind == NumberKind::kPercent) {
      ++quantities;
      if (!pick || pick->kind != NumberKind::kQuantity) pick = &m;
    }
  }
  if (!pick && valued == 1) {
    for (const NumberMention& m : mentions) {
      if (m.value.low || m.value.high) pick = &m;
    }
  }
  // At most 40 bytes of the text, cut at a character boundary (the detail stays UTF-8).
  size_t cut = std::min<size_t>(text.size(), 40);
  while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  const std::string shown = cut < text.size() ? text.substr(0, cut) + "..." : text;
  if (!pick) {
    why = "\"" + shown + "\" holds no number Mizan can read";
    return std::nullopt;
  }
  if (quantities > 1) {
    why = "\"" + shown + "\" holds more than one quantity";
    return std::nullopt;
  }
  return pick->value;
}

// The common shape of a structured claim line, read without building a JSON tree: one
// flat object whose keys are among source, object, value, low, high (each at most once),
// whose values are strings without escapes (well-formed UTF-8, no control bytes), plain
// integers of at most 15 digits, or null. Fills `out` and returns true only when the line
// is such a claim and every check of the full reader passes with the same result; false
// for anything else, which the full reader then reads (and diagnoses) as before.
class LightClaimReader {
 public:
  explicit LightClaimReader(std::string_view row) : row_(row) {}

  // `out` is a default ScoreClaim; on false it holds anything and the caller drops it.
  bool Read(std::string_view stem, uint32_t line, ScoreClaim& out) {
    if (!Parse()) return false;
    if (source_.empty() || object_.empty()) return false;  // diagnosed by the full reader
    std::optional<double> read[3];
    for (int f = 0; f < 3; ++f) {
      const Field& field = values_[f];
      if (field.kind == Kind::kNumber) {
        read[f] = field.number;
      } else if (field.kind == Kind::kString) {
        read[f] = PlainNumber(field.text);
        if (!read[f]) return false;  // text for the number reader: the full reader
      }
    }
    const std::optional<double> value = read[0], low = read[1], high = read[2];
    if (!value && !low && !high) return false;
    ScoreClaim& c = out;  // freshly made by the caller, who drops it on false
    // "<stem>#<line>", assigned once: a short id stays in the string's own buffer.
    char number[16];
    const auto [end, ec] = std::to_chars(number, number + sizeof number, line);
    const size_t digits = static_cast<size_t>(end - number);
    if (stem.size() + 1 + digits <= 15) {
      char id[16];
      std::memcpy(id, stem.data(), stem.size());
      id[stem.size()] = '#';
      std::memcpy(id + stem.size() + 1, number, digits);
      c.id.assign(id, stem.size() + 1 + digits);
    } else {
      c.id.reserve(stem.size() + 1 + digits);
      c.id.append(stem).append("#").append(number, digits);
    }
    c.object.assign(object_);
    c.origins.emplace_back(source_);
    c.structured = true;
    if (low || high) c.value.qualifier = Qualifier::kRange;
    c.value.low = low ? low : value;
    c.value.high = high ? high : value;
    if (!c.value.low) c.value.low = c.value.high;
    if (!c.value.high) c.value.high = c.value.low;
    return *c.value.low <= *c.value.high;  // else diagnosed by the full reader
  }

 private:
  enum class Kind : uint8_t { kAbsent, kNull, kString, kNumber };
  struct Field {
    Kind kind = Kind::kAbsent;
    std::string_view text;
    double number = 0;
  };

  // The bytes a string holds as they are and the UTF-8 check skips: 0x20-0x7F but '"'
  // and '\\'.
  static constexpr std::array<bool, 256> kPlainByte = [] {
    std::array<bool, 256> plain{};
    for (int ch = 0x20; ch < 0x80; ++ch) plain[ch] = ch != '"' && ch != '\\';
    return plain;
  }();

  // The hot steps are forced inline: outlined (as GCC chose once the reader grew), each
  // byte of a row paid a call.
  [[gnu::always_inline]] void SkipSpace() {
    // Most calls stand on a byte above ' ' (no JSON space): one test.
    if (at_ < row_.size() && static_cast<unsigned char>(row_[at_]) > ' ') return;
    while (at_ < row_.size() &&
           (row_[at_] == ' ' || row_[at_] == '\t' || row_[at_] == '\n' || row_[at_] == '\r')) {
      ++at_;
    }
  }
  // The high bit of each byte of `w` (little-endian) that is not plain (kPlainByte): from
  // 0x80, below 0x20, '"' or '\\' (a zero byte of w ^ '"' or w ^ '\\'), by the word tests
  // "has a byte less than n" and "has a zero byte". Their borrows run only upward from a
  // byte that is not plain, so the lowest bit set marks the first such byte exactly. (~w
  // stands for ~(w ^ c): the high bits agree, c being below 0x80.)
  static uint64_t NotPlain(uint64_t w) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
    const uint64_t below = (w - kOnes * 0x20) | (quote - kOnes) | (backslash - kOnes);
    return ((below & ~w) | w) & kHigh;
  }
  [[gnu::always_inline]] bool Expect(char ch) {
    SkipSpace();
    if (at_ >= row_.size() || row_[at_] != ch) return false;
    ++at_;
    return true;
  }
  // A string without escapes whose bytes nlohmann accepts as they are.
  [[gnu::always_inline]] bool String(std::string_view& text) {
    if (!Expect('"')) return false;
    const size_t begin = at_;
    // Printable ASCII other than '"' and '\\' first, 8 bytes a step (the row's last bytes
    // one table look-up a byte), up to the first other byte.
    for (uint64_t w; at_ + 8 <= row_.size(); at_ += 8) {
      std::memcpy(&w, row_.data() + at_, 8);
      if (const uint64_t stop = NotPlain(w)) {
        at_ += static_cast<size_t>(__builtin_ctzll(stop)) / 8;
        break;
      }
    }
    while (at_ < row_.size() && kPlainByte[static_cast<unsigned char>(row_[at_])]) ++at_;
    if (at_ < row_.size() && row_[at_] == '"') {  // plain ASCII to the end (the rule)
      text = std::string_view(row_.data() + begin, at_ - begin);
      ++at_;
      return true;
    }
    return StringRest(begin, text);
  }
  // The rest of a string from the first byte that is not plain ASCII (String).
  [[gnu::noinline]] bool StringRest(size_t begin, std::string_view& text) {
    while (at_ < row_.size()) {
      const unsigned char ch = static_cast<unsigned char>(row_[at_]);
      if (ch == '"') {
        text = row_.substr(begin, at_ - begin);
        ++at_;
        return true;
      }
      if (ch < 0x20 || ch == '\\') return false;
      if (ch < 0x80) {
        ++at_;
        continue;
      }
      // Well-formed UTF-8 only (no overlongs, surrogates or code points past U+10FFFF).
      size_t len = 0;
      unsigned char lo = 0x80, hi = 0xBF;
      if (ch >= 0xC2 && ch <= 0xDF) {
        len = 2;
      } else if (ch >= 0xE0 && ch <= 0xEF) {
        len = 3;
        if (ch == 0xE0) lo = 0xA0;
        if (ch == 0xED) hi = 0x9F;
      } else if (ch >= 0xF0 && ch <= 0xF4) {
        len = 4;
        if (ch == 0xF0) lo = 0x90;
        if (ch == 0xF4) hi = 0x8F;
      } else {
        return false;
      }
      if (at_ + len > row_.size()) return false;
      for (size_t k = 1; k < len; ++k) {
        const unsigned char cont = static_cast<unsigned char>(row_[at_ + k]);
        if (cont < (k == 1 ? lo : 0x80) || cont > (k == 1 ? hi : 0xBF)) return false;
      }
      at_ += len;
    }
    return false;
  }
  // A plain integer (-?(0|[1-9][0-9]{0,14})): nlohmann reads it as an integer, whose
  // double is exact.
  bool Integer(double& number) {
    size_t k = at_;
    const bool negative = k < row_.size() && row_[k] == '-';
    if (negative) ++k;
    const size_t digits_begin = k;
    int64_t v = 0;
    while (k < row_.size() && row_[k] >= '0' && row_[k] <= '9') v = v * 10 + (row_[k++] - '0');
    const size_t digits = k - digits_begin;
    if (digits == 0 || digits > 15 || (digits > 1 && row_[digits_begin] == '0')) return false;
    if (k < row_.size() && (row_[k] == '.' || row_[k] == 'e' || row_[k] == 'E')) return false;
    number = static_cast<double>(negative ? -v : v);
    at_ = k;
    return true;
  }
  [[gnu::always_inline]] bool Value(Field& field) {
    SkipSpace();
    if (at_ >= row_.size()) return false;
    if (row_[at_] == '"') {
      field.kind = Kind::kString;
      return String(field.text);
    }
    if (at_ + 4 <= row_.size() && std::memcmp(row_.data() + at_, "null", 4) == 0) {
      at_ += 4;
      field.kind = Kind::kNull;
      return true;
    }
    field.kind = Kind::kNumber;
    return Integer(field.number);
  }
  // value 0, low 1, high 2, source 3, object 4; -1 for any other key.
  static int KeyIndex(std::string_view key) {
    switch (key.size()) {
      case 3: return Is(key, "low") ? 1 : -1;
      case 4: return Is(key, "high") ? 2 : -1;
      case 5: return Is(key, "value") ? 0 : -1;
      case 6: return Is(key, "source") ? 3 : Is(key, "object") ? 4 : -1;
      default: return -1;
    }
  }
  // Whether `key`, of the size of `name`, is `name`.
  template <size_t N>
  static bool Is(std::string_view key, const char (&name)[N]) {
    return std::memcmp(key.data(), name, N - 1) == 0;
  }
  bool Parse() {
    if (!Expect('{')) return false;
    bool seen_source = false, seen_object = false;
    for (bool first = true;; first = false) {
      SkipSpace();
      if (first && at_ < row_.size() && row_[at_] == '}') return false;  // empty object
      std::string_view key;
      if (!String(key) || !Expect(':')) return false;
      Field field;
      if (!Value(field)) return false;
      const int f = KeyIndex(key);
      if (f >= 3) {
        const bool source = f == 3;
        bool& seen = source ? seen_source : seen_object;
        if (seen || field.kind != Kind::kString) return false;
        seen = true;
        (source ? source_ : object_) = field.text;
      } else {
        if (f < 0 || values_[f].kind != Kind::kAbsent) return false;
        values_[f] = field;
        // null is "absent" to the full reader; recorded so that a repeat still goes there.
      }
      SkipSpace();
      if (at_ < row_.size() && row_[at_] == ',') {
        ++at_;
        continue;
      }
      if (!Expect('}')) return false;
      SkipSpace();
      return at_ == row_.size() && seen_source && seen_object;
    }
  }

  std::string_view row_;
  size_t at_ = 0;
  std::string_view source_, object_;
  Field values_[3];
};

// "government, military, ..." for a message about an unknown id.
template <typename Enum>
std::string KnownIds(Enum last) {
  std::string ids;
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    ids += (i == 0 ? "" : ", ") + std::string(ToString(static_cast<Enum>(i)));
  }
  return ids;
}

// The distinctive words of claims' sentences (ScoreClaim::incident_words): a sentence's
// story terms (core/stories.h), numbered batch-wide, kept when they occur in the sentences
// of disputable claims (counts under a predicate) of at most max(2%, 30) of the
// articles that have such claims, the cap story tracking uses for
// a term that tells stories apart (a war's actors, a bulletin's verbs and a country's name
// are in many more), and not the noun of what the claim counts ("عجلات" for vehicles
// counted). Each sentence is read once, however many claims it holds.
class IncidentWords {
 public:
  // Reads the sentence `quote` of `text` (one article, numbered `doc`) for claim `claim`.
  void Read(uint32_t claim, uint32_t doc, const std::string& text, ByteSpan quote) {
    if (quote.empty() || quote.end > text.size()) return;
    if (doc != doc_ || quote != quote_) {
      doc_ = doc;
      quote_ = quote;
      ReadSentence(doc, std::string_view(text).substr(quote.begin, quote.size()));
    }
    claim_sentence_.emplace_back(claim, static_cast<uint32_t>(sentences_.size() - 1));
  }

  // Gives every claim read its distinctive words; `articles` is the number of articles whose
  // claims were read.
  void Assign(std::vector<ScoreClaim>& claims, size_t articles) const {
    const double cap = std::max(kMaxShare * static_cast<double>(articles), kMaxFloor);
    for (const auto& [claim, sentence] : claim_sentence_) {
      ScoreClaim& c = claims[claim];
      c.has_sentence = true;
      const Sentence& s = sentences_[sentence];
      for (const Word& w : s.words) {
        if (df_[w.term] > cap) continue;
        if (!c.counted.empty() && NormalizeNoun(std::string_view(s.folded).substr(w.begin, w.size)) == c.counted) {
          continue;
        }
        c.incident_words.push_back(w.term);
      }
      std::sort(c.incident_words.begin(), c.incident_words.end());
      c.incident_words.erase(std::unique(c.incident_words.begin(), c.incident_words.end()),
                             c.incident_words.end());
    }
  }

 private:
  static constexpr double kMaxShare = 0.02;
  static constexpr double kMaxFloor = 30;
  struct Word {
    uint32_t term, begin, size;  // the word is folded[begin, begin + size)
  };
  struct Sentence {
    std::string folded;
    std::vector<Word> words;
  };

  // The sentence's words by the one tokenizer (core/text.h, as story terms are read):
  // word tokens of its match form; numbers and punctuation are no incident words.
  void ReadSentence(uint32_t doc, std::string_view original) {
    Sentence& s = sentences_.emplace_back();
    AnalyzedText text = AnalyzeText(original);
    for (const Token& token : text.tokens) {
      if (token.kind == TokenKind::kWord) AddWord(doc, s, text.norm, token.norm_span.begin, token.norm_span.size());
    }
    s.folded = std::move(text.norm);
  }

  void AddWord(uint32_t doc, Sentence& s, std::string_view folded, size_t begin, size_t size) {
    const std::string term = StoryTerm(folded.substr(begin, size));
    if (term.empty()) return;
    const auto [it, added] = term_id_.emplace(term, static_cast<uint32_t>(df_.size()));
    if (added) {
      df_.push_back(0);
      last_doc_.push_back(UINT32_MAX);
    }
    const uint32_t id = it->second;
    if (last_doc_[id] != doc) {  // counted once per article
      last_doc_[id] = doc;
      ++df_[id];
    }
    s.words.push_back(Word{id, static_cast<uint32_t>(begin), static_cast<uint32_t>(size)});
  }

  std::unordered_map<std::string, uint32_t> term_id_;
  std::vector<uint32_t> df_, last_doc_;  // per term: articles with it, the last one counted
  std::vector<Sentence> sentences_;
  std::vector<std::pair<uint32_t, uint32_t>> claim_sentence_;  // (claim, sentence)
  uint32_t doc_ = UINT32_MAX;
  ByteSpan quote_;
};

}  // namespace

ScoreInput MakeScoreInput(const std::vector<Document>& documents,
                          const std::vector<Extraction>& extractions,
                          const std::vector<CopyGroup>& copies,
                          const std::vector<Story>& stories) {
  ScoreInput input;
  input.copies = copies;
  input.stories = stories;
  std::map<std::string, std::string> story_of;
  for (const Story& s : stories) {
    for (const std::string& d : s.docs) story_of.emplace(d, s.id);
  }
  std::map<std::string, const Document*> doc_by_id;
  for (const Document& d : documents) doc_by_id.emplace(d.id, &d);
  std::map<std::string, std::string> group_of;
  for (const CopyGroup& g : copies) {
    for (const std::string& d : g.docs) group_of.emplace(d, g.id);
  }
  IncidentWords incident;
  uint32_t articles = 0;
  for (const Extraction& x : extractions) {
    const Document* doc = doc_by_id.count(x.doc) ? doc_by_id[x.doc] : nullptr;
    bool read_any = false;
    DocumentMeta meta{x.doc, doc ? doc->outlet : "", x.published, x.language};
    if (meta.published.date.empty() && doc) meta.published.date = doc->published;
    input.documents.push_back(meta);
    const std::string publisher = meta.outlet.empty() ? "doc:" + x.doc : meta.outlet;
    auto group = group_of.find(x.doc);
    // A document in no story is a story of its own.
    auto found_story = story_of.find(x.doc);
    const std::string story = found_story != story_of.end() ? found_story->second
                              : stories.empty()             ? std::string()
                                                            : "story:" + x.doc;
    for (const Claim& claim : x.claims) {
      if (claim.mention >= x.mentions.size()) continue;
      const NumericValue& value = x.mentions[claim.mention].value;
      if (!value.low && !value.high) continue;
      ScoreClaim c;
      c.id = claim.id;
      c.doc = claim.doc.empty() ? x.doc : claim.doc;
      c.unit = claim.unit;
      c.counted = claim.counted.empty() ? claim.unit : claim.counted;
      c.event = claim.event;
      c.incident = claim.incident;
      c.incident_region = claim.incident_region;
      c.amount = claim.amount;
      c.story = story;
      c.subject = claim.subject;
      c.predicate = claim.predicate;
      c.place = claim.place;
      c.cumulative = claim.cumulative;
      c.casualty = claim.casualty;
      c.forward_looking = claim.forward_looking;
      c.increment = claim.increment;
      c.value = value;
      c.stance = claim.stance;
      SetTime(c, claim.time, meta.published.date);
      if (claim.per_unit) c.price_day = PriceDay(c, meta.published.date);
      c.period_start = PeriodStart(c, meta.published.date);
      // A total of the year so far is its state on the day it is told (its end, December
      // 31, has not come): two days' totals are a growing count, not one moment's dispute.
      if (c.period_start != kNoTime) {
        c.time = *DaysFromIso(meta.published.date);
        c.time_label = IsoFromDays(c.time);
      }
      // Origins: the origin and co-origins. Without them, the outermost credit (a wire
      // the article credits) stands as the origin of the article's own narrative, and
      // without that the publisher does.
      const SourceHop* credit = nullptr;
      for (const SourceHop& hop : claim.attribution) {
        if (hop.role == HopRole::kOrigin || hop.role == HopRole::kCoOrigin) {
          if (c.origins.empty()) c.origin_type = hop.type;
          // A speaker the extractor saw but could not name is that article's own, never one
          // source shared by every article with a missed speaker.
          c.origins.push_back(hop.name == kUnknownSpeaker ? hop.name + ":" + c.doc : hop.name);
        } else {
          credit = &hop;
        }
      }
      if (!c.origins.empty()) {
        for (const SourceHop& hop : claim.attribution) {
          if (hop.role == HopRole::kRelay || hop.role == HopRole::kArticleCredit) {
            ++c.relays;
            c.relay = hop.name;
          }
        }
      } else if (credit) {
        // A wire or outlet the article credits vouches for its own narrative.
        c.origins.push_back(credit->name);
        c.origin_type = credit->type;
      } else {
        c.origins.push_back(publisher);
        c.origin_type = SourceType::kMedia;
        c.unattributed = true;
      }
      std::sort(c.origins.begin(), c.origins.end());
      c.origins.erase(std::unique(c.origins.begin(), c.origins.end()), c.origins.end());
      if (group != group_of.end()) c.copy_group = group->second;
      // Only a claim whose figures may be disputed needs its incident words: a count (not an
      // amount) under a predicate (align_relations.cc, weak_key). Their sentences are also
      // those the frequency is counted over.
      if (doc != nullptr && !c.predicate.empty() && !c.amount) {
        incident.Read(static_cast<uint32_t>(input.claims.size()), articles, doc->text, claim.quote);
        read_any = true;
      }
      input.claims.push_back(std::move(c));
    }
    articles += read_any;
  }
  incident.Assign(input.claims, articles);
  return input;
}

namespace {

// One line the light reader does not take, read through a JSON tree: every check of a
// structured claim, in order, each failure a diagnostic naming the line and the field (the
// first failure skips the line). The stages, one function each: Parse, HasNames,
// ReadValues, SetBounds, ReadCumulative, CheckOrder, ReadSourceType, ReadTime.
class FullLineReader {
 public:
  FullLineReader(const std::string& file, uint32_t line, std::string_view row, size_t row_offset,
                 std::vector<Diagnostic>& diagnostics)
      : file_(file), line_(line), row_(row), row_offset_(row_offset), diagnostics_(diagnostics) {}

  // The claim of the line, or nullopt (and its diagnostics) when it is skipped.
  std::optional<ScoreClaim> Read(const std::string& stem) {
    if (!Parse() || !HasNames()) return std::nullopt;
    const nlohmann::json& j = parsed_.value;
    std::optional<NumericValue> read[3];
    if (!ReadValues(read)) return std::nullopt;
    ScoreClaim c;
    c.id = stem + "#" + std::to_string(line_);
    c.object = j["object"].get<std::string>();
    c.origins.push_back(j["source"].get<std::string>());
    c.structured = true;
    if (!SetBounds(read, c) || !ReadCumulative(c) || !CheckOrder(read, c) ||
        !ReadSourceType(c) || !ReadTime(c)) {
      return std::nullopt;
    }
    return c;
  }

 private:
  // A diagnostic at byte `at` of the row, else where `field` is written, else the row.
  void Report(ErrorCode code, Severity severity, std::string detail, std::string_view field = "",
              size_t at = std::string_view::npos) {
    if (at == std::string_view::npos && !field.empty()) at = JsonKeyOffset(row_, field);
    if (at == std::string_view::npos) at = 0;
    diagnostics_.push_back(Diagnostic{
        .file = file_, .line = line_, .column = static_cast<uint32_t>(at + 1),
        .byte_offset = row_offset_ + at, .doc = "", .code = code, .severity = severity,
        .detail = std::move(detail), .field = std::string(field)});
  }
  // An error that skips the claim; returns false.
  bool Fail(ErrorCode code, std::string detail, std::string_view field = "") {
    Report(code, Severity::kError, std::move(detail), field);
    return false;
  }

  // JSON, an object, and no number too large for a double in a field the claim needs (one
  // in another field is a warning).
  bool Parse() {
    parsed_ = ParseJson(row_);
    if (parsed_.value.is_discarded()) {
      Report(parsed_.invalid_utf8 ? ErrorCode::kInvalidUtf8 : ErrorCode::kMalformedJson,
             Severity::kError, "malformed JSON: " + parsed_.error + "; the line was skipped", "",
             parsed_.error_offset);
      return false;
    }
    if (!parsed_.value.is_object()) {
      return Fail(ErrorCode::kMalformedJson, "line is not a JSON object; it was skipped");
    }
    bool out_of_range = false;
    for (const OutOfRangeNumber& n : parsed_.out_of_range) {
      const bool needed =
          n.field == "value" || n.field == "low" || n.field == "high" || n.field == "time";
      Report(ErrorCode::kNumberOutOfRange, needed ? Severity::kError : Severity::kWarning,
             "\"" + n.field + "\": the number " + n.text +
                 " is out of range for a double (at most about 1.8e308); " +
                 (needed ? "the claim was skipped" : "it was ignored"),
             n.field, n.offset);
      out_of_range = out_of_range || needed;
    }
    return !out_of_range;
  }

  // "source" and "object": present, non-empty strings.
  bool HasNames() {
    const nlohmann::json& j = parsed_.value;
    for (const char* key : {"source", "object"}) {
      auto it = j.find(key);
      if (it == j.end()) return Fail(ErrorCode::kMissingField, std::string("missing \"") + key + "\"", key);
      if (!it->is_string() || it->get<std::string>().empty()) {
        return Fail(ErrorCode::kBadFieldType,
                    std::string("\"") + key + "\" must be a non-empty string", key);
      }
    }
    return true;
  }

  // "value", "low", "high" as people write them (ReadValueField); an unreadable one names
  // its field; at least one of them.
  bool ReadValues(std::optional<NumericValue> (&read)[3]) {
    const nlohmann::json& j = parsed_.value;
    for (int f = 0; f < 3; ++f) {
      auto it = j.find(kValueKeys[f]);
      if (it == j.end() || it->is_null()) continue;
      std::string why;
      read[f] = ReadValueField(*it, why);
      if (!read[f]) {
        return Fail(ErrorCode::kBadFieldType, std::string("\"") + kValueKeys[f] + "\" " + why,
                    kValueKeys[f]);
      }
    }
    if (!Value(read) && !Low(read) && !High(read)) {
      return Fail(ErrorCode::kMissingField, "missing \"value\" (or \"low\"/\"high\")", "value");
    }
    return true;
  }

  static std::optional<double> EndOf(const std::optional<NumericValue>& v, bool upper) {
    if (!v) return std::nullopt;
    return upper ? (v->high ? v->high : v->low) : (v->low ? v->low : v->high);
  }
  static std::optional<double> Value(const std::optional<NumericValue> (&read)[3]) {
    return read[0] ? EndOf(read[0], false) : std::nullopt;
  }
  static std::optional<double> Low(const std::optional<NumericValue> (&read)[3]) {
    return EndOf(read[1], false);
  }
  static std::optional<double> High(const std::optional<NumericValue> (&read)[3]) {
    return EndOf(read[2], true);
  }

  // The qualifier and bounds: a bare "value" is a point; text ("more than 11,000", "10-12
  // ألف") brings its own bounds and qualifier, which explicit "low"/"high"/"qualifier"
  // fields override.
  bool SetBounds(const std::optional<NumericValue> (&read)[3], ScoreClaim& c) {
    const nlohmann::json& j = parsed_.value;
    const std::optional<double> value = Value(read), low = Low(read), high = High(read);
    const bool text_bounds = read[0] && read[0]->qualifier != Qualifier::kExact;
    if (j.contains("qualifier")) {
      std::optional<Qualifier> q;
      if (j["qualifier"].is_string()) q = ParseQualifier(j["qualifier"].get<std::string>());
      if (!q) {
        return Fail(j["qualifier"].is_string() ? ErrorCode::kBadFieldValue : ErrorCode::kBadFieldType,
                    "unknown \"qualifier\" " + j["qualifier"].dump() + " (one of " +
                        KnownIds(Qualifier::kVague) + "); the claim was skipped",
                    "qualifier");
      }
      c.value.qualifier = *q;
    } else if (low || high) {
      c.value.qualifier = Qualifier::kRange;
    } else if (text_bounds) {
      c.value.qualifier = read[0]->qualifier;
    }
    if (text_bounds && !low && !high && c.value.qualifier == read[0]->qualifier) {
      c.value.low = read[0]->low;
      c.value.high = read[0]->high;
      return true;
    }
    switch (c.value.qualifier) {
      case Qualifier::kAtLeast:
      case Qualifier::kMoreThan:
        c.value.low = low ? low : value;
        break;
      case Qualifier::kAtMost:
      case Qualifier::kLessThan:
        c.value.high = high ? high : value;
        break;
      default:
        c.value.low = low ? low : value;
        c.value.high = high ? high : value;
        if (!c.value.low) c.value.low = c.value.high;
        if (!c.value.high) c.value.high = c.value.low;
    }
    return true;
  }

  // "cumulative": true for a count that can only grow.
  bool ReadCumulative(ScoreClaim& c) {
    const nlohmann::json& j = parsed_.value;
    if (!j.contains("cumulative") || j["cumulative"].is_null()) return true;
    if (!j["cumulative"].is_boolean()) {
      return Fail(ErrorCode::kBadFieldType,
                  "\"cumulative\" must be true or false; the claim was skipped", "cumulative");
    }
    c.cumulative = j["cumulative"].get<bool>();
    return true;
  }

  // low <= high.
  bool CheckOrder(const std::optional<NumericValue> (&read)[3], const ScoreClaim& c) {
    if (!c.value.low || !c.value.high || *c.value.low <= *c.value.high) return true;
    const nlohmann::json& j = parsed_.value;
    const char* low_key = Low(read) ? "low" : "value";
    const char* high_key = High(read) ? "high" : "value";
    return Fail(ErrorCode::kBadFieldValue,
                std::string("\"") + low_key + "\" " + j[low_key].dump() + " is greater than \"" +
                    high_key + "\" " + j[high_key].dump() + "; the claim was skipped",
                low_key);
  }

  // "source_type": a model.h id.
  bool ReadSourceType(ScoreClaim& c) {
    const nlohmann::json& j = parsed_.value;
    if (!j.contains("source_type") || j["source_type"].is_null()) return true;
    const nlohmann::json& t = j["source_type"];
    const std::optional<SourceType> type =
        t.is_string() ? ParseSourceType(t.get<std::string>()) : std::nullopt;
    if (!type) {
      return Fail(t.is_string() ? ErrorCode::kBadFieldValue : ErrorCode::kBadFieldType,
                  "unknown \"source_type\" " + t.dump() + " (one of " +
                      KnownIds(SourceType::kUnattributed) + "); the claim was skipped",
                  "source_type");
    }
    c.origin_type = *type;
    return true;
  }

  // "time": an ISO calendar date or a day number.
  bool ReadTime(ScoreClaim& c) {
    const nlohmann::json& j = parsed_.value;
    if (!j.contains("time") || j["time"].is_null()) return true;
    const nlohmann::json& t = j["time"];
    std::optional<int64_t> day;
    if (t.is_string()) {
      // DaysFromIso counts a day past the month's end on (Feb 30 = March 2); a claim's
      // date must be a calendar date.
      const std::string& s = t.get_ref<const std::string&>();
      day = DaysFromIso(s);
      if (day && s.size() >= 10 && !ParseIsoDate(s)) day = std::nullopt;
    }
    // A numeric time is a day number: bounded so that it converts to int64_t exactly.
    if (t.is_number() && std::fabs(t.get<double>()) < 9e15) {
      c.time = c.time_start = static_cast<int64_t>(std::floor(t.get<double>()));
      c.time_label = t.dump();
    } else if (day) {
      c.time = c.time_start = *day;
      c.time_label = IsoFromDays(*day);
    } else {
      return Fail(ErrorCode::kBadDate,
                  "\"time\": " + t.dump() +
                      (t.is_number() ? " is out of range for a day number"
                                     : " is neither an ISO 8601 calendar date (YYYY-MM-DD, "
                                       "YYYY-MM, YYYY) nor a number") +
                      "; the claim was skipped",
                  "time");
    }
    return true;
  }

  static constexpr const char* kValueKeys[3] = {"value", "low", "high"};
  const std::string& file_;
  const uint32_t line_;
  const std::string_view row_;
  const size_t row_offset_;
  std::vector<Diagnostic>& diagnostics_;
  JsonParse parsed_;
};

}  // namespace

ScoreInput ReadStructuredClaims(std::string_view text, const std::string& file,
                                std::vector<Diagnostic>& diagnostics) {
  ScoreInput input;
  const std::string stem = FileStem(file);
  // One record per line at most: no regrowth (a record moves a dozen strings).
  size_t lines = 1;
  if (!text.empty()) {
    const char* end = text.data() + text.size();
    for (const char* at = text.data();
         (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(end - at))));
         ++at) {
      ++lines;
    }
  }
  input.claims.reserve(lines);
  uint32_t line = 0;
  size_t offset = 0;
  while (offset < text.size()) {
    ++line;
    size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(offset, end - offset);
    const size_t row_offset = offset;
    offset = end + 1;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.find_first_not_of(" \t") == std::string_view::npos) continue;
    // The common shape without a JSON tree; anything else (and every diagnostic) through it.
    if (LightClaimReader(row).Read(stem, line, input.claims.emplace_back())) continue;
    input.claims.pop_back();
    std::optional<ScoreClaim> claim =
        FullLineReader(file, line, row, row_offset, diagnostics).Read(stem);
    if (claim) input.claims.push_back(std::move(*claim));
  }
  return input;
}

}  // namespace mizan
