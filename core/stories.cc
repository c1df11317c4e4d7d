#include "core/stories.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "core/civil_date.h"
#include "core/hash.h"
#include "core/lexicon.h"

namespace mizan {
namespace {

constexpr int64_t kNoDay = std::numeric_limits<int64_t>::min();
constexpr size_t kTitleBytes = 160;
constexpr size_t kTitleWords = 40;  // a title longer than this is a first paragraph
constexpr size_t kKeywords = 8;
constexpr size_t kMinLetters = 3;   // shorter words and stems tell no story apart

// The lexicon story_terms.tsv: proclitics to strip (longest first) and stop words.
struct TermRules {
  std::vector<std::string> prefixes, suffixes;
  std::unordered_set<std::string> stop;

  static const TermRules& Get() {
    static const TermRules rules = [] {
      TermRules r;
      for (const LexiconRow& row : LoadLexicon("story_terms.tsv")) {
        if (row.fields.size() < 2) continue;
        const std::string form = FoldForMatch(row.fields[0]);
        if (row.fields[1] == "prefix") r.prefixes.push_back(form);
        if (row.fields[1] == "suffix") r.suffixes.push_back(form);
        if (row.fields[1] == "stop") r.stop.insert(form);
      }
      for (auto* list : {&r.prefixes, &r.suffixes}) {
        std::stable_sort(list->begin(), list->end(),
                         [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
      }
      return r;
    }();
    return rules;
  }
};

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A word of the match form as a story term: "" when it tells no story apart. Arabic loses
// one proclitic or article and one final letter (story_terms.tsv), a light stem.
std::string TermOf(std::string_view word, const TermRules& rules) {
  const bool ascii = std::all_of(word.begin(), word.end(), [](unsigned char c) { return c < 0x80; });
  std::string term(word);
  if (ascii) {
    for (char& c : term) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    if (rules.stop.count(term)) return "";
    for (const std::string& prefix : rules.prefixes) {
      if (term.size() > prefix.size() && term.compare(0, prefix.size(), prefix) == 0 &&
          CodePoints(std::string_view(term).substr(prefix.size())) >= kMinLetters) {
        term.erase(0, prefix.size());
        break;
      }
    }
    for (const std::string& suffix : rules.suffixes) {
      if (term.size() > suffix.size() &&
          term.compare(term.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          CodePoints(std::string_view(term).substr(0, term.size() - suffix.size())) >= kMinLetters) {
        term.resize(term.size() - suffix.size());
        break;
      }
    }
  }
  if (CodePoints(term) < kMinLetters || rules.stop.count(term)) return "";
  return term;
}

// A number that can name a story ("431" suspects): two digits or more, not a year.
std::string NumberTerm(std::string_view digits) {
  if (digits.size() < 2 || digits.size() > 9) return "";
  if (digits.size() == 4) {
    const int v = std::stoi(std::string(digits));
    if (v >= 1900 && v <= 2100) return "";
  }
  std::string term(1, '#');  // appended, not "#" + string: GCC 12's -Wrestrict misfires on that
  term.append(digits);
  return term;
}

std::string CutUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end));
}

int64_t DayOf(const std::string& iso) {
  const std::optional<CivilDate> d = ParseIsoDate(iso);
  if (!d) return kNoDay;
  return std::chrono::sys_days(*d).time_since_epoch().count();
}

using Vector = std::vector<std::pair<uint32_t, float>>;  // (term id, weight), by term id

// Heaviest first, then by term id: a total order, so that the terms a vector keeps and
// the keywords do not depend on the sort's implementation.
struct HeavierFirst {
  bool operator()(const std::pair<uint32_t, float>& x, const std::pair<uint32_t, float>& y) const {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  }
};

// A story being tracked: its centroid (sum of its articles' unit vectors, pruned to the
// heaviest terms), its squared norm, the last day it was seen and its articles.
struct Track {
  Vector centroid;
  double norm2 = 0;
  int64_t last_day = kNoDay;
  std::vector<uint32_t> members;  // indices into the id-sorted prints
};

void AddInto(Track& track, const Vector& v, size_t keep) {
  Vector merged;
  merged.reserve(track.centroid.size() + v.size());
  size_t a = 0, b = 0;
  while (a < track.centroid.size() || b < v.size()) {
    if (b == v.size() || (a < track.centroid.size() && track.centroid[a].first < v[b].first)) {
      merged.push_back(track.centroid[a++]);
    } else if (a == track.centroid.size() || v[b].first < track.centroid[a].first) {
      merged.push_back(v[b++]);
    } else {
      merged.emplace_back(v[b].first, track.centroid[a].second + v[b].second);
      ++a;
      ++b;
    }
  }
  if (merged.size() > keep) {
    std::nth_element(merged.begin(), merged.begin() + static_cast<long>(keep), merged.end(),
                     HeavierFirst());
    merged.resize(keep);
    std::sort(merged.begin(), merged.end());
  }
  track.centroid = std::move(merged);
  track.norm2 = 0;
  for (const auto& [t, w] : track.centroid) track.norm2 += static_cast<double>(w) * w;
}

// Cosine of a unit vector and a centroid, and the number of terms they share.
std::pair<double, int> Cosine(const Vector& v, const Track& track) {
  double dot = 0;
  int shared = 0;
  size_t a = 0, b = 0;
  while (a < v.size() && b < track.centroid.size()) {
    if (v[a].first < track.centroid[b].first) {
      ++a;
    } else if (track.centroid[b].first < v[a].first) {
      ++b;
    } else {
      dot += static_cast<double>(v[a++].second) * track.centroid[b++].second;
      ++shared;
    }
  }
  return {track.norm2 > 0 ? dot / std::sqrt(track.norm2) : 0, shared};
}

}  // namespace

std::string StoryTerm(std::string_view folded_word) { return TermOf(folded_word, TermRules::Get()); }

StoryFingerprint FingerprintStory(const Document& document, const Extraction& extraction,
                                  const AnalyzedText& text, const StoryOptions& options) {
  StoryFingerprint print;
  print.doc = extraction.doc.empty() ? document.id : extraction.doc;
  print.outlet = document.outlet;
  const std::string& date = !extraction.published.date.empty() ? extraction.published.date
                                                              : document.published;
  print.date = date.substr(0, std::min<size_t>(10, date.size()));
  const std::string_view first_line =
      std::string_view(document.text).substr(0, document.text.find('\n'));
  print.title = CutUtf8(!document.title.empty() ? std::string_view(document.title) : first_line,
                        kTitleBytes);

  // The title is the first paragraph when more follow and it is short; the lead is the
  // words after it.
  const TermRules& rules = TermRules::Get();
  const bool has_body = !text.sentences.empty() && text.sentences.back().paragraph > 0;
  size_t title_words = 0;
  if (has_body) {
    for (const Token& token : text.tokens) {
      if (text.sentences[token.sentence].paragraph > 0) break;
      title_words += token.kind != TokenKind::kPunct;
    }
  }
  const bool titled = has_body && title_words <= kTitleWords;
  std::unordered_map<std::string, float> weights;
  int lead = 0;
  for (uint32_t t = 0; t < text.tokens.size() && lead < options.lead_words; ++t) {
    const Token& token = text.tokens[t];
    if (token.kind == TokenKind::kPunct) continue;
    const bool in_title = titled && text.sentences[token.sentence].paragraph == 0;
    if (!in_title) ++lead;
    const std::string term = token.kind == TokenKind::kNumber ? NumberTerm(text.TokenText(t))
                                                               : TermOf(text.TokenText(t), rules);
    if (!term.empty()) weights[term] += in_title ? options.title_weight : 1.0f;
  }
  print.terms.assign(weights.begin(), weights.end());
  std::sort(print.terms.begin(), print.terms.end());
  return print;
}

namespace {

// The batch as tracking sees it. Articles are numbered in document-id order, so that the
// stories do not depend on the input order; terms are numbered by first appearance in
// that order.
struct Batch {
  std::vector<const StoryFingerprint*> prints;        // by document id
  std::vector<int64_t> day;                           // per article: its day, or kNoDay
  std::vector<Vector> vectors;                        // per article: unit TF-IDF vector
  std::unordered_map<std::string, uint32_t> term_id;
  std::vector<const std::string*> term_name;          // per term id: a key of term_id (nodes are stable)
};

std::vector<const StoryFingerprint*> ByDocumentId(const std::vector<StoryFingerprint>& prints) {
  std::vector<const StoryFingerprint*> sorted;
  for (const StoryFingerprint& p : prints) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto* a, const auto* b) { return a->doc < b->doc; });
  return sorted;
}

