// Civil (proleptic Gregorian) date arithmetic for the time resolver: parse and print ISO
// dates, weekdays, month and season bounds. A thin layer over std::chrono::year_month_day.
//
//   std::optional<CivilDate> d = ParseIsoDate("2024-10-23");   // a Wednesday
//   IsoWeekday(*d) == 3;  ToIso(AddDays(*d, -2)) == "2024-10-21";
//   ToIso(LastDayOfMonth(2024, 2)) == "2024-02-29";
#pragma once

#include <chrono>
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

}  // namespace mizan
