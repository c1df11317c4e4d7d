#include "core/copies.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "core/hash.h"
#include "core/number_format.h"
#include "core/union_find.h"

namespace mizan {
namespace {

constexpr size_t kShingleWords = 5;
constexpr size_t kHashes = 64;
constexpr uint64_t kSeed = 0x6d697a616e2d3031ULL;  // "mizan-01": fixed, so output is stable
// LSH banding: 21 bands of 3 rows. A pair with Jaccard 0.6 collides in some band with
// probability 1 - (1 - 0.6^3)^21 = 0.994; a pair with 0.1 with probability 0.02.
constexpr size_t kBands = 21;
constexpr size_t kRows = 3;
// A bucket holding more documents than this (boilerplate) is compared only between
// neighbours in id order, so one huge bucket cannot make the batch quadratic.
constexpr size_t kMaxBucket = 64;
// A rewrite shares at least this many distinctive figures in the same order.
constexpr size_t kMinSharedFigures = 3;
// A figure held by more documents than this is too common to block on (a batch about
// one event repeats the headline figure everywhere; those pairs still meet through rarer
// figures).
constexpr size_t kMaxFigureDocs = 200;
// Figures kept per document: bounds the LCS table of a pair (an article is a story, not a
// statistical annex; a table of thousands of figures only needs its head to be matched).
constexpr size_t kMaxFigures = 512;

uint64_t SplitMix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// "10000-12000" for a range, the one bound otherwise: a rewrite often drops or changes
// the qualifier ("أكثر من 1500" / "1500"), so the qualifier is not part of the figure.
std::string FigureOf(const NumericValue& value) {
  if (value.low && value.high && *value.low != *value.high) {
    return FormatNumber(*value.low, NumberStyle::kPlain) + "-" +
           FormatNumber(*value.high, NumberStyle::kPlain);
  }
  if (value.low) return FormatNumber(*value.low, NumberStyle::kPlain);
  if (value.high) return FormatNumber(*value.high, NumberStyle::kPlain);
  return "";
}

// A figure that can identify a story: vague plurals ("آلاف") and small counts are in
// every story, so they never count.
bool IsDistinctive(const NumberMention& m) {
  if (m.kind != NumberKind::kQuantity && m.kind != NumberKind::kPercent) return false;
  if (m.value.qualifier == Qualifier::kVague) return false;
  const std::optional<double> v = m.value.low ? m.value.low : m.value.high;
  return v && std::fabs(*v) >= 10;
}

// Longest common subsequence of two sequences, with the matched elements in order.
std::vector<std::string> CommonSubsequence(const std::vector<std::string>& a,
                                           const std::vector<std::string>& b) {
  std::vector<std::vector<uint16_t>> table(a.size() + 1, std::vector<uint16_t>(b.size() + 1));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1
                                 : std::max(table[i + 1][j], table[i][j + 1]);
    }
  }
  std::vector<std::string> common;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      common.push_back(a[i]);
      ++i;
      ++j;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return common;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

std::string FormatSimilarity(double similarity) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", similarity);
  return buffer;
}

struct Edge {
  size_t a;
  size_t b;
  double similarity;
  bool wire;
  std::string evidence;
};

double EstimatedJaccard(const CopyFingerprint& a, const CopyFingerprint& b) {
  if (a.minhash.size() != kHashes || b.minhash.size() != kHashes) return 0;
  size_t equal = 0;
  for (size_t h = 0; h < kHashes; ++h) equal += a.minhash[h] == b.minhash[h];
  return static_cast<double>(equal) / kHashes;
}