// Numbers the batch's terms (batch.term_id, batch.term_name) and returns, per term id, the
// number of articles that have it: what IDF and the df cut-offs need.
std::vector<uint32_t> NumberTerms(Batch& batch) {
  std::vector<uint32_t> df;
  for (const StoryFingerprint* p : batch.prints) {
    for (const auto& [term, w] : p->terms) {
      const auto [it, added] = batch.term_id.emplace(term, static_cast<uint32_t>(df.size()));
      if (added) {
        df.push_back(0);
        batch.term_name.push_back(&it->first);
      }
      ++df[it->second];
    }
  }
  return df;
}

// An article's vector: its terms weighted by TF-IDF, without those that tell no story apart
// (in one article only, or in more than max_df), cut to the top_terms heaviest so that a
// long article costs no more than a short one, and scaled to unit length so that the
// cosine with a centroid is a dot product.
Vector UnitTfIdf(const StoryFingerprint& print, const Batch& batch, const std::vector<uint32_t>& df,
                 double max_df, const StoryOptions& options) {
  const size_t n = batch.prints.size();
  Vector v;
  for (const auto& [term, w] : print.terms) {
    const uint32_t id = batch.term_id.at(term);
    if (df[id] < 2 || df[id] > max_df) continue;
    const double idf = std::log((static_cast<double>(n) + 1) / df[id]);
    v.emplace_back(id, static_cast<float>(w * idf));
  }
  const size_t keep = static_cast<size_t>(std::max(options.top_terms, 1));
  if (v.size() > keep) {
    std::nth_element(v.begin(), v.begin() + static_cast<long>(keep), v.end(), HeavierFirst());
    v.resize(keep);
  }
  std::sort(v.begin(), v.end());
  double norm2 = 0;
  for (const auto& [t, w] : v) norm2 += static_cast<double>(w) * w;
  const float inv = norm2 > 0 ? static_cast<float>(1 / std::sqrt(norm2)) : 0.0f;
  for (auto& [t, w] : v) w *= inv;
  return v;
}

