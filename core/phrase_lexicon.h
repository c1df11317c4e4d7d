// Internal to core/: where a phrase is matched. Every stage that looks lexicon phrases up in a
// document's tokens (claim_matcher.h, attribution_match.*, time_lexicon.cc) builds its tables from
// TSV rows with these types, and hashes words with the one WordHash.
//
//   PhraseLexicon<Payload> table;                     // rows: phrase words -> payload
//   table.Add({"في", "وقت", "سابق"}, payload);  table.Seal();
//   table.ForEachMatch(first_word, WordHash(first_word), token, limit, same_word, on_match);
//
// The pieces, each for a shape of lookup the stages need:
//   WordHash        a fast hash of a short string (a word, a short phrase key).
//   FlatStringMap   string -> value, open addressing: a miss costs one hash and about one probe.
//   PhraseLexicon   phrases keyed by their first word, longest first: the candidates that start
//                   at a token, the rest of each phrase compared word by word.
//   PrefixIndex     whole phrase keys ("a b c") and their word prefixes ("a", "a b"), for a
//                   search that builds a key word by word and stops when no phrase continues it.
//   StartFilter     which of up to four tables a word may start a phrase of: one load per word.
//   StemCoreFilter  which lexicons some lemmatizer reading of a word (proclitics and suffixes
//                   stripped) could match: a "certainly not" before any candidate is built.
//   DocumentWordIds a dense id per distinct word of one document, so per-word work is done once.
// Proclitics (و ف ب ل ك, لل) are not read here: a caller reads a token's stems through the
// lemmatizer (SplitClitics, CliticStems) and looks each one up.
// Nothing allocates per lookup; tables are filled at load time and immutable after.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/lemmatizer.h"
#include "core/text.h"

namespace mizan {

// A 64-bit hash of a short string from its length and its first and last eight bytes, read as
// two overlapping fixed-size loads (no loop, no call): most of a general block hash's cost on
// a ten-byte word is setup. Strings that agree on those bytes and length collide, which a
// table resolves by comparing the bytes. Use the top bits to index a table.
[[gnu::always_inline]] inline uint64_t WordHash(std::string_view key) {
  const char* p = key.data();
  const size_t n = key.size();
  uint64_t front = 0, back = 0;
  if (n >= 8) {
    std::memcpy(&front, p, 8);
    std::memcpy(&back, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    front = head | uint64_t{tail} << 32;
  } else if (n > 0) {
    front = static_cast<uint8_t>(p[0]) | static_cast<uint8_t>(p[n / 2]) << 8 |
            static_cast<uint8_t>(p[n - 1]) << 16;
  }
  const uint64_t h = front * 0x9E3779B97F4A7C15ull ^ back * 0xC2B2AE3D27D4EB4Full ^
                     key.size() * 0x165667B19E3779F9ull;
  return (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull;
}

// Byte equality without the three-way compare behind string_view's ==.
[[gnu::always_inline]] inline bool SameBytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

// A string-keyed table for many lookups of short keys, most of them absent: open addressing
// at most half full on WordHash, each slot tagged with the hash's low half so that most
// mismatches are told without a string compare. Filled at load time; lookups never allocate.
template <class V>
class FlatStringMap {
 public:
  // The value for `key`, default-constructed when the key is new.
  V& operator[](std::string_view key) {
    if (2 * (entries_.size() + 1) > slots_.size()) Rehash(std::max<size_t>(16, 2 * slots_.size()));
    const uint64_t hash = WordHash(key);
    Slot& slot = SlotFor(key, hash);
    if (slot.index == kEmpty) {
      slot = Slot{static_cast<uint32_t>(hash), static_cast<uint32_t>(entries_.size())};
      entries_.emplace_back(std::string(key), V{});
    }
    return entries_[slot.index].second;
  }
  // The value for `key`, or null when it is absent.
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = SlotFor(key, WordHash(key));
    return slot.index == kEmpty ? nullptr : &entries_[slot.index].second;
  }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  size_t size() const { return entries_.size(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t tag = 0;  // the hash's low half
    uint32_t index = kEmpty;
  };

  const Slot& SlotFor(std::string_view key, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    const auto tag = static_cast<uint32_t>(hash);
    for (size_t i = hash >> shift_;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == kEmpty || (slot.tag == tag && SameBytes(entries_[slot.index].first, key))) return slot;
    }
  }
  Slot& SlotFor(std::string_view key, uint64_t hash) {
    return const_cast<Slot&>(std::as_const(*this).SlotFor(key, hash));
  }
  void Rehash(size_t capacity) {
    slots_.assign(capacity, Slot{});
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(capacity));
    for (uint32_t k = 0; k < entries_.size(); ++k) {
      const uint64_t hash = WordHash(entries_[k].first);
      SlotFor(entries_[k].first, hash) = Slot{static_cast<uint32_t>(hash), k};
    }
  }

  std::vector<Slot> slots_;
  unsigned shift_ = 60;
  std::vector<std::pair<std::string, V>> entries_;
};

// A table of phrases keyed by their first word. A phrase is a list of words (split by the
// caller the way it splits the text, so entries and text agree); its first word is looked up
// with the hash the caller already has, and its other words are compared with the text's by
// a caller's predicate. Entries sharing a first word are kept longest first, ties in the order
// added, so the first match found is the one to keep. Call Seal once every row is added.
template <typename Payload>
class PhraseLexicon {
 public:
  struct Entry {
    std::vector<std::string> words;  // as the caller compares them (lower-cased, folded, ...)
    bool case_sensitive = false;     // the caller compares this entry's words as written
    Payload payload;
  };

