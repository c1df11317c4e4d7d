// Scoring: claims -> slots -> source reliability -> a confidence per claim, with reasons.
// Claims (extracted, or structured claims from another pipeline) become flat ScoreClaim
// records; align.cc groups them into slots (one quantity in the world each) and relates
// their values over time; reliability.cc weighs the sources by truth discovery; score.cc
// gives every claim a confidence and every slot an estimate.
//
//   ScoreInput input = MakeScoreInput(documents, extractions, copy_groups);
//   ScoreReport report = Score(input, ScoreOptions{});
//   // report.claims[i].confidence, report.slots[j].relation, report.sources[k].reliability
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/copies.h"
#include "core/stories.h"
#include "core/document.h"
#include "core/error.h"
#include "core/model.h"
#include "core/place_hierarchy.h"

namespace mizan {

// What scoring needs to know of a document besides its claims.
struct DocumentMeta {
  std::string id;
  std::string outlet;     // "" when unknown: the document id stands in as the publisher
  PublicationDate published;
  std::string language;
};

// "No time known" for ScoreClaim::time.
inline constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();

// The names of a claim's origins: the part of std::vector<std::string>'s interface that
// ScoreClaim::origins needs, holding one (non-empty) name in place (almost every claim has
// one origin, and a vector of one name was an allocation per claim) and more on the heap.
// 40 bytes, so that the claim records alignment streams grow little. Iterators are
// pointers, so std::sort and std::unique work on it as on a vector.
//
//   OriginNames o = {"reuters"};  o.push_back("ap");  std::sort(o.begin(), o.end());
class OriginNames {
 public:
  using value_type = std::string;
  using iterator = std::string*;
  using const_iterator = const std::string*;

  OriginNames() = default;
  OriginNames(std::initializer_list<std::string> names) { assign(names); }
  OriginNames(const OriginNames& other) { *this = other; }
  OriginNames& operator=(const OriginNames& other) {
    if (this == &other) return *this;
    one_ = other.one_;
    many_ = other.many_ ? std::make_unique<std::vector<std::string>>(*other.many_) : nullptr;
    return *this;
  }
  // A moved-from OriginNames is empty, as a moved-from vector is.
  OriginNames(OriginNames&& other) noexcept { *this = std::move(other); }
  OriginNames& operator=(OriginNames&& other) noexcept {
    if (this == &other) return *this;
    one_ = std::move(other.one_);
    many_ = std::move(other.many_);
    other.one_.clear();
    return *this;
  }
  OriginNames& operator=(std::initializer_list<std::string> names) {
    assign(names);
    return *this;
  }

  void push_back(std::string name) {
    if (!many_ && one_.empty() && !name.empty()) {
      one_ = std::move(name);
      return;
    }
    if (!many_) {  // a second name (or an empty one): every name to the heap
      many_ = std::make_unique<std::vector<std::string>>();
      many_->reserve(2);
      if (!one_.empty()) many_->push_back(std::move(one_));
      one_.clear();
    }
    many_->push_back(std::move(name));
  }
  template <typename... Args>
  std::string& emplace_back(Args&&... args) {
    push_back(std::string(std::forward<Args>(args)...));
    return back();
  }
  // Removes [first, last) (pointers into this list); returns where `last` was.
  iterator erase(const_iterator first, const_iterator last) {
    const size_t from = static_cast<size_t>(first - data()), to = static_cast<size_t>(last - data());
    if (many_) {
      many_->erase(many_->begin() + static_cast<std::ptrdiff_t>(from),
                   many_->begin() + static_cast<std::ptrdiff_t>(to));
    } else if (from < to) {
      one_.clear();
    }
    return begin() + from;
  }
  void clear() {
    one_.clear();
    many_.reset();
  }