Batch ReadBatch(const std::vector<StoryFingerprint>& prints, const StoryOptions& options) {
  Batch batch;
  batch.prints = ByDocumentId(prints);
  const size_t n = batch.prints.size();
  const std::vector<uint32_t> df = NumberTerms(batch);
  const double max_df = std::max(options.max_df_share * static_cast<double>(n),
                                 static_cast<double>(options.max_df_floor));
  batch.vectors.resize(n);
  for (size_t d = 0; d < n; ++d) batch.vectors[d] = UnitTfIdf(*batch.prints[d], batch, df, max_df, options);
  batch.day.resize(n);
  for (size_t d = 0; d < n; ++d) batch.day[d] = DayOf(batch.prints[d]->date);
  return batch;
}

// Candidate stories for one vector, from an inverted index term -> stories (oldest first):
// only the stories in the most recent max_postings entries of the vector's own terms, so
// that the work per vector is bounded whatever the batch size. `hits` counts the terms a
// story was found by, a cheap upper bound of the terms it shares; `stamp` marks the stories
// already counted for the vector at hand, so nothing is cleared between vectors. The
// caller grows hits and stamp with the stories.
struct Candidates {
  std::vector<uint32_t> hits, stamp;  // per story
  std::vector<uint32_t> list;         // the candidates, sorted (ties go to the oldest)

