// Civil (proleptic Gregorian) date arithmetic, the one place dates are computed: ISO dates
// parsed and printed, weekdays, month and season bounds for the time resolver, and day
// numbers (days since 1970-01-01) for scoring and the reports' timelines. A thin layer over
// std::chrono::year_month_day.
//
//   std::optional<CivilDate> d = ParseIsoDate("2024-10-23");   // a Wednesday
//   IsoWeekday(*d) == 3;  ToIso(AddDays(*d, -2)) == "2024-10-21";
//   ToIso(LastDayOfMonth(2024, 2)) == "2024-02-29";
//   DaysFromIso("2024-10-28") == 20024;  IsoFromDays(20024) == "2024-10-28";
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mizan {

using CivilDate = std::chrono::year_month_day;

// "YYYY-MM-DD" (a longer ISO 8601 timestamp is cut to its date); std::nullopt when the
// text is not a valid calendar date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD"; an invalid date prints as "".
std::string ToIso(const CivilDate& date);

// The date, or std::nullopt when year/month/day do not form a valid date (Feb 30).
std::optional<CivilDate> MakeDate(int year, int month, int day);

// 1 = Monday ... 7 = Sunday.
int IsoWeekday(const CivilDate& date);

CivilDate AddDays(const CivilDate& date, int days);
// Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 = Feb 29).
CivilDate AddMonths(const CivilDate& date, int months);
CivilDate AddYears(const CivilDate& date, int years);

CivilDate FirstDayOfMonth(int year, int month);
CivilDate LastDayOfMonth(int year, int month);

int YearOf(const CivilDate& date);
int MonthOf(const CivilDate& date);
int DayOf(const CivilDate& date);

// Day numbers, days since 1970-01-01, for ordering and distances in days.
// "YYYY-MM-DD" (or "YYYY-MM", "YYYY": the period's first day), optionally followed by a time
// of day after 'T' or ' ' (ignored) -> its day number; std::nullopt when the text is not
// such a date (month outside 1-12, day outside 1-31, anything else after the date). A day
// past its month's end counts on into the next month ("2023-02-30" is March 2).
std::optional<int64_t> DaysFromIso(std::string_view iso);
// A day number -> "YYYY-MM-DD".
std::string IsoFromDays(int64_t days);

}  // namespace mizan