  PhraseLexicon() = default;
  // The probe table holds views of by_first_'s keys; a copy would point into the original.
  PhraseLexicon(const PhraseLexicon&) = delete;
  PhraseLexicon& operator=(const PhraseLexicon&) = delete;

  // Adds a phrase under `key`, its first word as looked up (lower-cased even when the entry is
  // case-sensitive, so that a token is probed one way). An empty phrase is ignored.
  void Add(std::string_view key, std::vector<std::string> words, Payload payload, bool case_sensitive = false) {
    if (words.empty()) return;
    auto it = by_first_.find(key);
    if (it == by_first_.end()) it = by_first_.emplace(std::string(key), std::vector<Entry>()).first;
    it->second.push_back(Entry{std::move(words), case_sensitive, std::move(payload)});
  }

  // Orders each first word's entries longest first and builds the probe table.
  void Seal() {
    size_t size = 16;
    int bits = 4;
    while (size < by_first_.size() * 2) {
      size *= 2;
      ++bits;
    }
    shift_ = 64 - bits;
    slots_.assign(size, Slot{});
    for (auto& [key, list] : by_first_) {
      std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
        return a.words.size() > b.words.size();
      });
      const uint64_t hash = WordHash(key);
      size_t i = hash >> shift_;
      while (slots_[i].list != nullptr) i = (i + 1) & (size - 1);
      slots_[i] = {hash, key, &list};
    }
  }

  // The entries whose first word is `key`, whose WordHash is `hash`; null when none.
  const std::vector<Entry>* Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash >> shift_;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.list == nullptr) return nullptr;
      if (slot.hash == hash && SameBytes(slot.key, key)) return slot.list;
    }
  }

  // Calls fn(entry, end) for every entry, longest first, whose first word is `first_key`
  // (hash `first_hash`) and whose words fit in tokens [token, limit) and are accepted by
  // same(entry, w, token + w): for w >= 1, and for w == 0 too when the entry is case-sensitive
  // (its first word was looked up lower-cased). `end` is the token after the phrase.
  template <typename Same, typename Fn>
  void ForEachMatch(std::string_view first_key, uint64_t first_hash, uint32_t token, uint32_t limit,
                    Same&& same, Fn&& fn) const {
    const std::vector<Entry>* list = Find(first_key, first_hash);
    if (list == nullptr) return;
    for (const Entry& e : *list) {
      if (token + e.words.size() > limit) continue;
      bool ok = true;
      for (size_t w = e.case_sensitive ? 0 : 1; w < e.words.size() && ok; ++w) {
        ok = same(e, w, token + static_cast<uint32_t>(w));
      }
      if (ok) fn(e, token + static_cast<uint32_t>(e.words.size()));
    }
  }

  // Calls fn(key) for every first word that starts an entry, in no set order.
  template <typename Fn>
  void ForEachKey(Fn&& fn) const {
    for (const auto& [key, list] : by_first_) fn(std::string_view(key));
  }

  size_t size() const {
    size_t n = 0;
    for (const auto& [key, list] : by_first_) n += list.size();
    return n;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;                      // into by_first_
    const std::vector<Entry>* list = nullptr;  // null: an empty slot
  };

  // Node-based, so keys and lists never move; keyed by a transparent hash so that Add probes
  // with a view.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, ViewHash, std::equal_to<>> by_first_;
  std::vector<Slot> slots_;
  int shift_ = 60;
};

// Which of up to four tables a word may start a phrase of, as a 4-bit set per 16-bit slice of
// its WordHash: one load per word answers for every table at once. A set bit only means
// "maybe"; a clear one means "certainly not".
class StartFilter {
 public:
  StartFilter() : nibbles_(kEntries / 16, 0) {}
  // Marks `key` as a possible first word of the tables in `tables` (bits 0-3).
  void Add(std::string_view key, uint8_t tables) {
    const uint32_t b = SliceOf(WordHash(key));
    nibbles_[b / 16] |= uint64_t{tables} << (b % 16 * 4);
  }
  uint8_t Tables(std::string_view key) const { return TablesOfHash(WordHash(key)); }
  [[gnu::always_inline]] uint8_t TablesOfHash(uint64_t hash) const {
    const uint32_t b = SliceOf(hash);
    return static_cast<uint8_t>((nibbles_[b / 16] >> (b % 16 * 4)) & 0xF);
  }