  // `mark` differs for every vector and is never 0.
  void Collect(const Vector& v, const std::vector<std::vector<uint32_t>>& postings,
               size_t max_postings, uint32_t mark) {
    list.clear();
    for (const auto& [term, w] : v) {
      const std::vector<uint32_t>& posting = postings[term];
      for (size_t k = posting.size(), seen = 0; k-- > 0 && seen < max_postings; ++seen) {
        const uint32_t t = posting[k];
        if (stamp[t] != mark) {
          stamp[t] = mark;
          hits[t] = 0;
          list.push_back(t);
        }
        ++hits[t];
      }
    }
    std::sort(list.begin(), list.end());
  }

  // The eligible candidate whose centroid is most similar to v (cosine >= threshold and
  // >= min_shared shared terms; the first of equals), or UINT32_MAX when none is. Only
  // candidates found by min_shared terms are compared in full.
  template <typename Eligible>
  uint32_t MostSimilar(const Vector& v, const std::vector<Track>& tracks, double threshold,
                       int min_shared, Eligible eligible) const {
    uint32_t chosen = UINT32_MAX;
    double best = threshold;
    for (uint32_t t : list) {
      if (hits[t] < static_cast<uint32_t>(min_shared) || !eligible(tracks[t])) continue;
      const auto [cosine, shared] = Cosine(v, tracks[t]);
      if (shared >= min_shared && cosine >= best && (chosen == UINT32_MAX || cosine > best)) {
        best = cosine;
        chosen = t;
      }
    }
    return chosen;
  }
};

// The story each copy group has joined, so that a copy follows its group whatever its terms.
class CopyGroupStories {
 public:
  explicit CopyGroupStories(const std::vector<CopyGroup>& copies) : story_(copies.size(), UINT32_MAX) {
    for (uint32_t g = 0; g < copies.size(); ++g) {
      for (const std::string& d : copies[g].docs) group_of_.emplace(d, g);
    }
  }

  // The story of doc's copy group (UINT32_MAX while the group has none, to be set by the
  // caller), or nullptr when doc is in no copy group.
  uint32_t* Of(const std::string& doc) {
    const auto group = group_of_.find(doc);
    return group == group_of_.end() ? nullptr : &story_[group->second];
  }

 private:
  std::unordered_map<std::string, uint32_t> group_of_;
  std::vector<uint32_t> story_;  // per copy group
};

// Tracking: the articles, taken in time order, each join the story of their copy group,
// else the most similar story active within window_days, else a story of their own.
class Tracker {
 public:
  Tracker(const Batch& batch, const std::vector<CopyGroup>& copies, const StoryOptions& options)
      : batch_(batch),
        options_(options),
        groups_(copies),
        postings_(batch.term_name.size()),
        max_postings_(static_cast<size_t>(std::max(options.max_postings, 1))),
        centroid_terms_(static_cast<size_t>(std::max(options.centroid_terms, 1))) {}

  // Places article d, the at-th in time order.
  void Place(uint32_t d, uint32_t at) {
    uint32_t* group_story = groups_.Of(batch_.prints[d]->doc);
    uint32_t chosen = group_story != nullptr && *group_story != UINT32_MAX
                          ? *group_story
                          : MostSimilarActive(d, at);
    if (chosen == UINT32_MAX) chosen = Open();
    Join(chosen, d);
    if (group_story != nullptr) *group_story = chosen;
  }

  std::vector<Track> TakeTracks() { return std::move(tracks_); }

 private:
  // A story is active for an article within window_days after its last article (always
  // when either has no date).
  uint32_t MostSimilarActive(uint32_t d, uint32_t at) {
    const Vector& v = batch_.vectors[d];
    const int64_t day = batch_.day[d];
    candidates_.Collect(v, postings_, max_postings_, at + 1);
    return candidates_.MostSimilar(v, tracks_, options_.join_threshold, options_.min_shared,
                                   [&](const Track& t) {
                                     return day == kNoDay || t.last_day == kNoDay ||
                                            day - t.last_day <= options_.window_days;
                                   });
  }