  size_t size() const { return many_ ? many_->size() : (one_.empty() ? 0 : 1); }
  bool empty() const { return size() == 0; }
  size_t capacity() const { return many_ ? many_->capacity() : 1; }
  iterator begin() { return data(); }
  iterator end() { return data() + size(); }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size(); }
  std::string& operator[](size_t k) { return data()[k]; }
  const std::string& operator[](size_t k) const { return data()[k]; }
  std::string& front() { return *data(); }
  const std::string& front() const { return *data(); }
  std::string& back() { return data()[size() - 1]; }
  const std::string& back() const { return data()[size() - 1]; }
  friend bool operator==(const OriginNames& a, const OriginNames& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  std::string* data() { return many_ ? many_->data() : &one_; }
  const std::string* data() const { return many_ ? many_->data() : &one_; }
  void assign(std::initializer_list<std::string> names) {
    clear();
    for (const std::string& name : names) push_back(name);
  }

  std::string one_;  // the name, while there is one (non-empty) and many_ is null
  std::unique_ptr<std::vector<std::string>> many_;  // every name, once one is not in one_
};

// One claim as scoring sees it: flat, with its value copied in. Extracted claims and
// structured claims both become these.
struct ScoreClaim {
  std::string id;       // extracted: the claim id "<doc>#<n>"; structured: "<file stem>#<line>"
  std::string doc;      // document id ("" for structured claims)
  std::string object;   // structured "object" key (the slot is given); "" when extracted
  std::string unit, subject, predicate, place;  // the blocking key (see align.h)
  std::string counted;  // what is counted (Claim::counted; the unit when that is empty)
  std::string story;    // the story (articles about one event or topic) of its document
  std::string event;    // Claim::event: "" for its story's own event, else a background one
  std::string incident;  // Claim::incident: the town of its incident within the story, or ""
  bool incident_region = false;  // Claim::incident_region: `incident` is a province
  bool amount = false;  // Claim::amount: money, a rate or a measure, not a count of things
  bool cumulative = false;       // the count can only grow over time
  bool casualty = false;         // Claim::casualty: a count of a side's losses
  bool forward_looking = false;  // a prediction or plan, not an observed count
  bool increment = false;        // an addition, never a total
  NumericValue value;
  // Time as days since 1970-01-01 of the end of the claim's time (ISO input), or the raw
  // number of a structured numeric "time"; kNoTime when unknown.
  int64_t time = kNoTime;
  int64_t time_start = kNoTime;   // start of the claim's time interval (kNoTime: open)
  bool time_from_publication = false;  // dated only by its article
  // A price or rate per unit (Claim::per_unit): the day (days since 1970-01-01) whose level
  // it states, a part of its blocking key; kNoTime for every other claim. Its own one-day
  // time within a week before its article ("أمس", "يوم الخميس"), else its article's day.
  int64_t price_day = kNoTime;
  // A cumulative count over a running period (a count of things, not an amount): the first
  // day (days since 1970-01-01) of the period its own time expression gives when that period
  // starts at least four weeks before its article and runs past it ("هذا العام", "this
  // year"); a part of its blocking key, so a year-to-date total never shares a slot with one
  // incident's count; its `time` is then its article's day (the total so far). kNoTime
  // otherwise (input.cc PeriodStart says why not "since X").
  int64_t period_start = kNoTime;
  std::string time_label;         // the ISO date or number, as printed in timelines
  // Independent origin(s): the origin and co-origin names, sorted; for an unattributed
  // claim, the publisher (outlet, or "doc:<id>").
  OriginNames origins;
  SourceType origin_type = SourceType::kUnattributed;
  bool unattributed = false;  // no source named: the article's own narrative
  bool structured = false;    // from a structured claims file (no chain to judge)
  uint8_t relays = 0;         // relay hops between the origin and the reader
  std::string relay;          // the last relay's name, for reasons ("" if none)
  Stance stance = Stance::kAsserted;
  std::string copy_group;     // the copy group of its document, or ""
  // The distinctive words of its sentence (story terms in the sentences of counts under a
  // predicate of at most max(2%, 30) of the articles that have such counts; what it counts
  // left out), as batch-wide ids, sorted: figures of one day whose sentences share none are most
  // likely of different incidents. Read only when `has_sentence` (extracted counts under a
  // predicate whose article text was given).
  std::vector<uint32_t> incident_words;
  bool has_sentence = false;
};

struct ScoreInput {
  std::vector<ScoreClaim> claims;
  std::vector<DocumentMeta> documents;
  std::vector<CopyGroup> copies;
  std::vector<Story> stories;  // every document's story (core/stories.h); may be empty
};

enum class SlotRelation : uint8_t {
  kSingle,         // one claim
  kAgreement,      // compatible values for the same time
  kEvolution,      // values change with time, consistently (a cumulative count grows)
  kContradiction,  // values that cannot both hold at their times
  kMixed,          // evolution and a contradiction both present
};
std::string_view ToString(SlotRelation relation);

struct TimelinePoint {
  std::string date;                 // ISO date (the claim time's end), or "" if undated
  std::optional<double> low, high;  // the consensus interval at that date
  double value = 0;                 // point estimate at that date
  std::vector<std::string> claims;  // claims dated there
};

struct SlotEstimate {
  std::optional<double> low, high;  // the latest consensus interval (a credible band)
  double value = 0;                 // the latest point estimate
  std::string as_of;                // the date it holds for
  double uncertainty = 0;           // relative half-width of the band (0.1 = ±10%); -1 open
};


// What scoring concluded of one claim; ToString gives the id of the JSON report.
enum class Verdict : uint8_t {
  kCorroborated,    // "corroborated": enough independent origins agree at its time
  kUncorroborated,  // "uncorroborated": others speak of the key, none confirms it
  kSuperseded,      // "superseded": a later figure replaced it
  kStale,           // "stale": a repeat of an older figure after a larger one was out
  kContradicted,    // "contradicted": other figures for the same time disagree
  kUnverifiable,    // "unverifiable": a single independent origin
};
std::string_view ToString(Verdict verdict);
// The verdict whose ToString is `id`; std::nullopt for an unknown id.
std::optional<Verdict> ParseVerdict(std::string_view id);

// The reasons of a claim (or of a slot), for an editor ("corroborated by 3 independent
// origins"), in one buffer, held in the object itself up to kInlineBytes (most claims' reasons fit: no
// allocation at all; the scoring of 50,000 claims made 250,000 small strings, then one
// buffer per claim), on the heap past that. Iterates its texts, in the order they were
// added, as std::string_view.
//
//   ClaimReasons why;
//   why.push_back("stale repeat");  why.Add("origin ", name, " (media)");
//   for (std::string_view text : why) ...
class ClaimReasons {
 public:
  static constexpr size_t kInlineBytes = 216;