 private:
  static constexpr uint32_t kEntries = 1u << 16;
  static uint32_t SliceOf(uint64_t hash) { return static_cast<uint32_t>(hash >> 48); }
  std::vector<uint64_t> nibbles_;
};

// One std::map lexicon seen through a FlatStringMap: its exact keys (words joined by one
// space), and every proper word prefix of a multi-word key ("a" and "a b" for "a b c"), so a
// phrase search that builds its key word by word can stop as soon as no key continues the
// words read so far. Both answers come from one lookup. Entries point into the (stable) map's
// nodes, which must outlive the index.
template <class V>
struct PrefixIndex {
  using Node = std::pair<const std::string, V>;
  struct Entry {
    const Node* node = nullptr;  // the key itself, if it is one
    bool continues = false;      // some longer key starts with this one and a space
  };

  PrefixIndex(const std::map<std::string, V>& map, size_t max_words_in) : max_words(max_words_in) {
    for (const Node& node : map) {
      entries[node.first].node = &node;
      for (size_t at = node.first.find(' '); at != std::string::npos; at = node.first.find(' ', at + 1)) {
        entries[node.first.substr(0, at)].continues = true;
      }
    }
  }
  const Entry* Lookup(std::string_view key) const { return entries.Find(key); }
  const Node* Find(std::string_view key) const {
    const Entry* entry = Lookup(key);
    return entry == nullptr ? nullptr : entry->node;
  }

  FlatStringMap<Entry> entries;
  size_t max_words = 1;  // the longest key's words
};

// A load-time prefilter over the words of several lexicons' keys, for a matcher that reads a
// text word through the lemmatizer's candidates: which lexicons (bits of a mask) could some
// reading of the word match? Every candidate form the lemmatizer makes of a word W is
// [ال] + lower(W[p:e]) + [ه|y], where p is a proclitic boundary (و/ف, ب/ل/ك/س, ال: at most 8
// bytes of proclitic letters) and e strips an inflection (at most 12 bytes, هما + وا; 3 for
// English "ies"). So a form can only equal a key word s when W[p:e] is a "core" of s (s
// without a leading ال and/or a trailing ه or y). Cores are stored as 64-bit polynomial hashes
// and a word's slices are hashed from its prefix hashes (two operations each), so the test
// builds no string. It is exact up to hash collisions, which only let a word through: the
// filter answers "certainly not" or "maybe", never changing what matches.
class StemCoreFilter {
 public:
  using Mask = uint8_t;

  // Adds a word (at any place in a phrase) of the lexicons in `lexicons`.
  void AddKeyWord(std::string_view word, Mask lexicons) {
    for (std::string_view pre : {std::string_view(), std::string_view("\xD8\xA7\xD9\x84")}) {
      if (word.substr(0, pre.size()) != pre) continue;
      for (std::string_view suf : {std::string_view(), std::string_view("\xD9\x87"), std::string_view("y")}) {
        if (word.size() < pre.size() + suf.size() || word.substr(word.size() - suf.size()) != suf) continue;
        AddCore(word.substr(pre.size(), word.size() - pre.size() - suf.size()), lexicons);
      }
    }
  }

