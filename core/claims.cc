// The claim builder's driver: BuildClaims reads each quantity, percent or fraction mention
// with a ClaimReader (claim_reader.h lists the files of its parts: the counted noun, the
// predicate, the subject and place) and gives elliptic and listed counts their noun;
// MarkBackgroundEvents ties a past-dated claim to the event noun it recalls.

#include "core/claims.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/claim_reader.h"
#include "core/time_words.h"  // IsClauseBreak

namespace mizan {
namespace claim_reader {

void ClaimReader::Read(Claim& claim) {
  if (m_.kind == NumberKind::kPercent) {
    claim.unit = "percent";
    claim.amount = true;
  } else if (m_.kind == NumberKind::kFraction) {
    claim.unit = "fraction";  // a share of a whole: "نصف الموظفين", "one in four adults"
    claim.amount = true;
  } else {
    FindHead();
  }
  if (head_) {
    claim.head_span = text_.ToOriginal(
        ByteSpan{text_.tokens[head_begin_].norm_span.begin, text_.tokens[head_end_ - 1].norm_span.end});
    if (unit_ != nullptr) {
      claim.unit = unit_->unit;
      claim.amount = unit_->category == UnitCategory::kMoney ||
                     unit_->category == UnitCategory::kMeasure;
    }
  }
  FindPredicate(claim);
  claim.counted = Counted(claim);
  claim.per_unit = FindPerUnit();
  // An amount of money or a share: the noun it measures tells its facts apart
  // ("usd|deficit", "percent|growth"), whatever its predicate ("صفقة بقيمة" cost: a deal's,
  // not a loan's). A price per unit is keyed by day instead.
  const bool money = unit_ != nullptr && unit_->category == UnitCategory::kMoney;
  const bool share = m_.kind == NumberKind::kPercent || m_.kind == NumberKind::kFraction;
  if (!claim.per_unit && !claim.counted.empty() && (money || share)) {
    if (std::string measure = MeasuredNoun(); !measure.empty()) claim.counted += "|" + measure;
  }
  claim.subject = FindSubject();
  claim.increment = FindIncrement();
  claim.forward_looking = claim.forward_looking || FindForward();
  claim.place = FindPlace(claim.predicate);
  if (claim.place.empty()) claim.place = PlaceOfAgent(claim);
  FindIncident(claim);
}

}  // namespace claim_reader

namespace {

// `next` spells out in words the digits of `m` right before it, with nothing but closing
// brackets or quotes between: "(431) أربعمائة وواحداً وثلاثين", "97 سبعة وتسعين".
bool SpelledRepeat(const AnalyzedText& text, const NumberMention& m, const NumberMention& next) {
  if (next.sentence != m.sentence || next.first_token < m.end_token || next.end_token > text.tokens.size()) return false;
  if (text.tokens[m.first_token].kind != TokenKind::kNumber || text.tokens[next.first_token].kind != TokenKind::kWord) {
    return false;
  }
  for (uint32_t k = m.end_token; k < next.first_token; ++k) {
    const std::string_view p = text.TokenText(k);
    if (text.tokens[k].kind != TokenKind::kPunct ||
        !(p == ")" || p == "\xC2\xBB" /* » */ || p == "\"" || p == "\xE2\x80\x9D" /* ” */ || p == "]")) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<Claim> BuildClaims(const std::string& doc_id, std::string_view original,
                               const AnalyzedText& text,
                               const std::vector<NumberMention>& mentions,
                               const ClaimLexicon& lexicon) {
  std::vector<Claim> claims;
  claim_reader::SentenceMatcher matcher(text, lexicon.index());
  for (uint32_t i = 0; i < mentions.size(); ++i) {
    const NumberMention& m = mentions[i];
    if (m.kind != NumberKind::kQuantity && m.kind != NumberKind::kPercent &&
        m.kind != NumberKind::kFraction) {
      continue;
    }
    if (m.sentence >= text.sentences.size() || m.end_token > text.tokens.size()) continue;
    Claim c;
    c.id = doc_id + "#" + std::to_string(claims.size() + 1);
    c.doc = doc_id;
    c.mention = i;
    c.quote = text.ToOriginal(text.sentences[m.sentence].norm_span);
    // "(97) سبعة وتسعين موقوفا": a number spelled out right after its digits repeats it, and
    // what both count follows the words, not the first of them.
    NumberMention read = m;
    if (i + 1 < mentions.size() && SpelledRepeat(text, m, mentions[i + 1])) read.end_token = mentions[i + 1].end_token;
    claim_reader::ClaimReader reader(text, lexicon.tables(), matcher, read);
    reader.Read(c);
    if (reader.elliptic()) {
      // The nearest earlier count of this sentence or the one before names the noun.
      for (size_t k = claims.size(); k-- > 0;) {
        const NumberMention& earlier = mentions[claims[k].mention];
        if (earlier.sentence + 1 < m.sentence) break;
        if (!claims[k].counted.empty() && claims[k].unit != "percent") {
          c.counted = claims[k].counted;
          break;
        }
      }
    }
    if (!c.head_span.empty() && c.head_span.end <= original.size()) {
      c.head_noun = std::string(original.substr(c.head_span.begin, c.head_span.size()));
    }
    claims.push_back(std::move(c));
  }
  claim_reader::CountedFromNeighbours(text, mentions, claims);
  return claims;
}

namespace {

// The event class of an event noun at token `k` (alone or with the next word), or "".
std::string EventNounAt(const AnalyzedText& text, uint32_t k, uint32_t end, const ClaimLexicon::Tables& t) {
  if (text.tokens[k].kind != TokenKind::kWord) return "";
  const std::vector<std::string> forms = NounCandidates(text.TokenText(k));
  if (k + 1 < end && text.tokens[k + 1].kind == TokenKind::kWord) {
    const std::string next = AsciiLower(text.TokenText(k + 1));
    for (const std::string& form : forms) {
      auto two = t.events.find(form + " " + next);
      if (two != t.events.end()) return two->second;
    }
  }
  for (const std::string& form : forms) {
    auto one = t.events.find(form);
    if (one != t.events.end()) return one->second;
  }
  return "";
}

}  // namespace

void MarkBackgroundEvents(const AnalyzedText& text, const std::string& published,
                          const std::vector<NumberMention>& mentions, const ClaimLexicon& lexicon,
                          std::vector<Claim>& claims) {
  constexpr int kBackgroundDays = 7;  // a period ending this long before publication is past
  constexpr uint32_t kNounBefore = 12;  // how far an event noun may stand before the number
  constexpr uint32_t kNounAfter = 6;    // and after it ("21 killed in last year's attack")
  constexpr uint32_t kNounToTime = 4;   // tokens between the event noun and the time expression
  constexpr int kOldDays = 365;  // a running total dated this long before publication is no state of the story's
  const std::optional<CivilDate> pub = ParseIsoDate(published);
  if (!pub) return;
  for (Claim& claim : claims) {
    claim.event.clear();
    if (claim.time.from_publication || claim.time.span.empty() || !claim.time.event_from.empty()) continue;
    if (claim.mention >= mentions.size()) continue;
    const std::optional<CivilDate> from = ParseIsoDate(claim.time.from);
    const std::optional<CivilDate> to = ParseIsoDate(claim.time.to);
    if (!from || !to || YearOf(*from) != YearOf(*to)) continue;
    const auto days_before = (std::chrono::sys_days(*pub) - std::chrono::sys_days(*to)).count();
    if (days_before <= kBackgroundDays) continue;
    // The claim's own time lies in an earlier period than its article's: a figure of that
    // period (a fee, the people aboard, a toll with its event named), not of the story's own
    // event ("دفع 75 مليون يورو الصيف الماضي", "in 2011, floods killed 38").
    const NumberMention& m = mentions[claim.mention];
    if (m.sentence >= text.sentences.size()) continue;
    const Sentence& s = text.sentences[m.sentence];
    // The time expression's tokens: an event noun next to it ("تفجير القديح في مايو
    // الماضي", "an attack last year") names the past event surely; failing that, the
    // nearest event noun around the number does; failing that, the class is "past".
    uint32_t time_first = s.end_token;
    uint32_t time_end = s.first_token;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      const ByteSpan orig = text.ToOriginal(text.tokens[k].norm_span);
      if (orig.begin >= claim.time.span.begin && orig.end <= claim.time.span.end) {
        time_first = std::min(time_first, k);
        time_end = k + 1;
      }
    }
    auto near_time = [&](uint32_t k) {
      if (time_end <= time_first) return false;
      return (k < time_first ? time_first - k : k >= time_end ? k + 1 - time_end : 0) <= kNounToTime;
    };
    const bool is_head = !claim.head_span.empty();
    auto in_head = [&](uint32_t k) {
      const ByteSpan orig = text.ToOriginal(text.tokens[k].norm_span);
      return is_head && orig.begin >= claim.head_span.begin && orig.end <= claim.head_span.end;
    };
    // The nearest event noun: after the number first (it names the number's own event),
    // then before it, nearest first. The counted noun itself is not its event.
    auto nearest_noun = [&](bool by_time) {
      std::string found;
      for (uint32_t k = m.end_token; k < s.end_token && k < m.end_token + kNounAfter && found.empty(); ++k) {
        if (!in_head(k) && (!by_time || near_time(k))) found = EventNounAt(text, k, s.end_token, lexicon.tables());
      }
      const uint32_t before = m.first_token > s.first_token + kNounBefore ? m.first_token - kNounBefore : s.first_token;
      for (uint32_t k = m.first_token; k-- > before && found.empty();) {
        if (!in_head(k) && (!by_time || near_time(k))) found = EventNounAt(text, k, s.end_token, lexicon.tables());
      }
      return found;
    };
    std::string event_class = nearest_noun(true);
    if (event_class.empty()) {
      // Without an event noun at the date, the date must be the number's own: a date before
      // it does not reach across a clause break into a new coordinated clause ("منذ الأزمة
      // المالية عام 2008، وهبط برنت 1.71 دولار", "..., and"), while a fronted date ("خلال العام
      // الماضي، بلغ ...") or an apposition ("بنهاية عام 2014، أو نحو 1.6%") does.
      bool own_date = true;
      for (uint32_t k = time_end; k + 1 < m.first_token && own_date; ++k) {
        if (text.tokens[k].kind != TokenKind::kPunct || !time_words::IsClauseBreak(text.TokenText(k))) continue;
        const std::string_view next = text.TokenText(k + 1);
        own_date = !(next.size() > 2 && next.substr(0, 2) == "\xD9\x88" /* و */) && AsciiLower(next) != "and";
      }
      if (!own_date) continue;
      event_class = nearest_noun(false);
    }
    // A running total (a count under a cumulative predicate: killed, deployed) dated in the
    // past may be an earlier state of the story's own total ("deployed 12,000 troops last
    // autumn"): it is another event's only when an event noun says so, or when it is over a
    // year old. An amount (a fee, a price) is no running total.
    if (event_class.empty() && claim.cumulative && !claim.amount && days_before <= kOldDays) continue;
    const bool one_month = MonthOf(*from) == MonthOf(*to);
    const std::string period = one_month ? claim.time.from.substr(0, 7) : claim.time.from.substr(0, 4);
    // Nothing names the past event: no place either, which articles recalling the same figure
    // often do not share; scoring still splits a block by named places and by magnitude.
    if (event_class.empty()) {
      claim.event = std::string(kPastEventClass) + "|" + period + "|";
      continue;
    }
    claim.event = event_class + "|" + period + "|" + claim.place;
  }
}

}  // namespace mizan
