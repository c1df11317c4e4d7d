#include "core/civil_date.h"

#include <charconv>
#include <cstdio>

namespace mizan {
namespace {

// Parses exactly `digits` ASCII digits at text[at]; -1 when any is not a digit.
int ReadDigits(std::string_view text, size_t at, size_t digits) {
  if (at + digits > text.size()) return -1;
  int value = 0;
  for (size_t i = at; i < at + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// The whole of `text` as an int (a leading '-' allowed); false when it is not one.
bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && p == text.data() + text.size();
}

}  // namespace

std::optional<CivilDate> MakeDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  CivilDate date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                 std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  // A timestamp may follow the date ("2024-10-28T09:00Z"), never more digits.
  if (text.size() > 10 && text[10] >= '0' && text[10] <= '9') return std::nullopt;
  const int year = ReadDigits(text, 0, 4);
  const int month = ReadDigits(text, 5, 2);
  const int day = ReadDigits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return std::nullopt;
  return MakeDate(year, month, day);
}

std::string ToIso(const CivilDate& date) {
  if (!date.ok()) return "";
  const int year = static_cast<int>(date.year());
  if (year >= 0 && year <= 9999) {
    // The common case by hand: this runs twice per claim, and snprintf parses its format
    // every time.
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned day = static_cast<unsigned>(date.day());
    std::string out(10, '-');
    out[0] = static_cast<char>('0' + year / 1000);
    out[1] = static_cast<char>('0' + year / 100 % 10);
    out[2] = static_cast<char>('0' + year / 10 % 10);
    out[3] = static_cast<char>('0' + year % 10);
    out[5] = static_cast<char>('0' + month / 10);
    out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + day / 10);
    out[9] = static_cast<char>('0' + day % 10);
    return out;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

int IsoWeekday(const CivilDate& date) {
  return static_cast<int>(std::chrono::weekday(std::chrono::sys_days(date)).iso_encoding());
}

CivilDate AddDays(const CivilDate& date, int days) {
  return CivilDate(std::chrono::sys_days(date) + std::chrono::days(days));
}

CivilDate AddMonths(const CivilDate& date, int months) {
  const std::chrono::year_month target =
      std::chrono::year_month(date.year(), date.month()) + std::chrono::months(months);
  const std::chrono::day last = std::chrono::year_month_day_last(
      target.year(), std::chrono::month_day_last(target.month())).day();
  return CivilDate(target.year(), target.month(), date.day() > last ? last : date.day());
}

CivilDate AddYears(const CivilDate& date, int years) { return AddMonths(date, 12 * years); }

CivilDate FirstDayOfMonth(int year, int month) {
  return CivilDate(std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                   std::chrono::day(1));
}

CivilDate LastDayOfMonth(int year, int month) {
  return CivilDate(std::chrono::year_month_day_last(
      std::chrono::year(year),
      std::chrono::month_day_last(std::chrono::month(static_cast<unsigned>(month)))));
}

int YearOf(const CivilDate& date) { return static_cast<int>(date.year()); }
int MonthOf(const CivilDate& date) { return static_cast<int>(static_cast<unsigned>(date.month())); }
int DayOf(const CivilDate& date) { return static_cast<int>(static_cast<unsigned>(date.day())); }

std::optional<int64_t> DaysFromIso(std::string_view iso) {
  int y = 0, m = 1, d = 1;
  if (iso.size() < 4 || !ParseInt(iso.substr(0, 4), y)) return std::nullopt;
  if (iso.size() > 4) {
    if (iso.size() < 7 || iso[4] != '-' || !ParseInt(iso.substr(5, 2), m)) return std::nullopt;
  }
  if (iso.size() > 7) {
    if (iso.size() < 10 || iso[7] != '-' || !ParseInt(iso.substr(8, 2), d)) return std::nullopt;
    // Time of day (and anything after) is ignored: day numbers count days.
    if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // From the month's first day, so that a day past the month's end counts on (Feb 30 is
  // March 2) rather than failing as an invalid year_month_day would.
  const std::chrono::sys_days first = FirstDayOfMonth(y, m);
  return static_cast<int64_t>(first.time_since_epoch().count()) + (d - 1);
}

std::string IsoFromDays(int64_t days) {
  return ToIso(CivilDate(std::chrono::sys_days(std::chrono::days(days))));
}

}  // namespace mizan
