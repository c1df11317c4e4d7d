#include "core/source_phrase.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attribution.h"
#include "core/source_name.h"

namespace mizan {
namespace attr {
namespace {

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

// Inside a phrase only و (coordination) and ل (genitive: "للحلف") may be attached to a
// name; a لـ + outlet is the addressee of "told", not part of the subject.
bool CliticAllowedInside(const Hit<SourceEntry>& hit) {
  if (hit.clitic.empty()) return true;
  const SourceCategory cat = hit.entry->payload.category;
  const bool lam = HasClitic(hit.clitic, kLam);
  return !(HasClitic(hit.clitic, kBa) || HasClitic(hit.clitic, kKaf) ||
           HasClitic(hit.clitic, kFa) ||
           (lam && (cat == SourceCategory::kOutlet || cat == SourceCategory::kOutletHead)));
}

// Two names side by side without و/في are subject and object ("اتهمت سول بيونغ يانغ"), not
// one phrase; a person after a title or country is an apposition.
bool SubjectThenObject(SourceCategory last, SourceCategory cat) {
  const bool named = last == SourceCategory::kCountry || last == SourceCategory::kPerson ||
                     last == SourceCategory::kOrg || last == SourceCategory::kOutlet;
  return named && (cat == SourceCategory::kCountry || cat == SourceCategory::kOrg ||
                   cat == SourceCategory::kOutlet ||
                   (cat == SourceCategory::kPerson && last != SourceCategory::kCountry &&
                    last != SourceCategory::kOrg));
}

// A word between two names of one phrase at `p`: a coordinator or connector before a name
// ("و", "of"; sets `joined`), a possessive "'s", or the comma of an apposition before a
// person ("الأمين العام للحلف، مارك روتي،"). Moves `p` past it; false when there is none.
bool ReadLink(const Context& c, uint32_t limit, uint32_t& p, bool& joined, SourcePhrase& ph) {
  const auto& table = c.tables.sources;
  const std::string_view w = c.lower[p];
  auto next_matches = [&](uint32_t q) {
    return q < limit && MatchAt(c, table, q, limit, false).entry != nullptr;
  };
  if ((c.tables.words.Is(w, WordRole::kCoordinator) || Connector(w)) && next_matches(p + 1)) {
    ++p;
    joined = true;
    return true;
  }
  if (w == "'" && p + 1 < limit && c.lower[p + 1] == "s") {
    // "South Korea's" closes a possessive before a head noun, unless a name follows.
    if (!next_matches(p + 2)) ph.end = p + 2;
    p += 2;
    return true;
  }
  if (IsComma(c.raw[p]) && p + 1 < limit) {
    Hit<SourceEntry> next = MatchAt(c, table, p + 1, limit, false);
    if (next.entry != nullptr && next.entry->payload.category == SourceCategory::kPerson) {
      ++p;
      joined = true;
      return true;
    }
  }
  return false;
}

// Unknown name words after a title or outlet head: "المتحدثة باسم البنتاغون سابرينا سينغ",
// "صحيفة تايمز أوف إنديا", "محطة "أس بي أي"". Sets the phrase's name and moves `p` past
// it; false when the phrase takes no name here.
bool ReadUnknownName(const Context& c, uint32_t limit, uint32_t& p, SourcePhrase& ph) {
  const bool takes_name = (ph.Has(SourceCategory::kTitle) ||
                           ph.Has(SourceCategory::kOutletHead) ||
                           ph.Has(SourceCategory::kOrgHead) ||
                           ph.Has(SourceCategory::kAnalyst)) &&
                          ph.name_end == ph.name_begin && !ph.Has(SourceCategory::kPerson) &&
                          !ph.Has(SourceCategory::kOutlet);
  if (!takes_name) return false;
  uint32_t q = p;
  if (IsComma(c.raw[q])) ++q;
  // "coordinator of Riverside Help", "head of the Valley Rescue Committee": an English
  // title names its body after of/for (and the article).
  if (IsLatinWord(c.raw[q]) && c.tables.words.Is(c.lower[q], WordRole::kTitleOf) && q + 1 < limit) {
    uint32_t r = q + 1;
    if (c.tables.words.Is(c.lower[r], WordRole::kDefiniteArticle) && r + 1 < limit) ++r;
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
  if (q == name_begin) return false;
  ph.name_begin = name_begin;
  ph.name_end = q;
  if (quoted && q < limit && c.IsPunct(q) && IsQuote(c.raw[q])) ++q;
  p = q;
  ph.end = q;
  return true;
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
    if (hit.entry != nullptr && !first && !CliticAllowedInside(hit)) hit.entry = nullptr;
    const bool coordinated =
        joined || (hit.entry != nullptr && hit.clitic.substr(0, 2) == kWaw) ||
        (hit.entry != nullptr && HasClitic(hit.clitic, kLam));
    if (hit.entry != nullptr && !first &&
        hit.entry->payload.category == SourceCategory::kDocument &&
        ph.elements.back().entry->category != SourceCategory::kDocument) {
      break;  // "مدونون روس مقطع فيديو": the evidence is the verb's object, not the source
    }
    if (hit.entry != nullptr && !first && !coordinated &&
        SubjectThenObject(ph.elements.back().entry->category, hit.entry->payload.category)) {
      break;
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
    if (ReadLink(c, limit, p, joined, ph) || ReadUnknownName(c, limit, p, ph)) continue;
    break;
  }
  if (ph.elements.empty() || !(ph.IsSource() || ph.IsDocument())) return std::nullopt;
  return ph;
}

namespace {

// A phrase's elements by what they name, and its head: the word that says what kind of
// source speaks (a title, an institution, an outlet's head noun, ...).
struct PhraseParts {
  ElementRefs persons, outlets, orgs, countries;
  const Element* head = nullptr;
  const Element* domain = nullptr;
  const Element* document = nullptr;
  uint32_t first_trim = 0;  // clitic bytes before the phrase's first element
};

PhraseParts PartsOf(const SourcePhrase& ph) {
  PhraseParts parts;
  parts.domain = ph.First(SourceCategory::kDomain);
  parts.document = ph.First(SourceCategory::kDocument);
  const Element*& head = parts.head;
  for (const Element& e : ph.elements) {
    switch (e.entry->category) {
      case SourceCategory::kPerson: parts.persons.push_back(&e); break;
      case SourceCategory::kOutlet: parts.outlets.push_back(&e); break;
      case SourceCategory::kOrg: parts.orgs.push_back(&e); break;
      case SourceCategory::kCountry:
      case SourceCategory::kNationality: parts.countries.push_back(&e); break;
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
  parts.first_trim = ph.elements.empty() || ph.elements[0].begin != ph.begin
                         ? 0
                         : ph.elements[0].clitic_bytes;
  return parts;
}

std::string_view FirstCountry(const PhraseParts& parts) {
  return parts.countries.empty() ? std::string_view() : parts.countries[0]->entry->id;
}

// One referent per element of `list`, each with its own span when there are several.
void EachOf(const SourcePhrase& ph, const PhraseParts& parts, const ElementRefs& list,
            std::vector<Referent>& out) {
  for (const Element* e : list) {
    Referent r{e->entry->id, TypeOf(*e->entry, SourceType::kOrganisation), ph.begin, ph.end,
               parts.first_trim};
    if (list.size() > 1) {
      r.begin = e->begin;
      r.end = e->end;
      r.trim = e->clitic_bytes;
    }
    out.push_back(std::move(r));
  }
}

// The name of a title's holder: "<owner>.<title>[.<name>]", the owner an organisation or
// "<country>.<institution>".
std::string TitleName(const Context& c, const SourcePhrase& ph, const PhraseParts& parts) {
  std::string owner;
  const Element* inst = ph.First(SourceCategory::kInstitution);
  if (!parts.orgs.empty()) {
    owner = parts.orgs[0]->entry->id;
  } else {
    owner = MakeSourceName(FirstCountry(parts), inst != nullptr ? inst->entry->id : "");
  }
  std::string name = MakeSourceName(owner, parts.head->entry->id);
  if (ph.name_end > ph.name_begin) name = MakeSourceName(name, Slug(c, ph.name_begin, ph.name_end));
  return name;
}

// A head or a domain with no title: an institution, an anonymous source, an analyst or
// a domain ("intelligence"), one referent per country named with it.
void HeadReferents(const Context& c, const SourcePhrase& ph, const PhraseParts& parts,
                   std::vector<Referent>& out) {
  const Element* head = parts.head;
  const Element* domain = parts.domain;
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
      suffix = MakeSourceName(suffix, Slug(c, ph.name_begin, ph.name_end));
    }
    if (head->entry->category == SourceCategory::kInstitution && domain != nullptr &&
        domain->entry->id == "intelligence") {
      suffix = "intelligence";
      type = SourceType::kIntelligence;
    }
  }
  if (parts.document != nullptr && parts.document->entry->type == SourceType::kIntelligence) {
    type = SourceType::kIntelligence;
  }
  auto whole = [&](std::string name) {
    out.push_back({anonymous ? MakeSourceName("anonymous", name) : std::move(name), type, ph.begin, ph.end,
                   parts.first_trim});
  };
  if (parts.countries.empty()) {
    whole(std::move(suffix));
    return;
  }
  for (const Element* country : parts.countries) whole(MakeSourceName(country->entry->id, suffix));
}

// Countries alone: each is its government (its intelligence service with an intelligence
// document).
void CountryReferents(const SourcePhrase& ph, const PhraseParts& parts,
                      std::vector<Referent>& out) {
  const bool intelligence_document =
      parts.document != nullptr && parts.document->entry->type == SourceType::kIntelligence;
  for (const Element* country : parts.countries) {
    Referent r{country->entry->id, TypeOf(*country->entry, SourceType::kGovernment), ph.begin,
               ph.end, parts.first_trim};
    if (intelligence_document) {
      r.name = MakeSourceName(r.name, "intelligence");
      r.type = SourceType::kIntelligence;
    }
    if (parts.countries.size() > 1) {
      r.begin = country->begin;
      r.end = country->end;
      r.trim = country->clitic_bytes;
    }
    out.push_back(std::move(r));
  }
}

}  // namespace

std::vector<Referent> Compose(const Context& c, const SourcePhrase& ph) {
  std::vector<Referent> out;
  const PhraseParts parts = PartsOf(ph);
  const Element* head = parts.head;
  auto whole = [&](std::string name, SourceType type) {
    out.push_back({std::move(name), type, ph.begin, ph.end, parts.first_trim});
  };
  if (!parts.persons.empty()) {
    EachOf(ph, parts, parts.persons, out);
  } else if (!parts.outlets.empty()) {
    EachOf(ph, parts, parts.outlets, out);
  } else if (head != nullptr && head->entry->category == SourceCategory::kOutletHead) {
    const SourceType type = TypeOf(*head->entry, SourceType::kMedia);
    if (ph.name_end > ph.name_begin) {
      whole(MakeSourceName("media", Slug(c, ph.name_begin, ph.name_end)), type);
    } else {
      whole(MakeSourceName(FirstCountry(parts), head->entry->id), type);
    }
  } else if (head != nullptr && head->entry->category == SourceCategory::kOrgHead &&
             ph.name_end > ph.name_begin) {
    // "جمعية الهلال الأحمر": a head before a known body is that body. "المرصد السوداني
    // لحقوق الإنسان" and "المرصد المصري لحقوق الإنسان" are two bodies: a country named in
    // the phrase is part of the name.
    whole(MakeSourceName("org", MakeSourceName(FirstCountry(parts), Slug(c, ph.name_begin, ph.name_end))),
          TypeOf(*head->entry, SourceType::kOrganisation));
  } else if (head != nullptr && head->entry->category == SourceCategory::kTitle) {
    whole(TitleName(c, ph, parts), TypeOf(*head->entry, SourceType::kOfficial));
  } else if (!parts.orgs.empty()) {
    EachOf(ph, parts, parts.orgs, out);
  } else if (head != nullptr || parts.domain != nullptr) {
    HeadReferents(c, ph, parts, out);
  } else {
    CountryReferents(ph, parts, out);
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