  ClaimReasons() = default;
  ClaimReasons(std::initializer_list<std::string_view> texts) {
    for (std::string_view text : texts) push_back(text);
  }
  // Copies only the bytes in use (the inline buffer is not cleared on construction: a
  // ClaimScore per claim would clear 216 bytes it mostly never reads).
  ClaimReasons(const ClaimReasons& other) { *this = other; }
  ClaimReasons& operator=(const ClaimReasons& other) {
    if (this == &other) return *this;
    heap_ = other.heap_;
    size_ = other.size_;
    count_ = other.count_;
    if (heap_.empty() && size_ > 0) std::memcpy(inline_, other.inline_, size_);
    return *this;
  }
  // A moved-from ClaimReasons is empty (its size must not outlive its heap buffer).
  ClaimReasons(ClaimReasons&& other) noexcept { *this = std::move(other); }
  ClaimReasons& operator=(ClaimReasons&& other) noexcept {
    if (this == &other) return *this;
    heap_ = std::move(other.heap_);
    size_ = other.size_;
    count_ = other.count_;
    if (heap_.empty() && size_ > 0) std::memcpy(inline_, other.inline_, size_);
    other.heap_.clear();
    other.size_ = other.count_ = 0;
    return *this;
  }

  // Adds one text.
  void push_back(std::string_view text) { Add(text); }
  // Adds one text made of `parts` (each convertible to std::string_view), concatenated.
  template <typename... Parts>
  void Add(const Parts&... parts) {
    const size_t size = (std::string_view(parts).size() + ...);
    char length[10];  // the length, 7 bits a byte, low bits first
    size_t length_bytes = 0;
    for (size_t rest = size;; rest >>= 7) {
      const char low = static_cast<char>(rest & 0x7f);
      if (rest < 0x80) {
        length[length_bytes++] = low;
        break;
      }
      length[length_bytes++] = static_cast<char>(low | 0x80);
    }
    char* out = Extend(length_bytes + size);
    std::memcpy(out, length, length_bytes);
    out += length_bytes;
    (Copy(std::string_view(parts), out), ...);
    ++count_;
  }
  // Room for `bytes` of texts (and their lengths) without growing.
  void reserve(size_t bytes) {
    if (bytes > kInlineBytes && heap_.empty()) {
      heap_.reserve(bytes);
      heap_.assign(inline_, size_);
    }
  }

  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    const_iterator() = default;
    explicit const_iterator(const char* at) : at_(at) {}
    std::string_view operator*() const {
      const char* p = at_;
      const size_t size = ReadSize(p);
      return std::string_view(p, size);
    }
    const_iterator& operator++() {
      const size_t size = ReadSize(at_);
      at_ += size;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const const_iterator& other) const { return at_ == other.at_; }
    bool operator!=(const const_iterator& other) const { return at_ != other.at_; }