  uint32_t Open() {
    tracks_.emplace_back();
    candidates_.hits.push_back(0);
    candidates_.stamp.push_back(0);
    return static_cast<uint32_t>(tracks_.size() - 1);
  }

  // Adds article d to the story's centroid and members, and the story to the postings of
  // d's terms (once: the latest entry of a posting is the story's most recent article).
  void Join(uint32_t story, uint32_t d) {
    const Vector& v = batch_.vectors[d];
    Track& track = tracks_[story];
    AddInto(track, v, centroid_terms_);
    track.last_day = std::max(track.last_day, batch_.day[d]);
    track.members.push_back(d);
    for (const auto& [term, w] : v) {
      std::vector<uint32_t>& posting = postings_[term];
      if (posting.empty() || posting.back() != story) posting.push_back(story);
    }
  }

  const Batch& batch_;
  const StoryOptions& options_;
  CopyGroupStories groups_;
  std::vector<Track> tracks_;
  std::vector<std::vector<uint32_t>> postings_;  // term id -> stories, oldest first
  Candidates candidates_;
  const size_t max_postings_;
  const size_t centroid_terms_;
};

std::vector<Track> TrackInTimeOrder(const Batch& batch, const std::vector<CopyGroup>& copies,
                                    const StoryOptions& options) {
  const size_t n = batch.prints.size();
  // Time order: by day, then by document id (undated articles first).
  std::vector<uint32_t> order(n);
  for (uint32_t d = 0; d < n; ++d) order[d] = d;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return batch.day[a] < batch.day[b]; });
  Tracker tracker(batch, copies, options);
  for (uint32_t at = 0; at < n; ++at) tracker.Place(order[at], at);
  return tracker.TakeTracks();
}

// Which tracks relinking makes one story: a union-find forest over the track indices.
struct Links {
  std::vector<uint32_t> root;

  explicit Links(size_t tracks) : root(tracks) {
    for (uint32_t t = 0; t < tracks; ++t) root[t] = t;
  }
  uint32_t Find(uint32_t t) {
    while (root[t] != t) t = root[t] = root[root[t]];
    return t;
  }
};

// Links each track to the earlier track whose centroid is most similar (cosine >=
// relink_threshold), whatever the gap between them. Candidates come from an inverted index
// over the earlier tracks' terms, as in tracking, so this is linear in the tracks.
Links LinkAcrossGaps(const std::vector<Track>& tracks, size_t terms, const StoryOptions& options) {
  const size_t max_postings = static_cast<size_t>(std::max(options.max_postings, 1));
  Links links(tracks.size());
  std::vector<std::vector<uint32_t>> by_term(terms);
  Candidates candidates;
  candidates.stamp.assign(tracks.size(), 0);
  candidates.hits.assign(tracks.size(), 0);
  for (uint32_t t = 0; t < tracks.size(); ++t) {
    const Track& track = tracks[t];
    const double norm = std::sqrt(track.norm2);
    Vector unit = track.centroid;
    for (auto& [term, w] : unit) w = norm > 0 ? static_cast<float>(w / norm) : 0.0f;
    candidates.Collect(unit, by_term, max_postings, t + 1);
    const uint32_t best = candidates.MostSimilar(unit, tracks, options.relink_threshold,
                                                 options.min_shared, [](const Track&) { return true; });
    if (best != UINT32_MAX) links.root[links.Find(t)] = links.Find(best);
    for (const auto& [term, w] : unit) by_term[term].push_back(t);
  }
  return links;
}

