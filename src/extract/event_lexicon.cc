#include "extract/event_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace vigil {
namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Lines of a lexicon file without comments and blank lines, split on TAB.
Result<std::vector<std::vector<std::string>>> ReadRows(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open lexicon file " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(Split(line, '\t'));
  }
  return rows;
}

Status LoadTable(const std::string& path, PhraseTable* table) {
  auto rows = ReadRows(path);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    table->Add(row[0], row.size() > 1 ? row[1] : "");
  }
  return Status::Ok();
}

bool IsShortCapitals(std::string_view alias) {
  if (alias.size() > 3) return false;
  return std::all_of(alias.begin(), alias.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

void AddPrefixes(std::string_view key, WordSet* prefixes) {
  for (size_t n = 1; n <= key.size(); ++n) prefixes->emplace(key.substr(0, n));
}

void IndexNames(const std::vector<LexName>& names, WordMap<size_t>* index,
                WordMap<size_t>* exact, WordSet* prefixes) {
  for (size_t i = 0; i < names.size(); ++i) {
    for (const std::string& alias : names[i].aliases) {
      if (exact != nullptr && IsShortCapitals(alias)) {
        exact->emplace(alias, i);
      } else {
        index->emplace(EventFold(alias), i);
      }
      AddPrefixes(EventFold(alias), prefixes);
    }
  }
}

Status LoadNames(const std::string& path, bool places, EventLexicon* lex,
                 std::vector<LexName>* out) {
  auto rows = ReadRows(path);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    LexName name;
    name.name = row[0];
    name.aliases.push_back(row[0]);
    if (places) {
      if (row.size() > 1) name.kind = row[1];
      if (row.size() > 2) name.country = row[2];
    } else if (row.size() > 1 && !row[1].empty()) {
      for (auto& a : Split(row[1], '|')) name.aliases.push_back(a);
    }
    if (!places && row.size() > 2 && !row[2].empty()) {
      for (auto& d : Split(row[2], '|'))
        lex->demonym_index.emplace(EventFold(d), out->size());
    }
    out->push_back(std::move(name));
  }
  return Status::Ok();
}

// Reads event_trigger_words.txt ("word<TAB>class") into lex->trigger_words
// and lex->trigger_filter.
Status LoadTriggerWords(const std::string& path, EventLexicon* lex) {
  static const std::pair<std::string_view, TriggerClass> kClasses[] = {
      {"drive", kTriggerDrive},       {"vehicle", kTriggerVehicle},
      {"crowd", kTriggerCrowd},       {"operation", kTriggerOperation},
      {"forces", kTriggerForces},     {"assault", kTriggerAssault},
      {"official", kTriggerOfficial}, {"approach", kTriggerApproach},
      {"hedge", kTriggerHedge},       {"weapon_verb", kTriggerWeaponVerb},
      {"military", kTriggerMilitary}};
  auto rows = ReadRows(path);
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    auto known =
        std::find_if(std::begin(kClasses), std::end(kClasses),
                     [&](const auto& c) { return row.size() > 1 && c.first == row[1]; });
    if (known == std::end(kClasses))
      return Status::Corruption(path + ": no known class for '" + row[0] + "'");
    const std::string word = EventFold(row[0]);
    lex->trigger_filter.Add(word);
    lex->trigger_words[word] |= known->second;
  }
  return Status::Ok();
}

// The id, kind and country code columns of a KB entity file (data/*.tsv,
// columns named by its '#' header); empty when the file is missing.
struct KbPlaceRow {
  std::string id, name, kind, country;
};
std::vector<KbPlaceRow> ReadKbPlaces(const std::string& path) {
  std::vector<KbPlaceRow> out;
  std::ifstream in(path);
  std::string line;
  size_t col[4] = {SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX};  // id, name, kind, country
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cells = Split(line[0] == '#' ? line.substr(1) : line, '\t');
    if (line[0] == '#') {
      const char* names[] = {"id", "name", "kind", "country"};
      for (size_t i = 0; i < cells.size(); ++i) {
        for (size_t k = 0; k < 4; ++k) col[k] = cells[i] == names[k] ? i : col[k];
      }
      continue;
    }
    auto cell = [&](size_t k) { return col[k] < cells.size() ? cells[col[k]] : ""; };
    out.push_back({cell(0), cell(1), cell(2), cell(3)});
  }
  return out;
}

// Fills lex->kb_place_country from the entity files in `data_dir`. The
// curated places.tsv names a country first ("DR Congo"), then countries.tsv.
void LoadKbPlaceCountries(const std::string& data_dir, EventLexicon* lex) {
  std::unordered_map<std::string, std::string> country_name;  // code -> name
  std::vector<KbPlaceRow> places;
  for (const char* file : {"places.tsv", "countries.tsv", "cities.tsv"}) {
    for (KbPlaceRow& row : ReadKbPlaces(data_dir + "/" + file)) {
      if (row.country.empty() || row.id.empty()) continue;
      if (row.kind == "country") {
        country_name.emplace(row.country, row.name);
      } else {
        places.push_back(std::move(row));
      }
    }
  }
  for (const KbPlaceRow& place : places) {
    auto code = country_name.find(place.country);
    if (code == country_name.end()) continue;
    std::string name = code->second;
    if (auto c = lex->country_index.find(EventFold(name)); c != lex->country_index.end())
      name = lex->countries[c->second].name;
    lex->kb_place_country.emplace(place.id, std::move(name));
  }
}

