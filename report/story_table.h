// The stories table of the editor's reports (HTML and Markdown): the stories of two or more
// articles, their outlets and keywords as one comma-separated text each, and how many
// stories of one article stand alone. Each report only escapes and lays out the rows.
//
//   StoryTable table = StoriesOfSeveral(in.stories);
//   for (const StoryRow& row : table.rows) ...;   // row.story->id, row.outlets, ...
//   table.alone;                                  // "N article(s) fit no story"

#ifndef MIZAN_REPORT_STORY_TABLE_H_
#define MIZAN_REPORT_STORY_TABLE_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/stories.h"

namespace mizan {

struct StoryRow {
  const Story* story = nullptr;
  std::string outlets;   // "a, b"
  std::string keywords;  // "x, y"
};

struct StoryTable {
  std::vector<StoryRow> rows;  // input order
  size_t alone = 0;            // stories of a single article
};

StoryTable StoriesOfSeveral(std::span<const Story> stories);

}  // namespace mizan

#endif  // MIZAN_REPORT_STORY_TABLE_H_
