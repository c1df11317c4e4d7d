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