  // Builds the hash table; called once, after the last AddKeyWord.
  void Finish() {
    size_t capacity = 16;
    while (capacity < 2 * pending_.size()) capacity *= 2;  // at most half full: short probes
    slots_.assign(capacity, Slot{});
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(capacity));
    for (const Slot& core : pending_) {
      Slot& slot = SlotFor(core.hash);
      slot.hash = core.hash;
      slot.lexicons |= core.lexicons;
    }
    pending_.clear();
    powers_.assign(max_core_bytes_ + 1, 1);
    for (size_t k = 1; k < powers_.size(); ++k) powers_[k] = powers_[k - 1] * kRadix;
  }

  // The lexicons with a key word some reading of `word` could equal.
  Mask LexiconsFor(std::string_view word) const {
    if (word.size() > kMaxWordBytes) return all_;  // too long to hash on the stack: read it
    uint64_t prefix[kMaxWordBytes + 1];
    prefix[0] = 0;
    for (size_t i = 0; i < word.size(); ++i) prefix[i + 1] = prefix[i] * kRadix + LowerByte(word[i]);
    // Where a slice may end: the letter boundaries an inflection's length from the end.
    const size_t n = word.size();
    const size_t max_strip = IsLatinWord(word) ? kMaxLatinSuffixBytes : kMaxSuffixBytes;
    size_t ends[kMaxSuffixBytes + 1];
    size_t end_count = 0;
    for (size_t e = n > max_strip ? n - max_strip : 0; e <= n; ++e) {
      if (e == n || !IsContinuationByte(word[e])) ends[end_count++] = e;
    }
    size_t starts[kMaxProcliticStemStarts];
    const size_t start_count = ProcliticStemStarts(word, starts);
    Mask found = empty_core_lexicons_;
    for (size_t j = 0; j < start_count && found != all_; ++j) {
      const size_t p = starts[j];
      for (size_t k = 0; k < end_count; ++k) {
        const size_t e = ends[k];
        if (e <= p || e - p > max_core_bytes_) continue;
        found |= LexiconsOf(prefix[e] - prefix[p] * powers_[e - p]);
      }
    }
    return found;
  }

 private:
  static constexpr size_t kMaxSuffixBytes = 12;    // a pronoun and a subject suffix: هما + وا
  static constexpr size_t kMaxLatinSuffixBytes = 3;  // "ies"
  static constexpr size_t kMaxWordBytes = 64;
  static constexpr uint64_t kRadix = 0x100000001B3ull;  // odd, so the powers never vanish

  struct Slot {
    uint64_t hash = 0;
    Mask lexicons = 0;  // none: an empty slot
  };

  static uint64_t LowerByte(char c) {
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  static bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

  static uint64_t HashOf(std::string_view s) {
    uint64_t h = 0;
    for (char c : s) h = h * kRadix + LowerByte(c);
    return h;
  }

  void AddCore(std::string_view core, Mask lexicons) {
    all_ |= lexicons;
    if (core.empty()) {
      empty_core_lexicons_ |= lexicons;  // an empty core fits any word
      return;
    }
    max_core_bytes_ = std::max(max_core_bytes_, core.size());
    pending_.push_back(Slot{HashOf(core), lexicons});
  }

  // The slot holding `hash`, or the empty one where it would go (linear probing).
  const Slot& SlotFor(uint64_t hash) const {
    size_t i = (hash * 0x9E3779B97F4A7C15ull) >> shift_;
    while (slots_[i].lexicons != 0 && slots_[i].hash != hash) i = (i + 1) & (slots_.size() - 1);
    return slots_[i];
  }
  Slot& SlotFor(uint64_t hash) { return const_cast<Slot&>(std::as_const(*this).SlotFor(hash)); }
  Mask LexiconsOf(uint64_t hash) const { return SlotFor(hash).lexicons; }

  std::vector<Slot> pending_;  // the cores until Finish
  std::vector<Slot> slots_;
  unsigned shift_ = 60;
  std::vector<uint64_t> powers_;  // kRadix^k for every core length k
  size_t max_core_bytes_ = 0;
  Mask empty_core_lexicons_ = 0;
  Mask all_ = 0;  // every lexicon added
};

// The distinct words of one document: each token's text gets a dense id (0, 1, ... in order of
// first use) the first time the token is asked about, so work keyed by a word's text is done
// once per document however often the word recurs ("في", "الجنود", a country's name).
class DocumentWordIds {
 public:
  explicit DocumentWordIds(const AnalyzedText& text) : text_(text), token_ids_(text.tokens.size(), kUnknown) {
    // Never more distinct words than tokens: at most half full, so probe runs stay short.
    size_t capacity = 16;
    while (capacity < 2 * text.tokens.size()) capacity *= 2;
    table_.assign(capacity, kUnknown);
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(capacity));
  }

  // The id of token `token`'s text.
  uint32_t IdOf(uint32_t token) {
    uint32_t& id = token_ids_[token];
    if (id == kUnknown) id = Intern(text_.TokenText(token));
    return id;
  }

 private:
  static constexpr uint32_t kUnknown = UINT32_MAX;  // a token not yet asked about; an empty slot

  uint32_t Intern(std::string_view word) {
    const size_t mask = table_.size() - 1;
    for (size_t slot = WordHash(word) >> shift_;; slot = (slot + 1) & mask) {
      if (table_[slot] == kUnknown) {
        table_[slot] = static_cast<uint32_t>(words_.size());
        words_.push_back(word);
        return table_[slot];
      }
      if (SameBytes(words_[table_[slot]], word)) return table_[slot];
    }
  }
  const AnalyzedText& text_;
  std::vector<uint32_t> token_ids_;
  std::vector<uint32_t> table_;          // open addressing over ids, kUnknown = empty
  unsigned shift_ = 60;
  std::vector<std::string_view> words_;  // by id, viewing the document's text
};

}  // namespace mizan
