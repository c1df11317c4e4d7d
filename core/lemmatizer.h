// A light, lexicon-checked Arabic (and English) lemmatizer for counted nouns, nationality
// adjectives and predicate verbs. It proposes candidate stems by stripping clitics and
// inflectional suffixes; the caller keeps the first candidate its lexicon knows. Proposing
// and checking (instead of stemming blindly) is what makes جندي / جنديًا / جنديين / والجنود
// land on one entry, where the Snowball Arabic stemmer gives three different stems.
//
//   std::vector<std::string> c = NounCandidates("والجنديين");
//   // {"والجنديين", "الجنديين", "جنديين", ..., "جندي", ...}: least stripped first
//   std::vector<ProcliticSplit> s = SplitProclitics("بالقوات");
//   // {{"", "بالقوات"}, {"ب", "القوات"}, {"بال", "قوات"}}
//
// All inputs and outputs are in the match form (FoldForMatch: ة->ه, ى->ي, no harakat).
// Latin input is lower-cased; English plurals are undone by rule (-ies, -es, -s).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

struct ProcliticSplit {
  std::string prefix;  // the stripped proclitics as written ("", "و", "بال", "لل")
  std::string stem;    // the rest; for "لل" the article is restored ("للجنود" -> "الجنود")
  bool conjunction = false;   // و or ف was stripped
  bool preposition = false;   // ب, ل or ك was stripped
  bool article = false;       // ال was stripped
  bool future = false;        // the future marker سـ was stripped (only with allow_future)
};

// Every way to read `folded_word` as [و|ف] [ب|ل|ك|سـ] [ال] + stem, least stripped first.
// The stem keeps at least two letters. The unsplit word is always the first entry.
// sـ is only proposed when `allow_future` and the stem starts with an imperfect prefix.
std::vector<ProcliticSplit> SplitProclitics(std::string_view folded_word,
                                            bool allow_future = false);

// Candidate lemmas of a noun: proclitics, then tanween alef, dual, sound plural and
// feminine plural/dual endings (ات -> ه, تين -> ه), least stripped first, no duplicates.
// A Latin word yields its lower-case form and its singular by rule.
std::vector<std::string> NounCandidates(std::string_view folded_word);

// One form for a counted noun that no lexicon lists, so that its singular, dual and plural
// agree across articles (scoring blocks on it): Arabic drops a proclitic chain only with the
// article (و/ف + ب/ل/ك + ال, لل), tanween alef (not in -ايا broken plurals), the feminine
// sound plural and dual (ات, تين, تان -> ه) and the masculine sound plural (ين, ون) after a
// nisba (مدنيين -> مدني) or a participle (متهمين -> متهم); broken plurals are the lexicon's
// business (LemmatizeNoun). English is lower-cased and made singular by rule (-ies -> -y,
// -ches/-shes/-xes/-sses, -s) with the few irregular plurals news counts (people, men,
// women, children). Returns "" for an empty word.
//   NormalizeNoun("والسيارات") == "سياره"; NormalizeNoun("Quakes") == "quake"
std::string NormalizeNoun(std::string_view folded_word);

// Candidate masculine-singular forms of a nationality adjective or place word: the word as
// written, without proclitics and ال, then without ـه (feminine), ـا (accusative), ـين/ـون/ـان
// (plural, dual). "الكورية" -> {..., "كوريه", "كوري"}; "Koreans" -> {"koreans", "korean"}.
std::vector<std::string> NisbaCandidates(std::string_view folded_word);

// Candidate citation forms of a verb or verbal noun: proclitics (with the future سـ when
// `allow_future`), object pronouns (ـه ـها ـهم ـهما) and perfect subject suffixes (ـت ـتا ـوا
// ـون ـن). Each candidate says whether the future marker was stripped.
struct VerbCandidate {
  std::string form;
  bool future = false;
};
std::vector<VerbCandidate> VerbCandidates(std::string_view folded_word);