// One track per linked set: members together (in time order, then document id) and the
// centroids summed. Tracks keep the order of their roots.
std::vector<Track> MergeLinked(const std::vector<Track>& tracks, Links& links, const Batch& batch,
                               const StoryOptions& options) {
  const size_t centroid_terms = static_cast<size_t>(std::max(options.centroid_terms, 1));
  std::vector<Track> merged(tracks.size());
  for (uint32_t t = 0; t < tracks.size(); ++t) {
    Track& into = merged[links.Find(t)];
    into.members.insert(into.members.end(), tracks[t].members.begin(), tracks[t].members.end());
    AddInto(into, tracks[t].centroid, centroid_terms);
  }
  std::erase_if(merged, [](const Track& t) { return t.members.empty(); });
  const std::vector<int64_t>& day = batch.day;
  for (Track& t : merged) {
    std::sort(t.members.begin(), t.members.end(), [&](uint32_t a, uint32_t b) {
      return day[a] != day[b] ? day[a] < day[b] : a < b;
    });
  }
  return merged;
}

// A topic followed over months (a gap longer than the window) is one story when the two
// tracks' centroids agree closely.
std::vector<Track> Relink(const std::vector<Track>& tracks, const Batch& batch, const StoryOptions& options) {
  Links links = LinkAcrossGaps(tracks, batch.term_name.size(), options);
  return MergeLinked(tracks, links, batch, options);
}

// "story-" + 12 hex digits of FNV-1a of its first document id: the same story gets the
// same id in any batch that has the same first article.
std::string StoryId(const std::string& first_doc) {
  char hex[20];
  std::snprintf(hex, sizeof hex, "%012llx",
                static_cast<unsigned long long>(Fnv1a(first_doc) & 0xffffffffffffull));
  return std::string("story-") + hex;
}

// The centroid's kKeywords heaviest terms, heaviest first, numbers without their '#'.
std::vector<std::string> Keywords(const Vector& centroid, const Batch& batch) {
  Vector heaviest = centroid;
  std::sort(heaviest.begin(), heaviest.end(), HeavierFirst());
  std::vector<std::string> keywords;
  for (size_t k = 0; k < heaviest.size() && k < kKeywords; ++k) {
    const std::string& term = *batch.term_name[heaviest[k].first];
    keywords.push_back(term[0] == '#' ? term.substr(1) : term);
  }
  return keywords;
}

// The story a track reports: documents and outlets sorted, dates spanned, the title of its
// first article in time order (members are in time order), keywords and id.
Story FinishStory(const Track& track, const Batch& batch) {
  Story story;
  for (uint32_t d : track.members) {
    const StoryFingerprint& print = *batch.prints[d];
    story.docs.push_back(print.doc);
    if (!print.outlet.empty()) story.outlets.push_back(print.outlet);
    const std::string& date = print.date;
    if (batch.day[d] != kNoDay) {
      if (story.first.empty() || date < story.first) story.first = date;
      if (story.last.empty() || date > story.last) story.last = date;
    }
  }
  story.title = batch.prints[track.members.front()]->title;
  std::sort(story.docs.begin(), story.docs.end());
  std::sort(story.outlets.begin(), story.outlets.end());
  story.outlets.erase(std::unique(story.outlets.begin(), story.outlets.end()), story.outlets.end());
  story.keywords = Keywords(track.centroid, batch);
  story.id = StoryId(story.docs.front());
  return story;
}

}  // namespace

std::vector<Story> FindStories(const std::vector<StoryFingerprint>& prints,
                               const std::vector<CopyGroup>& copies, const StoryOptions& options) {
  const Batch batch = ReadBatch(prints, options);
  std::vector<Track> tracks = TrackInTimeOrder(batch, copies, options);
  // Two relink passes: the second compares the stories the first made, with their merged
  // centroids (a story that came first can join a topic the later ones formed).
  for (int pass = 0; pass < 2; ++pass) tracks = Relink(tracks, batch, options);
  std::vector<Story> stories;
  stories.reserve(tracks.size());
  for (const Track& track : tracks) stories.push_back(FinishStory(track, batch));
  std::sort(stories.begin(), stories.end(),
            [](const Story& a, const Story& b) { return a.id < b.id; });
  return stories;
}

}  // namespace mizan