// Near-identical copies: candidate pairs from LSH buckets, verified on the signature.
void WireCopyEdges(const std::vector<const CopyFingerprint*>& prints, double threshold,
                   std::unordered_set<uint64_t>& seen, std::vector<Edge>& edges) {
  std::vector<std::pair<uint64_t, size_t>> keys;
  for (size_t band = 0; band < kBands; ++band) {
    keys.clear();
    for (size_t d = 0; d < prints.size(); ++d) {
      const std::vector<uint64_t>& sig = prints[d]->minhash;
      if (sig.size() != kHashes) continue;
      uint64_t key = SplitMix(kSeed ^ band);
      for (size_t r = 0; r < kRows; ++r) key = SplitMix(key ^ sig[band * kRows + r]);
      keys.emplace_back(key, d);
    }
    std::sort(keys.begin(), keys.end());
    for (size_t start = 0; start < keys.size();) {
      size_t stop = start;
      while (stop < keys.size() && keys[stop].first == keys[start].first) ++stop;
      for (size_t x = start; x < stop; ++x) {
        for (size_t y = x + 1; y < stop && y <= x + kMaxBucket; ++y) {
          const size_t a = keys[x].second, b = keys[y].second;
          // Pairs compared once: a hash set (a tree of pairs grew with the batch, and was
          // half the cost of a batch of same-day copies).
          if (!seen.insert((static_cast<uint64_t>(a) << 32) | b).second) continue;
          const double similarity = EstimatedJaccard(*prints[a], *prints[b]);
          if (similarity >= threshold) {
            edges.push_back(Edge{a, b, similarity, true,
                                 "near-identical text (shingle similarity " +
                                     FormatSimilarity(similarity) + ")"});
          }
        }
      }
      start = stop;
    }
  }
}

