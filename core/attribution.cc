#include "core/attribution.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attribution_match.h"
#include "core/source_phrase.h"

// Where a chain is built: the cues of each sentence, the source each cue names or
// inherits (Attributor::Resolve), and the claim's chain with its credits and stance
// (Attributor::Attribute). The lexicon tables and their matches are in
// attribution_match.h, reading a source phrase in source_phrase.h.

namespace mizan {
namespace attr {
namespace {


// A cue at `token`. Verbs take only و/ف: "لنقل" is "to transfer", not "نقل" (relayed),
// while nouns and prepositions take ب/ل too ("بتقييم", "لتحليل").
Hit<CueEntry> MatchCue(const Context& c, uint32_t token, uint32_t limit) {
  Hit<CueEntry> hit = MatchAt(c, c.tables.cues, token, limit, true);
  if (hit.entry == nullptr) return hit;
  const CueKind kind = hit.entry->payload.kind;
  const bool verb = kind == CueKind::kVerb || kind == CueKind::kRelayVerb ||
                    kind == CueKind::kTold || kind == CueKind::kHearsay ||
                    kind == CueKind::kShows || kind == CueKind::kCredit;
  if (verb && (HasClitic(hit.clitic, kBa) || HasClitic(hit.clitic, kLam) ||
               HasClitic(hit.clitic, kKaf))) {
    return {};
  }
  return hit;
}

// Arabic words the rules compare tokens with, folded once (the text is in match form).
struct FoldedWords {
  std::string an_ba = FoldForMatch("بأن");
  std::string an_ba_plain = FoldForMatch("بان");
  std::string an_prefix = FoldForMatch("ان");
  std::string lam_prefix = FoldForMatch("لـ");
  std::string fiha = FoldForMatch("فيها");
  std::string fihi = FoldForMatch("فيه");
  std::string qad = FoldForMatch("قد");
  std::string an = FoldForMatch("عن");
  std::string fi = FoldForMatch("في");
  std::string yawm = FoldForMatch("يوم");
  std::string the_report = FoldForMatch("التقرير");
  std::string report = FoldForMatch("تقرير");
  std::string preparation = FoldForMatch("إعداد");
  std::string al = FoldForMatch("ال");
};
const FoldedWords& Words() {
  static const FoldedWords words;
  return words;
}

// Words that show a verb has no subject of its own, so it continues the last speaker:
// Arabic "وأضاف أن/إن/:" and English "he said" / "she added".
bool ContinuesSpeaker(const Context& c, uint32_t cue_begin, uint32_t cue_end, uint32_t limit,
                      uint32_t sentence_first) {
  if (IsLatinWord(c.raw[cue_begin])) {
    if (cue_begin == sentence_first) return true;
    const std::string_view w = c.lower[cue_begin - 1];
    return w == "he" || w == "she" || w == "they" || w == "it" || w == "also" ||
           c.IsPunct(cue_begin - 1);
  }
  uint32_t p = cue_end;
  while (p < limit && c.IsPunct(p) && IsComma(c.raw[p])) ++p;
  if (p >= limit || c.IsPunct(p)) return true;  // ":" or a quotation follows
  const std::string_view w = c.lower[p];
  const FoldedWords& words = Words();
  return IsStopWord(w) || IsTimeWord(w) || w == words.an_ba || w == words.fiha ||
         w == words.fihi || w == words.an_ba_plain || w.starts_with(words.an_prefix) ||
         w.starts_with(words.lam_prefix);
}

// Auxiliaries allowed between a preverbal subject and its verb ("قد أكدت", "has said").
bool IsAuxiliary(std::string_view w) {
  return w == Words().qad || w == "has" || w == "have" || w == "had" || w == "was" ||
         w == "were" || w == "is" || w == "are";
}


// ---------------------------------------------------------------------------------------
// Cues in a sentence and the chains they carry.

struct CueHit {
  CueKind kind = CueKind::kVerb;
  Stance stance = Stance::kAsserted;
  uint32_t begin = 0, end = 0;      // the cue's tokens
  uint32_t scope_end = 0;           // last token the cue consumed (cue + its source phrases)
  std::vector<SourceHop> chain;     // origin first
  bool own_source = false;          // named on the cue itself (not inherited)
  bool sentence_final = false;      // its source phrase closes the sentence
  bool outlet_source = false;       // the source is a named outlet or wire
  uint32_t relay_end = 0;           // end of the relay phrases read after the subject
};

// A named person in a sentence: a possible subject for a later cue with none of its own.
// Its chain is built only when a cue inherits it, since few are.
struct PersonMention {
  const SourceEntry* entry = nullptr;
  uint32_t sentence = 0;
  uint32_t token = 0, end = 0;
};

// The last cue that named a speaker, by position in hits_, so that following cues and
// quoted paragraphs can continue its chain without each keeping a copy.
struct SpeakerRef {
  uint32_t sentence = 0;
  uint32_t token = 0;  // the cue's first token
  uint32_t hit = 0;    // index in hits_[sentence]
  bool valid = false;
};

// Source phrases that close the clause before a cue (an auxiliary may come between): the
// first such phrase, and the first that also opens its clause. One scan answers both,
// since the rules fall back from the one to the other; neither is copied.
struct PreverbalSubjects {
  std::optional<SourcePhrase> opener;   // the first that opens its clause
  std::optional<SourcePhrase> earlier;  // the first, when it comes before `opener`
  std::optional<SourcePhrase>& First() { return earlier ? earlier : opener; }
};

// The share of each sentence in an ascending token list (Context::CueStarts, ...).
// Sentences are visited in order, so one cursor walks the list once per document.
class SentenceSlices {
 public:
  explicit SentenceSlices(std::span<const uint32_t> tokens) : tokens_(tokens) {}
  std::span<const uint32_t> Next(const Sentence& sentence) {
    while (begin_ < tokens_.size() && tokens_[begin_] < sentence.first_token) ++begin_;
    size_t end = begin_;
    while (end < tokens_.size() && tokens_[end] < sentence.end_token) ++end;
    return tokens_.subspan(begin_, end - begin_);
  }

 private:
  std::span<const uint32_t> tokens_;
  size_t begin_ = 0;
};

class Attributor {
 public:
  Attributor(const Context& c) : c_(c) {}

  void Run();
  void Attribute(const std::vector<NumberMention>& mentions, std::vector<Claim>& claims) const;

