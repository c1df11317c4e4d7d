#include "core/attribution.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attributor.h"
#include "core/source_phrase.h"

// Where a chain is built: the cues of each sentence (Attributor::Run; each cue's source is
// read in attribution_cues.cc), the credits of sections and of the article, and each
// claim's chain with its credits and stance (Attributor::Attribute). The lexicon tables
// and their matches are in attribution_match.h, reading a source phrase in source_phrase.h.

namespace mizan {
namespace attr {

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

namespace {

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
bool OpensClause(const Context& c, std::string_view w) {
  return IsClauseOpener(w) || c.tables.words.Is(w, WordRole::kOpensClause);
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
    if (OpensClause(c, c.lower[k]) || !c.Candidates(c.tables.cues, k).empty()) return;
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
  return c.tables.words.Is(c.lower[cue.begin - 1], WordRole::kSpeakerlessMark);
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
// The stance of a claim: the first of kStanceOrder among `stances`, asserted when none.
Stance FirstStance(const std::vector<Stance>& stances) {
  for (Stance candidate : kStanceOrder) {
    if (std::find(stances.begin(), stances.end(), candidate) != stances.end()) return candidate;
  }
  return Stance::kAsserted;
}

}  // namespace

bool Attributor::MentionTokens(const NumberMention& m, uint32_t& first, uint32_t& end) const {
  const auto& tokens = c_.text.tokens;
  if (tokens.empty()) return false;
  first = m.first_token;
  end = m.end_token;
  if (end > first) return true;
  // Mentions built without token indices: locate them by their normalized span.
  auto it = std::lower_bound(tokens.begin(), tokens.end(), m.norm_span.begin,
                             [](const Token& t, uint32_t at) { return t.norm_span.end <= at; });
  if (it == tokens.end()) return false;
  first = static_cast<uint32_t>(it - tokens.begin());
  end = first + 1;
  while (end < tokens.size() && tokens[end].norm_span.begin < m.norm_span.end) ++end;
  return true;
}

Attributor::Governors Attributor::FindGoverning(const std::vector<CueHit>& hits, uint32_t first,
                                                uint32_t end) const {
  Governors g;
  for (const CueHit& hit : hits) {
    if (hit.kind == CueKind::kCredit) continue;
    // "denied reports that ...": a speakerless cue word right after a cue is its object.
    if (g.governing != nullptr && hit.chain.empty() && hit.begin == g.governing->end) continue;
    // "نقل" relays only with a source ("نقلت الوكالة عن ..."); without one it is "carried"
    // ("ونقل القطار 8 ملايين راكب").
    if (hit.kind == CueKind::kRelayVerb && hit.chain.empty()) continue;
    if (hit.begin < first && hit.scope_end <= first) g.governing = &hit;
  }
  // A cue before the number that names no speaker ("will cost an estimated 40 million")
  // gives its stance but leaves the speaker to a post-posed cue ("..., the mayor said").
  if (g.governing != nullptr && g.governing->chain.empty() && NamesNoSpeaker(c_, *g.governing)) {
    if (const CueHit* post = PostposedCue(hits, end); post != nullptr && !post->chain.empty()) {
      g.stance_cue = g.governing;
      g.governing = post;
    }
  }
  if (g.governing == nullptr) g.governing = PostposedCue(hits, end);
  return g;
}

// A quoted paragraph continues the speaker who opened it: "وقال X: “...”. “... 300 ...”".
std::vector<SourceHop> Attributor::QuotedSpeaker(uint32_t s) const {
  std::vector<SourceHop> speaker;
  if (!quoted_start_[s] || s == 0) return speaker;
  for (uint32_t back = s; back-- > 0 && s - back <= 2;) {
    if (speaker_of_[back] >= 0) {
      speaker = hits_[back][static_cast<size_t>(speaker_of_[back])].chain;
      break;
    }
    if (!hits_[back].empty()) break;
  }
  for (SourceHop& h : speaker) h.inferred = true;
  return speaker;
}

// A number in a descriptor ("التحالف المكون من 32 دولة") is the writer's gloss.
bool Attributor::InDescriptor(uint32_t first, uint32_t sentence_first) const {
  bool descriptor = false;
  for (uint32_t k = first > sentence_first + 4 ? first - 4 : sentence_first; k < first; ++k) {
    Hit<HedgeEntry> h = MatchAt(c_, c_.tables.hedges, k, first, true);
    if (h.entry && h.entry->payload.descriptor && h.end + 1 >= first) descriptor = true;
  }
  return descriptor;
}

// Hedges that bear on the number: after it in its clause, in a post-posed cue's phrase, and
// from the governing cue (or the sentence's start) up to the number's end.
void Attributor::Hedges(const Governors& g, uint32_t first, uint32_t end, const Sentence& sentence,
                        std::vector<Stance>& stances) const {
  AfterNumberHedges(c_, end, sentence.end_token, stances);
  if (g.governing != nullptr && g.governing->begin >= end) {
    CuePhraseHedges(c_, *g.governing, sentence.end_token, stances);
  }
  const uint32_t from = g.stance_cue != nullptr ? g.stance_cue->begin
                        : g.governing != nullptr && g.governing->begin < first
                            ? g.governing->begin
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

// The outer relays of a chain: a later "بحسب <outlet>" in the sentence (it relays what came
// before it), then the section credit, then the article's credits.
void Attributor::AddOuterRelays(uint32_t s, const CueHit* governing, uint32_t end,
                                std::vector<SourceHop>& chain) const {
  for (const CueHit& hit : hits_[s]) {
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
  const uint32_t paragraph = c_.text.sentences[s].paragraph;
  const std::vector<SourceHop>* section = nullptr;
  for (const auto& [from, credit] : section_credits_) {
    if (from <= paragraph) section = &credit;
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
}

void Attributor::Attribute(const std::vector<NumberMention>& mentions,
                           std::vector<Claim>& claims) const {
  for (Claim& claim : claims) {
    claim.attribution.clear();
    claim.stance = Stance::kAsserted;
    uint32_t first = 0, end = 0;
    if (claim.mention >= mentions.size() || !MentionTokens(mentions[claim.mention], first, end)) {
      continue;
    }
    AttributeClaim(first, end, claim);
  }
}

void Attributor::AttributeClaim(uint32_t first, uint32_t end, Claim& claim) const {
  const uint32_t s = c_.text.tokens[first].sentence;
  const Sentence& sentence = c_.text.sentences[s];
  const Governors g = FindGoverning(hits_[s], first, end);
  const CueHit* governing = g.governing;
  std::vector<SourceHop> quoted_speaker;
  if (governing == nullptr) quoted_speaker = QuotedSpeaker(s);
  const bool descriptor = InDescriptor(first, sentence.first_token);
  std::vector<SourceHop> chain;
  std::vector<Stance> stances;
  if (!descriptor) {
    chain = quoted_speaker;
    if (g.stance_cue != nullptr) stances.push_back(g.stance_cue->stance);
    if (governing != nullptr) {
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
    Hedges(g, first, end, sentence, stances);
  }
  AddOuterRelays(s, governing, end, chain);
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
  claim.stance = FirstStance(stances);
}

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
