#include "core/lemmatizer.h"

#include <algorithm>

namespace mizan {
namespace {

// Arabic letters in the match form (FoldForMatch folds ة to ه and ى to ي).
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kKaf = "\xD9\x83";         // ك
constexpr std::string_view kSeen = "\xD8\xB3";        // س
constexpr std::string_view kAlef = "\xD8\xA7";        // ا
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kHa = "\xD9\x87";          // ه (also the folded ة)
constexpr std::string_view kYa = "\xD9\x8A";          // ي
constexpr std::string_view kTa = "\xD8\xAA";          // ت
constexpr std::string_view kNun = "\xD9\x86";         // ن

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Stripping is only proposed while two letters remain: shorter stems match too much.
constexpr size_t kMinStemLetters = 2;

void AddUnique(std::vector<std::string>& out, std::string candidate) {
  if (candidate.empty()) return;
  if (std::find(out.begin(), out.end(), candidate) == out.end()) out.push_back(std::move(candidate));
}

// Strips `suffix` and appends `replacement` when the remaining stem is long enough.
void AddWithoutSuffix(std::vector<std::string>& out, std::string_view word, std::string_view suffix,
                      std::string_view replacement = {}) {
  if (!EndsWith(word, suffix)) return;
  std::string_view stem = word.substr(0, word.size() - suffix.size());
  if (Letters(stem) < kMinStemLetters) return;
  AddUnique(out, std::string(stem) + std::string(replacement));
}

std::vector<std::string> EnglishCandidates(std::string_view word) {
  std::vector<std::string> out;
  std::string lower = AsciiLower(word);
  AddUnique(out, lower);
  std::string_view w = lower;
  if (EndsWith(w, "ies") && w.size() > 4) AddUnique(out, std::string(w.substr(0, w.size() - 3)) + "y");
  if (EndsWith(w, "es") && w.size() > 3) AddUnique(out, std::string(w.substr(0, w.size() - 2)));
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && w.size() > 2) {
    AddUnique(out, std::string(w.substr(0, w.size() - 1)));
  }
  return out;
}

}  // namespace

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsLatinWord(std::string_view word) {
  return !word.empty() && static_cast<unsigned char>(word.front()) < 0x80;
}

