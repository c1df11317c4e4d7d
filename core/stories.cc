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
  return "#" + std::string(digits);
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
                     [](const auto& x, const auto& y) {
                       return x.second != y.second ? x.second > y.second : x.first < y.first;
                     });
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

std::vector<Story> FindStories(const std::vector<StoryFingerprint>& prints,
                               const std::vector<CopyGroup>& copies, const StoryOptions& options) {
  // Work in document-id order, so the result does not depend on the input order.
  std::vector<const StoryFingerprint*> sorted;
  for (const StoryFingerprint& p : prints) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto* a, const auto* b) { return a->doc < b->doc; });
  const size_t n = sorted.size();

  // Term ids by first appearance in that order, and document frequencies.
  std::unordered_map<std::string, uint32_t> term_id;
  std::vector<uint32_t> df;
  std::vector<const std::string*> term_name;
  for (const StoryFingerprint* p : sorted) {
    for (const auto& [term, w] : p->terms) {
      const auto [it, added] = term_id.emplace(term, static_cast<uint32_t>(df.size()));
      if (added) {
        df.push_back(0);
        term_name.push_back(&it->first);
      }
      ++df[it->second];
    }
  }
  const double max_df = std::max(options.max_df_share * static_cast<double>(n),
                                 static_cast<double>(options.max_df_floor));
  // Unit TF-IDF vectors of the heaviest terms.
  std::vector<Vector> vectors(n);
  for (size_t d = 0; d < n; ++d) {
    Vector& v = vectors[d];
    for (const auto& [term, w] : sorted[d]->terms) {
      const uint32_t id = term_id.at(term);
      if (df[id] < 2 || df[id] > max_df) continue;
      const double idf = std::log((static_cast<double>(n) + 1) / df[id]);
      v.emplace_back(id, static_cast<float>(w * idf));
    }
    const size_t keep = static_cast<size_t>(std::max(options.top_terms, 1));
    if (v.size() > keep) {
      std::nth_element(v.begin(), v.begin() + static_cast<long>(keep), v.end(),
                       [](const auto& x, const auto& y) {
                         return x.second != y.second ? x.second > y.second : x.first < y.first;
                       });
      v.resize(keep);
    }
    std::sort(v.begin(), v.end());
    double norm2 = 0;
    for (const auto& [t, w] : v) norm2 += static_cast<double>(w) * w;
    const float inv = norm2 > 0 ? static_cast<float>(1 / std::sqrt(norm2)) : 0.0f;
    for (auto& [t, w] : v) w *= inv;
  }

  // Copy groups by document.
  std::unordered_map<std::string, uint32_t> group_of;
  for (uint32_t g = 0; g < copies.size(); ++g) {
    for (const std::string& d : copies[g].docs) group_of.emplace(d, g);
  }
  std::vector<uint32_t> group_story(copies.size(), UINT32_MAX);

  // Tracking, in time order.
  std::vector<int64_t> day(n);
  std::vector<uint32_t> order(n);
  for (uint32_t d = 0; d < n; ++d) {
    day[d] = DayOf(sorted[d]->date);
    order[d] = d;
  }
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return day[a] < day[b]; });
  std::vector<Track> tracks;
  std::vector<std::vector<uint32_t>> postings(df.size());
  std::vector<uint32_t> hits, stamp;  // per track: shared terms with the article at hand
  std::vector<uint32_t> candidates;
  std::vector<uint32_t> story_of(n);
  const size_t max_postings = static_cast<size_t>(std::max(options.max_postings, 1));
  const size_t centroid_terms = static_cast<size_t>(std::max(options.centroid_terms, 1));
  for (uint32_t at = 0; at < n; ++at) {
    const uint32_t d = order[at];
    const Vector& v = vectors[d];
    auto active = [&](const Track& t) {
      return day[d] == kNoDay || t.last_day == kNoDay ||
             day[d] - t.last_day <= options.window_days;
    };
    uint32_t chosen = UINT32_MAX;
    const auto group = group_of.find(sorted[d]->doc);
    if (group != group_of.end() && group_story[group->second] != UINT32_MAX) {
      chosen = group_story[group->second];
    } else {
      candidates.clear();
      for (const auto& [term, w] : v) {
        const std::vector<uint32_t>& posting = postings[term];
        for (size_t k = posting.size(), seen = 0; k-- > 0 && seen < max_postings; ++seen) {
          const uint32_t t = posting[k];
          if (stamp[t] != at + 1) {
            stamp[t] = at + 1;
            hits[t] = 0;
            candidates.push_back(t);
          }
          ++hits[t];
        }
      }
      std::sort(candidates.begin(), candidates.end());
      double best = options.join_threshold;
      for (uint32_t t : candidates) {
        if (hits[t] < static_cast<uint32_t>(options.min_shared) || !active(tracks[t])) continue;
        const auto [cosine, shared] = Cosine(v, tracks[t]);
        if (shared >= options.min_shared && cosine >= best && (chosen == UINT32_MAX || cosine > best)) {
          best = cosine;
          chosen = t;
        }
      }
    }
    if (chosen == UINT32_MAX) {
      chosen = static_cast<uint32_t>(tracks.size());
      tracks.emplace_back();
      hits.push_back(0);
      stamp.push_back(0);
    }
    Track& track = tracks[chosen];
    AddInto(track, v, centroid_terms);
    track.last_day = std::max(track.last_day, day[d]);
    track.members.push_back(d);
    story_of[d] = chosen;
    for (const auto& [term, w] : v) {
      std::vector<uint32_t>& posting = postings[term];
      if (posting.empty() || posting.back() != chosen) posting.push_back(chosen);
    }
    if (group != group_of.end()) group_story[group->second] = chosen;
  }

  // A topic followed over months (a gap longer than the window) is one story when the two
  // tracks' centroids agree closely: each track is compared with the earlier tracks that
  // share one of its heaviest terms (at most max_postings per term), and joins the first
  // one similar enough. Linear in the tracks.
  // Two passes: the second compares the stories the first made, with their merged centroids
  // (a story that came first can join a topic the later ones formed).
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<uint32_t> root(tracks.size());
    for (uint32_t t = 0; t < tracks.size(); ++t) root[t] = t;
    auto find = [&](uint32_t t) {
      while (root[t] != t) t = root[t] = root[root[t]];
      return t;
    };
    {
      std::vector<std::vector<uint32_t>> by_term(df.size());
      stamp.assign(tracks.size(), 0);
      hits.assign(tracks.size(), 0);
      for (uint32_t t = 0; t < tracks.size(); ++t) {
        Track& track = tracks[t];
        const double norm = std::sqrt(track.norm2);
        Vector unit = track.centroid;
        for (auto& [term, w] : unit) w = norm > 0 ? static_cast<float>(w / norm) : 0.0f;
        // Candidates: earlier tracks sharing at least min_shared of its terms (counted from
        // the postings), and only those are compared in full.
        uint32_t best = UINT32_MAX;
        double best_cosine = options.relink_threshold;
        candidates.clear();
        for (const auto& [term, w] : unit) {
          const std::vector<uint32_t>& posting = by_term[term];
          for (size_t k = posting.size(), seen = 0; k-- > 0 && seen < max_postings; ++seen) {
            const uint32_t other = posting[k];
            if (stamp[other] != t + 1) {
              stamp[other] = t + 1;
              hits[other] = 0;
              candidates.push_back(other);
            }
            ++hits[other];
          }
        }
        std::sort(candidates.begin(), candidates.end());
        for (uint32_t other : candidates) {
          if (hits[other] < static_cast<uint32_t>(options.min_shared)) continue;
          const auto [cosine, shared] = Cosine(unit, tracks[other]);
          if (shared >= options.min_shared && cosine >= best_cosine &&
              (best == UINT32_MAX || cosine > best_cosine)) {
            best_cosine = cosine;
            best = other;
          }
        }
        if (best != UINT32_MAX) root[find(t)] = find(best);
        for (const auto& [term, w] : unit) by_term[term].push_back(t);
      }
    }
    std::vector<Track> merged(tracks.size());
    for (uint32_t t = 0; t < tracks.size(); ++t) {
      Track& into = merged[find(t)];
      into.members.insert(into.members.end(), tracks[t].members.begin(), tracks[t].members.end());
      AddInto(into, tracks[t].centroid, centroid_terms);
    }
    std::erase_if(merged, [](const Track& t) { return t.members.empty(); });
    for (Track& t : merged) {
      std::sort(t.members.begin(), t.members.end(), [&](uint32_t a, uint32_t b) {
        return day[a] != day[b] ? day[a] < day[b] : a < b;
      });
    }
    tracks = std::move(merged);
  }

  std::vector<Story> stories;
  stories.reserve(tracks.size());
  for (const Track& track : tracks) {
    Story story;
    for (uint32_t d : track.members) {
      story.docs.push_back(sorted[d]->doc);
      if (!sorted[d]->outlet.empty()) story.outlets.push_back(sorted[d]->outlet);
      const std::string& date = sorted[d]->date;
      if (day[d] != kNoDay) {
        if (story.first.empty() || date < story.first) story.first = date;
        if (story.last.empty() || date > story.last) story.last = date;
      }
    }
    story.title = sorted[track.members.front()]->title;  // the first in time order
    std::sort(story.docs.begin(), story.docs.end());
    std::sort(story.outlets.begin(), story.outlets.end());
    story.outlets.erase(std::unique(story.outlets.begin(), story.outlets.end()), story.outlets.end());
    Vector heaviest = track.centroid;
    std::sort(heaviest.begin(), heaviest.end(), [](const auto& x, const auto& y) {
      return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    for (size_t k = 0; k < heaviest.size() && k < kKeywords; ++k) {
      const std::string& term = *term_name[heaviest[k].first];
      story.keywords.push_back(term[0] == '#' ? term.substr(1) : term);
    }
    char hex[20];
    std::snprintf(hex, sizeof hex, "%012llx",
                  static_cast<unsigned long long>(Fnv1a(story.docs.front()) & 0xffffffffffffull));
    story.id = std::string("story-") + hex;
    stories.push_back(std::move(story));
  }
  std::sort(stories.begin(), stories.end(),
            [](const Story& a, const Story& b) { return a.id < b.id; });
  return stories;
}

}  // namespace mizan
