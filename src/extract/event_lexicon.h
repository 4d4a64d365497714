// EventLexicon: the word lists that event extraction reads (attack words,
// weapons, perpetrator and target nouns, groups, countries, places, media,
// leadership words, casualty words), loaded once from data/lexicon/event_*.txt.
//
// File format: one item per line, '#' starts a comment line, fields are
// separated by TAB. Items are matched as sequences of lower-case tokens
// (see event_text.h), longest first.
#ifndef VIGIL_EXTRACT_EVENT_LEXICON_H_
#define VIGIL_EXTRACT_EVENT_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/word_hash.h"
#include "vigil/status.h"

namespace vigil {

// `s` with ASCII letters lower-cased (other bytes unchanged).
std::string EventFold(std::string_view s);

// A set of token sequences, each with a value string (may be empty).
// Immutable after loading; safe to share across threads.
class PhraseTable {
 public:
  // Adds `phrase` (split on spaces, lower-cased) with `value`.
  void Add(std::string_view phrase, std::string_view value);
  // Length in tokens of the longest phrase starting at words[i] (0 if none);
  // its value goes to *value when given.
  size_t Match(const std::vector<std::string_view>& words, size_t i,
               const std::string** value = nullptr) const {
    // Most words start no phrase: turned away here, inline.
    if (i >= words.size() || !first_words_.MayContain(words[i])) return 0;
    return MatchListed(words, i, value);
  }
  // Match for a text whose words' WordFilter::Slot are at hand: slots[k] is
  // the slot of words[k]. The same answer, without reading the word when
  // its slot turns it away. (Not an overload of Match: a braced slot list
  // would convert to Match's index.)
  size_t MatchSlotted(const std::vector<std::string_view>& words,
                      const std::vector<uint32_t>& slots, size_t i,
                      const std::string** value = nullptr) const {
    if (i >= words.size() || !first_words_.MayContainSlot(slots[i])) return 0;
    return MatchListed(words, i, value);
  }
  bool Contains(std::string_view word) const;
  size_t size() const { return size_; }

 private:
  size_t MatchListed(const std::vector<std::string_view>& words, size_t i,
                     const std::string** value) const;
  struct Entry {
    std::vector<std::string> rest;  // tokens after the first
    std::string value;
  };
  WordMap<std::vector<Entry>> by_first_;  // lookups by string_view allocate nothing
  WordFilter first_words_;  // most words that start no phrase fail here, unhashed
  size_t size_ = 0;
};

// Word classes of attack extraction (event_trigger_words.txt), as bits of
// EventLexicon::trigger_words; a word may be in several.
enum TriggerClass : uint32_t {
  kTriggerDrive = 1u << 0,       // drives a vehicle into people: "ploughed"
  kTriggerVehicle = 1u << 1,     // "car", "truck", "van"
  kTriggerCrowd = 1u << 2,       // what a vehicle is driven into
  kTriggerOperation = 1u << 3,   // a state's armed action: "raid", "airstrike"
  kTriggerForces = 1u << 4,      // state forces as an actor: "troops"
  kTriggerAssault = 1u << 5,     // assault verbs: "stormed", "raided"
  kTriggerOfficial = 1u << 6,    // a state's people: "official", "envoy"
  kTriggerApproach = 1u << 7,    // forces closing in: "approached", "arrived"
  kTriggerHedge = 1u << 8,       // makes an attack word no report: "could"
  kTriggerWeaponVerb = 1u << 9,  // puts a weapon to use: "planted"
  kTriggerMilitary = 1u << 10,   // harmed parties of an engagement: "soldiers"
};

// A named thing with its aliases (a group, a country).
struct LexName {
  std::string name;                  // canonical
  std::vector<std::string> aliases;  // including the canonical name
  std::string kind;                  // places: region, area, city; else ""
  std::string country;               // places: containing country, or ""
};

struct EventLexicon {
  PhraseTable attack_words;  // value: attack type or ""
  PhraseTable weapons;
  PhraseTable perpetrators;
  PhraseTable physical_targets;
  PhraseTable victims;
  PhraseTable target_groups;  // value: group name
  PhraseTable methods;        // value: method
  PhraseTable media;          // value: medium
  PhraseTable roles;          // value: leader, spokesman, commander, other
  PhraseTable changes;        // value: appointed, killed, ...
  PhraseTable statement_cues;
  PhraseTable casualties;           // value: killed or injured
  PhraseTable function_words;       // capitalised words that start no name
  PhraseTable titles;               // words before a name that are not part of it
  PhraseTable occasions;            // value: canonical holiday or occasion name
  PhraseTable motive_cues;          // value: "strong", or "weak" (needs a grievance)
  PhraseTable grievances;           // nouns a weak motive cue must be followed by
  PhraseTable dispute_cues;         // value: stance, '|', where the party is
  PhraseTable dispute_sources;      // nouns that name who says something
  WordMap<uint32_t> trigger_words;  // word -> TriggerClass bits
  WordFilter trigger_filter;        // the words of trigger_words, for IsTriggerWord
  std::vector<LexName> groups;
  std::vector<LexName> countries;
  std::vector<LexName> places;
  // Lower-cased alias -> index in groups / countries / places. Aliases of at
  // most three letters written all in capitals are kept in `exact_aliases`
  // (case-sensitive) instead, so the verb "is" is not the group IS.
  // Looked up by std::string or std::string_view (word_hash.h).
  WordMap<size_t> group_index, country_index, place_index;
  WordMap<size_t> exact_group_index, exact_country_index;
  WordMap<size_t> demonym_index;  // -> countries
  // Country name of each gazetteer place below country level, by its KB id
  // (data/places.tsv and data/cities.tsv beside the lexicon folder, their
  // `country` code column): the name of `countries` when listed there, else
  // the KB's name for the code. Empty when those files are missing.
  WordMap<std::string> kb_place_country;
  // Every leading part (any number of bytes) of the lower-cased aliases of
  // groups, countries and places: a run of words whose joined form is not
  // in here names none of them, nor does any longer run it starts.
  WordSet name_prefixes;

  // True when the lower-cased word `w` is of class `c`.
  bool IsTriggerWord(TriggerClass c, std::string_view w) const {
    return IsTriggerWord(c, w, WordFilter::Slot(w));
  }
  // The same, for `w` whose WordFilter::Slot is `slot` (EventText::slots).
  bool IsTriggerWord(TriggerClass c, std::string_view w, uint32_t slot) const {
    if (!trigger_filter.MayContainSlot(slot)) return false;  // most words, unhashed
    auto it = trigger_words.find(w);
    return it != trigger_words.end() && (it->second & c) != 0;
  }

  // Loads every list from `dir` (a data/lexicon folder), and
  // kb_place_country from the entity files in its parent folder.
  static Result<EventLexicon> Load(const std::string& dir);
  // The lexicon from $VIGIL_DATA_DIR/lexicon, else the source tree's
  // data/lexicon; loaded on first use (thread-safe). Empty when missing.
  static const EventLexicon& Default();
};

}  // namespace vigil

#endif  // VIGIL_EXTRACT_EVENT_LEXICON_H_