std::vector<ProcliticSplit> SplitProclitics(std::string_view word, bool allow_future) {
  std::vector<ProcliticSplit> out;
  out.push_back(ProcliticSplit{"", std::string(word)});
  if (IsLatinWord(word)) return out;
  auto add = [&](ProcliticSplit split) {
    if (Letters(split.stem) < kMinStemLetters) return;
    for (const ProcliticSplit& s : out) {
      if (s.prefix == split.prefix && s.stem == split.stem) return;
    }
    out.push_back(std::move(split));
  };
  for (std::string_view conj : {std::string_view(), kWaw, kFa}) {
    if (!StartsWith(word, conj)) continue;
    std::string_view rest1 = word.substr(conj.size());
    // "لل" is ل + ال with the alef dropped: restore the article for the stem.
    if (StartsWith(rest1, std::string(kLam) + std::string(kLam))) {
      std::string_view noun = rest1.substr(2 * kLam.size());
      add(ProcliticSplit{std::string(conj) + "\xD9\x84\xD9\x84", std::string(kArticle) + std::string(noun),
                         !conj.empty(), true, false, false});
      add(ProcliticSplit{std::string(conj) + "\xD9\x84\xD9\x84", std::string(noun), !conj.empty(), true,
                         true, false});
    }
    for (std::string_view prep : {std::string_view(), kBa, kLam, kKaf, kSeen}) {
      if (!StartsWith(rest1, prep)) continue;
      std::string_view rest2 = rest1.substr(prep.size());
      const bool future = prep == kSeen;
      if (future) {
        // The future سـ only stands before an imperfect verb (ي ت ن ا).
        if (!allow_future) continue;
        if (!StartsWith(rest2, kYa) && !StartsWith(rest2, kTa) && !StartsWith(rest2, kNun) &&
            !StartsWith(rest2, kAlef)) {
          continue;
        }
      }
      const bool is_prep = !prep.empty() && !future;
      if (!conj.empty() || !prep.empty()) {
        add(ProcliticSplit{std::string(conj) + std::string(prep), std::string(rest2), !conj.empty(),
                           is_prep, false, future});
      }
      if (!future && StartsWith(rest2, kArticle)) {
        add(ProcliticSplit{std::string(conj) + std::string(prep) + std::string(kArticle),
                           std::string(rest2.substr(kArticle.size())), !conj.empty(), is_prep, true,
                           false});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const ProcliticSplit& a, const ProcliticSplit& b) {
    return a.prefix.size() < b.prefix.size();
  });
  return out;
}

std::vector<std::string> NounCandidates(std::string_view word) {
  if (IsLatinWord(word)) return EnglishCandidates(word);
  std::vector<std::string> out;
  for (const ProcliticSplit& split : SplitProclitics(word)) {
    const std::string& s = split.stem;
    AddUnique(out, s);
    AddWithoutSuffix(out, s, kAlef);                                    // tanween: جنديا
    AddWithoutSuffix(out, s, std::string(kTa) + std::string(kYa) + std::string(kNun), kHa);  // دولتين
    AddWithoutSuffix(out, s, std::string(kTa) + std::string(kAlef) + std::string(kNun), kHa);  // دولتان
    AddWithoutSuffix(out, s, std::string(kAlef) + std::string(kTa), kHa);  // طلقات -> طلقه
    AddWithoutSuffix(out, s, std::string(kAlef) + std::string(kTa));       // مسيرات -> مسير
    AddWithoutSuffix(out, s, std::string(kYa) + std::string(kNun));        // جنديين, مدنيين
    AddWithoutSuffix(out, s, std::string(kAlef) + std::string(kNun));      // جنديان
    AddWithoutSuffix(out, s, std::string(kWaw) + std::string(kNun));       // مدنيون
  }
  return out;
}

std::vector<std::string> NisbaCandidates(std::string_view word) {
  if (IsLatinWord(word)) return EnglishCandidates(word);
  std::vector<std::string> out;
  for (const ProcliticSplit& split : SplitProclitics(word)) {
    const std::string& s = split.stem;
    AddUnique(out, s);
    AddWithoutSuffix(out, s, kHa);                                      // روسيه -> روسي
    AddWithoutSuffix(out, s, kAlef);                                    // روسيا (acc.)
    AddWithoutSuffix(out, s, std::string(kYa) + std::string(kNun));     // روسيين
    AddWithoutSuffix(out, s, std::string(kWaw) + std::string(kNun));    // روسيون
    AddWithoutSuffix(out, s, std::string(kAlef) + std::string(kNun));   // روسيان
    AddWithoutSuffix(out, s, std::string(kTa) + std::string(kAlef) + std::string(kNun), kHa);
    AddWithoutSuffix(out, s, std::string(kTa) + std::string(kYa) + std::string(kNun), kHa);
  }
  return out;
}

std::vector<VerbCandidate> VerbCandidates(std::string_view word) {
  std::vector<VerbCandidate> out;
  auto add = [&](std::string form, bool future) {
    if (form.empty()) return;
    for (const VerbCandidate& c : out) {
      if (c.form == form) return;
    }
    out.push_back(VerbCandidate{std::move(form), future});
  };
  if (IsLatinWord(word)) {
    add(AsciiLower(word), false);
    return out;
  }
  static const std::string kPronouns[] = {"", "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD9\x85",
                                          "\xD9\x87\xD8\xA7", "\xD9\x87"};  // هما هم ها ه
  static const std::string kSubjects[] = {"", "\xD8\xAA\xD8\xA7", "\xD9\x88\xD8\xA7",
                                          "\xD9\x88\xD9\x86", "\xD8\xAA", "\xD9\x86"};  // تا وا ون ت ن
  for (const ProcliticSplit& split : SplitProclitics(word, /*allow_future=*/true)) {
    for (const std::string& pronoun : kPronouns) {
      if (!EndsWith(split.stem, pronoun)) continue;
      std::string_view base = std::string_view(split.stem).substr(0, split.stem.size() - pronoun.size());
      for (const std::string& subject : kSubjects) {
        if (!EndsWith(base, subject)) continue;
        std::string_view form = base.substr(0, base.size() - subject.size());
        if (Letters(form) < kMinStemLetters) continue;
        add(std::string(form), split.future);
      }
    }
  }
  return out;
}

}  // namespace mizan
