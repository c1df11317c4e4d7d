// Time: the date of a document and the time each claim refers to.
//
//   TimeLexicon lexicon = TimeLexicon::Load();
//   PublicationDate date = DatePublication(doc, analyzed, mentions, lexicon);
//   ResolveClaimTimes(analyzed, doc.text, date, mentions, lexicon, claims);
//   // "يوم الاثنين" in an article of Wed 2024-10-23 -> 2024-10-21..2024-10-21
//
// Conventions (every interval is closed, ISO dates, "" = open end; P = publication date):
//   weekday "يوم الاثنين", "on Monday"   the latest such day on or before P ("الاثنين
//                                       الماضي"/"last Monday": strictly before P)
//   "بحلول يوم الاثنين", "by Monday"     forward: the next such day on or after P (the day)
//   اليوم / أمس / غدا, today/yesterday   P, P-1, P+1
//   "الأسبوع الماضي", "last week"        the previous Monday-Sunday week
//   "الشهر الماضي", "last month"         the previous calendar month; "last year" likewise
//   "هذا الشهر", "العام الجاري"          the whole current period; "المقبل"/"next" the next
//   "في وقت سابق من هذا الشهر/العام"    first day of the period to P ("earlier this month")
//   "في آذار/ مارس الماضي", "last March" the latest such month before P's month
//   "في فبراير", "in March"               the latest such month on or before P's month
//   "نوفمبر الجاري"                      that month of P's year; "فبراير 2022": that month
//   "27 مايو", "May 27, 2024"             that day (without a year: latest on or before P)
//   "خريف العام الماضي"                  meteorological season of P's year - 1 (autumn =
//                                       Sep-Nov; winter Y = Dec Y - Feb Y+1)
//   "الخريف الماضي", "last autumn"       the latest season that ended before P
//   "منذ أغسطس 2023", "since 2022"        from the start of X to P; also with up to 4 words
//                                       between: "منذ ظهور المرض في 2012" (since the
//                                       outbreak in 2012), whose span then opens at منذ
//   "since 2009, when 73 died"           a number in the when-clause (عندما / عند / حين /
//                                       when, right after a since-expression): X itself
//   "قبل يومين", "two days ago"          the day P-2 (months/years ago: that month/year)
//   "منذ/خلال العامين الماضيين"          P minus the duration, to P
//   "أوائل/منتصف/أواخر X", early/late X  the first/middle/last third of X
//   "حتى X" (until)                      open start to the end of X
// Which expression is a claim's: the first one after the number in its own clause (not past
// a comparison word, "مقارنة"/"compared": that one dates the figure compared with), else
// the nearest one before it in the sentence (usually the one dating the reporting verb,
// "قال ... يوم الاثنين إن ..."), passing over one inside a relative clause that closes
// before the number when another one precedes ("مطلع مايو تحطمت مروحية مثل اللتين سقطتا
// الخميس، مما أدى إلى سقوط 8 قتلى": May, the relative clause's Thursday is the other
// crashes'; time.tsv "relative"), when that one is of the clause the relative clause hangs
// on (no clause break between them); a clause that "و" continues past the comma is not
// closed ("الهجوم الذي وقع في 26 يونيو، وأسفر عن مقتل 26": June 26), nor one the number's own
// relative clause follows; none: from = to = P, from_publication = true. This also
// holds for cumulative counts (killed, deployed): the text rarely says when counting
// began, so the claim is read as the state on P, which overlaps any gold interval that
// runs up to P. A cumulative count whose expression names a recent past day (shorter than a
// week, at most 14 days before P: "15 were killed on Monday") is a running total, true as
// of its report: from = to = P, and TimeRef::event_from/event_to keep the named day.
// Relative expressions in recycled background text are still resolved against P (the
// gold's 001 "Wednesday" is the known miss).
#pragma once

#include <memory>
#include <vector>

#include "core/lexicon.h"
#include "core/model.h"
#include "core/text.h"

namespace mizan {

// Weekdays, months (Arabic, Levantine and English names), relative expressions, from
// core/lexicons/time.tsv.
class TimeLexicon {
 public:
  static TimeLexicon Load();
  // The same with months.tsv already read (Lexicons::Load reads it once for numbers and time).
  static TimeLexicon Load(const std::vector<MonthName>& months);
  struct Tables;
  const Tables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const Tables> tables_;
};

// The document's date: Document::published when it is a valid ISO date, else estimated
// from the text (the latest full date it mentions: "27 مايو 2024", "May 27, 2024",
// "2024-05-27"), marked estimated; "" when there is none.
PublicationDate DatePublication(const Document& doc, const AnalyzedText& text,
                                const std::vector<NumberMention>& mentions,
                                const TimeLexicon& lexicon);

// Fills Claim::time for every claim: its own time expression resolved to an interval,
// or the publication date (from_publication = true) when it has none. Without a
// publication date, relative expressions keep their surface with open ends.
void ResolveClaimTimes(const AnalyzedText& text, std::string_view original,
                       const PublicationDate& published,
                       const std::vector<NumberMention>& mentions,
                       const TimeLexicon& lexicon, std::vector<Claim>& claims);

}  // namespace mizan
