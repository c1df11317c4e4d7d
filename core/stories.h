// Stories: the articles of a batch that follow one event or topic over days, told by one
// outlet or several (topic detection and tracking). Wire copies are its tightest case. A
// story names the event a number belongs to when the article gives no other (scoring's
// blocking key), and the report lists facts story by story.
//
//   std::vector<StoryFingerprint> prints;
//   for (...) prints.push_back(FingerprintStory(document, extraction, analyzed));
//   std::vector<Story> stories = FindStories(prints, copy_groups, StoryOptions{});
//
// How (near-linear in the number of articles; the same input gives the same stories):
//   terms     words of the title and of the lead (its first lead_words words) in the match
//             form, a proclitic or the article off ("وبالمدينة" -> "مدينة", lexicon
//             story_terms.tsv, which also lists words that tell no story apart), English
//             lower-cased, and distinctive numbers ("#431"); a title word counts
//             title_weight times.
//   weights   TF-IDF over the batch: a term found in one article only, or in more than
//             max(max_df_share x articles, max_df_floor) of them, is dropped; an article
//             keeps its top_terms heaviest terms (a unit vector).
//   tracking  articles in time order (day, then id) join the most similar story active
//             within window_days of them (cosine of the article and the story's centroid
//             >= join_threshold, with >= min_shared terms in common), else start a story
//             of their own (precision first: an article that fits no story is a story).
//             Candidate stories come from an inverted index term -> stories, read only for
//             the article's own terms and at most max_postings recent entries each; a
//             centroid keeps its centroid_terms heaviest terms. So each article costs a
//             bounded amount of work whatever the batch size.
//   copies    an article whose copy group (core/copies.h) already has a story joins it.
//   relink    a topic followed over months: a story joins an earlier one whose centroid
//             it matches closely (cosine >= relink_threshold), whatever the gap; candidates
//             again from an inverted index, so linear in the stories.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/copies.h"
#include "core/document.h"
#include "core/model.h"
#include "core/text.h"

namespace mizan {

// What FindStories needs of one article, small enough to keep for a whole batch.
struct StoryFingerprint {
  std::string doc;
  std::string outlet;
  std::string date;   // ISO "YYYY-MM-DD" of publication, or "" when unknown
  std::string title;  // the title (or first line), at most 160 bytes
  // Term -> raw weight (title words title_weight, lead words 1, summed), sorted by term.
  std::vector<std::pair<std::string, float>> terms;
};

struct StoryOptions {
  // | option         | default | meaning                                                   |
  // |----------------|---------|-----------------------------------------------------------|
  // | window_days    | 3       | a story takes an article this many days after its last    |
  // | lead_words     | 60      | words of the body read after the title                    |
  // | title_weight   | 2       | a title word counts this many lead words                  |
  // | top_terms      | 24      | terms an article keeps (heaviest TF-IDF)                  |
  // | max_df_share   | 0.02    | a term in more of the articles than this share ...        |
  // | max_df_floor   | 30      | ... and than this many articles tells no story apart      |
  // | join_threshold | 0.3     | cosine with a story's centroid needed to join it          |
  // | min_shared     | 3       | terms an article must share with the story's centroid     |
  // | centroid_terms | 64      | terms a story's centroid keeps                            |
  // | max_postings   | 64      | recent stories read per term of the inverted index        |
  // | relink_threshold | 0.3   | cosine of two stories' centroids that makes one story of  |
  // |                |         | them across a gap longer than the window (a topic         |
  // |                |         | followed over months)                                     |
  int window_days = 3;
  int lead_words = 60;
  float title_weight = 2;
  int top_terms = 24;
  double max_df_share = 0.02;
  int max_df_floor = 30;
  double join_threshold = 0.3;
  int min_shared = 3;
  int centroid_terms = 64;
  int max_postings = 64;
  double relink_threshold = 0.3;
};

struct Story {
  std::string id;                      // "story-" + 12 hex of FNV-1a of its first doc id
  std::vector<std::string> docs;       // sorted
  std::vector<std::string> outlets;    // distinct, sorted ("" left out)
  std::string first, last;             // ISO dates of its first and last article, or ""
  std::string title;                   // the title of its first article (time order)
  std::vector<std::string> keywords;   // its heaviest terms, heaviest first (at most 8)
};

StoryFingerprint FingerprintStory(const Document& document, const Extraction& extraction,
                                  const AnalyzedText& text, const StoryOptions& options = {});

// A word of the match form (FoldForMatch) as a story term: Arabic loses one proclitic or
// article and one final letter, English is lower-cased; "" for a stop word or a word too
// short to tell stories apart (story_terms.tsv). Scoring reads a claim's sentence with it.
//   StoryTerm("وبالمدينة") == "مدين"; StoryTerm("قال") == ""
std::string StoryTerm(std::string_view folded_word);

// Every article of `prints` in exactly one story; stories sorted by id.
std::vector<Story> FindStories(const std::vector<StoryFingerprint>& prints,
                               const std::vector<CopyGroup>& copies, const StoryOptions& options);

}  // namespace mizan
