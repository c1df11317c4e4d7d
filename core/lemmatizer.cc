#include "core/lemmatizer.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "core/arabic_letters.h"

namespace mizan {
namespace {

using namespace arabic;  // the letters, as UTF-8 bytes

// Compared with char_traits rather than substr() ==: substr's bounds check keeps GCC from
// inlining these into the lemmatizer's hot loops.
bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && std::char_traits<char>::compare(s.data(), p.data(), p.size()) == 0;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && std::char_traits<char>::compare(s.data() + s.size() - p.size(), p.data(), p.size()) == 0;
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Stripping is only proposed while two letters remain: shorter stems match too much.
constexpr size_t kMinStemLetters = 2;

// A candidate in the making: an optional restored article (`head`) before the rest of the
// word (`body`), so no string is built until the form is kept.
struct Pieces {
  std::string_view head;
  std::string_view body;
};

// True when head + body has at least kMinStemLetters letters; counting stops there.
bool LongEnoughStem(const Pieces& p) {
  size_t letters = 0;
  for (std::string_view part : {p.head, p.body}) {
    for (unsigned char c : part) {
      letters += (c & 0xC0) != 0x80;
      if (letters >= kMinStemLetters) return true;
    }
  }
  return false;
}

// True when head + body ends with `suffix`.
bool EndsWith(const Pieces& p, std::string_view suffix) {
  if (suffix.size() <= p.body.size()) return EndsWith(p.body, suffix);
  const size_t in_head = suffix.size() - p.body.size();
  return suffix.substr(in_head) == p.body && EndsWith(p.head, suffix.substr(0, in_head));
}

// head + body without its last `bytes` bytes (which EndsWith has checked are there).
Pieces WithoutLast(const Pieces& p, size_t bytes) {
  if (bytes <= p.body.size()) return Pieces{p.head, p.body.substr(0, p.body.size() - bytes)};
  return Pieces{p.head.substr(0, p.head.size() + p.body.size() - bytes), {}};
}

// Strips `suffix` and appends `replacement` when the remaining stem is long enough.
void AddWithoutSuffix(FormList& out, const Pieces& word, const CandidateForm& info, std::string_view suffix,
                      std::string_view replacement = {}) {
  if (!EndsWith(word, suffix)) return;
  Pieces stem = WithoutLast(word, suffix.size());
  if (!LongEnoughStem(stem)) return;
  out.Add(stem.head, stem.body, replacement, info);
}

// True when `word` ends with `lower_suffix`, ignoring ASCII case.
bool EndsWithLower(std::string_view word, std::string_view lower_suffix) {
  if (word.size() < lower_suffix.size()) return false;
  const std::string_view end = word.substr(word.size() - lower_suffix.size());
  for (size_t i = 0; i < end.size(); ++i) {
    const char c = end[i] >= 'A' && end[i] <= 'Z' ? static_cast<char>(end[i] - 'A' + 'a') : end[i];
    if (c != lower_suffix[i]) return false;
  }
  return true;
}

void AppendEnglishCandidates(std::string_view w, FormList& out) {
  const CandidateForm plain;
  out.Add(w, {}, {}, plain, /*lower=*/true);
  if (EndsWithLower(w, "ies") && w.size() > 4) out.Add(w.substr(0, w.size() - 3), "y", {}, plain, true);
  if (EndsWithLower(w, "es") && w.size() > 3) out.Add(w.substr(0, w.size() - 2), {}, {}, plain, true);
  if (EndsWithLower(w, "s") && !EndsWithLower(w, "ss") && w.size() > 2) {
    out.Add(w.substr(0, w.size() - 1), {}, {}, plain, true);
  }
}

std::vector<std::string> ToStrings(const FormList& forms) {
  std::vector<std::string> out;
  out.reserve(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) out.emplace_back(forms.Form(i));
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

// True when the word opens with a letter some proclitic (و ف ب ل ك س, the article's ا)
// starts with: most words do not, and have no reading but their own.
bool StartsWithProcliticLetter(std::string_view word) {
  if (word.size() < 2) return false;
  const std::string_view first = word.substr(0, 2);
  return first == kWaw || first == kFa || first == kBa || first == kLam || first == kKaf ||
         first == kSeen || first == kAlef;
}

// Fills `out` (the unsplit word first) and returns how many readings there are, in the
// order SplitProclitics documents.
size_t SplitRefs(std::string_view word, bool allow_future, SplitRef (&out)[kMaxSplits]) {
  size_t n = 0;
  out[n++] = SplitRef{};
  if (IsLatinWord(word) || !StartsWithProcliticLetter(word)) return n;
  // Proclitics are two-byte letters, so a stem's letters are the word's minus half its prefix.
  const size_t word_letters = Letters(word);
  auto add = [&](size_t prefix_len, bool restore, bool conj, bool prep, bool article, bool future) {
    const size_t stem_letters = word_letters - prefix_len / 2 + (restore ? 2 : 0);
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

// The stem of a split as pieces of the word (and the restored article), built nowhere.
Pieces StemPieces(std::string_view word, const SplitRef& split) {
  return Pieces{split.restore_article ? kArticle : std::string_view(), word.substr(split.prefix_len)};
}

CandidateForm InfoOf(const SplitRef& split) {
  CandidateForm info;
  info.prefix_len = split.prefix_len;
  info.conjunction = split.conjunction;
  info.preposition = split.preposition;
  info.article = split.article;
  info.future = split.future;
  return info;
}

}  // namespace

void FormList::Add(std::string_view a, std::string_view b, std::string_view c, const CandidateForm& info,
                   bool lower) {
  const size_t begin = text_.size();
  text_.append(a).append(b).append(c);
  if (text_.size() == begin) return;
  if (lower) {
    for (size_t i = begin; i < text_.size(); ++i) {
      if (text_[i] >= 'A' && text_[i] <= 'Z') text_[i] = static_cast<char>(text_[i] - 'A' + 'a');
    }
  }
  const size_t size = text_.size() - begin;
  for (const CandidateForm& listed : forms_) {
    if (listed.size == size && std::char_traits<char>::compare(text_.data() + listed.begin, text_.data() + begin, size) == 0) {
      text_.resize(begin);
      return;
    }
  }
  CandidateForm kept = info;
  kept.begin = static_cast<uint32_t>(begin);
  kept.size = static_cast<uint32_t>(size);
  forms_.push_back(kept);
}

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

void AppendProcliticStems(std::string_view word, bool allow_future, bool lower, FormList& out) {
  SplitRef refs[kMaxSplits];
  const size_t n = SplitRefs(word, allow_future, refs);
  for (size_t k = 0; k < n; ++k) {
    const Pieces stem = StemPieces(word, refs[k]);
    out.Add(stem.head, stem.body, {}, InfoOf(refs[k]), lower);
  }
}

size_t ProcliticStemStarts(std::string_view word, size_t (&out)[kMaxProcliticStemStarts]) {
  // Letters as two-byte numbers: one integer compare each.
  constexpr uint16_t kWawCode = 0xD988, kFaCode = 0xD981, kBaCode = 0xD8A8, kLamCode = 0xD984,
                     kKafCode = 0xD983, kSeenCode = 0xD8B3, kAlefCode = 0xD8A7;
  // The letter at byte `p`; 0 past the word's end.
  auto letter_at = [&](size_t p) -> uint16_t {
    if (p + 2 > word.size()) return 0;
    return static_cast<uint16_t>(static_cast<unsigned char>(word[p]) << 8 | static_cast<unsigned char>(word[p + 1]));
  };
  size_t count = 0;
  auto add = [&](size_t p) {
    if (p < word.size()) out[count++] = p;
  };
  const uint16_t first = letter_at(0);
  for (size_t conj : {size_t{0}, size_t{2}}) {
    if (conj > 0 && first != kWawCode && first != kFaCode) continue;
    const uint16_t next = letter_at(conj);
    for (size_t prep : {conj, conj + 2}) {
      if (prep > conj && next != kBaCode && next != kLamCode && next != kKafCode && next != kSeenCode) continue;
      add(prep);
      if (letter_at(prep) == kAlefCode && letter_at(prep + 2) == kLamCode) add(prep + 4);  // ال
    }
    if (next == kLamCode && letter_at(conj + 2) == kLamCode) add(conj + 4);  // لل
  }
  return count;
}

std::vector<std::string> ProcliticForms(std::string_view stem) {
  std::vector<std::string> forms = {std::string(stem)};
  if (StartsWith(stem, kArticle)) forms.push_back(std::string(kLam).append(kLam).append(stem.substr(kArticle.size())));
  for (size_t f = 0, bare = forms.size(); f < bare; ++f) {
    for (std::string_view prep : {kBa, kLam, kKaf}) forms.push_back(std::string(prep) + forms[f]);
  }
  for (size_t f = 0, stems = forms.size(); f < stems; ++f) {
    for (std::string_view conj : {kWaw, kFa}) forms.push_back(std::string(conj) + forms[f]);
  }
  return forms;
}

namespace {

// A suffix the noun rules strip, and what takes its place.
struct SuffixRule {
  std::string_view suffix;
  std::string_view replacement;
};

// Each proclitic split of an Arabic `word` as it stands and without each of `rules` (English
// words by the English rules).
template <size_t N>
void AppendStems(std::string_view word, const SuffixRule (&rules)[N], FormList& out) {
  if (IsLatinWord(word)) return AppendEnglishCandidates(word, out);
  SplitRef splits[kMaxSplits];
  const size_t count = SplitRefs(word, /*allow_future=*/false, splits);
  for (size_t k = 0; k < count; ++k) {
    const Pieces s = StemPieces(word, splits[k]);
    const CandidateForm info = InfoOf(splits[k]);
    out.Add(s.head, s.body, {}, info);
    for (const SuffixRule& rule : rules) AddWithoutSuffix(out, s, info, rule.suffix, rule.replacement);
  }
}

}  // namespace

void AppendNounCandidates(std::string_view word, FormList& out) {
  static constexpr SuffixRule kNounSuffixes[] = {
      {"\xD8\xA7", {}},                     // tanween: جنديا
      {"\xD8\xAA\xD9\x8A\xD9\x86", kHa},  // دولتين -> دوله
      {"\xD8\xAA\xD8\xA7\xD9\x86", kHa},  // دولتان -> دوله
      {"\xD8\xA7\xD8\xAA", kHa},          // طلقات -> طلقه
      {"\xD8\xA7\xD8\xAA", {}},           // مسيرات -> مسير
      {"\xD9\x8A\xD9\x86", {}},           // جنديين, مدنيين
      {"\xD8\xA7\xD9\x86", {}},           // جنديان
      {"\xD9\x88\xD9\x86", {}}};          // مدنيون
  AppendStems(word, kNounSuffixes, out);
}

void AppendNisbaCandidates(std::string_view word, FormList& out) {
  static constexpr SuffixRule kNisbaSuffixes[] = {
      {kHa, {}},                            // روسيه -> روسي
      {"\xD8\xA7", {}},                     // روسيا (acc.)
      {"\xD9\x8A\xD9\x86", {}},           // روسيين
      {"\xD9\x88\xD9\x86", {}},           // روسيون
      {"\xD8\xA7\xD9\x86", {}},           // روسيان
      {"\xD8\xAA\xD8\xA7\xD9\x86", kHa},  // تان -> ه
      {"\xD8\xAA\xD9\x8A\xD9\x86", kHa}};  // تين -> ه
  AppendStems(word, kNisbaSuffixes, out);
}

void AppendVerbCandidates(std::string_view word, FormList& out) {
  if (IsLatinWord(word)) return out.Add(word, {}, {}, CandidateForm{}, /*lower=*/true);
  static constexpr std::string_view kPronouns[] = {"", "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD9\x85",
                                                   "\xD9\x87\xD8\xA7", "\xD9\x87"};  // هما هم ها ه
  static constexpr std::string_view kSubjects[] = {"", "\xD8\xAA\xD8\xA7", "\xD9\x88\xD8\xA7",
                                                   "\xD9\x88\xD9\x86", "\xD8\xAA", "\xD9\x86"};  // تا وا ون ت ن
  SplitRef splits[kMaxSplits];
  const size_t count = SplitRefs(word, /*allow_future=*/true, splits);
  for (size_t k = 0; k < count; ++k) {
    const Pieces stem = StemPieces(word, splits[k]);
    const CandidateForm info = InfoOf(splits[k]);
    for (std::string_view pronoun : kPronouns) {
      if (!EndsWith(stem, pronoun)) continue;
      const Pieces base = WithoutLast(stem, pronoun.size());
      for (std::string_view subject : kSubjects) {
        if (!EndsWith(base, subject)) continue;
        const Pieces form = WithoutLast(base, subject.size());
        if (!LongEnoughStem(form)) continue;
        out.Add(form.head, form.body, {}, info);
      }
    }
  }
}

std::vector<std::string> NounCandidates(std::string_view word) {
  FormList forms;
  AppendNounCandidates(word, forms);
  return ToStrings(forms);
}

std::vector<std::string> NisbaCandidates(std::string_view word) {
  FormList forms;
  AppendNisbaCandidates(word, forms);
  return ToStrings(forms);
}

std::vector<VerbCandidate> VerbCandidates(std::string_view word) {
  FormList forms;
  AppendVerbCandidates(word, forms);
  std::vector<VerbCandidate> out;
  out.reserve(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) out.push_back(VerbCandidate{std::string(forms.Form(i)), forms.Info(i).future});
  return out;
}

namespace {

std::string EnglishSingular(std::string_view word) {
  std::string w = AsciiLower(word);
  static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"people", "person"}, {"men", "man"},   {"women", "woman"}, {"children", "child"},
      {"feet", "foot"},     {"teeth", "tooth"}, {"mice", "mouse"}, {"geese", "goose"}};
  for (const auto& [plural, singular] : kIrregular) {
    if (w == plural) return std::string(singular);
    // Compounds end in the irregular noun: "policemen" -> "policeman".
    if (w.size() > plural.size() && EndsWith(w, plural) && (plural == "men" || plural == "women")) {
      return w.substr(0, w.size() - plural.size()) + std::string(singular);
    }
  }
  for (std::string_view invariant : {"news", "series", "species", "means", "headquarters", "data"}) {
    if (w == invariant) return w;
  }
  if (w.size() > 4 && EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  for (std::string_view sibilant : {"sses", "ches", "shes", "xes", "zzes"}) {
    if (w.size() > sibilant.size() + 1 && EndsWith(w, sibilant)) return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

}  // namespace

std::string NormalizeNoun(std::string_view word) {
  if (word.empty()) return "";
  if (IsLatinWord(word)) return EnglishSingular(word);
  std::string_view s = word;
  // Proclitics only before the article: a bare و/ب/ل opens many nouns (وحدة, بلاغ, لوحة).
  {
    std::string_view rest = s;
    if (StartsWith(rest, kWaw) || StartsWith(rest, kFa)) rest.remove_prefix(2);
    if (StartsWith(rest, "\xD9\x84\xD9\x84") && Letters(rest) >= 4) {  // لل = ل + ال
      s = rest.substr(4);
    } else {
      if (StartsWith(rest, kBa) || StartsWith(rest, kLam) || StartsWith(rest, kKaf)) {
        if (StartsWith(rest.substr(2), kArticle)) rest.remove_prefix(2);
      }
      if (StartsWith(rest, kArticle) && Letters(rest) >= 4) s = rest.substr(kArticle.size());
    }
  }
  const size_t letters = Letters(s);
  auto without = [&](size_t suffix_letters) { return s.substr(0, s.size() - 2 * suffix_letters); };
  // Tanween alef (جهازا), not the -ايا of a broken plural (ضحايا, قضايا).
  if (letters >= 4 && EndsWith(s, kAlef) && !EndsWith(s, "\xD8\xA7\xD9\x8A\xD8\xA7")) s = without(1);
  const size_t n = Letters(s);
  std::string out;
  if (n >= 5 && (EndsWith(s, "\xD8\xAA\xD9\x8A\xD9\x86") || EndsWith(s, "\xD8\xAA\xD8\xA7\xD9\x86"))) {
    out.assign(without(3)).append(kHa);  // تين, تان: a feminine dual
    return out;
  }
  if (n >= 4 && EndsWith(s, "\xD8\xA7\xD8\xAA")) {
    out.assign(without(2)).append(kHa);  // ات: a feminine sound plural
    return out;
  }
  if (n >= 5 && (EndsWith(s, "\xD9\x8A\xD9\x86") || EndsWith(s, "\xD9\x88\xD9\x86"))) {
    const std::string_view stem = without(2);
    // Only a nisba (ends in ي) or a participle (مـ, four letters or more) makes a sound
    // plural this way; elsewhere ين/ون belong to the word (قانون, سنين).
    if (Letters(stem) >= 4 && (EndsWith(stem, kYa) || StartsWith(stem, "\xD9\x85"))) return std::string(stem);
  }
  return std::string(s);
}

}  // namespace mizan
