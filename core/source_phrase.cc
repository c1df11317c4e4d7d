#include "core/source_phrase.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attribution.h"

namespace mizan {
namespace attr {
namespace {

bool Coordinator(std::string_view w) { return w == kWaw || w == "and" || w == "&"; }

std::string Slug(const Context& c, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t k = begin; k < end; ++k) {
    if (c.IsPunct(k)) continue;
    if (!out.empty()) out += '_';
    out += c.lower[k];
  }
  return out;
}

// Pointers to a phrase's elements of one kind, in phrase order. Phrases are short, so the
// first few live inline and composing a phrase rarely touches the heap.
class ElementRefs {
 public:
  void push_back(const Element* e) {
    if (heap_.empty() && size_ < inline_.size()) {
      inline_[size_++] = e;
      return;
    }
    if (heap_.empty()) heap_.assign(inline_.begin(), inline_.begin() + size_);
    heap_.push_back(e);
    ++size_;
  }
  const Element* const* begin() const { return heap_.empty() ? inline_.data() : heap_.data(); }
  const Element* const* end() const { return begin() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Element* operator[](size_t i) const { return begin()[i]; }

 private:
  std::array<const Element*, 6> inline_{};
  std::vector<const Element*> heap_;
  size_t size_ = 0;
};

SourceType TypeOf(const SourceEntry& e, SourceType fallback) {
  return e.type.value_or(fallback);
}

// English names a body before its generic head: "the Norwegian Refugee Council", "the
// Kenya National Examinations Council". The end of a run of up to four capitalized words
// (known or not, but no determiner or rank) that an English group head follows, or `token`.
uint32_t NameBeforeHead(const Context& c, uint32_t token, uint32_t limit) {
  uint32_t q = token;
  while (q < limit && q - token < 4 && c.IsWord(q) && IsLatinWord(c.raw[q]) &&
         IsCapitalized(c.raw[q]) && !IsStopWord(c.lower[q])) {
    Hit<SourceEntry> hit = MatchAt(c, c.tables.sources, q, limit, false);
    if (hit.entry != nullptr) {
      const SourceCategory cat = hit.entry->payload.category;
      if (cat == SourceCategory::kOrgHead) return q > token ? q : token;
      if (cat == SourceCategory::kRank && q == token) return token;  // "The ...": a determiner
    }
    ++q;
  }
  return token;
}

}  // namespace

std::optional<SourcePhrase> ParseSource(const Context& c, uint32_t token, uint32_t limit,
                                        bool allow_clitic) {
  const auto& table = c.tables.sources;
  const bool latin_capital =
      token < limit && c.IsWord(token) && IsLatinWord(c.raw[token]) && IsCapitalized(c.raw[token]);
  const uint32_t head = latin_capital ? NameBeforeHead(c, token, limit) : token;
  // No source starts at this word: the common case, as the rules try every start before
  // a cue.
  if (token >= limit ||
      (head == token && !c.IsPunct(token) && c.Candidates(table, token).empty())) {
    return std::nullopt;
  }
  SourcePhrase ph;
  ph.begin = token;
  ph.name_begin = token;
  ph.name_end = head;
  uint32_t p = head;
  bool first = true;
  bool joined = false;  // a و / في / of / comma was just read
  while (p < limit) {
    if (c.IsPunct(p) && IsQuote(c.raw[p]) && !first) {
      uint32_t q = p + 1;
      while (q < limit && c.IsPunct(q) && IsQuote(c.raw[q])) ++q;
      if (q < limit && MatchAt(c, table, q, limit, false).entry != nullptr) {
        p = q;
        continue;
      }
      break;
    }
    if (c.IsPunct(p) && IsQuote(c.raw[p]) && first) {
      ++p;  // "بحسب "أسوشيتد برس"": the quoted name is the phrase
      ph.begin = p;
      continue;
    }
    Hit<SourceEntry> hit = MatchAt(c, table, p, limit, first ? allow_clitic : true);
    if (hit.entry != nullptr && !first && !hit.clitic.empty()) {
      // Inside a phrase only و (coordination) and ل (genitive: "للحلف") may be attached;
      // a لـ + outlet is the addressee of "told", not part of the subject.
      const SourceCategory cat = hit.entry->payload.category;
      const bool lam = HasClitic(hit.clitic, kLam);
      if (HasClitic(hit.clitic, kBa) || HasClitic(hit.clitic, kKaf) ||
          HasClitic(hit.clitic, kFa) ||
          (lam && (cat == SourceCategory::kOutlet || cat == SourceCategory::kOutletHead))) {
        hit.entry = nullptr;
      }
    }
    const bool coordinated =
        joined || (hit.entry != nullptr && hit.clitic.substr(0, 2) == kWaw) ||
        (hit.entry != nullptr && HasClitic(hit.clitic, kLam));
    if (hit.entry != nullptr && !first &&
        hit.entry->payload.category == SourceCategory::kDocument &&
        ph.elements.back().entry->category != SourceCategory::kDocument) {
      break;  // "مدونون روس مقطع فيديو": the evidence is the verb's object, not the source
    }
    if (hit.entry != nullptr && !first && !coordinated) {
      // Two names side by side without و/في are subject and object ("اتهمت سول بيونغ
      // يانغ"), not one phrase; a person after a title or country is an apposition.
      const SourceCategory cat = hit.entry->payload.category;
      const SourceCategory last = ph.elements.back().entry->category;
      const bool named = last == SourceCategory::kCountry || last == SourceCategory::kPerson ||
                         last == SourceCategory::kOrg || last == SourceCategory::kOutlet;
      if (named && (cat == SourceCategory::kCountry || cat == SourceCategory::kOrg ||
                     cat == SourceCategory::kOutlet ||
                     (cat == SourceCategory::kPerson && last != SourceCategory::kCountry &&
                      last != SourceCategory::kOrg))) {
        break;
      }
    }
    joined = false;
    if (hit.entry != nullptr) {
      if (first) {
        ph.first_clitic = hit.clitic;
        ph.elements.reserve(4);  // one allocation for the usual phrase of up to four
      }
      ph.elements.push_back({&hit.entry->payload, p, hit.end, hit.trim});
      p = hit.end;
      ph.end = p;
      first = false;
      continue;
    }
    if (first) break;
    const std::string_view w = c.lower[p];
    auto next_matches = [&](uint32_t q) {
      return q < limit && MatchAt(c, table, q, limit, false).entry != nullptr;
    };
    if ((Coordinator(w) || Connector(w)) && next_matches(p + 1)) {
      ++p;
      joined = true;
      continue;
    }
    if (w == "'" && p + 1 < limit && c.lower[p + 1] == "s" && next_matches(p + 2)) {
      p += 2;
      continue;
    }
    if (w == "'" && p + 1 < limit && c.lower[p + 1] == "s") {
      ph.end = p + 2;  // "South Korea's" closes a possessive before a head noun
      p += 2;
      continue;
    }
    // An apposition: "الأمين العام للحلف، مارك روتي،".
    if (IsComma(c.raw[p]) && p + 1 < limit) {
      Hit<SourceEntry> next = MatchAt(c, table, p + 1, limit, false);
      if (next.entry != nullptr && next.entry->payload.category == SourceCategory::kPerson) {
        ++p;
        joined = true;
        continue;
      }
    }
    // Unknown name words after a title or outlet head: "المتحدثة باسم البنتاغون سابرينا
    // سينغ", "صحيفة تايمز أوف إنديا", "محطة "أس بي أي"".
    const bool takes_name = (ph.Has(SourceCategory::kTitle) ||
                             ph.Has(SourceCategory::kOutletHead) ||
                             ph.Has(SourceCategory::kOrgHead) ||
                             ph.Has(SourceCategory::kAnalyst)) &&
                            ph.name_end == ph.name_begin && !ph.Has(SourceCategory::kPerson) &&
                            !ph.Has(SourceCategory::kOutlet);
    if (takes_name) {
      uint32_t q = p;
      if (IsComma(c.raw[q])) ++q;
      // "coordinator of Riverside Help", "head of the Valley Rescue Committee": an English
      // title names its body after of/for (and the article).
      if (IsLatinWord(c.raw[q]) && (c.lower[q] == "of" || c.lower[q] == "for") && q + 1 < limit) {
        uint32_t r = q + 1;
        if (c.lower[r] == "the" && r + 1 < limit) ++r;
        if (c.IsWord(r) && IsCapitalized(c.raw[r])) q = r;
      }
      const bool quoted = q < limit && c.IsPunct(q) && IsQuote(c.raw[q]);
      if (quoted) ++q;
      const uint32_t name_begin = q;
      const uint32_t max_words = quoted ? 6 : 3;
      while (q < limit && q - name_begin < max_words && c.IsWord(q) &&
             !IsStopWord(c.lower[q]) &&
             MatchAt(c, c.tables.cues, q, limit, true).entry == nullptr &&
             (!IsLatinWord(c.raw[q]) || IsCapitalized(c.raw[q]) || quoted)) {
        ++q;
      }
      if (q > name_begin) {
        ph.name_begin = name_begin;
        ph.name_end = q;
        if (quoted && q < limit && c.IsPunct(q) && IsQuote(c.raw[q])) ++q;
        p = q;
        ph.end = q;
        continue;
      }
    }
    break;
  }
  if (ph.elements.empty() || !(ph.IsSource() || ph.IsDocument())) return std::nullopt;
  return ph;
}

std::string Join(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(a) + "." + std::string(b);
}

std::vector<Referent> Compose(const Context& c, const SourcePhrase& ph) {
  std::vector<Referent> out;
  ElementRefs persons, outlets, orgs, countries;
  const Element* head = nullptr;
  const Element* domain = ph.First(SourceCategory::kDomain);
  const Element* document = ph.First(SourceCategory::kDocument);
  for (const Element& e : ph.elements) {
    switch (e.entry->category) {
      case SourceCategory::kPerson: persons.push_back(&e); break;
      case SourceCategory::kOutlet: outlets.push_back(&e); break;
      case SourceCategory::kOrg: orgs.push_back(&e); break;
      case SourceCategory::kCountry:
      case SourceCategory::kNationality: countries.push_back(&e); break;
      case SourceCategory::kTitle:
        // "a police spokesman", "the health ministry spokeswoman": English names the body
        // first, but the office holder speaks, as in "المتحدث باسم الشرطة"; the body is
        // its owner.
        if (head == nullptr || head->entry->category == SourceCategory::kInstitution) head = &e;
        break;
      case SourceCategory::kInstitution:
      case SourceCategory::kOutletHead:
      case SourceCategory::kAnonymous:
      case SourceCategory::kReports:
      case SourceCategory::kSocial:
      case SourceCategory::kAnalyst:
      case SourceCategory::kOrgHead:
        if (head == nullptr) head = &e;
        break;
      default: break;
    }
  }
  const uint32_t first_trim = ph.elements.empty() || ph.elements[0].begin != ph.begin
                                  ? 0
                                  : ph.elements[0].clitic_bytes;
  auto whole = [&](std::string name, SourceType type) {
    out.push_back({std::move(name), type, ph.begin, ph.end, first_trim});
  };
  auto each = [&](const ElementRefs& list, bool own_span) {
    for (const Element* e : list) {
      Referent r{e->entry->id, TypeOf(*e->entry, SourceType::kOrganisation), ph.begin, ph.end,
                 first_trim};
      if (own_span && list.size() > 1) {
        r.begin = e->begin;
        r.end = e->end;
        r.trim = e->clitic_bytes;
      }
      out.push_back(std::move(r));
    }
  };
  if (!persons.empty()) {
    each(persons, true);
    return out;
  }
  if (!outlets.empty()) {
    each(outlets, true);
    return out;
  }
  if (head != nullptr && head->entry->category == SourceCategory::kOutletHead) {
    const SourceType type = TypeOf(*head->entry, SourceType::kMedia);
    if (ph.name_end > ph.name_begin) {
      whole("media." + Slug(c, ph.name_begin, ph.name_end), type);
    } else {
      whole(Join(countries.empty() ? "" : countries[0]->entry->id, head->entry->id), type);
    }
    return out;
  }
  // "جمعية الهلال الأحمر": a head before a known body is that body, named below.
  if (head != nullptr && head->entry->category == SourceCategory::kOrgHead &&
      ph.name_end > ph.name_begin) {
    // "المرصد السوداني لحقوق الإنسان" and "المرصد المصري لحقوق الإنسان" are two bodies: a
    // country named in the phrase is part of the name.
    const std::string country = countries.empty() ? "" : countries[0]->entry->id;
    whole("org." + Join(country, Slug(c, ph.name_begin, ph.name_end)),
          TypeOf(*head->entry, SourceType::kOrganisation));
    return out;
  }
  if (head != nullptr && head->entry->category == SourceCategory::kTitle) {
    std::string owner;
    const Element* inst = ph.First(SourceCategory::kInstitution);
    if (!orgs.empty()) {
      owner = orgs[0]->entry->id;
    } else {
      owner = Join(countries.empty() ? "" : countries[0]->entry->id,
                   inst != nullptr ? inst->entry->id : "");
    }
    std::string name = Join(owner, head->entry->id);
    if (ph.name_end > ph.name_begin) name = Join(name, Slug(c, ph.name_begin, ph.name_end));
    whole(std::move(name), TypeOf(*head->entry, SourceType::kOfficial));
    return out;
  }
  if (!orgs.empty()) {
    each(orgs, true);
    return out;
  }
  const bool intelligence_document =
      document != nullptr && document->entry->type == SourceType::kIntelligence;
  if (head != nullptr || domain != nullptr) {
    std::string suffix;
    SourceType type = SourceType::kAnonymous;
    bool anonymous = false;
    if (head == nullptr || head->entry->category == SourceCategory::kAnonymous) {
      if (domain != nullptr) {
        suffix = domain->entry->id;
        type = TypeOf(*domain->entry, SourceType::kIntelligence);
      } else {
        suffix = head->entry->id;
        type = SourceType::kAnonymous;
        anonymous = true;
      }
    } else {
      suffix = head->entry->id;
      type = TypeOf(*head->entry, SourceType::kOrganisation);
      if (head->entry->category == SourceCategory::kAnalyst && ph.name_end > ph.name_begin) {
        suffix = Join(suffix, Slug(c, ph.name_begin, ph.name_end));
      }
      if (head->entry->category == SourceCategory::kInstitution && domain != nullptr &&
          domain->entry->id == "intelligence") {
        suffix = "intelligence";
        type = SourceType::kIntelligence;
      }
    }
    if (intelligence_document) type = SourceType::kIntelligence;
    if (countries.empty()) {
      whole(anonymous ? Join("anonymous", suffix) : suffix, type);
      return out;
    }
    for (const Element* country : countries) {
      std::string name = Join(country->entry->id, suffix);
      whole(anonymous ? Join("anonymous", name) : name, type);
    }
    return out;
  }
  for (const Element* country : countries) {
    Referent r{country->entry->id, TypeOf(*country->entry, SourceType::kGovernment), ph.begin,
               ph.end, first_trim};
    if (intelligence_document) {
      r.name = Join(r.name, "intelligence");
      r.type = SourceType::kIntelligence;
    }
    if (countries.size() > 1) {
      r.begin = country->begin;
      r.end = country->end;
      r.trim = country->clitic_bytes;
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace attr

std::vector<SourceHop> ReadSourcePhrase(std::string_view phrase,
                                        const AttributionLexicon& lexicon) {
  const std::string original(phrase);
  AnalyzedText text = AnalyzeText(original);
  if (text.tokens.empty()) return {};
  attr::Context c(text, original, lexicon.tables());
  const auto size = static_cast<uint32_t>(text.tokens.size());
  std::optional<attr::SourcePhrase> ph = attr::ParseSource(c, 0, size, true);
  if (!ph || !ph->IsSource() || ph->end != size) return {};
  std::vector<SourceHop> hops;
  std::vector<attr::Referent> refs = attr::Compose(c, *ph);
  for (const attr::Referent& r : refs) {
    SourceHop h;
    h.span = c.Original(r.begin, r.end, r.trim);
    h.surface = c.Surface(h.span);
    h.name = r.name;
    h.type = r.type;
    h.role = refs.size() > 1 ? HopRole::kCoOrigin : HopRole::kOrigin;
    hops.push_back(std::move(h));
  }
  return hops;
}


}  // namespace mizan