// Rewrites and translations: documents blocked by shared figures, then compared on the
// order of their figures (and source names).
void RewriteEdges(const std::vector<const CopyFingerprint*>& prints, double threshold,
                  const std::set<std::pair<size_t, size_t>>& wire_pairs,
                  std::vector<Edge>& edges) {
  std::map<std::string, std::vector<size_t>> docs_by_figure;
  for (size_t d = 0; d < prints.size(); ++d) {
    std::set<std::string> figures(prints[d]->numbers.begin(), prints[d]->numbers.end());
    for (const std::string& figure : figures) docs_by_figure[figure].push_back(d);
  }
  // Pairs sharing a figure, one entry per shared figure; sorted, a run's length is the
  // number of figures the pair shares. (A vector, not a map: most pairs share one
  // figure by chance, and there are many of them in a big batch.)
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [figure, docs] : docs_by_figure) {
    if (docs.size() < 2 || docs.size() > kMaxFigureDocs) continue;
    for (size_t x = 0; x < docs.size(); ++x) {
      for (size_t y = x + 1; y < docs.size(); ++y) {
        pairs.emplace_back(static_cast<uint32_t>(docs[x]), static_cast<uint32_t>(docs[y]));
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (size_t start = 0; start < pairs.size();) {
    size_t stop = start;
    while (stop < pairs.size() && pairs[stop] == pairs[start]) ++stop;
    const size_t count = stop - start;
    const std::pair<size_t, size_t> pair(pairs[start].first, pairs[start].second);
    start = stop;
    if (count < kMinSharedFigures) continue;
    const CopyFingerprint& a = *prints[pair.first];
    const CopyFingerprint& b = *prints[pair.second];
    const std::vector<std::string> figures = CommonSubsequence(a.numbers, b.numbers);
    if (figures.size() < kMinSharedFigures) continue;
    const double similarity = static_cast<double>(figures.size()) /
                              static_cast<double>(std::min(a.numbers.size(), b.numbers.size()));
    if (similarity < threshold) continue;
    if (wire_pairs.count(pair) > 0) continue;  // already joined as a wire copy
    std::string evidence = "shared figures in the same order: " + Join(figures);
    const std::vector<std::string> names = CommonSubsequence(a.names, b.names);
    if (!names.empty()) evidence += "; shared sources: " + Join(names);
    edges.push_back(Edge{pair.first, pair.second, similarity, false, evidence});
  }
}

}  // namespace

CopyFingerprint FingerprintDocument(const Extraction& extraction, const AnalyzedText& text) {
  CopyFingerprint print;
  print.doc = extraction.doc;

  // Each word is hashed once; a word is part of up to kShingleWords shingles.
  std::vector<uint64_t> word_hashes;
  word_hashes.reserve(text.tokens.size());
  for (size_t t = 0; t < text.tokens.size(); ++t) {
    if (text.tokens[t].kind != TokenKind::kPunct) word_hashes.push_back(Fnv1a(text.TokenText(t)));
  }
  if (!word_hashes.empty()) {
    print.minhash.assign(kHashes, UINT64_MAX);
    const size_t width = std::min(kShingleWords, word_hashes.size());
    for (size_t w = 0; w + width <= word_hashes.size(); ++w) {
      uint64_t shingle = kSeed;
      for (size_t k = w; k < w + width; ++k) shingle = SplitMix(shingle ^ word_hashes[k]);
      for (size_t h = 0; h < kHashes; ++h) {
        print.minhash[h] = std::min(print.minhash[h], SplitMix(shingle + h * 0x9e3779b97f4a7c15ULL));
      }
    }
  }

  for (const NumberMention& m : extraction.mentions) {
    if (!IsDistinctive(m)) continue;
    if (print.numbers.size() == kMaxFigures) break;
    std::string figure = FigureOf(m.value);
    if (!figure.empty()) print.numbers.push_back(std::move(figure));
  }
  for (const Claim& claim : extraction.claims) {
    if (claim.attribution.empty()) continue;
    const std::string& name = claim.attribution.front().name;
    if (name.empty() || (!print.names.empty() && print.names.back() == name)) continue;
    print.names.push_back(name);
  }
  return print;
}

std::vector<CopyGroup> FindCopies(const std::vector<CopyFingerprint>& prints,
                                  const CopyOptions& options) {
  // Work in document-id order so the result does not depend on the input order.
  std::vector<const CopyFingerprint*> sorted;
  for (const CopyFingerprint& print : prints) sorted.push_back(&print);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const CopyFingerprint* a, const CopyFingerprint* b) { return a->doc < b->doc; });

  std::vector<Edge> edges;
  std::unordered_set<uint64_t> compared;
  WireCopyEdges(sorted, options.wire_copy_threshold, compared, edges);
  std::set<std::pair<size_t, size_t>> wire_pairs;
  for (const Edge& e : edges) wire_pairs.insert({e.a, e.b});
  RewriteEdges(sorted, options.rewrite_threshold, wire_pairs, edges);

  // Maximum spanning forest: the strongest links join documents first, so a group's
  // similarity is its weakest necessary link.
  std::stable_sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  UnionFind<size_t> forest(sorted.size());
  std::vector<const Edge*> kept;
  for (const Edge& e : edges) {
    if (forest.Union(e.a, e.b)) kept.push_back(&e);
  }

  std::map<size_t, CopyGroup> by_root;
  for (const Edge* e : kept) {
    auto [it, inserted] = by_root.try_emplace(forest.Find(e->a));
    CopyGroup& group = it->second;
    if (inserted) {
      group.similarity = e->similarity;
      group.kind = "wire_copy";
    }
    group.similarity = std::min(group.similarity, e->similarity);
    if (!e->wire) group.kind = "rewrite";
    group.evidence.push_back(sorted[e->a]->doc + " ~ " + sorted[e->b]->doc + ": " + e->evidence);
  }
  std::map<size_t, std::vector<size_t>> members;
  for (size_t d = 0; d < sorted.size(); ++d) members[forest.Find(d)].push_back(d);
  std::vector<CopyGroup> groups;
  for (auto& [root, group] : by_root) {
    for (size_t d : members[root]) group.docs.push_back(sorted[d]->doc);
    std::sort(group.docs.begin(), group.docs.end());
    std::sort(group.evidence.begin(), group.evidence.end());
    groups.push_back(std::move(group));
  }
  std::sort(groups.begin(), groups.end(),
            [](const CopyGroup& a, const CopyGroup& b) { return a.docs.front() < b.docs.front(); });
  for (size_t g = 0; g < groups.size(); ++g) groups[g].id = "copy-" + std::to_string(g + 1);
  return groups;
}

}  // namespace mizan
