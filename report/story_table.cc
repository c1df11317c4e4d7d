#include "report/story_table.h"

namespace mizan {

StoryTable StoriesOfSeveral(std::span<const Story> stories) {
  StoryTable table;
  for (const Story& st : stories) {
    if (st.docs.size() < 2) {
      ++table.alone;
      continue;
    }
    StoryRow row;
    row.story = &st;
    for (const std::string& o : st.outlets) row.outlets += (row.outlets.empty() ? "" : ", ") + o;
    for (const std::string& k : st.keywords) row.keywords += (row.keywords.empty() ? "" : ", ") + k;
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace mizan