 private:
  std::vector<SourceHop> HopsOf(const SourcePhrase& ph, uint32_t cue_begin, uint32_t cue_end,
                                HopRole role) const;
  std::vector<SourceHop> PersonChain(const PersonMention& person) const;
  // Whether a source phrase may start at `token` (ParseSource's own first test, without
  // the call): the subject searches try every token before a cue.
  bool StartsSource(uint32_t token) const {
    // A capitalized English word may open a name before its head ("Norwegian Refugee Council").
    return c_.IsPunct(token) || !c_.Candidates(c_.tables.sources, token).empty() ||
           (IsLatinWord(c_.raw[token]) && IsCapitalized(c_.raw[token]));
  }
  PreverbalSubjects Preverbal(uint32_t sentence_first, uint32_t cue_begin,
                              bool want_opener) const;
  std::optional<SourcePhrase> NearestBefore(uint32_t sentence_first, uint32_t before) const;
  std::optional<SourcePhrase> AfterFillers(uint32_t from, uint32_t limit, uint32_t* cursor) const;
  std::optional<SourcePhrase> DefiniteAntecedent(uint32_t s, uint32_t cue_begin,
                                                 uint32_t cue_end) const;
  std::vector<SourceHop> Inherit(uint32_t s, uint32_t cue_begin,
                                 const std::vector<CueHit>& so_far) const;
  void AddRelays(uint32_t from, uint32_t limit, uint32_t cue_begin, uint32_t cue_end,
                 CueHit& hit) const;
  std::optional<SourcePhrase> AppositiveSpeaker(uint32_t from, uint32_t limit) const;
  void HeadlineCredit(uint32_t s, std::span<const uint32_t> punctuation, std::vector<CueHit>& hits) const;
  CueHit Resolve(uint32_t s, uint32_t token, const Hit<CueEntry>& cue,
                 const std::vector<CueHit>& so_far) const;
  void FindCredits(uint32_t s, const std::vector<CueHit>& hits,
                   std::span<const uint32_t> punctuation);

