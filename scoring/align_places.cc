// A block's place groups: which place each claim of a key joins (the highest containing
// place the block also names), and the notes that explain merges and splits.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scoring/aligner.h"

namespace mizan::aligner {

// A note names at most this many places: a block may hold dozens, and a list of all of
// them under every one of its slots would grow with the square of their number.
constexpr size_t kListedPlaces = 8;
std::vector<uint32_t> ArticlePlaces(const std::vector<Row>& rows, const std::vector<uint32_t>& place_by_claim,
                                    const Places& places) {
  constexpr uint32_t kSeveral = Places::kNone - 1;
  auto within = [&](uint32_t place, uint32_t container) {
    for (uint32_t up : places.containers(place)) {
      if (up == container) return true;
    }
    return false;
  };
  HashIds docs;
  std::vector<uint32_t> doc_of(rows.size(), Places::kNone);
  std::vector<uint32_t> named;  // per article: its nearest place so far, kNone or kSeveral
  uint64_t last_doc = 0;
  uint32_t last_id = Places::kNone;
  for (size_t i = 0; i < rows.size(); ++i) {
    const uint64_t doc = rows[i].doc;
    if (doc == 0) continue;
    if (doc != last_doc) {  // an article's claims most often come together: one look-up
      const auto [id, added] = docs.Intern(doc);
      if (added) named.push_back(Places::kNone);
      last_doc = doc, last_id = id;
    }
    doc_of[i] = last_id;
    uint32_t& d = named[last_id];
    const uint32_t p = place_by_claim[i];
    if (p == Places::kNone || d == kSeveral || d == p) continue;
    // The places of one line of containment form a chain: keep its deepest. Whatever the
    // order of the claims, the result is the same (ancestors of one place form a chain).
    if (d == Places::kNone || within(p, d)) d = p;
    else if (!within(d, p)) d = kSeveral;
  }
  std::vector<uint32_t> place_of(rows.size(), Places::kNone);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (doc_of[i] != Places::kNone && named[doc_of[i]] != kSeveral) place_of[i] = named[doc_of[i]];
  }
  return place_of;
}

ArticleNames NamedPlaces(const std::vector<Row>& rows, const std::vector<uint32_t>& place_by_claim) {
  HashIds docs;
  ArticleNames named;
  named.doc_of.assign(rows.size(), Places::kNone);
  uint64_t last_doc = 0;
  uint32_t last_id = Places::kNone;
  for (size_t i = 0; i < rows.size(); ++i) {
    const uint64_t doc = rows[i].doc;
    if (doc == 0) continue;
    if (doc != last_doc) {
      const auto [id, added] = docs.Intern(doc);
      if (added) named.places.emplace_back();
      last_doc = doc, last_id = id;
    }
    named.doc_of[i] = last_id;
    const uint32_t p = place_by_claim[i];
    std::vector<uint32_t>& list = named.places[last_id];
    if (p != Places::kNone && std::find(list.begin(), list.end(), p) == list.end()) list.push_back(p);
  }
  return named;
}

bool ArticleNames::Names(uint32_t index, uint32_t place, const Places& all) const {
  if (doc_of[index] == Places::kNone) return false;
  for (const uint32_t p : places[doc_of[index]]) {
    if (p == place) return true;
    for (const uint32_t up : all.containers(p)) {
      if (up == place) return true;
    }
  }
  return false;
}

