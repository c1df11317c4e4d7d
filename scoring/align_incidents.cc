// A fact's incidents: within one story, several incidents (a war's attacks, an
// insurgency's raids, an accident and an older crash an article recalls) share what is counted
// and the predicate; the town each claim's clause names (ScoreClaim::incident) tells them apart.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "scoring/aligner.h"

namespace mizan::aligner {

// One fact of a key and place (a magnitude band, a chain of values: align_facts.cc) told of
// several incidents: claims that name different incident places are different slots, each
// analysed by EmitSlot. Towns tell incidents apart where the fact names two or more; else
// provinces do, where it names two or more, its one town then counting as one more place.
// One town and one province may be one place (the lexicon does not say which province holds
// which town): one slot. A claim that names no place of that level keeps today's
// company (recall): it joins the incident its article names for this fact when the article
// names one, else the fact's incident with the most claims (the story's main one; ties: the
// first name). Fewer than two places of either level: the fact is one slot.
void Aligner::EmitIncidents(SortItem* begin, SortItem* end, std::string_view place, uint64_t key) {
  constexpr uint32_t kNone = HashIds::kNone;
  if (incident_names_.empty()) {  // no claim names an incident place (structured claims)
    EmitSlot(begin, end, place, key);
    return;
  }
  uint32_t town = kNone, region = kNone;
  bool towns = false, regions = false;
  for (const SortItem* it = begin; it != end && !towns; ++it) {
    const uint32_t incident = incident_by_claim_[it->index];
    if (incident == kNone) continue;
    uint32_t& only = incident_region_[incident] ? region : town;
    bool& several = incident_region_[incident] ? regions : towns;
    if (only == kNone) only = incident;
    several = several || incident != only;
  }
  if (!towns && !regions) {
    EmitSlot(begin, end, place, key);
    return;
  }
  // The incident a claim is told of at the level that splits this fact, or kNone: towns when
  // it names several; else its provinces and its one town, if any, as a place of their rank
  // (several provinces say there are several incidents).
  const bool by_town = towns;
  auto level = [&](uint32_t index) {
    const uint32_t incident = incident_by_claim_[index];
    return incident != kNone && (!by_town || !incident_region_[incident]) ? incident : kNone;
  };
  if (incident_group_.size() < incident_names_.size()) incident_group_.resize(incident_names_.size(), kNone);
  // The block's incidents in name order: their group ranks.
  std::vector<uint32_t> ids;
  for (const SortItem* it = begin; it != end; ++it) {
    const uint32_t incident = level(it->index);
    if (incident != kNone && incident_group_[incident] == kNone) {
      incident_group_[incident] = 0;
      ids.push_back(incident);
    }
  }
  std::sort(ids.begin(), ids.end(), [&](uint32_t x, uint32_t y) { return incident_names_[x] < incident_names_[y]; });
  for (uint32_t r = 0; r < ids.size(); ++r) incident_group_[ids[r]] = r;
  // Each article's incident for this key: the one its claims name, or none when they name
  // several (kNone - 1).
  constexpr uint32_t kSeveral = kNone - 1;
  std::vector<std::pair<uint64_t, uint32_t>> article;  // (doc hash, group)
  std::vector<uint32_t> size(ids.size(), 0);
  for (const SortItem* it = begin; it != end; ++it) {
    const uint32_t incident = level(it->index);
    if (incident == kNone) continue;
    ++size[incident_group_[incident]];
    if (rows_[it->index].doc != 0) article.emplace_back(rows_[it->index].doc, incident_group_[incident]);
  }
  std::sort(article.begin(), article.end());
  size_t kept = 0;
  for (size_t k = 0; k < article.size(); ++k) {
    if (kept > 0 && article[kept - 1].first == article[k].first) {
      if (article[kept - 1].second != article[k].second) article[kept - 1].second = kSeveral;
      continue;
    }
    article[kept++] = article[k];
  }
  article.resize(kept);
  const uint32_t main = static_cast<uint32_t>(std::max_element(size.begin(), size.end()) - size.begin());
  std::vector<uint32_t> rank(end - begin);
  uint32_t joined_main = 0;
  for (size_t k = 0; k < rank.size(); ++k) {
    const uint32_t index = begin[k].index;
    const uint32_t incident = level(index);
    if (incident != kNone) {
      rank[k] = incident_group_[incident];
      continue;
    }
    const uint64_t doc = rows_[index].doc;
    auto found = std::lower_bound(article.begin(), article.end(), std::make_pair(doc, uint32_t{0}));
    if (doc != 0 && found != article.end() && found->first == doc && found->second != kSeveral) {
      rank[k] = found->second;
    } else {
      rank[k] = main;
      ++joined_main;
    }
  }
  for (uint32_t id : ids) incident_group_[id] = kNone;
  // Counting sort by group: stable, so time order holds inside each group.
  std::vector<uint32_t> first(ids.size() + 1, 0);
  for (uint32_t r : rank) ++first[r + 1];
  for (size_t r = 1; r < first.size(); ++r) first[r] += first[r - 1];
  std::vector<SortItem> sorted(rank.size());
  std::vector<uint32_t> fill(first.begin(), first.end() - 1);
  for (size_t k = 0; k < rank.size(); ++k) sorted[fill[rank[k]]++] = begin[k];
  std::copy(sorted.begin(), sorted.end(), begin);
  for (uint32_t r = 0; r < ids.size(); ++r) {
    const uint32_t slot = a_.slot_count();
    EmitSlot(begin + first[r], begin + first[r + 1], place, key);
    std::string note = "the incident at " + std::string(incident_names_[ids[r]]) + ": claims of this key told of " +
                       std::to_string(ids.size() - 1) + " other place(s) of their story are other slots";
    if (r == main && joined_main > 0) note += "; claims that name no place join it, the key's incident with the most claims";
    a_.notes.emplace_back(slot, std::move(note));
  }
}

}  // namespace mizan::aligner