   private:
    // Reads the length at `p` and moves `p` past it.
    static size_t ReadSize(const char*& p) {
      size_t size = 0;
      for (int shift = 0;; shift += 7) {
        const unsigned char byte = static_cast<unsigned char>(*p++);
        size |= static_cast<size_t>(byte & 0x7f) << shift;
        if (byte < 0x80) return size;
      }
    }
    const char* at_ = nullptr;
  };
  const_iterator begin() const { return const_iterator(data()); }
  const_iterator end() const { return const_iterator(data() + size_); }
  // The k-th text (k < size()); linear in k.
  std::string_view operator[](size_t k) const {
    const_iterator it = begin();
    while (k-- > 0) ++it;
    return *it;
  }

 private:
  // The bytes: inline_ until they outgrow it, then heap_ (never empty once in use, since
  // every text has at least its length byte).
  const char* data() const { return heap_.empty() ? inline_ : heap_.data(); }
  // Room for `bytes` more at the end; returns where they go.
  char* Extend(size_t bytes) {
    const size_t at = size_;
    size_ += static_cast<uint32_t>(bytes);
    if (heap_.empty()) {
      if (size_ <= kInlineBytes) return inline_ + at;
      heap_.reserve(2 * kInlineBytes > size_ ? 2 * kInlineBytes : size_);
      heap_.assign(inline_, at);
    }
    heap_.resize(size_);
    return heap_.data() + at;
  }
  static void Copy(std::string_view text, char*& out) {
    if (text.empty()) return;
    std::memcpy(out, text.data(), text.size());
    out += text.size();
  }

  std::string heap_;       // per text: its length (7 bits a byte, low first), then its bytes
  uint32_t size_ = 0;      // bytes in use
  uint32_t count_ = 0;     // texts
  char inline_[kInlineBytes];  // its first size_ bytes in use, while heap_ is empty
};

struct SlotReport {
  std::string id;           // stable: "slot-<hash of its key and first claim>"
  std::string object;       // structured input: the object key; extracted: ""
  std::string unit, subject, predicate, place;  // the blocking key it was built on
  std::string counted;                          // what its claims count
  std::string story;   // the story of its claims ("" when a background event spans several)
  std::string event;   // "" for its story's own event, else the background event's anchor
  bool cumulative = false;
  std::vector<std::string> claims;              // sorted claim ids
  SlotRelation relation = SlotRelation::kSingle;
  SlotEstimate estimate;
  std::vector<TimelinePoint> timeline;          // sorted by date
  std::vector<std::string> origins;             // independent origins, sorted
  ClaimReasons reasons;                         // why these claims share a slot, and
                                                // any refusals to merge nearby claims
};

// A slot id as a claim's score holds it ("slot-" and 12 hex digits, SlotReport::id), in
// place: a std::string of 17 bytes is an allocation, one per claim. Up to kMaxBytes
// (longer text is cut; slot ids never are). Reads as std::string_view or c_str().
//
//   ClaimScore cs;  cs.slot = report.slots[0].id;  std::string_view id = cs.slot;
class SlotIdText {
 public:
  static constexpr size_t kMaxBytes = 30;