// ---- Proclitics read greedily, for phrase tables
// The one reading of a word's proclitics that the phrase tables use (attribution cues and
// sources, time words, number words): greedy and allocation-free, because it runs on every
// word of a document. SplitProclitics above proposes every reading for the lemmatizer's own
// candidates; this one takes the longest chain of و/ف then ب/ل/ك, where "لل" is ل + the
// article with its alef dropped ("للكرملين" = ل + الكرملين). Each cut leaves at least two
// letters; a word not opening with an Arabic letter has none.
//   CliticSplit s = SplitClitics("وللشهر");  // s.conj == 2, s.prep == 2, s.lam_lam
struct CliticSplit {
  uint8_t conj = 0;      // bytes of و/ف
  uint8_t prep = 0;      // bytes of ب/ل/ك after it (0 or 2)
  bool lam_lam = false;  // the preposition is the first ل of "لل"
};

// Compares bytes directly: و D9 88, ف D9 81, ب D8 A8, ل D9 84, ك D9 83.
[[gnu::always_inline]] inline CliticSplit SplitClitics(std::string_view folded_word) {
  CliticSplit split;
  const auto* p = reinterpret_cast<const unsigned char*>(folded_word.data());
  size_t n = folded_word.size();
  // A stem keeps at least two letters (four bytes) after each cut.
  if (n < 6 || (p[0] != 0xD8 && p[0] != 0xD9)) return split;
  if (p[0] == 0xD9 && (p[1] == 0x88 || p[1] == 0x81)) {
    split.conj = 2;
    p += 2;
    n -= 2;
    if (n < 6) return split;
  }
  const bool lam = p[0] == 0xD9 && p[1] == 0x84;
  if (lam && p[2] == 0xD9 && p[3] == 0x84) {
    split.prep = 2;
    split.lam_lam = true;
  } else if (lam || (p[0] == 0xD8 && p[1] == 0xA8) || (p[0] == 0xD9 && p[1] == 0x83)) {
    split.prep = 2;
  }
  return split;
}

inline bool HasProclitic(std::string_view folded_word) {
  const CliticSplit split = SplitClitics(folded_word);
  return split.conj != 0 || split.prep != 0;
}

// True when `letter` (two bytes) is the conjunction و or ف.
inline bool IsConjunctionLetter(std::string_view letter) {
  return letter.size() == 2 && static_cast<unsigned char>(letter[0]) == 0xD9 &&
         (static_cast<unsigned char>(letter[1]) == 0x88 || static_cast<unsigned char>(letter[1]) == 0x81);
}
// True when `letter` (two bytes) is the preposition ب, ل or ك.
inline bool IsPrepositionLetter(std::string_view letter) {
  if (letter.size() != 2) return false;
  const auto a = static_cast<unsigned char>(letter[0]), b = static_cast<unsigned char>(letter[1]);
  return (a == 0xD8 && b == 0xA8) || (a == 0xD9 && (b == 0x84 || b == 0x83));
}
// True when `prefix` is a whole proclitic chain as a phrase's first word may carry one
// ("وأكثر من", "بنحو", "وبنحو"): و/ف, ب/ل/ك, or و/ف then ب/ل/ك.
inline bool IsProcliticChain(std::string_view prefix) {
  if (prefix.size() == 2) return IsConjunctionLetter(prefix) || IsPrepositionLetter(prefix);
  return prefix.size() == 4 && IsConjunctionLetter(prefix.substr(0, 2)) &&
         IsPrepositionLetter(prefix.substr(2));
}

// One stem a phrase table looks a word up as: the word without its first `prefix_len` bytes
// (the proclitics), with the article's dropped alef put back in front when `restore_alef`
// (after the ل of "لل" the rest is ل + stem: "للشهر" -> ل + "ا" + "لشهر").
struct CliticStem {
  uint8_t prefix_len = 0;
  bool restore_alef = false;
};
constexpr size_t kMaxCliticStems = 4;

