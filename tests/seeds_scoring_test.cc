// Scoring on the five seed articles, from the gold annotation (fixtures/gold/seeds.json).
// Extraction is another issue; here the gold claims stand in for it, mapped into our
// vocabulary by the small tables below (the mapping lives in this test, never in scoring/):
// gold source descriptions -> normalized source ids (what attribution's aliases produce),
// gold predicate phrases -> predicate families, gold locations -> place ids.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>

#include "core/lexicon.h"
#include "scoring/score.h"

namespace mizan {
namespace {

nlohmann::json LoadGold() {
  std::ifstream in(std::string(MIZAN_FIXTURES_DIR) + "/gold/seeds.json");
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

bool Has(const std::string& text, const char* needle) { return text.find(needle) != std::string::npos; }

// The first matching row wins: (substring of the gold description, id).
std::string Lookup(const std::string& text, const std::vector<std::pair<const char*, const char*>>& table) {
  for (const auto& [needle, id] : table) {
    if (Has(text, needle)) return id;
  }
  return "";
}

const std::vector<std::pair<const char*, const char*>> kSources = {
    {"NIS", "south_korea.nis"},
    {"intelligence service", "south_korea.nis"},
    {"Pentagon", "us.defense"},
    {"US government intelligence", "us.intelligence"},
    {"US intelligence", "us.intelligence"},
    {"South Korean intelligence", "south_korea.intelligence"},
    {"Ukrainian intelligence", "ukraine.intelligence"},
    {"United States", "us.government"},
    {"Joint Chiefs", "south_korea.jcs"},
    {"South Korean government", "south_korea.government"},
    {"South Korea", "south_korea.government"},
    {"Ukraine (government)", "ukraine.government"},
    {"Rutte", "nato.secretary_general"},
    {"Zelensky", "ukraine.president"},
    {"BBC Russian", "bbc_russian"},
    {"senior Ukrainian official", "ukraine.anonymous_official"},
    {"unnamed reports", "unnamed_reports"},
    {"it is said", "unnamed_hearsay"},
    {"New York Times", "nyt"},
    {"CNN", "cnn"},
    {"Associated Press", "ap"},
    {"bloggers", "russia.pro_kremlin_bloggers"},
};

const std::vector<std::pair<const char*, const char*>> kSubjects = {
    {"North Korea", "north_korea"}, {"Russian", "russia"},  {"Ukrainian", "ukraine"},
    {"British", "uk"},              {"NATO", "nato"},
};

const std::vector<std::pair<const char*, const char*>> kPredicates = {
    {"killed_or_wounded", "killed_or_wounded"}, {"killed", "killed"},
    {"ammunition_sent", "supplied"},            {"containers_sent", "supplied"},
    {"fired", "fired"},                         {"territory_captured", "territory_controlled"},
    {"members", "members"},                     {"sent", "deployed"},
    {"arrived", "deployed"},                    {"deployed", "deployed"},
    {"present", "deployed"},                    {"moving", "deployed"},
    {"to_join", "joined"},                    {"send", "deployed"},
};

const std::vector<std::pair<const char*, const char*>> kPlaces = {
    {"Kursk", "kursk"}, {"Far East", "russian_far_east"}, {"Russia", "russia"}, {"Ukraine", "ukraine"},
};

SourceType TypeOf(const std::string& gold) {
  if (gold == "government_agency") return SourceType::kGovernment;
  if (gold == "official") return SourceType::kOfficial;
  if (gold == "intelligence") return SourceType::kIntelligence;
  if (gold == "military") return SourceType::kMilitary;
  if (gold == "anonymous") return SourceType::kAnonymous;
  if (gold == "media_outlet") return SourceType::kMedia;
  if (gold == "wire_agency") return SourceType::kWire;
  if (gold == "social_media") return SourceType::kSocialMedia;
  return SourceType::kUnattributed;
}

HopRole RoleOf(const std::string& gold) {
  if (gold == "co_original") return HopRole::kCoOrigin;
  if (gold == "relay") return HopRole::kRelay;
  if (gold == "article_credit") return HopRole::kArticleCredit;
  return HopRole::kOrigin;
}

// The casualty flag extraction copies onto a claim of `predicate`: predicates.tsv's column.
bool IsCasualtyFamily(const std::string& predicate) {
  static const std::set<std::string> casualties = [] {
    std::set<std::string> ids;
    for (const LexiconRow& row : LoadLexicon("predicates.tsv")) {
      if (row.fields.size() >= 4 && row.fields[3] == "yes") ids.insert(row.fields[1]);
    }
    return ids;
  }();
  return casualties.count(predicate) == 1;
}

struct Seeds {
  nlohmann::json gold;
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  std::vector<CopyGroup> copies;
};

Seeds BuildSeeds() {
  Seeds s;
  s.gold = LoadGold();
  std::map<std::string, size_t> doc_index;
  for (const auto& d : s.gold["documents"]) {
    Document doc;
    doc.id = d["id"];
    doc.published = d["published_estimate"];
    doc.language = d["language"];
    doc_index[doc.id] = s.docs.size();
    s.docs.push_back(doc);
    Extraction x;
    x.doc = doc.id;
    x.language = doc.language;
    x.published.date = doc.published;
    s.extractions.push_back(x);
  }
  std::map<std::string, nlohmann::json> numbers;
  for (const auto& n : s.gold["numbers"]) numbers[n["id"]] = n;
  for (const auto& g : s.gold["claims"]) {
    Extraction& x = s.extractions[doc_index.at(g["doc"])];
    NumberMention m;
    const auto& v = numbers.at(g["number_ids"][0])["value"];
    if (!v["low"].is_null()) m.value.low = v["low"].get<double>();
    if (!v["high"].is_null()) m.value.high = v["high"].get<double>();
    m.value.qualifier = *ParseQualifier(v["qualifier"].get<std::string>());
    Claim c;
    c.id = g["id"];  // gold ids stand in for "<doc>#<n>"
    c.doc = x.doc;
    c.mention = static_cast<uint32_t>(x.mentions.size());
    x.mentions.push_back(m);
    c.unit = g["unit"];
    c.subject = Lookup(g["subject"], kSubjects);
    const std::string predicate = g["predicate"];
    c.predicate = Lookup(predicate, kPredicates);
    c.increment = Has(predicate, "additional");
    c.forward_looking = predicate.rfind("to_", 0) == 0;  // "to join by Monday": a plan
    c.cumulative = c.predicate != "members" && c.predicate != "territory_controlled";
    c.casualty = IsCasualtyFamily(c.predicate);
    c.place = g["location"].is_null() ? "" : Lookup(g["location"], kPlaces);
    if (!g["time"]["resolved_from"].is_null()) c.time.from = g["time"]["resolved_from"];
    if (!g["time"]["resolved_to"].is_null()) c.time.to = g["time"]["resolved_to"];
    c.stance = *ParseStance(g["stance"].get<std::string>());
    for (const auto& a : g["attribution"]) {
      SourceHop hop;
      hop.surface = a["surface"];
      hop.name = Lookup(a["source"], kSources);
      REQUIRE(!hop.name.empty());
      hop.type = TypeOf(a["type"]);
      hop.role = RoleOf(a["role"]);
      c.attribution.push_back(hop);
    }
    x.claims.push_back(c);
  }
  // Stand-in for core/copies: 002 and 004 render one AP story (gold relation_to_other_docs).
  CopyGroup group;
  group.id = "copy-1";
  group.kind = "rewrite";
  for (const Document& d : s.docs) {
    if (d.id.rfind("002_", 0) == 0 || d.id.rfind("004_", 0) == 0) group.docs.push_back(d.id);
  }
  REQUIRE(group.docs.size() == 2);
  s.copies.push_back(group);
  return s;
}

TEST_CASE("seeds: slots match the gold slots (pairwise F1 >= 0.9)", "[seeds_scoring]") {
  Seeds s = BuildSeeds();
  ScoreInput input = MakeScoreInput(s.docs, s.extractions, s.copies);
  REQUIRE(input.claims.size() == s.gold["claims"].size());
  ScoreReport report = Score(input, ScoreOptions{});
  std::map<std::string, std::string> gold_slot, our_slot;
  for (const auto& g : s.gold["claims"]) gold_slot[g["id"]] = g["slot"];
  for (const ClaimScore& c : report.claims) our_slot[c.claim] = c.slot;
  int tp = 0, fp = 0, fn = 0;
  for (auto a = gold_slot.begin(); a != gold_slot.end(); ++a) {
    for (auto b = std::next(a); b != gold_slot.end(); ++b) {
      const bool same_gold = a->second == b->second;
      const bool same_ours = our_slot[a->first] == our_slot[b->first];
      tp += same_gold && same_ours;
      fp += !same_gold && same_ours;
      fn += same_gold && !same_ours;
    }
  }
  const double precision = tp + fp ? double(tp) / (tp + fp) : 1;
  const double recall = tp + fn ? double(tp) / (tp + fn) : 1;
  const double f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  INFO("pairwise precision " << precision << " recall " << recall << " F1 " << f1);
  CHECK(f1 >= 0.9);
  CHECK(report.slots.size() == s.gold["slots"].size());
}

TEST_CASE("seeds: no slot is a contradiction", "[seeds_scoring]") {
  Seeds s = BuildSeeds();
  ScoreInput input = MakeScoreInput(s.docs, s.extractions, s.copies);
  ScoreReport report = Score(input, ScoreOptions{});
  for (const SlotReport& slot : report.slots) {
    INFO(slot.id << " " << slot.unit << " " << slot.subject << " " << slot.predicate);
    CHECK(slot.relation != SlotRelation::kContradiction);
    CHECK(slot.relation != SlotRelation::kMixed);
  }
  for (const ClaimScore& c : report.claims) {
    INFO(c.claim);
    CHECK(c.verdict != Verdict::kContradicted);
  }
}

TEST_CASE("seeds: claims the gold rates high score above those it rates low", "[seeds_scoring]") {
  Seeds s = BuildSeeds();
  ScoreInput input = MakeScoreInput(s.docs, s.extractions, s.copies);
  ScoreReport report = Score(input, ScoreOptions{});
  std::map<std::string, double> confidence;
  for (const ClaimScore& c : report.claims) confidence[c.claim] = c.confidence;
  std::map<std::string, std::vector<std::pair<std::string, double>>> by_level;
  for (const auto& slot : s.gold["slots"]) {
    for (const auto& e : slot["expected_confidence"]) {
      by_level[e["level"]].emplace_back(e["claim_id"], confidence.at(e["claim_id"]));
    }
  }
  auto mean = [&](const std::string& level) {
    double sum = 0;
    for (const auto& [id, c] : by_level[level]) sum += c;
    return sum / static_cast<double>(by_level[level].size());
  };
  INFO("mean high " << mean("high") << " medium " << mean("medium") << " low " << mean("low"));
  CHECK(mean("high") > mean("medium"));
  CHECK(mean("medium") > mean("low"));
  // Pairwise: every high above every low, except pairs a text-level judgement separates
  // and scoring cannot see (the gold rates 000's ~31,000 low as "disputed in the text";
  // to scoring it is an identified official's single figure, like 000's Rutte figures).
  int ordered = 0, pairs = 0;
  std::ostringstream misordered;
  for (const auto& [hi_id, hi] : by_level["high"]) {
    for (const auto& [lo_id, lo] : by_level["low"]) {
      ++pairs;
      if (hi > lo) ++ordered; else misordered << hi_id << "(" << hi << ") <= " << lo_id << "(" << lo << "); ";
    }
  }
  INFO("misordered: " << misordered.str());
  if (std::getenv("MIZAN_DUMP_SEEDS")) {
    for (size_t i = 0; i < report.claims.size(); ++i) {
      const ClaimScore& c = report.claims[i];
      std::printf("%s %s %.4f %s |", c.claim.c_str(), c.slot.c_str(), c.confidence, std::string(ToString(c.verdict)).c_str());
      for (std::string_view r : c.reasons) std::printf(" %.*s;", static_cast<int>(r.size()), r.data());
      std::printf("\n");
    }
  }
  CHECK(double(ordered) / pairs >= 0.9);
}

TEST_CASE("seeds: the North Korean contingent is one evolving slot", "[seeds_scoring]") {
  Seeds s = BuildSeeds();
  ScoreInput input = MakeScoreInput(s.docs, s.extractions, s.copies);
  ScoreReport report = Score(input, ScoreOptions{});
  const SlotReport* total = nullptr;
  for (const SlotReport& slot : report.slots) {
    if (std::find(slot.claims.begin(), slot.claims.end(), "c000_04") != slot.claims.end()) total = &slot;
  }
  REQUIRE(total != nullptr);
  CHECK(total->claims.size() == 10);
  CHECK(total->relation == SlotRelation::kEvolution);
  // The latest estimate lies in the 10,000-12,000 band the later reports give.
  CHECK(total->estimate.value >= 10000);
  CHECK(total->estimate.value <= 12600);
  for (size_t k = 1; k < total->timeline.size(); ++k) {
    CHECK(total->timeline[k].value >= total->timeline[k - 1].value);
  }
}

}  // namespace
}  // namespace mizan
