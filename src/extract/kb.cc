#include "extract/kb.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "extract/fold.h"
#include "extract/names.h"
#include "extract/tokens.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

// Built-in entity files, in priority order: where two entries share an
// alias, the one loaded first wins the gazetteer lookup.
constexpr const char* kEntityFiles[] = {"groups.tsv", "orgs.tsv",      "people.tsv",
                                        "places.tsv", "countries.tsv", "cities.tsv"};
constexpr const char* kLexiconFile = "lexicon.tsv";
constexpr const char* kRegionFile = "regions.tsv";  // optional

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(s.substr(
        start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read knowledge-base file " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool ParseType(std::string_view s, EntityType* type) {
  if (s == "PERSON")
    *type = EntityType::kPerson;
  else if (s == "ORG")
    *type = EntityType::kOrg;
  else if (s == "LOC")
    *type = EntityType::kLoc;
  else
    return false;
  return true;
}

// "spokesman@isis:2022-03..2023-08|leader@isi:2006.." -> roles.
std::vector<KbRole> ParseRoles(std::string_view s) {
  std::vector<KbRole> out;
  if (s.empty()) return out;
  for (std::string_view item : Split(s, '|')) {
    KbRole r;
    const size_t at = item.find('@');
    const size_t colon = item.find(':', at == std::string_view::npos ? 0 : at);
    r.role = std::string(item.substr(0, at));
    if (at != std::string_view::npos) {
      r.org = std::string(item.substr(at + 1, colon == std::string_view::npos
                                                  ? std::string_view::npos
                                                  : colon - at - 1));
    }
    if (colon != std::string_view::npos) {
      const std::string_view range = item.substr(colon + 1);
      const size_t dots = range.find("..");
      r.from = std::string(range.substr(0, dots));
      if (dots != std::string_view::npos) r.to = std::string(range.substr(dots + 2));
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string FindDataDir() {
  if (const char* env = std::getenv("VIGIL_DATA_DIR"); env && *env) return env;
#ifdef VIGIL_DATA_DIR
  if (fs::exists(fs::path(VIGIL_DATA_DIR) / kLexiconFile)) return VIGIL_DATA_DIR;
#endif
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& dir :
         {exe.parent_path() / "data", exe.parent_path() / ".." / "data",
          exe.parent_path() / ".." / "share" / "vigil" / "data"}) {
      if (fs::exists(dir / kLexiconFile)) return dir.string();
    }
  }
  return "";
}

LexClass LexClassOf(std::string_view name) {
  static const std::pair<std::string_view, LexClass> kNames[] = {
      {"title", kLexTitle},         {"honorific", kLexHonorific},
      {"org_last", kLexOrgLast},    {"org_first", kLexOrgFirst},
      {"loc_last", kLexLocLast},    {"direction", kLexDirection},
      {"loc_prep", kLexLocPrep},    {"speech", kLexSpeech},
      {"connector", kLexConnector}, {"nonentity", kLexNonEntity},
      {"demonym", kLexDemonym},     {"given", kLexGiven},
      {"abbrev", kLexAbbrev},       {"loc_first", kLexLocFirst}};
  for (const auto& [n, c] : kNames) {
    if (n == name) return c;
  }
  return static_cast<LexClass>(0);
}

// Calls on_row(cells, column names, line number) for each data row of TSV
// `text`, the names taken from its first '#' line, else `defaults`; stops
// at the first error on_row returns.
template <typename OnRow>
Status ForEachRow(std::string_view text, std::vector<std::string> defaults,
                  OnRow on_row) {
  std::vector<std::string> names;
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    if (Trim(line).empty()) continue;
    if (line[0] == '#') {
      if (names.empty()) {
        for (std::string_view c : Split(line.substr(1), '\t'))
          names.emplace_back(Trim(c));
      }
      continue;
    }
    if (names.empty()) names = std::move(defaults);
    VIGIL_RETURN_IF_ERROR(on_row(Split(line, '\t'), names, line_no));
  }
  return Status::Ok();
}

// How region names are compared: folded, without a leading "the".
std::string RegionKey(std::string_view name) {
  std::string key = Fold(Trim(name));
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

}  // namespace

std::vector<std::string> FoldedTokens(std::string_view name) {
  std::vector<std::string> out;
  for (const EntityToken& t : Tokenize(name, {})) out.push_back(t.folded);
  return out;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(const KbOptions& options) {
  auto kb = std::make_unique<KnowledgeBase>();
  kb->data_dir_ = options.data_dir.empty() ? FindDataDir() : options.data_dir;
  if (kb->data_dir_.empty() || !fs::exists(fs::path(kb->data_dir_) / kLexiconFile)) {
    return Status::NotFound(
        "knowledge-base data folder not found (looked for lexicon.tsv in '" +
        kb->data_dir_ +
        "', $VIGIL_DATA_DIR, the source data/ folder and data/ beside the executable); "
        "set "
        "VIGIL_DATA_DIR to the folder holding vigil's data/*.tsv");
  }
  const fs::path dir(kb->data_dir_);
  auto lex = ReadFile(dir / kLexiconFile);
  if (!lex.ok()) return lex.status();
  VIGIL_RETURN_IF_ERROR(kb->AddLexiconTsv(*lex, kLexiconFile));
  std::vector<fs::path> files;
  for (const char* f : kEntityFiles) files.push_back(dir / f);
  for (const std::string& f : options.extra_files) files.emplace_back(f);
  for (const fs::path& f : files) {
    auto text = ReadFile(f);
    if (!text.ok()) return text.status();
    VIGIL_RETURN_IF_ERROR(kb->AddEntityTsv(*text, f.filename().string()));
  }
  if (fs::exists(dir / kRegionFile)) {
    auto regions = ReadFile(dir / kRegionFile);
    if (!regions.ok()) return regions.status();
    VIGIL_RETURN_IF_ERROR(kb->AddRegionTsv(*regions, kRegionFile));
  }
  kb->Finish();
  return kb;
}

Status KnowledgeBase::AddLexiconTsv(std::string_view text, std::string_view file_name) {
  int line_no = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_no;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto cols = Split(line, '\t');
    const LexClass c = cols.size() == 2 ? LexClassOf(cols[0]) : static_cast<LexClass>(0);
    if (c == 0) {
      return Status::Corruption(std::string(file_name) + ":" + std::to_string(line_no) +
                                ": expected 'class<TAB>word' with a known class");
    }
    AddLexiconWord(Fold(Trim(cols[1])), c);
  }
  return Status::Ok();
}

Status KnowledgeBase::AddEntityTsv(std::string_view text, std::string_view file_name) {
  // Headerless: the four core columns.
  return ForEachRow(text, {"id", "type", "name", "aliases"},
                    [&](const auto& cols, const std::vector<std::string>& names,
                        int line) { return AddRow(cols, names, file_name, line); });
}

Status KnowledgeBase::AddRow(const std::vector<std::string_view>& cols,
                             const std::vector<std::string>& names,
                             std::string_view file_name, int line) {
  auto where = [&] { return std::string(file_name) + ":" + std::to_string(line) + ": "; };
  std::unordered_map<std::string_view, std::string_view> row;
  for (size_t i = 0; i < cols.size() && i < names.size(); ++i)
    row[names[i]] = Trim(cols[i]);
  const std::string_view id = row["id"], name = row["name"];
  if (id.empty() || name.empty())
    return Status::Corruption(where() + "id and name are required");
  EntityType type;
  if (!ParseType(row["type"], &type)) {
    return Status::Corruption(where() + "type must be PERSON, ORG or LOC");
  }
  auto [it, fresh] =
      by_id_.emplace(std::string(id), static_cast<uint32_t>(entries_.size()));
  if (fresh) {
    KbEntry e;
    e.id = std::string(id);
    e.type = type;
    e.name = std::string(name);
    e.source_file = std::string(file_name);
    entries_.push_back(std::move(e));
  }
  KbEntry& e = entries_[it->second];
  if (!fresh && e.name != name) e.aliases.emplace_back(name);
  for (std::string_view a : Split(row["aliases"], '|')) {
    a = Trim(a);
    if (!a.empty() && a != e.name &&
        std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) {
      e.aliases.emplace_back(a);
    }
  }
  auto set = [&](std::string& field, std::string_view key) {
    if (field.empty()) field = std::string(row[key]);
  };
  set(e.kind, "kind");
  set(e.parent, "parent");
  set(e.country, "country");
  set(e.lat, "lat");
  set(e.lon, "lon");
  for (KbRole& r : ParseRoles(row["roles"])) e.roles.push_back(std::move(r));
  if (std::string_view dem = row["demonym"]; !dem.empty())
    AddLexiconWord(Fold(dem), kLexDemonym);
  return Status::Ok();
}

KnowledgeBase::AliasToken KnowledgeBase::MakeAliasToken(std::string_view surface,
                                                        std::string_view folded) const {
  AliasToken t;
  t.text = std::string(surface);
  t.hyphen = surface == "-";
  t.all_caps = surface.size() >= 2 && folded != surface &&
               std::none_of(surface.begin(), surface.end(), ::islower);
  t.connector = Is(folded, kLexConnector);
  t.capitalised =
      !surface.empty() && std::isupper(static_cast<unsigned char>(surface[0]));
  return t;
}

void KnowledgeBase::IndexAlias(uint32_t entry, std::string_view surface) {
  Alias a;
  a.entry = entry;
  std::vector<std::string> folded;
  std::string_view text = surface;
  for (const EntityToken& t : Tokenize(text, {})) {
    a.tokens.push_back(MakeAliasToken(text.substr(t.begin, t.end - t.begin), t.folded));
    folded.push_back(t.folded);
  }
  if (folded.empty()) return;
  const char first = a.tokens[0].text[0];
  if (!(first >= 'A' && first <= 'Z')) NoteUncapitalised(folded);
  trie_.Insert(folded, static_cast<uint32_t>(aliases_.size()));
  aliases_.push_back(std::move(a));
}

void KnowledgeBase::NoteUncapitalised(const std::vector<std::string>& folded) {
  // The trie keys an alias by its first word that is not a hyphen.
  for (const std::string& w : folded) {
    if (w == "-") continue;
    uncapitalised_filter_.Add(HashWord(w));
    uncapitalised_first_.emplace(w);
    return;
  }
}

void KnowledgeBase::Finish() {
  prepared_ = std::make_unique<Prepared[]>(entries_.size());
  aliases_.clear();
  trie_ = TokenTrie();
  uncapitalised_first_.clear();
  uncapitalised_filter_.Clear();
  by_last_part_.clear();
  by_skeleton_.clear();
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const KbEntry& e = entries_[i];
    IndexAlias(i, e.name);
    for (const std::string& a : e.aliases) IndexAlias(i, a);
    if (e.type != EntityType::kPerson) continue;
    const NameParts parts = ParseName(e.name, EntityType::kPerson);
    if (parts.parts.empty()) continue;
    const NamePart& last = parts.parts.back();
    auto add = [&](WordMap<std::vector<uint32_t>>& map, const std::string& key) {
      auto& v = map[key];
      if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
    };
    add(by_last_part_, last.text);
    add(by_skeleton_, last.skeleton);
  }
}