// The stems of a word whose split is `split`, least stripped first: the word as written,
// without و/ف, then without ب/ل/ك too; for "لل" with the article's alef restored, and when
// `bare_lam` also without one ل ("للشهر" -> "الشهر", "لشهر"). Returns how many were written.
[[gnu::always_inline]] inline size_t CliticStems(CliticSplit split, bool bare_lam,
                                                 CliticStem (&out)[kMaxCliticStems]) {
  size_t n = 0;
  out[n++] = CliticStem{};
  if (split.conj != 0) out[n++] = CliticStem{split.conj, false};
  if (split.prep != 0) {
    const auto stripped = static_cast<uint8_t>(split.conj + split.prep);
    if (split.lam_lam) out[n++] = CliticStem{stripped, true};
    if (!split.lam_lam || bare_lam) out[n++] = CliticStem{stripped, false};
  }
  return n;
}

// Every byte offset of `folded_word` where a stem SplitProclitics proposes may start: after
// [و|ف] [ب|ل|ك|س] [ال] or [و|ف] لل, without its stem-length and future-tense conditions (so a
// superset, for prefilters that must never miss a reading). The unsplit word's 0 is always
// first unless the word is empty; no offset is written twice. Returns how many were written.
constexpr size_t kMaxProcliticStemStarts = 10;  // 2 conjunctions x (2 prepositions x 2 + لل)
size_t ProcliticStemStarts(std::string_view folded_word, size_t (&out)[kMaxProcliticStemStarts]);

// The inverse of CliticStems, for load-time filters over raw tokens: every token that may
// carry `stem` behind proclitics. The stem, its "لل" form when it starts with "ال" (للشهر),
// each of those preceded by ب/ل/ك, and all of those preceded by و/ف; a superset of the tokens
// whose stems include it (length conditions are not applied).
std::vector<std::string> ProcliticForms(std::string_view stem);

// ---- The same candidates without allocating, for hot paths
// The claim builder reads every word near every number: these append to a reused FormList
// instead of returning new strings, with the same candidates in the same order (a form
// already listed is not added again, so several calls can share one list).
//
//   FormList forms;
//   AppendNisbaCandidates("الكورية", forms);  // forms.Form(forms.size() - 1) == "كوري"
struct CandidateForm {
  uint32_t begin = 0;  // the form's bytes in the list's text
  uint32_t size = 0;
  uint8_t prefix_len = 0;     // bytes of the word read as proclitics
  bool conjunction = false;   // as in ProcliticSplit
  bool preposition = false;
  bool article = false;
  bool future = false;
};

class FormList {
 public:
  void Clear() {
    text_.clear();
    forms_.clear();
  }
  size_t size() const { return forms_.size(); }
  std::string_view Form(size_t i) const {
    return std::string_view(text_.data() + forms_[i].begin, forms_[i].size);
  }
  const CandidateForm& Info(size_t i) const { return forms_[i]; }
  // Appends a + b + c (ASCII lower-cased when `lower`) with the split facts of `info`, unless
  // the form is empty or already listed. The pieces must not view this list's own text.
  void Add(std::string_view a, std::string_view b, std::string_view c, const CandidateForm& info,
           bool lower = false);

 private:
  std::string text_;
  std::vector<CandidateForm> forms_;
};

// SplitProclitics' stems (ASCII lower-cased when `lower`), each with its split.
void AppendProcliticStems(std::string_view folded_word, bool allow_future, bool lower, FormList& out);
void AppendNounCandidates(std::string_view folded_word, FormList& out);
void AppendNisbaCandidates(std::string_view folded_word, FormList& out);
// CandidateForm::future says whether the future marker was stripped.
void AppendVerbCandidates(std::string_view folded_word, FormList& out);

// ASCII lower-casing (the match form keeps Latin case for names).
std::string AsciiLower(std::string_view text);

// True when the word's first byte is ASCII (a Latin word or symbol).
bool IsLatinWord(std::string_view word);

}  // namespace mizan