  SlotIdText() = default;
  SlotIdText(std::string_view id) {
    size_ = static_cast<uint8_t>(id.size() < kMaxBytes ? id.size() : kMaxBytes);
    if (size_ > 0) std::memcpy(text_, id.data(), size_);
    text_[size_] = '\0';
  }
  SlotIdText(const char* id) : SlotIdText(std::string_view(id)) {}
  SlotIdText(const std::string& id) : SlotIdText(std::string_view(id)) {}

  operator std::string_view() const { return std::string_view(text_, size_); }
  const char* c_str() const { return text_; }
  std::string str() const { return std::string(text_, size_); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  friend bool operator==(const SlotIdText& a, const SlotIdText& b) {
    return std::string_view(a) == std::string_view(b);
  }

 private:
  char text_[kMaxBytes + 1] = {};
  uint8_t size_ = 0;
};

struct ClaimScore {
  std::string claim;        // claim id
  SlotIdText slot;          // slot id
  double confidence = 0;    // P(quantity at the claim's time lies in its interval), [0,1]
  Verdict verdict = Verdict::kUnverifiable;
  ClaimReasons reasons;              // for an editor: "corroborated by 3 independent origins"
  int independent_origins = 0;       // agreeing independent origins, its own included
};

struct SourceScore {
  std::string name;          // normalized source name (origin, or publisher)
  SourceType type = SourceType::kUnattributed;
  double reliability = 0;    // in [0, 1]
  double low = 0, high = 0;  // its interval (wide for sources with few claims)
  int claims = 0;            // claims it originated
  int held = 0;              // of which compatible with their slot's consensus
};

struct ScoreReport {
  std::vector<ClaimScore> claims;   // same order as ScoreInput::claims
  std::vector<SlotReport> slots;    // sorted by id
  std::vector<SourceScore> sources; // sorted by name
  int iterations = 0;               // truth-discovery iterations run
  bool converged = false;
};

// The factors of a claim's confidence (score.cc), each default with why it is what it is.
// A factor multiplies the confidence; they were set by hand against the seeds and the dev
// corpus (README, "Scoring"), not fitted, so they are here to be tuned in one place.
struct ConfidenceFactors {
  // A claim's own telling.
  double relay = 0.97;            // per relay hop: each retelling may garble a figure a little
  double anonymous = 0.8;         // an unnamed origin cannot be held to its figure
  double unattributed = 0.9;      // the article's own narrative: no source stands behind it,
                                  // but the outlet does (milder than anonymous)
  double forward_looking = 0.7;   // a plan or prediction estimates the quantity, it does not
                                  // observe it ("preparing to send thousands")
  double interested_party = 0.85; // a party counting its own losses has a stake in the figure
  // Stance (Stance in core/model.h): how the origin holds the figure.
  double estimated = 0.95;        // the origin itself says it is an estimate
  double reported = 0.9;          // passed on as hearsay ("reportedly")
  double alleged = 0.85;          // claimed by one side, disputed by nature
  double unconfirmed = 0.8;       // said to be unconfirmed
  double confirmed = 1.05;        // explicitly confirmed: a little surer than a bare assertion
  double denied = 0.4;            // the figure is quoted to be denied
  // Hedging (Qualifier): a hedged figure is less sure of itself.
  double approx = 0.95;           // "about 300": the exact value is not claimed
  double vague = 0.8;             // "hundreds": only an order of magnitude
  // How a claim stands in its slot.
  double corroboration_strength = 0.9;  // how much one agreeing unit of record r proves:
                                        // noisy-OR of 0.9 r, so agreement never certifies
  double alone_low = 0.15;        // a figure with no counterpart stands on its source's
  double alone_high = 0.75;       // record kept within [alone_low, alone_high]: never near
                                  // zero for want of a counterpart, never sure alone
  double one_origin = 0.8;        // disagreeing figures nothing shows to be one fact: x the
                                  // lone score (the key may have mixed two facts)
  double superseded = 0.7;        // true at its time, but a later estimate replaced it
  double stale = 0.4;             // a stale repeat or a drop: 0.4 x record x factors, low
                                  // but not nil (it may be a separate, smaller count)
  double contradicted_max = 0.5;  // a contradicted figure: at most an even chance
  double unsettled_base = 0.5;    // corroborated in a moment without consensus: x (0.5 +
                                  // 0.5 x the share of the moment's weight it fits)
  double similar_level = 0.5;     // a figure of another moment bears a cumulative count out
                                  // when at least half its lower bound
  double max_confidence = 0.99;   // never certainty: news figures are estimates
};

struct ScoreOptions {
  // | option                  | default | meaning                                          |
  // |-------------------------|---------|--------------------------------------------------|
  // | max_iterations          | 50      | truth-discovery rounds at most                   |
  // | tolerance               | 1e-6    | stop when no source weight moves more (relative) |
  // | min_origins_for_verdict | 2       | fewer agreeing origins -> "unverifiable"         |
  // | same_time_days          | 3       | claims this close in time describe one moment    |
  // | prior_strength          | 2       | pseudo-claims of the source-type prior           |
  // | error_scale             | 0.1     | unused since issue 14 (a source's record counts  |
  // |                         |         | claims holding the truth); kept for callers      |
  // | interval_level          | 0.95    | level of a source's reliability interval         |
  // | places                  | nullptr | which place contains which (not owned); nullptr: |
  // |                         |         | PlaceHierarchy::Default(), the embedded lexicons |
  // | factors                 | above   | the factors of a claim's confidence              |
  int max_iterations = 50;
  double tolerance = 1e-6;
  int min_origins_for_verdict = 2;
  int same_time_days = 3;
  double prior_strength = 2;
  double error_scale = 0.1;
  double interval_level = 0.95;
  const PlaceHierarchy* places = nullptr;
  ConfidenceFactors factors;
};

// Flattens extraction output into scoring records: values copied from the mentions, times
// from the claim (or the publication date), origins from the chains, copy groups and
// stories by doc (a document in no story is a story of its own, named after it).
// Claims whose value has neither bound are skipped.
ScoreInput MakeScoreInput(const std::vector<Document>& documents,
                          const std::vector<Extraction>& extractions,
                          const std::vector<CopyGroup>& copies,
                          const std::vector<Story>& stories = {});

// Reads structured claims, one JSON object per line: {"source", "object", "value"} with
// optional "time" (ISO calendar date or a day number), "low"/"high", "qualifier" and
// "source_type" (model.h ids) and "cumulative" (true: a count that can only grow, such as a
// running toll, so that 13 then 15 is evolution and a later 13 a stale repeat). A malformed line, a missing or mistyped field, an unknown
// qualifier or source_type, low > high, a date that is not a calendar date (2025-02-30)
// or a number out of range (1e400) in value/low/high/time is an error Diagnostic (file,
// line, the column of the field, the field) and the line is skipped; an out-of-range
// number in any other field is a warning and the field is ignored. Blank lines are ignored.
ScoreInput ReadStructuredClaims(std::string_view jsonl_text, const std::string& file,
                                std::vector<Diagnostic>& diagnostics);

// Aligns, weighs and scores. Deterministic: the same input gives the same report.
ScoreReport Score(const ScoreInput& input, const ScoreOptions& options);

// The facts (slots) of one story, as an editor reads them: contested facts first
// (contradiction or mixed), then by number of claims, then by id.
struct StoryFacts {
  const Story* story = nullptr;  // null: facts of no story of the input (background events
                                 // across stories, or input without stories)
  std::vector<uint32_t> slots;   // indices into ScoreReport::slots
  int contested = 0;             // of which contradiction or mixed
};
// One entry per story with at least one fact, in the order of `stories`, then
// the facts of no story (if any). Linear in the slots (plus sorting each story's).
std::vector<StoryFacts> FactsByStory(std::span<const Story> stories, const ScoreReport& report);

}  // namespace mizan