  const Context& c_;
  std::vector<std::vector<CueHit>> hits_;   // per sentence
  // Person mentions of sentence s: people_[people_first_[s], people_first_[s + 1]).
  std::vector<PersonMention> people_;
  std::vector<uint32_t> people_first_;
  SpeakerRef last_speaker_;
  // Section credits: from a paragraph on, until the next one.
  std::vector<std::pair<uint32_t, std::vector<SourceHop>>> section_credits_;
  std::vector<SourceHop> article_credits_;
  std::vector<uint32_t> article_credit_sentences_;
  // Per sentence: it opens with a quotation mark or starts inside an open quotation, and
  // the last speaker chain of the sentence (for quoted paragraphs that continue it).
  std::vector<bool> quoted_start_;
  std::vector<int32_t> speaker_of_;  // index in hits_[s], -1 for none
};

std::vector<SourceHop> Attributor::HopsOf(const SourcePhrase& ph, uint32_t cue_begin,
                                          uint32_t cue_end, HopRole role) const {
  std::vector<SourceHop> hops;
  std::vector<Referent> refs = Compose(c_, ph);
  hops.reserve(refs.size());
  for (Referent& r : refs) {
    SourceHop h;
    h.span = c_.Original(r.begin, r.end, r.trim);
    h.surface = c_.Surface(h.span);
    h.name = std::move(r.name);
    h.type = r.type;
    h.role = (role == HopRole::kOrigin && refs.size() > 1) ? HopRole::kCoOrigin : role;
    if (cue_end > cue_begin) {
      h.cue_span = c_.Original(cue_begin, cue_end);
      h.cue = c_.Surface(h.cue_span);
    }
    hops.push_back(std::move(h));
  }
  return hops;
}

std::vector<SourceHop> Attributor::PersonChain(const PersonMention& person) const {
  SourcePhrase ph;
  ph.begin = person.token;
  ph.end = person.end;
  ph.elements.push_back({person.entry, person.token, person.end});
  return HopsOf(ph, 0, 0, HopRole::kOrigin);
}

// Scans from the earliest possible start; stops at the first phrase unless `want_opener`,
// and at the first that opens its clause otherwise.
PreverbalSubjects Attributor::Preverbal(uint32_t sentence_first, uint32_t cue_begin,
                                        bool want_opener) const {
  PreverbalSubjects found;
  uint32_t stop = cue_begin;
  if (stop > sentence_first && IsAuxiliary(c_.lower[stop - 1])) --stop;
  const uint32_t from = cue_begin > sentence_first + 10 ? cue_begin - 10 : sentence_first;
  for (uint32_t j = from; j < stop; ++j) {
    if (!StartsSource(j)) continue;
    std::optional<SourcePhrase> ph = ParseSource(c_, j, stop, true);
    if (!ph || ph->end != stop || !ph->IsSource()) continue;
    if (HasClitic(ph->first_clitic, kBa) || HasClitic(ph->first_clitic, kLam)) continue;
    const bool opener = j == sentence_first || c_.IsPunct(j - 1) ||
                        IsClauseOpener(c_.lower[j - 1]) || !ph->first_clitic.empty();
    if (opener) {
      found.opener = std::move(ph);
      break;
    }
    if (!found.earlier) found.earlier = std::move(ph);
    if (!want_opener) break;
  }
  return found;
}

std::optional<SourcePhrase> Attributor::NearestBefore(uint32_t sentence_first,
                                                      uint32_t before) const {
  const uint32_t from = before > sentence_first + 15 ? before - 15 : sentence_first;
  std::optional<SourcePhrase> best;
  for (uint32_t j = before; j-- > from;) {
    if (!StartsSource(j)) continue;
    std::optional<SourcePhrase> ph = ParseSource(c_, j, before, true);
    if (!ph || !ph->IsSource()) continue;
    // "موالون للكرملين", "بإرسال": a prepositional object is not the owner.
    if (HasClitic(ph->first_clitic, kLam) || HasClitic(ph->first_clitic, kBa)) continue;
    if (best && ph->end < best->end) break;  // no longer covers the nearest phrase
    best = ph;
  }
  return best;
}

std::optional<SourcePhrase> Attributor::AfterFillers(uint32_t from, uint32_t limit,
                                                     uint32_t* cursor) const {
  uint32_t p = from;
  for (int skipped = 0; p < limit && skipped < 4; ++skipped) {
    if (c_.IsPunct(p) && IsQuote(c_.raw[p])) {
      ++p;
      continue;
    }
    Hit<CueEntry> cue = MatchAt(c_, c_.tables.cues, p, limit, true);
    // "حسبما ذكرت X", "بحسب ما أوردته X": fillers and verbs between the cue and its source.
    if (cue.entry != nullptr && (cue.entry->payload.kind == CueKind::kFiller ||
                                 cue.entry->payload.kind == CueKind::kVerb)) {
      p = cue.end;
      continue;
    }
    break;
  }
  // The phrase starts at `p`, or, in English, past up to four unknown modifiers before its
  // head ("according to the national statistics agency INDEC"); they stay out of its surface.
  std::optional<SourcePhrase> ph;
  for (uint32_t q = p; !ph && q < limit && q <= p + 4; ++q) {
    if (q > p && !(c_.IsWord(q - 1) && IsLatinWord(c_.raw[q - 1]))) break;
    ph = ParseSource(c_, q, limit, true);
    if (ph && !ph->IsSource()) ph.reset();
  }
  if (ph) *cursor = ph->end;
  return ph;
}

// A definite description as a verb's subject ("..., the bank said", "وقال البنك إن") that
// is the head noun of a body named earlier in this sentence or the one before ("The World
// Bank approved ...", "البنك الدولي"): the description is that body. English heads end the
// name, Arabic heads start it. The head alone is not a source, so nothing else reads it.
std::optional<SourcePhrase> Attributor::DefiniteAntecedent(uint32_t s, uint32_t cue_begin,
                                                           uint32_t cue_end) const {
  const uint32_t sentence_end = c_.text.sentences[s].end_token;
  const bool latin = IsLatinWord(c_.raw[cue_begin]);
  uint32_t noun = 0;
  if (latin) {
    uint32_t before = cue_begin;
    if (before > 0 && IsAuxiliary(c_.lower[before - 1])) --before;
    if (before < 2 || !c_.IsWord(before - 1) || c_.lower[before - 2] != "the") {
      return std::nullopt;
    }
    noun = before - 1;
  } else {
    if (cue_end >= sentence_end || !c_.IsWord(cue_end) ||
        !c_.lower[cue_end].starts_with(Words().al)) {
      return std::nullopt;
    }
    noun = cue_end;
  }
  if (StartsSource(noun)) return std::nullopt;
  const std::string_view head = c_.lower[noun];
  const uint32_t from = c_.text.sentences[s > 0 ? s - 1 : 0].first_token;
  const std::span<const uint32_t> starts = c_.SourceStarts();
  std::optional<SourcePhrase> found;
  for (auto it = std::lower_bound(starts.begin(), starts.end(), from);
       it != starts.end() && *it < std::min(cue_begin, noun); ++it) {
    for (const Candidate<SourceEntry>& m : c_.Candidates(c_.tables.sources, *it)) {
      const std::vector<std::string>& words = m.entry->words;
      if (m.entry->payload.category != SourceCategory::kOrg || words.size() < 2) continue;
      if ((latin ? words.back() : words.front()) != head) continue;
      SourcePhrase ph;
      ph.begin = *it;
      ph.end = m.end;
      ph.elements.push_back({&m.entry->payload, *it, m.end, m.trim});
      found = std::move(ph);  // the nearest naming wins
      break;
    }
  }
  return found;
}

std::vector<SourceHop> Attributor::Inherit(uint32_t s, uint32_t cue_begin,
                                           const std::vector<CueHit>& so_far) const {
  std::vector<SourceHop> chain;
  for (auto it = so_far.rbegin(); it != so_far.rend(); ++it) {
    if (!it->chain.empty() && it->kind != CueKind::kCredit) {
      chain = it->chain;
      break;
    }
  }
  if (chain.empty()) {
    // A named person mentioned since the last speaker is the likelier subject: "وكان تدخل
    // روته ... . وأضاف أن ...". Only mentions outside reported speech count.
    const PersonMention* person = nullptr;
    for (uint32_t i = people_first_[s]; i < people_first_[s + 1]; ++i) {
      if (people_[i].token < cue_begin) person = &people_[i];
    }
    if (person == nullptr && s > 0 && hits_[s - 1].empty() &&
        people_first_[s] > people_first_[s - 1]) {
      person = &people_[people_first_[s] - 1];
    }
    const bool speaker_recent = last_speaker_.valid && s - last_speaker_.sentence <= 3;
    if (person != nullptr &&
        (!speaker_recent || person->sentence > last_speaker_.sentence ||
         (person->sentence == last_speaker_.sentence && person->token > last_speaker_.token))) {
      chain = PersonChain(*person);
    } else if (speaker_recent) {
      chain = hits_[last_speaker_.sentence][last_speaker_.hit].chain;
    }
  }
  for (SourceHop& h : chain) h.inferred = true;
  return chain;
}

// Hops after a verb's subject: "لصحيفة X" (told), "نقلاً عن Y" (citing), "عن Y" after نقل,
// "في مقابلة مع X". Stops at the complementizer or the number.
void Attributor::AddRelays(uint32_t from, uint32_t limit, uint32_t cue_begin, uint32_t cue_end,
                           CueHit& hit) const {
  uint32_t p = from;
  for (int steps = 0; p < limit && steps < 8; ++steps) {
    const std::string_view w = c_.lower[p];
    const FoldedWords& words = Words();
    if (hit.kind == CueKind::kRelayVerb && w == words.an) {
      if (auto ph = ParseSource(c_, p + 1, limit, false); ph && ph->IsSource()) {
        for (SourceHop& h : hit.chain) h.role = HopRole::kRelay;
        std::vector<SourceHop> origin = HopsOf(*ph, cue_begin, cue_end, HopRole::kOrigin);
        hit.chain.insert(hit.chain.begin(), origin.begin(), origin.end());
        p = ph->end;
        hit.relay_end = p;
        continue;
      }
    }
    if (c_.text.tokens[p].kind == TokenKind::kNumber || w == ":" || IsStopWord(w)) {
      if (!(w == words.fi || w == words.yawm)) break;
    }
    Hit<CueEntry> cue = MatchAt(c_, c_.tables.cues, p, limit, true);
    if (cue.entry != nullptr) {
      const CueKind kind = cue.entry->payload.kind;
      if (kind == CueKind::kCiting) {
        uint32_t cursor = cue.end;
        if (auto ph = AfterFillers(cue.end, limit, &cursor)) {
          for (SourceHop& h : hit.chain) {
            if (h.role != HopRole::kRelay) h.role = HopRole::kRelay;
          }
          std::vector<SourceHop> origin = HopsOf(*ph, p, cue.end, HopRole::kOrigin);
          hit.chain.insert(hit.chain.begin(), origin.begin(), origin.end());
          hit.scope_end = std::max(hit.scope_end, cursor);
          p = cursor;
          hit.relay_end = p;
          continue;
        }
      }
      if (kind == CueKind::kInterview) {
        uint32_t cursor = cue.end;
        if (auto ph = AfterFillers(cue.end, limit, &cursor)) {
          for (SourceHop& h : HopsOf(*ph, p, cue.end, HopRole::kRelay)) hit.chain.push_back(h);
          hit.scope_end = std::max(hit.scope_end, cursor);
          p = cursor;
          hit.relay_end = p;
          continue;
        }
      }
      break;
    }
    // "قال X لصحيفة Y" / "لـ«الشرق الأوسط»": the outlet received the statement.
    const bool lam_word = w == kLam;
    if (lam_word || (c_.IsWord(p) && HasProclitic(c_.raw[p]))) {
      const uint32_t at = lam_word ? p + 1 : p;
      std::optional<SourcePhrase> ph = ParseSource(c_, at, limit, !lam_word);
      if (ph && ph->IsSource() && (lam_word || HasClitic(ph->first_clitic, kLam)) &&
          (ph->Has(SourceCategory::kOutlet) || ph->Has(SourceCategory::kOutletHead))) {
        for (SourceHop& h : HopsOf(*ph, cue_begin, cue_end, HopRole::kRelay)) {
          hit.chain.push_back(h);
        }
        p = ph->end;
        hit.relay_end = p;
        continue;
      }
    }
    if (c_.IsPunct(p) && (IsComma(c_.raw[p]) || IsQuote(c_.raw[p]))) {
      ++p;
      continue;
    }
    if (w == words.fi || w == words.yawm || w == "on") {
      ++p;
      continue;
    }
    // Time words between subject and addressee ("قال X يوم الاثنين لـY") are rare; stop.
    break;
  }
}

// English names a speaker after the verb with an apposition: "..., said Jane Doe, head of
// the X Committee", "said John Smith, a spokesman for the Red Crescent". The name (one to
// four capitalized words the lexicon does not know, no time word) and the comma are read
// past; the title phrase after them is the source, its surface running from the name.
std::optional<SourcePhrase> Attributor::AppositiveSpeaker(uint32_t from, uint32_t limit) const {
  uint32_t q = from;
  while (q < limit && q - from < 4 && c_.IsWord(q) && IsLatinWord(c_.raw[q]) && IsCapitalized(c_.raw[q]) &&
         !IsTimeWord(c_.lower[q]) && !IsStopWord(c_.lower[q])) {
    ++q;
  }
  if (q == from || q + 1 >= limit || !IsComma(c_.raw[q])) return std::nullopt;
  uint32_t title = q + 1;
  if (title < limit && (c_.lower[title] == "a" || c_.lower[title] == "an" || c_.lower[title] == "the")) ++title;
  std::optional<SourcePhrase> ph = ParseSource(c_, title, limit, false);
  if (!ph || !ph->IsSource() || !ph->Has(SourceCategory::kTitle)) return std::nullopt;
  ph->begin = from;
  return ph;
}

CueHit Attributor::Resolve(uint32_t s, uint32_t token, const Hit<CueEntry>& cue,
                           const std::vector<CueHit>& so_far) const {
  const Sentence& sentence = c_.text.sentences[s];
  const uint32_t limit = sentence.end_token;
  CueHit hit;
  hit.kind = cue.entry->payload.kind;
  hit.stance = cue.entry->payload.stance;
  hit.begin = token;
  hit.end = cue.end;
  hit.scope_end = cue.end;
  auto finish_source = [&](const SourcePhrase& ph, HopRole role) {
    hit.chain = HopsOf(ph, hit.begin, hit.end, role);
    hit.own_source = true;
    hit.outlet_source = ph.Has(SourceCategory::kOutlet) ||
                        (ph.Has(SourceCategory::kOutletHead) && ph.name_end > ph.name_begin);
  };
  // The cue ends its clause: only time words, trailers ("in a statement", "on condition
  // of anonymity", "في بيان") and punctuation follow, or, in English, a comma that opens
  // the next clause ("..., police said on Monday, adding that ...").
  const bool latin_cue = IsLatinWord(c_.raw[token]);
  auto closes_sentence = [&](uint32_t after) {
    for (uint32_t k = after; k < limit;) {
      if (latin_cue && IsComma(c_.raw[k])) return true;
      // Trailers first: "on condition of anonymity" starts with a time word.
      Hit<CueEntry> trailer = MatchAt(c_, c_.tables.cues, k, limit, false);
      if (trailer.entry != nullptr && trailer.entry->payload.kind == CueKind::kTrailer) {
        k = trailer.end;
        continue;
      }
      if (!c_.IsPunct(k) && !IsTimeWord(c_.lower[k])) return false;
      ++k;
    }
    return true;
  };
  switch (hit.kind) {
    case CueKind::kVerb:
    case CueKind::kRelayVerb:
    case CueKind::kTold:
    case CueKind::kQuotedBy: {
      const bool latin = latin_cue;
      std::optional<SourcePhrase> subject;
      uint32_t after = hit.end;
      // Arabic wants a subject that opens its clause ("وكانت سول اتهمت"); English takes
      // the first one; either falls back to the first when nothing follows the verb.
      PreverbalSubjects before = Preverbal(sentence.first_token, token, !latin);
      std::optional<SourcePhrase>& pre = latin ? before.First() : before.opener;
      if (pre) {
        subject = std::move(pre);
      } else {
        // Only without a preverbal subject is the phrase after the verb its subject (VSO).
        if (hit.kind != CueKind::kTold && hit.kind != CueKind::kQuotedBy) {
          subject = ParseSource(c_, hit.end, limit, false);
          if (subject && (!subject->IsSource() || !subject->first_clitic.empty())) {
            subject.reset();
          }
        }
        if (!subject && latin) subject = AppositiveSpeaker(hit.end, limit);
        if (!subject) subject = std::move(before.First());
      }
      if (subject && subject->begin >= hit.end) after = subject->end;
      if (subject) {
        finish_source(*subject, HopRole::kOrigin);
        hit.sentence_final = subject->begin >= hit.end && closes_sentence(subject->end);
        if (subject->begin < hit.begin) hit.sentence_final = closes_sentence(hit.end);
      } else if (auto named = DefiniteAntecedent(s, token, hit.end)) {
        finish_source(*named, HopRole::kOrigin);
        if (named->begin < sentence.first_token) {
          for (SourceHop& h : hit.chain) h.inferred = true;
        }
        hit.sentence_final = latin && closes_sentence(hit.end);
        if (!latin) after = hit.end + 1;  // "وقال البنك": the description follows the verb
      } else if (ContinuesSpeaker(c_, token, hit.end, limit, sentence.first_token)) {
        hit.chain = Inherit(s, token, so_far);
      }
      if (hit.kind == CueKind::kTold || hit.kind == CueKind::kQuotedBy) {
        if (auto to = ParseSource(c_, hit.end, limit, false); to && to->IsSource()) {
          for (SourceHop& h : HopsOf(*to, hit.begin, hit.end, HopRole::kRelay)) {
            hit.chain.push_back(h);
          }
          after = to->end;
        }
      }
      hit.scope_end = std::max(hit.scope_end, after);
      AddRelays(after, limit, hit.begin, hit.end, hit);
      break;
    }
    case CueKind::kAccordingTo:
    case CueKind::kCiting: {
      uint32_t cursor = hit.end;
      if (auto ph = AfterFillers(hit.end, limit, &cursor)) {
        finish_source(*ph, HopRole::kOrigin);
        hit.scope_end = cursor;
        hit.sentence_final = closes_sentence(cursor);
        AddRelays(cursor, limit, hit.begin, hit.end, hit);
        if (hit.kind == CueKind::kCiting) {
          // "X, citing Y": the clause's speaker, or the source just before, relays Y.
          std::vector<SourceHop> relay;
          if (!so_far.empty()) {
            relay = so_far.back().chain;
          } else if (auto before = NearestBefore(sentence.first_token, token)) {
            relay = HopsOf(*before, hit.begin, hit.end, HopRole::kRelay);
          }
          for (SourceHop h : relay) {
            h.role = HopRole::kRelay;
            hit.chain.push_back(h);
          }
        }
      }
      break;
    }
    case CueKind::kInterview: {
      uint32_t cursor = hit.end;
      hit.chain = Inherit(s, token, so_far);
      if (auto ph = AfterFillers(hit.end, limit, &cursor)) {
        for (SourceHop& h : HopsOf(*ph, hit.begin, hit.end, HopRole::kRelay)) {
          hit.chain.push_back(h);
        }
        hit.scope_end = cursor;
      }
      break;
    }
    case CueKind::kHearsay: {
      SourceHop h;
      h.span = c_.Original(hit.begin, hit.end);
      h.surface = c_.Surface(h.span);
      h.cue_span = h.span;
      h.cue = h.surface;
      h.name = "hearsay";
      h.type = SourceType::kAnonymous;
      hit.chain.push_back(std::move(h));
      hit.own_source = true;
      break;
    }
    case CueKind::kNominal: {
      // "تقديرات وزارة الدفاع": a genitive source; otherwise the clause's speaker.
      if (auto ph = ParseSource(c_, hit.end, limit, false); ph && ph->IsSource() &&
                                                            ph->first_clitic.empty()) {
        finish_source(*ph, HopRole::kOrigin);
        hit.scope_end = ph->end;
      } else if (auto pre = Preverbal(sentence.first_token, token, true).opener) {
        // "قام الجيش بتقييم أن": the noun is the verb's object, its subject the source.
        finish_source(*pre, HopRole::kOrigin);
      } else {
        for (auto it = so_far.rbegin(); it != so_far.rend(); ++it) {
          if (!it->chain.empty() && it->kind != CueKind::kCredit) {
            hit.chain = it->chain;
            for (SourceHop& h : hit.chain) h.inferred = true;
            break;
          }
        }
      }
      break;
    }
    case CueKind::kShows: {
      // Evidence shows: its owner is the nearest source named before it in the sentence
      // ("تخطط الولايات المتحدة لإصدار معلومات استخباراتية تظهر ...").
      std::optional<SourcePhrase> owner;
      for (auto it = so_far.rbegin(); it != so_far.rend() && hit.chain.empty(); ++it) {
        if (!it->chain.empty() && it->kind != CueKind::kCredit) hit.chain = it->chain;
      }
      if (hit.chain.empty()) owner = NearestBefore(sentence.first_token, token);
      if (!hit.chain.empty()) {
        for (SourceHop& h : hit.chain) h.inferred = true;
      } else if (owner) {
        finish_source(*owner, HopRole::kOrigin);
        bool intelligence = false;
        for (uint32_t k = owner->end; k < token; ++k) {
          Hit<SourceEntry> e = MatchAt(c_, c_.tables.sources, k, token, true);
          if (e.entry && e.entry->payload.type == SourceType::kIntelligence) intelligence = true;
        }
        if (intelligence) {
          for (SourceHop& h : hit.chain) {
            if (h.type == SourceType::kGovernment) {
              h.name = Join(h.name, "intelligence");
              h.type = SourceType::kIntelligence;
            }
          }
        }
      } else {
        hit.chain = Inherit(s, token, so_far);
      }
      break;
    }
    case CueKind::kCredit: {
      std::optional<SourcePhrase> ph = ParseSource(c_, hit.end, limit, false);
      if (!ph || !ph->IsSource()) ph = Preverbal(sentence.first_token, token, false).First();
      if (ph && (ph->Has(SourceCategory::kOutlet) || ph->Has(SourceCategory::kOutletHead))) {
        // The credit is only a credit when it is about "this report".
        bool about_report = false;
        for (uint32_t k = std::max(ph->end, hit.end); k < limit && k < hit.end + 12; ++k) {
          const std::string_view w = c_.lower[k];
          const FoldedWords& words = Words();
          if (w == words.the_report || w == "report" || w == words.report ||
              w == words.preparation) {
            about_report = true;
          }
        }
        if (about_report) {
          hit.chain = HopsOf(*ph, hit.begin, hit.end, HopRole::kArticleCredit);
          // The whole credit line is the surface a reader sees.
          const ByteSpan line = c_.Original(sentence.first_token, limit);
          for (SourceHop& h : hit.chain) {
            h.span = line;
            h.surface = c_.Surface(line);
          }
          hit.own_source = true;
        }
      }
      break;
    }
    case CueKind::kFiller:
    case CueKind::kTrailer:
      break;
  }
  return hit;
}

// `punctuation` is the sentence's punctuation tokens.
void Attributor::FindCredits(uint32_t s, const std::vector<CueHit>& hits,
                             std::span<const uint32_t> punctuation) {
  const Sentence& sentence = c_.text.sentences[s];
  for (const CueHit& hit : hits) {
    if (hit.kind == CueKind::kCredit && !hit.chain.empty()) {
      for (const SourceHop& h : hit.chain) article_credits_.push_back(h);
      article_credit_sentences_.push_back(s);
    }
  }
  // "(Reuters)" / "(أ ف ب)" anywhere, and a closing "- AFP" line.
  for (const uint32_t k : punctuation) {
    const bool open = c_.raw[k] == "(";
    const bool dash = c_.raw[k] == "-" || c_.raw[k] == "\xE2\x80\x93";
    if (!open && !dash) continue;
    std::optional<SourcePhrase> ph = ParseSource(c_, k + 1, sentence.end_token, false);
    if (!ph || !ph->Has(SourceCategory::kOutlet) || ph->elements.size() != 1) continue;
    const bool closed = open && ph->end < sentence.end_token && c_.raw[ph->end] == ")";
    bool at_end = dash && s + 1 == c_.text.sentences.size();
    for (uint32_t q = ph->end; at_end && q < sentence.end_token; ++q) {
      if (!c_.IsPunct(q)) at_end = false;
    }
    if (!closed && !at_end) continue;
    for (SourceHop h : HopsOf(*ph, k, k, HopRole::kArticleCredit)) {
      article_credits_.push_back(std::move(h));
      article_credit_sentences_.push_back(s);
    }
  }
  // A named outlet closing a paragraph's lead sentence ("..., بحسب ما أوردته شبكة CNN.")
  // credits the section that paragraph opens.
  const bool lead = s == 0 || c_.text.sentences[s - 1].paragraph != sentence.paragraph;
  if (!lead) return;
  for (const CueHit& hit : hits) {
    if (hit.kind == CueKind::kAccordingTo && hit.sentence_final && hit.outlet_source &&
        !hit.chain.empty()) {
      std::vector<SourceHop> credit{hit.chain.back()};
      credit.back().role = HopRole::kRelay;
      section_credits_.emplace_back(sentence.paragraph, std::move(credit));
    }
  }
}

void Attributor::Run() {
  const auto& sentences = c_.text.sentences;
  hits_.assign(sentences.size(), {});
  people_.clear();
  people_first_.assign(sentences.size() + 1, 0);
  quoted_start_.assign(sentences.size(), false);
  speaker_of_.assign(sentences.size(), -1);
  bool in_quote = false;
  SentenceSlices punctuation_of(c_.Punctuation()), sources_of(c_.SourceStarts()),
      cues_of(c_.CueStarts());
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    const std::span<const uint32_t> punctuation = punctuation_of.Next(sentence);
    quoted_start_[s] = in_quote || (c_.IsPunct(sentence.first_token) &&
                                    IsQuote(c_.raw[sentence.first_token]) &&
                                    c_.raw[sentence.first_token] != "\xE2\x80\x9D" &&
                                    c_.raw[sentence.first_token] != "\xC2\xBB");
    for (const uint32_t k : punctuation) {
      const std::string_view w = c_.raw[k];
      if (w == "\xE2\x80\x9C" || w == "\xC2\xAB") in_quote = true;
      else if (w == "\xE2\x80\x9D" || w == "\xC2\xBB") in_quote = false;
      else if (w == "\"") in_quote = !in_quote;
    }
    // A paragraph break closes any quotation left open by a stray mark.
    if (s + 1 < sentences.size() && sentences[s + 1].paragraph != sentence.paragraph) {
      in_quote = false;
    }
    people_first_[s] = static_cast<uint32_t>(people_.size());
    uint32_t after_person = sentence.first_token;  // a person's own words start no other
    for (const uint32_t k : sources_of.Next(sentence)) {
      if (k < after_person) continue;
      Hit<SourceEntry> e = MatchAt(c_, c_.tables.sources, k, sentence.end_token, true);
      if (e.entry != nullptr && e.entry->payload.category == SourceCategory::kPerson) {
        people_.push_back({&e.entry->payload, s, k, e.end});
        after_person = e.end;
      }
    }
    people_first_[s + 1] = static_cast<uint32_t>(people_.size());
    std::vector<CueHit>& hits = hits_[s];
    const std::span<const uint32_t> cue_starts = cues_of.Next(sentence);
    size_t next_start = 0;
    for (uint32_t k = sentence.first_token;;) {
      // Only a token that starts a cue can match one: move on to the next at or after k.
      while (next_start < cue_starts.size() && cue_starts[next_start] < k) ++next_start;
      if (next_start == cue_starts.size()) break;
      k = cue_starts[next_start];
      Hit<CueEntry> cue = MatchCue(c_, k, sentence.end_token);
      if (cue.entry == nullptr || cue.entry->payload.kind == CueKind::kFiller ||
          cue.entry->payload.kind == CueKind::kTrailer) {
        ++k;
        continue;
      }
      CueHit hit = Resolve(s, k, cue, hits);
      if (!hit.own_source && hit.kind != CueKind::kInterview) {
        // An inherited speaker is introduced here by this cue ("وأضاف", "مع تقديرات").
        const ByteSpan cue_span = c_.Original(hit.begin, hit.end);
        for (SourceHop& h : hit.chain) {
          if (h.role == HopRole::kOrigin || h.role == HopRole::kCoOrigin) {
            h.cue_span = cue_span;
            h.cue = c_.Surface(cue_span);
          }
        }
      }
      const bool speaker = hit.kind == CueKind::kVerb || hit.kind == CueKind::kRelayVerb ||
                           hit.kind == CueKind::kTold || hit.kind == CueKind::kInterview;
      if (speaker && !hit.chain.empty()) {
        const auto index = static_cast<uint32_t>(hits.size());  // where hit is stored below
        last_speaker_ = {s, k, index, true};
        speaker_of_[s] = static_cast<int32_t>(index);
      }
      // Prepositional cues consume their source phrase; a verb only itself, so that a cue
      // inside a following clause is still read.
      const bool consumes = hit.kind == CueKind::kAccordingTo || hit.kind == CueKind::kCiting ||
                            hit.kind == CueKind::kCredit;
      k = consumes ? std::max(hit.scope_end, cue.end) : std::max(hit.relay_end, cue.end);
      hits.push_back(std::move(hit));
    }
    HeadlineCredit(s, punctuation, hits);
    FindCredits(s, hits, punctuation);
  }
}

// A headline's closing credit: a line of its own, not the article's last, ending in " - X" or
// " – X" where X is a source that is not an outlet ("Floods kill 9 in the valley - ministry",
// "... – police"). It governs the line's numbers like a sentence-final "according to X".
// Outlets there stay article credits (FindCredits).
void Attributor::HeadlineCredit(uint32_t s, std::span<const uint32_t> punctuation, std::vector<CueHit>& hits) const {
  const auto& sentences = c_.text.sentences;
  const Sentence& sentence = sentences[s];
  const bool own_line = (s == 0 || sentences[s - 1].paragraph != sentence.paragraph) &&
                        s + 1 < sentences.size() && sentences[s + 1].paragraph != sentence.paragraph;
  if (!own_line) return;
  for (const uint32_t k : punctuation) {
    if (c_.raw[k] != "-" && c_.raw[k] != "\xE2\x80\x93" && c_.raw[k] != "\xE2\x80\x94") continue;
    if (k == sentence.first_token || c_.text.tokens[k].glued_to_previous) continue;  // "al-Qaida"
    std::optional<SourcePhrase> ph = ParseSource(c_, k + 1, sentence.end_token, false);
    if (!ph || !ph->IsSource() || ph->Has(SourceCategory::kOutlet)) continue;
    bool at_end = true;
    for (uint32_t q = ph->end; at_end && q < sentence.end_token; ++q) at_end = c_.IsPunct(q);
    if (!at_end) continue;
    CueHit hit;
    hit.kind = CueKind::kAccordingTo;
    hit.stance = Stance::kAsserted;
    hit.begin = k;
    hit.end = k + 1;
    hit.scope_end = ph->end;
    hit.relay_end = ph->end;
    hit.chain = HopsOf(*ph, k, k + 1, HopRole::kOrigin);
    hit.own_source = true;
    hit.sentence_final = true;
    hits.push_back(std::move(hit));
    return;
  }
}

bool SameName(const std::vector<SourceHop>& chain, const SourceHop& hop) {
  for (const SourceHop& h : chain) {
    if (h.name == hop.name) return true;
  }
  return false;
}

// Stances in the order the gold conventions apply them: the first that holds wins. The
// gold has no unconfirmed claim; a hedge on the claim itself ("يرجح", "are feared") is put
// before reported, which an according-to cue gives every claim it governs, because the
// hedge says more about the figure than the cue's form does.
constexpr Stance kStanceOrder[] = {Stance::kAlleged, Stance::kConfirmed, Stance::kEstimated,
                                   Stance::kUnconfirmed, Stance::kReported, Stance::kDenied,
                                   Stance::kAsserted};

// Words that open another clause after a number: a hedge past them is not about it.
bool OpensClause(std::string_view w) {
  return IsClauseOpener(w) || w == "that" || w == "who" || w == "which" || w == "after" ||
         w == "when" || w == "because";
}

// Hedges marked after_number in the number's own clause: the counted noun and the
// predicate's auxiliary come first ("40 migrants are feared dead"), so a few words are
// read, up to punctuation, another number, a cue or a word that opens a clause.
void AfterNumberHedges(const Context& c, uint32_t end, uint32_t sentence_end,
                       std::vector<Stance>& stances) {
  constexpr uint32_t kWindow = 5;
  const uint32_t limit = std::min(sentence_end, end + kWindow);
  for (uint32_t k = end; k < limit; ++k) {
    if (c.IsPunct(k) || c.text.tokens[k].kind == TokenKind::kNumber) return;
    Hit<HedgeEntry> h = MatchAt(c, c.tables.hedges, k, sentence_end, true);
    if (h.entry != nullptr && h.entry->payload.after_number) {
      stances.push_back(h.entry->payload.stance);
      return;
    }
    if (OpensClause(c.lower[k]) || !c.Candidates(c.tables.cues, k).empty()) return;
  }
}

// Hedges inside a post-posed cue's own phrase, up to the next punctuation: "according to
// unconfirmed reports", "بحسب تقارير غير مؤكدة".
void CuePhraseHedges(const Context& c, const CueHit& cue, uint32_t sentence_end,
                     std::vector<Stance>& stances) {
  for (uint32_t k = cue.end; k < sentence_end && !c.IsPunct(k);) {
    Hit<HedgeEntry> h = MatchAt(c, c.tables.hedges, k, sentence_end, true);
    if (h.entry != nullptr && !h.entry->payload.descriptor) {
      stances.push_back(h.entry->payload.stance);
      k = h.end;
    } else {
      ++k;
    }
  }
}

// A cue that by its grammar has no speaker: a noun cue, or an English participle used
// attributively or in the passive ("an estimated 40", "it is estimated that 40"). An
// active verb whose subject was not recognised ("قالت الوكالة") still has a speaker, so
// it keeps the claim unattributed rather than lend it to another cue.
bool NamesNoSpeaker(const Context& c, const CueHit& cue) {
  if (cue.kind == CueKind::kNominal) return true;
  if (!IsLatinWord(c.raw[cue.begin]) || cue.begin == 0) return false;
  const std::string_view w = c.lower[cue.begin - 1];
  return w == "a" || w == "an" || w == "the" || w == "is" || w == "are" || w == "was" ||
         w == "were";
}

// The first cue after the number that can govern it from there: "according to X" or a
// clause-final "..., X said".
const CueHit* PostposedCue(const std::vector<CueHit>& hits, uint32_t number_end) {
  for (const CueHit& hit : hits) {
    if (hit.begin >= number_end && (hit.kind == CueKind::kAccordingTo || hit.sentence_final)) {
      return &hit;
    }
  }
  return nullptr;
}

void Attributor::Attribute(const std::vector<NumberMention>& mentions,
                           std::vector<Claim>& claims) const {
  const auto& tokens = c_.text.tokens;
  for (Claim& claim : claims) {
    claim.attribution.clear();
    claim.stance = Stance::kAsserted;
    if (claim.mention >= mentions.size() || tokens.empty()) continue;
    const NumberMention& m = mentions[claim.mention];
    uint32_t first = m.first_token, end = m.end_token;
    if (end <= first) {
      // Mentions built without token indices: locate them by their normalized span.
      auto it = std::lower_bound(tokens.begin(), tokens.end(), m.norm_span.begin,
                                 [](const Token& t, uint32_t at) { return t.norm_span.end <= at; });
      if (it == tokens.end()) continue;
      first = static_cast<uint32_t>(it - tokens.begin());
      end = first + 1;
      while (end < tokens.size() && tokens[end].norm_span.begin < m.norm_span.end) ++end;
    }
    const uint32_t s = tokens[first].sentence;
    const Sentence& sentence = c_.text.sentences[s];
    const std::vector<CueHit>& hits = hits_[s];

    const CueHit* governing = nullptr;
    for (const CueHit& hit : hits) {
      if (hit.kind == CueKind::kCredit) continue;
      // "denied reports that ...": a speakerless cue word right after a cue is its object.
      if (governing != nullptr && hit.chain.empty() && hit.begin == governing->end) continue;
      // "نقل" relays only with a source ("نقلت الوكالة عن ..."); without one it is "carried"
      // ("ونقل القطار 8 ملايين راكب").
      if (hit.kind == CueKind::kRelayVerb && hit.chain.empty()) continue;
      if (hit.begin < first && hit.scope_end <= first) governing = &hit;
    }
    // A cue before the number that names no speaker ("will cost an estimated 40 million")
    // gives its stance but leaves the speaker to a post-posed cue ("..., the mayor said").
    const CueHit* stance_cue = nullptr;
    if (governing != nullptr && governing->chain.empty() && NamesNoSpeaker(c_, *governing)) {
      if (const CueHit* post = PostposedCue(hits, end); post != nullptr && !post->chain.empty()) {
        stance_cue = governing;
        governing = post;
      }
    }
    if (governing == nullptr) governing = PostposedCue(hits, end);
    // A quoted paragraph continues the speaker who opened it: "وقال X: “...”. “... 300 ...”".
    std::vector<SourceHop> quoted_speaker;
    if (governing == nullptr && quoted_start_[s] && s > 0) {
      for (uint32_t back = s; back-- > 0 && s - back <= 2;) {
        if (speaker_of_[back] >= 0) {
          quoted_speaker = hits_[back][static_cast<size_t>(speaker_of_[back])].chain;
          break;
        }
        if (!hits_[back].empty()) break;
      }
      for (SourceHop& h : quoted_speaker) h.inferred = true;
    }
    // A number in a descriptor ("التحالف المكون من 32 دولة") is the writer's gloss.
    bool descriptor = false;
    for (uint32_t k = first > sentence.first_token + 4 ? first - 4 : sentence.first_token;
         k < first; ++k) {
      Hit<HedgeEntry> h = MatchAt(c_, c_.tables.hedges, k, first, true);
      if (h.entry && h.entry->payload.descriptor && h.end + 1 >= first) descriptor = true;
    }
    std::vector<SourceHop> chain;
    std::vector<Stance> stances;
    if (!descriptor) chain = quoted_speaker;
    if (stance_cue != nullptr && !descriptor) stances.push_back(stance_cue->stance);
    if (governing != nullptr && !descriptor) {
      chain = governing->chain;
      stances.push_back(governing->stance);
      if (!chain.empty()) {
        const SourceHop& origin = chain.front();
        if (origin.name == "hearsay" || origin.name == "unnamed_reports" ||
            origin.type == SourceType::kSocialMedia) {
          stances.push_back(Stance::kReported);
        }
      }
    }
    if (!descriptor) {
      AfterNumberHedges(c_, end, sentence.end_token, stances);
      if (governing != nullptr && governing->begin >= end) {
        CuePhraseHedges(c_, *governing, sentence.end_token, stances);
      }
      const uint32_t from = stance_cue != nullptr ? stance_cue->begin
                            : governing != nullptr && governing->begin < first
                                ? governing->begin
                                : sentence.first_token;
      for (uint32_t k = from; k < end;) {
        Hit<HedgeEntry> h = MatchAt(c_, c_.tables.hedges, k, end, true);
        if (h.entry && !h.entry->payload.descriptor) {
          stances.push_back(h.entry->payload.stance);
          k = h.end;
        } else {
          ++k;
        }
      }
    }
    // A later "بحسب <outlet>" in the same sentence relays what came before it.
    for (const CueHit& hit : hits) {
      if (&hit == governing || hit.begin < end || hit.kind != CueKind::kAccordingTo ||
          !hit.outlet_source) {
        continue;
      }
      for (SourceHop h : hit.chain) {
        if (SameName(chain, h)) continue;
        h.role = chain.empty() ? HopRole::kOrigin : HopRole::kRelay;
        chain.push_back(std::move(h));
      }
    }
    // Section credit, then article credit: the outermost relays.
    const std::vector<SourceHop>* section = nullptr;
    for (const auto& [paragraph, credit] : section_credits_) {
      if (paragraph <= sentence.paragraph) section = &credit;
    }
    if (section != nullptr) {
      for (SourceHop h : *section) {
        if (SameName(chain, h)) continue;
        h.role = HopRole::kRelay;
        h.inferred = true;
        chain.push_back(std::move(h));
      }
    }
    for (size_t i = 0; i < article_credits_.size(); ++i) {
      SourceHop h = article_credits_[i];
      if (SameName(chain, h)) continue;
      h.role = HopRole::kArticleCredit;
      h.inferred = article_credit_sentences_[i] != s;
      chain.push_back(std::move(h));
    }
    // A reporting verb governs the number but no speaker was resolved ("..., he told
    // reporters", an unknown name): say so rather than let the claim read as the outlet's own.
    if (chain.empty() && governing != nullptr && !descriptor && quoted_speaker.empty() &&
        (governing->kind == CueKind::kVerb || governing->kind == CueKind::kTold) &&
        !NamesNoSpeaker(c_, *governing)) {
      SourceHop unknown;
      unknown.name = "unknown_speaker";
      unknown.type = SourceType::kAnonymous;
      unknown.role = HopRole::kOrigin;
      unknown.cue_span = c_.Original(governing->begin, governing->end);
      unknown.cue = c_.Surface(unknown.cue_span);
      chain.push_back(std::move(unknown));
    }
    claim.attribution = std::move(chain);
    for (Stance candidate : kStanceOrder) {
      if (std::find(stances.begin(), stances.end(), candidate) != stances.end()) {
        claim.stance = candidate;
        break;
      }
    }
  }
}

}  // namespace
}  // namespace attr

void AttributeClaims(const Document& doc, const AnalyzedText& text,
                     const std::vector<NumberMention>& mentions,
                     const AttributionLexicon& lexicon, std::vector<Claim>& claims) {
  if (claims.empty()) return;
  attr::Context context(text, doc.text, lexicon.tables());
  attr::Attributor attributor(context);
  attributor.Run();
  attributor.Attribute(mentions, claims);
}

}  // namespace mizan