PlaceGrouping PlaceGroups(const SortItem* begin, const SortItem* end, const Places& places,
                          std::span<const uint32_t> article_place, const ArticleNames& named,
                          std::span<const SoftInterval> intervals, std::vector<uint32_t>& in_block) {
  const size_t size = static_cast<size_t>(end - begin);
  // The distinct places of the block, by first appearance.
  struct Distinct { uint32_t place; int count; uint32_t top; };
  std::vector<Distinct> distinct;
  std::vector<uint32_t> place_of(size);  // per item: its distinct place, or kNone
  for (size_t k = 0; k < size; ++k) {
    const uint32_t place = begin[k].place;
    if (place == Places::kNone) {
      place_of[k] = Places::kNone;
      continue;
    }
    if (in_block[place] == Places::kNone) {
      in_block[place] = static_cast<uint32_t>(distinct.size());
      distinct.push_back(Distinct{place, 0, in_block[place]});
    }
    ++distinct[in_block[place]].count;
    place_of[k] = in_block[place];
  }
  // A place joins the highest containing place that also occurs in the block.
  for (Distinct& d : distinct) {
    for (uint32_t up : places.containers(d.place)) {
      if (in_block[up] != Places::kNone) d.top = in_block[up];
    }
  }
  // A claim without a place whose article names one place joins the group of the outermost
  // place containing it (its country: "in Cairo" in the article, a group egypt in the
  // block), never a town's group: a figure told without a place in an article about a
  // town may be the town's or its country's (a national total of cases in an article on
  // the capital's new ones), and only the country's group holds both.
  std::vector<uint32_t> from_article(size, Places::kNone);  // per item: the distinct it joins
  for (size_t k = 0; k < size; ++k) {
    if (place_of[k] != Places::kNone) continue;
    const uint32_t named = article_place[begin[k].index];
    if (named == Places::kNone) continue;
    const auto up = places.containers(named);
    const uint32_t country = up.empty() ? named : up.back();
    if (!places.outermost(country)) continue;
    const uint32_t d = in_block[country];
    if (d != Places::kNone) from_article[k] = distinct[d].top;
  }
  // A claim without a place whose very figure the block's placed claims give for one place
  // group only ("29 suspects" beside "29 suspects in Kuwait", under one key) is that group's
  // when its article names that place too (whatever else it names): the same key, the same
  // figure and the same place are one fact. A figure given for several groups says nothing,
  // and a figure alone is no proof (a story that holds several incidents repeats small
  // tolls). One hash look-up per claim.
  constexpr uint32_t kSeveralGroups = Places::kNone - 1;
  std::unordered_map<double, uint32_t> group_of_figure;
  for (size_t k = 0; k < size; ++k) {
    if (place_of[k] == Places::kNone) continue;
    const double figure = intervals[begin[k].index].point;
    if (!std::isfinite(figure)) continue;
    const uint32_t top = distinct[place_of[k]].top;
    const auto [it, added] = group_of_figure.emplace(figure, top);
    if (!added && it->second != top) it->second = kSeveralGroups;
  }
  std::vector<uint32_t> from_figure(size, Places::kNone);  // per item: the distinct it joins
  for (size_t k = 0; k < size && !group_of_figure.empty(); ++k) {
    if (place_of[k] != Places::kNone) continue;
    const auto it = group_of_figure.find(intervals[begin[k].index].point);
    if (it != group_of_figure.end() && it->second != kSeveralGroups &&
        named.Names(begin[k].index, distinct[it->second].place, places)) {
      from_figure[k] = it->second;
    }
  }
  for (const Distinct& d : distinct) in_block[d.place] = Places::kNone;
  auto name_of = [&](uint32_t d) { return places.name(distinct[d].place); };
  std::map<std::string_view, int> group_size;
  for (const Distinct& d : distinct) group_size[name_of(d.top)] += d.count;
  PlaceGrouping g;
  std::string_view largest;
  int largest_n = -1;
  for (const auto& [name, n] : group_size) {
    g.names.emplace_back(name);
    if (n > largest_n) largest = name, largest_n = n;  // ties: the smallest name
  }
  if (g.names.empty()) g.names.emplace_back();
  auto rank_of = [&](std::string_view name) {
    return static_cast<uint32_t>(std::lower_bound(g.names.begin(), g.names.end(), name) - g.names.begin());
  };
  // Claims without a place join the only place group of their block; when the block names
  // several, nothing says which one they belong to, and they form a group of their own.
  int unplaced = 0;
  std::vector<int> joined(distinct.size(), 0);  // per distinct top: unplaced claims it took in
  std::vector<int> joined_by_figure(distinct.size(), 0);
  for (size_t k = 0; k < size; ++k) {
    if (place_of[k] != Places::kNone) continue;
    if (from_figure[k] != Places::kNone) ++joined_by_figure[from_figure[k]];
    else if (from_article[k] != Places::kNone) ++joined[from_article[k]];
    else ++unplaced;
  }
  const bool unplaced_apart = unplaced > 0 && g.names.size() >= 2;
  if (unplaced_apart) g.names.insert(g.names.begin(), std::string());
  // Notes are made in the order of place hashes: stable whatever the order of the claims.
  std::vector<uint32_t> by_hash(distinct.size());
  std::iota(by_hash.begin(), by_hash.end(), 0u);
  std::sort(by_hash.begin(), by_hash.end(), [&](uint32_t x, uint32_t y) {
    return places.hash(distinct[x].place) < places.hash(distinct[y].place);
  });
  std::vector<uint32_t> distinct_rank(distinct.size());
  for (uint32_t d : by_hash) {
    const uint32_t top = distinct[d].top;
    distinct_rank[d] = rank_of(name_of(top));
    if (top != d) {
      g.notes.emplace_back(distinct_rank[d], std::string(name_of(d)) + " lies within " +
                                                 std::string(name_of(top)) + ": same slot");
    }
    if (joined[d] > 0) {
      g.notes.emplace_back(distinct_rank[d], std::to_string(joined[d]) +
                                                 " claim(s) with no place stated joined " +
                                                 std::string(name_of(d)) +
                                                 ": the only place their article names");
    }
    if (joined_by_figure[d] > 0) {
      g.notes.emplace_back(distinct_rank[d], std::to_string(joined_by_figure[d]) +
                                                 " claim(s) with no place stated joined " +
                                                 std::string(name_of(d)) +
                                                 ": the same figure is told of it under this key");
    }
  }
  const uint32_t unplaced_rank = unplaced_apart ? 0 : rank_of(largest);
  g.rank.resize(size);
  for (size_t k = 0; k < size; ++k) {
    g.rank[k] = place_of[k] != Places::kNone        ? distinct_rank[place_of[k]]
                : from_figure[k] != Places::kNone  ? distinct_rank[from_figure[k]]
                : from_article[k] != Places::kNone ? distinct_rank[from_article[k]]
                                                   : unplaced_rank;
  }
  if (unplaced_apart) {
    g.notes.emplace_back(unplaced_rank,
                         std::to_string(unplaced) +
                             " claim(s) with no place stated kept apart: the same key names "
                             "several places, and none is stated for these");
  } else if (unplaced > 0 && distinct.size() > 1) {
    g.notes.emplace_back(unplaced_rank, std::to_string(unplaced) +
                                            " claim(s) with no place stated joined the only "
                                            "place group (" + std::string(largest) + ")");
  }
  if (g.names.size() >= 2) {
    std::string listed;
    const size_t named = g.names.size() - (unplaced_apart ? 1 : 0);
    for (size_t r = unplaced_apart ? 1 : 0, listed_n = 0; r < g.names.size() && listed_n < kListedPlaces;
         ++r, ++listed_n) {
      listed += (listed.empty() ? "" : ", ") + g.names[r];
    }
    if (named > kListedPlaces) listed += " and " + std::to_string(named - kListedPlaces) + " more";
    for (uint32_t r = 0; r < g.names.size(); ++r) {
      g.notes.emplace_back(r, "kept apart from same-key claims about other places (" + listed + ")");
    }
  }
  // By group, each group's notes in the order made.
  std::stable_sort(g.notes.begin(), g.notes.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  return g;
}

}  // namespace mizan::aligner