const KbEntry* KnowledgeBase::Find(std::string_view id) const {
  const auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

uint32_t KnowledgeBase::Lexicon(std::string_view folded) const {
  const auto it = lexicon_.find(folded);
  return it == lexicon_.end() ? 0 : it->second;
}

void KnowledgeBase::AddLexiconWord(std::string folded, LexClass c) {
  lexicon_filter_.Add(HashWord(folded));
  lexicon_[std::move(folded)] |= c;
}

uint32_t KnowledgeBase::ListedLexicon(const HashedWord& folded) const {
  const auto it = lexicon_.find(folded);
  return it == lexicon_.end() ? 0 : it->second;
}

std::vector<uint32_t> KnowledgeBase::FindByName(std::string_view name) const {
  std::vector<uint32_t> out;
  for (uint32_t a : trie_.Find(FoldedTokens(name))) {
    const uint32_t e = aliases_[a].entry;
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  }
  return out;
}

const std::vector<uint32_t>& KnowledgeBase::PeopleByLastPart(
    std::string_view part) const {
  static const std::vector<uint32_t> kNone;
  const auto it = by_last_part_.find(part);
  return it == by_last_part_.end() ? kNone : it->second;
}

const std::vector<PreparedName>& KnowledgeBase::PreparedNames(uint32_t entry) const {
  Prepared& p = prepared_[entry];
  std::call_once(p.once, [&] {
    const KbEntry& e = entries_[entry];
    p.names.push_back(PrepareName(e.name, e.type));
    for (const std::string& alias : e.aliases)
      p.names.push_back(PrepareName(alias, e.type));
  });
  return p.names;
}

const std::vector<uint32_t>& KnowledgeBase::PeopleBySkeleton(
    std::string_view skeleton) const {
  static const std::vector<uint32_t> kNone;
  const auto it = by_skeleton_.find(skeleton);
  return it == by_skeleton_.end() ? kNone : it->second;
}

Status KnowledgeBase::AddRegionTsv(std::string_view text, std::string_view file_name) {
  return ForEachRow(
      text, {}, [&](const auto& cols, const std::vector<std::string>& names, int line) {
        std::unordered_map<std::string_view, std::string_view> row;
        for (size_t i = 0; i < cols.size() && i < names.size(); ++i)
          row[names[i]] = Trim(cols[i]);
        KbRegion region{std::string(row["name"]), {}};
        for (std::string_view code : Split(row["countries"], '|')) {
          if (!code.empty()) region.countries.emplace_back(code);
        }
        if (region.name.empty() || region.countries.empty()) {
          return Status::Corruption(std::string(file_name) + ":" + std::to_string(line) +
                                    ": a region needs a name and countries");
        }
        std::sort(region.countries.begin(), region.countries.end());
        const auto index = static_cast<uint32_t>(regions_.size());
        region_by_name_.emplace(RegionKey(region.name), index);
        for (std::string_view alias : Split(row["aliases"], '|')) {
          if (!alias.empty()) region_by_name_.emplace(RegionKey(alias), index);
        }
        regions_.push_back(std::move(region));
        return Status::Ok();
      });
}

const KbRegion* KnowledgeBase::FindRegion(std::string_view name) const {
  if (auto it = region_by_name_.find(RegionKey(name)); it != region_by_name_.end())
    return &regions_[it->second];
  for (uint32_t e : FindByName(name)) {
    auto it = region_by_name_.find(RegionKey(entries_[e].name));
    if (entries_[e].type == EntityType::kLoc && it != region_by_name_.end())
      return &regions_[it->second];
  }
  return nullptr;
}

std::vector<std::string> KnowledgeBase::CountriesOf(std::string_view name) const {
  if (const KbRegion* region = FindRegion(name)) return region->countries;
  std::vector<std::string> out;
  for (uint32_t e : FindByName(name)) {
    const KbEntry& entry = entries_[e];
    if (entry.type == EntityType::kLoc && entry.kind == "country" &&
        !entry.country.empty())
      out.push_back(entry.country);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool KnowledgeBase::PlaceWithin(std::string_view place, std::string_view region) const {
  const std::vector<std::string> members = CountriesOf(region);
  if (members.empty()) return false;
  if (RegionKey(place) == RegionKey(region)) return true;
  if (const KbRegion* inner = FindRegion(place)) {
    return inner == FindRegion(region) ||
           std::includes(members.begin(), members.end(), inner->countries.begin(),
                         inner->countries.end());
  }
  for (uint32_t e : FindByName(place)) {
    const KbEntry& entry = entries_[e];
    if (entry.type == EntityType::kLoc &&
        std::binary_search(members.begin(), members.end(), entry.country))
      return true;
  }
  return false;
}

}  // namespace vigil
