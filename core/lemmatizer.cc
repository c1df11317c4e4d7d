#include "core/lemmatizer.h"

#include <algorithm>
#include <cstdint>

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

namespace {

// One proclitic reading, kept as a length into the word until the caller wants strings: the
// prefix is always the word's first `prefix_len` bytes, and the stem the rest (with ال put back
// after "لل" when `restore_article`). Building these without allocating keeps the lemmatizer
// cheap on the claim builder's hot path.
struct SplitRef {
  uint8_t prefix_len = 0;
  bool restore_article = false;
  bool conjunction = false;
  bool preposition = false;
  bool article = false;
  bool future = false;
};

// At most 3 conjunction readings x (2 "لل" readings + 5 prepositions x 2): a fixed bound.
constexpr size_t kMaxSplits = 40;

// Fills `out` (the unsplit word first) and returns how many readings there are, in the
// order SplitProclitics documents.
size_t SplitRefs(std::string_view word, bool allow_future, SplitRef (&out)[kMaxSplits]) {
  size_t n = 0;
  out[n++] = SplitRef{};
  if (IsLatinWord(word)) return n;
  auto add = [&](size_t prefix_len, bool restore, bool conj, bool prep, bool article, bool future) {
    const size_t stem_letters = Letters(word.substr(prefix_len)) + (restore ? 2 : 0);
    if (stem_letters < kMinStemLetters) return;
    for (size_t k = 0; k < n; ++k) {
      if (out[k].prefix_len == prefix_len && out[k].restore_article == restore) return;
    }
    if (n < kMaxSplits) {
      out[n++] = SplitRef{static_cast<uint8_t>(prefix_len), restore, conj, prep, article, future};
    }
  };
  for (std::string_view conj : {std::string_view(), kWaw, kFa}) {
    if (!StartsWith(word, conj)) continue;
    std::string_view rest1 = word.substr(conj.size());
    // "لل" is ل + ال with the alef dropped: restore the article for the stem.
    if (StartsWith(rest1, "\xD9\x84\xD9\x84")) {
      const size_t len = conj.size() + 2 * kLam.size();
      add(len, true, !conj.empty(), true, false, false);
      add(len, false, !conj.empty(), true, true, false);
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
      const size_t len = conj.size() + prep.size();
      if (!conj.empty() || !prep.empty()) add(len, false, !conj.empty(), is_prep, false, future);
      if (!future && StartsWith(rest2, kArticle)) {
        add(len + kArticle.size(), false, !conj.empty(), is_prep, true, false);
      }
    }
  }
  // Least stripped first; a stable insertion sort keeps equal lengths in proposal order.
  for (size_t i = 1; i < n; ++i) {
    SplitRef x = out[i];
    size_t j = i;
    for (; j > 0 && out[j - 1].prefix_len > x.prefix_len; --j) out[j] = out[j - 1];
    out[j] = x;
  }
  return n;
}

std::string StemOf(std::string_view word, const SplitRef& split) {
  std::string stem;
  if (split.restore_article) {
    stem.reserve(kArticle.size() + word.size() - split.prefix_len);
    stem.append(kArticle);
  }
  stem.append(word.substr(split.prefix_len));
  return stem;
}

}  // namespace

std::vector<ProcliticSplit> SplitProclitics(std::string_view word, bool allow_future) {
  SplitRef refs[kMaxSplits];
  const size_t n = SplitRefs(word, allow_future, refs);
  std::vector<ProcliticSplit> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) {
    const SplitRef& r = refs[k];
    out.push_back(ProcliticSplit{std::string(word.substr(0, r.prefix_len)), StemOf(word, r), r.conjunction,
                                 r.preposition, r.article, r.future});
  }
  return out;
}

std::vector<std::string> NounCandidates(std::string_view word) {
  if (IsLatinWord(word)) return EnglishCandidates(word);
  std::vector<std::string> out;
  SplitRef splits[kMaxSplits];
  const size_t count = SplitRefs(word, /*allow_future=*/false, splits);
  for (size_t k = 0; k < count; ++k) {
    const std::string s = StemOf(word, splits[k]);
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
  SplitRef splits[kMaxSplits];
  const size_t count = SplitRefs(word, /*allow_future=*/false, splits);
  for (size_t k = 0; k < count; ++k) {
    const std::string s = StemOf(word, splits[k]);
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