std::string DefaultDir() {
  if (const char* env = std::getenv("VIGIL_DATA_DIR"); env != nullptr && *env != '\0') {
    return std::string(env) + "/lexicon";
  }
#ifdef VIGIL_DATA_DIR
  return std::string(VIGIL_DATA_DIR) + "/lexicon";
#else
  return "data/lexicon";
#endif
}

}  // namespace

std::string EventFold(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void PhraseTable::Add(std::string_view phrase, std::string_view value) {
  std::vector<std::string> words;
  for (auto& w : Split(EventFold(phrase), ' ')) {
    if (!w.empty()) words.push_back(std::move(w));
  }
  if (words.empty()) return;
  first_words_.Add(words[0]);
  auto& entries = by_first_[words[0]];
  entries.push_back(Entry{std::vector<std::string>(words.begin() + 1, words.end()),
                          std::string(value)});
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.rest.size() > b.rest.size();
  });
  ++size_;
}

size_t PhraseTable::MatchListed(const std::vector<std::string_view>& words, size_t i,
                                const std::string** value) const {
  auto it = by_first_.find(words[i]);
  if (it == by_first_.end()) return 0;
  for (const Entry& e : it->second) {
    if (i + 1 + e.rest.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = words[i + 1 + k] == e.rest[k];
    if (!ok) continue;
    if (value != nullptr) *value = &e.value;
    return 1 + e.rest.size();
  }
  return 0;
}

bool PhraseTable::Contains(std::string_view word) const {
  if (!first_words_.MayContain(word)) return false;
  auto it = by_first_.find(word);
  if (it == by_first_.end()) return false;
  for (const Entry& e : it->second) {
    if (e.rest.empty()) return true;
  }
  return false;
}

Result<EventLexicon> EventLexicon::Load(const std::string& dir) {
  EventLexicon lex;
  const std::pair<const char*, PhraseTable*> tables[] = {
      {"event_attack_words.txt", &lex.attack_words},
      {"event_weapons.txt", &lex.weapons},
      {"event_perpetrators.txt", &lex.perpetrators},
      {"event_physical_targets.txt", &lex.physical_targets},
      {"event_victims.txt", &lex.victims},
      {"event_target_groups.txt", &lex.target_groups},
      {"event_methods.txt", &lex.methods},
      {"event_media.txt", &lex.media},
      {"event_statement_cues.txt", &lex.statement_cues},
      {"event_casualties.txt", &lex.casualties},
      {"event_function_words.txt", &lex.function_words},
      {"event_titles.txt", &lex.titles},
      {"event_occasions.txt", &lex.occasions},
      {"event_motive_cues.txt", &lex.motive_cues},
      {"event_grievances.txt", &lex.grievances},
      {"event_dispute_cues.txt", &lex.dispute_cues},
      {"event_dispute_sources.txt", &lex.dispute_sources},
  };
  for (const auto& [file, table] : tables) {
    if (Status s = LoadTable(dir + "/" + file, table); !s.ok()) return s;
  }
  if (Status s = LoadTriggerWords(dir + "/event_trigger_words.txt", &lex); !s.ok())
    return s;
  auto rows = ReadRows(dir + "/event_leadership.txt");
  if (!rows.ok()) return rows.status();
  for (const auto& row : rows.value()) {
    if (row.size() < 3) continue;
    (row[0] == "role" ? lex.roles : lex.changes).Add(row[1], row[2]);
  }
  if (Status s = LoadNames(dir + "/event_groups.txt", false, &lex, &lex.groups);
      !s.ok()) {
    return s;
  }
  if (Status s = LoadNames(dir + "/event_countries.txt", false, &lex, &lex.countries);
      !s.ok()) {
    return s;
  }
  if (Status s = LoadNames(dir + "/event_places.txt", true, &lex, &lex.places); !s.ok()) {
    return s;
  }
  IndexNames(lex.groups, &lex.group_index, &lex.exact_group_index, &lex.name_prefixes);
  IndexNames(lex.countries, &lex.country_index, &lex.exact_country_index,
             &lex.name_prefixes);
  IndexNames(lex.places, &lex.place_index, nullptr, &lex.name_prefixes);
  LoadKbPlaceCountries(dir + "/..", &lex);
  return lex;
}

const EventLexicon& EventLexicon::Default() {
  static const EventLexicon* lex = [] {
    auto loaded = Load(DefaultDir());
    return new EventLexicon(loaded.ok() ? std::move(loaded.value()) : EventLexicon());
  }();
  return *lex;
}

}  // namespace vigil
