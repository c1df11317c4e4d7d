#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attribution_match.h"
#include "core/attributor.h"
#include "core/source_name.h"
#include "core/source_phrase.h"

// How a cue finds its source: the subject before or after a verb, the phrase after a
// preposition, an inherited speaker, and the relays that follow (Attributor::Resolve).

namespace mizan {
namespace attr {


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

namespace {

// Words that show a verb has no subject of its own, so it continues the last speaker:
// Arabic "وأضاف أن/إن/:" and English "he said" / "she added" (attribution_words.tsv).
bool ContinuesSpeaker(const Context& c, uint32_t cue_begin, uint32_t cue_end, uint32_t limit,
                      uint32_t sentence_first) {
  if (IsLatinWord(c.raw[cue_begin])) {
    if (cue_begin == sentence_first) return true;
    return c.tables.words.Is(c.lower[cue_begin - 1], WordRole::kContinuingSubject) ||
           c.IsPunct(cue_begin - 1);
  }
  uint32_t p = cue_end;
  while (p < limit && c.IsPunct(p) && IsComma(c.raw[p])) ++p;
  if (p >= limit || c.IsPunct(p)) return true;  // ":" or a quotation follows
  const std::string_view w = c.lower[p];
  return IsStopWord(w) || IsTimeWord(w) || c.tables.words.Is(w, WordRole::kContinuesAfter) ||
         c.tables.words.StartsWithAny(w, WordRole::kContinuesAfterPrefix);
}

// Auxiliaries allowed between a preverbal subject and its verb ("قد أكدت", "has said").
bool IsAuxiliary(const Context& c, std::string_view w) {
  return c.tables.words.Is(w, WordRole::kAuxiliary);
}

}  // namespace

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
  if (stop > sentence_first && IsAuxiliary(c_, c_.lower[stop - 1])) --stop;
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
    if (before > 0 && IsAuxiliary(c_, c_.lower[before - 1])) --before;
    if (before < 2 || !c_.IsWord(before - 1) || !c_.tables.words.Is(c_.lower[before - 2], WordRole::kDefiniteArticle)) {
      return std::nullopt;
    }
    noun = before - 1;
  } else {
    if (cue_end >= sentence_end || !c_.IsWord(cue_end) ||
        !c_.tables.words.StartsWithAny(c_.lower[cue_end], WordRole::kDefinitePrefix)) {
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
  if (const CueHit* last = LastWithChain(so_far)) chain = last->chain;
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
    const bool before_addressee = c_.tables.words.Is(w, WordRole::kBeforeAddressee);
    if (hit.kind == CueKind::kRelayVerb && c_.tables.words.Is(w, WordRole::kRelaySource)) {
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
      if (!before_addressee) break;
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
    if (before_addressee) {
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
  if (title < limit && c_.tables.words.Is(c_.lower[title], WordRole::kArticle)) ++title;
  std::optional<SourcePhrase> ph = ParseSource(c_, title, limit, false);
  if (!ph || !ph->IsSource() || !ph->Has(SourceCategory::kTitle)) return std::nullopt;
  ph->begin = from;
  return ph;
}

// A cue's chain from its own source phrase, and whether that source is a named outlet.
void Attributor::SetSource(CueHit& hit, const SourcePhrase& ph, HopRole role) const {
  hit.chain = HopsOf(ph, hit.begin, hit.end, role);
  hit.own_source = true;
  hit.outlet_source = ph.Has(SourceCategory::kOutlet) ||
                      (ph.Has(SourceCategory::kOutletHead) && ph.name_end > ph.name_begin);
}

// The cue ends its clause: only time words, trailers ("in a statement", "on condition of
// anonymity", "في بيان") and punctuation follow `after`, or, in English, a comma that
// opens the next clause ("..., police said on Monday, adding that ...").
bool Attributor::ClosesClause(uint32_t after, uint32_t limit, bool latin_cue) const {
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
}

// The chain of the last cue of the sentence so far that has one (credits aside), or null.
const CueHit* Attributor::LastWithChain(const std::vector<CueHit>& so_far) {
  for (auto it = so_far.rbegin(); it != so_far.rend(); ++it) {
    if (!it->chain.empty() && it->kind != CueKind::kCredit) return &*it;
  }
  return nullptr;
}

CueHit Attributor::Resolve(uint32_t s, uint32_t token, const Hit<CueEntry>& cue,
                           const std::vector<CueHit>& so_far) const {
  CueHit hit;
  hit.kind = cue.entry->payload.kind;
  hit.stance = cue.entry->payload.stance;
  hit.begin = token;
  hit.end = cue.end;
  hit.scope_end = cue.end;
  switch (hit.kind) {
    case CueKind::kVerb:
    case CueKind::kRelayVerb:
    case CueKind::kTold:
    case CueKind::kQuotedBy:
      ResolveVerb(s, so_far, hit);
      break;
    case CueKind::kAccordingTo:
    case CueKind::kCiting:
      ResolveAccordingTo(s, so_far, hit);
      break;
    case CueKind::kInterview: {
      uint32_t cursor = hit.end;
      hit.chain = Inherit(s, token, so_far);
      if (auto ph = AfterFillers(hit.end, c_.text.sentences[s].end_token, &cursor)) {
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
    case CueKind::kNominal:
      ResolveNominal(s, so_far, hit);
      break;
    case CueKind::kShows:
      ResolveShows(s, so_far, hit);
      break;
    case CueKind::kCredit:
      ResolveCredit(s, hit);
      break;
    case CueKind::kFiller:
    case CueKind::kTrailer:
      break;
  }
  return hit;
}

// A reporting verb: its subject before it (SVO) or after it (VSO), else a definite
// description of a body named earlier, else the speaker it continues; then the addressee
// of "told"/"quoted by" and the relays after the subject.
void Attributor::ResolveVerb(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const {
  const Sentence& sentence = c_.text.sentences[s];
  const uint32_t limit = sentence.end_token;
  const uint32_t token = hit.begin;
  const bool latin = IsLatinWord(c_.raw[token]);
  const bool addressed = hit.kind == CueKind::kTold || hit.kind == CueKind::kQuotedBy;
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
    if (!addressed) {
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
    SetSource(hit, *subject, HopRole::kOrigin);
    hit.sentence_final = subject->begin >= hit.end && ClosesClause(subject->end, limit, latin);
    if (subject->begin < hit.begin) hit.sentence_final = ClosesClause(hit.end, limit, latin);
  } else if (auto named = DefiniteAntecedent(s, token, hit.end)) {
    SetSource(hit, *named, HopRole::kOrigin);
    if (named->begin < sentence.first_token) {
      for (SourceHop& h : hit.chain) h.inferred = true;
    }
    hit.sentence_final = latin && ClosesClause(hit.end, limit, latin);
    if (!latin) after = hit.end + 1;  // "وقال البنك": the description follows the verb
  } else if (ContinuesSpeaker(c_, token, hit.end, limit, sentence.first_token)) {
    hit.chain = Inherit(s, token, so_far);
  }
  if (addressed) {
    if (auto to = ParseSource(c_, hit.end, limit, false); to && to->IsSource()) {
      for (SourceHop& h : HopsOf(*to, hit.begin, hit.end, HopRole::kRelay)) {
        hit.chain.push_back(h);
      }
      after = to->end;
    }
  }
  hit.scope_end = std::max(hit.scope_end, after);
  AddRelays(after, limit, hit.begin, hit.end, hit);
}

// "according to X", "citing X": the phrase after the fillers; "X, citing Y" adds the
// clause's speaker, or the source just before, as Y's relay.
void Attributor::ResolveAccordingTo(uint32_t s, const std::vector<CueHit>& so_far,
                                    CueHit& hit) const {
  const Sentence& sentence = c_.text.sentences[s];
  const uint32_t limit = sentence.end_token;
  uint32_t cursor = hit.end;
  std::optional<SourcePhrase> ph = AfterFillers(hit.end, limit, &cursor);
  if (!ph) return;
  SetSource(hit, *ph, HopRole::kOrigin);
  hit.scope_end = cursor;
  hit.sentence_final = ClosesClause(cursor, limit, IsLatinWord(c_.raw[hit.begin]));
  AddRelays(cursor, limit, hit.begin, hit.end, hit);
  if (hit.kind != CueKind::kCiting) return;
  std::vector<SourceHop> relay;
  if (!so_far.empty()) {
    relay = so_far.back().chain;
  } else if (auto before = NearestBefore(sentence.first_token, hit.begin)) {
    relay = HopsOf(*before, hit.begin, hit.end, HopRole::kRelay);
  }
  for (SourceHop h : relay) {
    h.role = HopRole::kRelay;
    hit.chain.push_back(h);
  }
}

// "تقديرات وزارة الدفاع": a genitive source; otherwise the clause's speaker.
void Attributor::ResolveNominal(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const {
  const Sentence& sentence = c_.text.sentences[s];
  if (auto ph = ParseSource(c_, hit.end, sentence.end_token, false);
      ph && ph->IsSource() && ph->first_clitic.empty()) {
    SetSource(hit, *ph, HopRole::kOrigin);
    hit.scope_end = ph->end;
  } else if (auto pre = Preverbal(sentence.first_token, hit.begin, true).opener) {
    // "قام الجيش بتقييم أن": the noun is the verb's object, its subject the source.
    SetSource(hit, *pre, HopRole::kOrigin);
  } else if (const CueHit* last = LastWithChain(so_far)) {
    hit.chain = last->chain;
    for (SourceHop& h : hit.chain) h.inferred = true;
  }
}

// Evidence shows: its owner is the clause's speaker, else the nearest source named before
// it in the sentence ("تخطط الولايات المتحدة لإصدار معلومات استخباراتية تظهر ..."), an
// intelligence service when an intelligence word comes between; else the last speaker.
void Attributor::ResolveShows(uint32_t s, const std::vector<CueHit>& so_far, CueHit& hit) const {
  const uint32_t token = hit.begin;
  if (const CueHit* last = LastWithChain(so_far)) {
    hit.chain = last->chain;
    for (SourceHop& h : hit.chain) h.inferred = true;
    return;
  }
  std::optional<SourcePhrase> owner = NearestBefore(c_.text.sentences[s].first_token, token);
  if (!owner) {
    hit.chain = Inherit(s, token, so_far);
    return;
  }
  SetSource(hit, *owner, HopRole::kOrigin);
  bool intelligence = false;
  for (uint32_t k = owner->end; k < token; ++k) {
    Hit<SourceEntry> e = MatchAt(c_, c_.tables.sources, k, token, true);
    if (e.entry && e.entry->payload.type == SourceType::kIntelligence) intelligence = true;
  }
  if (!intelligence) return;
  for (SourceHop& h : hit.chain) {
    if (h.type == SourceType::kGovernment) {
      h.name = MakeSourceName(h.name, "intelligence");
      h.type = SourceType::kIntelligence;
    }
  }
}

// A credit line ("إعداد X", "reporting by X"): an outlet credited for "this report"; the
// whole line is the surface a reader sees.
void Attributor::ResolveCredit(uint32_t s, CueHit& hit) const {
  const Sentence& sentence = c_.text.sentences[s];
  const uint32_t limit = sentence.end_token;
  std::optional<SourcePhrase> ph = ParseSource(c_, hit.end, limit, false);
  if (!ph || !ph->IsSource()) ph = Preverbal(sentence.first_token, hit.begin, false).First();
  if (!ph || !(ph->Has(SourceCategory::kOutlet) || ph->Has(SourceCategory::kOutletHead))) return;
  // The credit is only a credit when it is about "this report".
  bool about_report = false;
  for (uint32_t k = std::max(ph->end, hit.end); k < limit && k < hit.end + 12; ++k) {
    if (c_.tables.words.Is(c_.lower[k], WordRole::kReportNoun)) about_report = true;
  }
  if (!about_report) return;
  hit.chain = HopsOf(*ph, hit.begin, hit.end, HopRole::kArticleCredit);
  const ByteSpan line = c_.Original(sentence.first_token, limit);
  for (SourceHop& h : hit.chain) {
    h.span = line;
    h.surface = c_.Surface(line);
  }
  hit.own_source = true;
}

}  // namespace attr
}  // namespace mizan
