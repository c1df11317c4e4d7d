// Disjoint sets over 0..n-1 (path halving; the smaller index is the root, so a set's
// root is its first member and the result does not depend on the order of unions).
//
//   UnionFind<uint32_t> sets(4);
//   sets.Union(3, 1);           // true: {1, 3} joined
//   sets.Find(3) == 1;          // the set's smallest member

#ifndef MIZAN_CORE_UNION_FIND_H_
#define MIZAN_CORE_UNION_FIND_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace mizan {

template <typename Index>
class UnionFind {
 public:
  explicit UnionFind(size_t n = 0) { Reset(n); }
  // n singletons again, keeping the storage.
  void Reset(size_t n) {
    parent_.resize(n);
    std::iota(parent_.begin(), parent_.end(), Index{0});
  }
  // The root of x's set; x must be < n.
  Index Find(Index x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // Joins the sets of a and b; false when they were one set already.
  bool Union(Index a, Index b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return false;
    parent_[std::max(a, b)] = std::min(a, b);
    return true;
  }

 private:
  std::vector<Index> parent_;
};

}  // namespace mizan

#endif  // MIZAN_CORE_UNION_FIND_H_
