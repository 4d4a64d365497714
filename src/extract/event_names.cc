#include "extract/event_names.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/word_hash.h"

namespace vigil {
namespace {

// Last words that make a capitalised run an organisation or a facility.
const WordList& OrgHeads() {
  static const auto* s = new WordList{
      "front",        "army",         "movement",  "party",       "ministry",
      "agency",       "service",      "services",  "forces",      "force",
      "brigade",      "brigades",     "group",     "council",     "committee",
      "organization", "organisation", "union",     "association", "commission",
      "guard",        "police",       "command",   "government",  "office",
      "institute",    "university",   "bank",      "company",     "corporation",
      "network",      "news",         "post",      "times",       "press",
      "channel",      "foundation",   "unit",      "squad",       "battalion",
      "federation",   "alliance",     "coalition", "detachment",  "league",
      "state",        "cartel",       "regime"};
  return *s;
}
const WordList& FacilityHeads() {
  static const auto* s = new WordList{
      "hall",    "airport",  "church",  "cathedral", "mosque",  "synagogue", "hotel",
      "stadium", "building", "park",    "bridge",    "square",  "center",    "centre",
      "street",  "avenue",   "mall",    "market",    "station", "embassy",   "prison",
      "palace",  "tower",    "towers",  "base",      "camp",    "highway",   "road",
      "plaza",   "theater",  "theatre", "club",      "mill",    "port"};
  return *s;
}
const WordList& PlaceHeads() {
  static const auto* s = new WordList{
      "department",   "province",     "region", "district",    "county", "canton",
      "city",         "valley",       "desert", "peninsula",   "island", "islands",
      "municipality", "jurisdiction", "state",  "governorate", "oblast"};
  return *s;
}
const WordList& SpeechVerbs() {
  static const auto* s =
      new WordList{"said",      "says",      "told",     "added", "stated", "declared",
                   "announced", "explained", "warned",   "urged", "called", "claimed",
                   "reported",  "noted",     "insisted", "argued"};
  return *s;
}
const WordList& Connectors() {
  static const auto* s =
      new WordList{"al", "el", "bin", "ibn", "abu", "abou", "de",  "del",  "la",
                   "of", "da", "van", "von", "y",   "le",   "ben", "bint", "umm"};
  return *s;
}

// Nouns whose name follows them and is no place: "agency Amaq".
bool MediumNoun(std::string_view w) {
  return w == "agency" || w == "outlet" || w == "channel" || w == "newspaper" ||
         w == "magazine" || w == "newsletter" || w == "website" || w == "foundation";
}

// "al-..." or "el-..." with something after the dash. Asked at every word
// that is not capitalised: three byte tests, inline.
bool ArabicArticle(std::string_view w) {
  return w.size() > 3 && w[2] == '-' && w[1] == 'l' && (w[0] == 'a' || w[0] == 'e');
}

// Name part folded for comparison: lower case, without "al-".
std::string_view Folded(std::string_view w) { return ArabicArticle(w) ? w.substr(3) : w; }

std::string JoinWords(const EventText& et, size_t first, size_t last) {
  std::string key;
  for (size_t k = first; k < last; ++k) {
    if (k > first && et.tokens[k].span.begin > et.tokens[k - 1].span.end) key += ' ';
    key += et.words[k];
  }
  return key;
}

// GroupAt, with JoinWords(et, first, last) hashed by the caller.
int GroupAtJoined(const EventText& et, const EventLexicon& lex, size_t first, size_t last,
                  const HashedWord& joined) {
  if (first >= last) return -1;
  const std::string_view surface = et.Surface(first, last);
  if (auto ex = lex.exact_group_index.find(surface); ex != lex.exact_group_index.end())
    return static_cast<int>(ex->second);
  if (last - first == 1 && surface.size() <= 3) return -1;
  if (auto it = lex.group_index.find(joined); it != lex.group_index.end())
    return static_cast<int>(it->second);
  return -1;
}

class NameFinder {
 public:
  NameFinder(const EventText& et, const EventLexicon& lex) : et_(et), lex_(lex) {
    covered_.assign(et.tokens.size(), 0);
  }

  std::vector<NameMention> Run(const std::vector<Entity>& entities) {
    // Room for the entities' mentions and as many others again, so that
    // mentions (three strings each) are seldom moved by growth.
    size_t mentions = 0;
    for (const Entity& e : entities) mentions += e.mentions.size();
    out_.reserve(2 * mentions + 8);
    FromEntities(entities);
    FromLexicon();
    FromCapitals();
    AddPendingSurnames();
    SortByFirstToken();
    ResolvePersons();
    return std::move(out_);
  }

 private:
  bool Free(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      if (covered_[k]) return false;
    }
    return true;
  }
  void Add(NameMention m) {
    for (size_t k = m.first; k < m.last; ++k) covered_[k] = 1;
    m.surface = std::string(et_.Surface(m.first, m.last));
    if (m.canonical.empty()) m.canonical = m.surface;
    out_.push_back(std::move(m));
  }
  // Orders out_ by first token. Mentions never overlap (each is added over
  // free tokens only), so their first tokens differ and the order is one:
  // sorted as (first token, index) pairs, then each mention (three strings)
  // is moved once instead of at every swap.
  void SortByFirstToken() {
    std::vector<std::pair<size_t, size_t>> order;
    order.reserve(out_.size());
    for (size_t i = 0; i < out_.size(); ++i) order.emplace_back(out_[i].first, i);
    std::sort(order.begin(), order.end());
    std::vector<NameMention> sorted;
    sorted.reserve(out_.size());
    for (const auto& [first, i] : order) sorted.push_back(std::move(out_[i]));
    out_ = std::move(sorted);
  }

  // Index in lex_.countries of the country whose folded name is `name`, or
  // -1 (also for ""). The last answer is kept: an entity's mentions, which
  // share its name, are annotated one after another.
  int CountryNamed(const std::string& name) {
    if (name.empty()) return -1;
    if (name != named_) {
      named_ = name;
      auto it = lex_.country_index.find(EventFold(name));
      named_country_ = it == lex_.country_index.end() ? -1 : static_cast<int>(it->second);
    }
    return named_country_;
  }

  // Whether `key` (joined words, hashed) may be a lexicon alias: when not,
  // no group, country or place index holds it, nor its exact-case surface.
  bool Listed(const HashedWord& key) const { return lex_.name_prefixes.contains(key); }

  void Annotate(NameMention* m) {
    const std::string whole = JoinWords(et_, m->first, m->last);
    const HashedWord whole_key = HashWord(whole);
    const bool whole_listed = Listed(whole_key);
    if (whole_listed) {
      int g = GroupAtJoined(et_, lex_, m->first, m->last, whole_key);
      if (g >= 0) {
        m->group = g;
        m->type = EntityType::kOrg;
        m->canonical = lex_.groups[g].name;
      }
    }
    // "the United States": the article is not part of the lexicon name.
    size_t first = m->first;
    if (m->last - first > 1 && et_.words[first] == "the") ++first;
    const std::string key =
        first == m->first ? std::string() : JoinWords(et_, first, m->last);
    const HashedWord hashed = first == m->first ? whole_key : HashWord(key);
    const bool listed = first == m->first ? whole_listed : Listed(hashed);
    if (auto it = listed ? lex_.country_index.find(hashed) : lex_.country_index.end();
        it != lex_.country_index.end()) {
      m->country = static_cast<int>(it->second);
      m->place_kind = "country";
    } else if (auto ex = listed
                             ? lex_.exact_country_index.find(et_.Surface(first, m->last))
                             : lex_.exact_country_index.end();
               ex != lex_.exact_country_index.end()) {
      m->country = static_cast<int>(ex->second);
      m->place_kind = "country";
    } else if (auto p = listed ? lex_.place_index.find(hashed) : lex_.place_index.end();
               p != lex_.place_index.end()) {
      const LexName& place = lex_.places[p->second];
      m->place_kind = place.kind;
      if (auto c = lex_.country_index.find(EventFold(place.country));
          c != lex_.country_index.end())
        m->country = static_cast<int>(c->second);
    } else if (const int named = CountryNamed(m->canonical); named >= 0) {
      // "western Mali", an entity mention whose name is the country.
      m->country = named;
      m->place_kind = "country";
    }
  }

  void FromEntities(const std::vector<Entity>& entities) {
    for (const Entity& e : entities) {
      for (const Mention& men : e.mentions) {
        auto lo =
            std::lower_bound(et_.tokens.begin(), et_.tokens.end(), men.span.begin,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
        size_t first = lo - et_.tokens.begin(), last = first;
        while (last < et_.tokens.size() && et_.tokens[last].span.end <= men.span.end)
          ++last;
        if (last == first || !Free(first, last)) continue;
        NameMention m;
        m.first = first;
        m.last = last;
        m.type = e.type;
        m.canonical = e.name;
        Annotate(&m);
        if (m.type == EntityType::kLoc && m.place_kind.empty()) m.place_kind = "city";
        Add(std::move(m));
      }
    }
  }

  bool Startable(size_t i) const {
    const Token& t = et_.tokens[i];
    return t.word && (t.capitalised || ArabicArticle(t.lower)) && !AdjectiveCompound(i);
  }
  // "ISIS-inspired", "U.S.-backed": a name joined to a lower-case participle.
  bool AdjectiveCompound(size_t i) const {
    const Token& t = et_.tokens[i];
    std::string_view surface = et_.text.substr(t.span.begin, t.span.size());
    size_t dash = surface.rfind('-');
    if (dash == std::string_view::npos || dash + 1 >= surface.size()) return false;
    std::string_view tail = surface.substr(dash + 1);
    if (!(tail[0] >= 'a' && tail[0] <= 'z')) return false;
    return tail.size() > 3 && (tail.substr(tail.size() - 2) == "ed" ||
                               tail.substr(tail.size() - 3) == "ing" || tail == "style");
  }

  // The most tokens from i whose joined words may still begin a lexicon
  // name (at most `limit`); Annotate finds nothing for longer runs.
  size_t PrefixTokens(size_t i, size_t limit) const {
    std::string key;
    size_t n = 0;
    while (n < limit) {
      const size_t k = i + n;
      if (n > 0 && et_.tokens[k].span.begin > et_.tokens[k - 1].span.end) key += ' ';
      key += et_.words[k];
      if (!lex_.name_prefixes.contains(std::string_view(key))) break;
      ++n;
    }
    return n;
  }

  void FromLexicon() {
    for (size_t i = 0; i < et_.tokens.size(); ++i) {
      if (covered_[i] || !Startable(i) || et_.words[i] == "the") continue;
      const size_t longest = PrefixTokens(i, std::min<size_t>(8, et_.tokens.size() - i));
      for (size_t len = longest; len >= 1; --len) {
        if (!Free(i, i + len) ||
            et_.tokens[i + len - 1].sentence != et_.tokens[i].sentence)
          continue;
        NameMention m;
        m.first = i;
        m.last = i + len;
        Annotate(&m);
        if (m.group < 0 && m.place_kind.empty()) continue;
        if (m.group < 0 && i + len < et_.tokens.size() &&
            et_.tokens[i + len].capitalised &&
            (FacilityHeads().Contains(et_.words[i + len]) ||
             PlaceHeads().Contains(et_.words[i + len])))
          continue;  // "Uruguay Avenue" is a street, not the country
        if (m.group < 0) {
          m.type = EntityType::kLoc;
          if (m.country >= 0 && m.place_kind == "country")
            m.canonical = lex_.countries[m.country].name;
        }
        Add(std::move(m));
        i += len - 1;
        break;
      }
    }
  }

  bool Skippable(size_t k) const {
    std::string_view w = et_.words[k];
    return lex_.function_words.Contains(w) || lex_.titles.Contains(w) ||
           lex_.demonym_index.count(w) > 0 || lex_.roles.Contains(w);
  }

  void FromCapitals() {
    for (size_t i = 0; i < et_.tokens.size(); ++i) {
      if (covered_[i] || !Startable(i)) continue;
      size_t last = i + 1;
      while (last < et_.tokens.size() && !covered_[last] &&
             et_.tokens[last].sentence == et_.tokens[i].sentence) {
        const Token& t = et_.tokens[last];
        bool cont = t.word && !AdjectiveCompound(last) &&
                    (t.capitalised || ArabicArticle(t.lower) ||
                     (Connectors().Contains(t.lower) && last + 1 < et_.tokens.size() &&
                      et_.tokens[last + 1].word &&
                      (et_.tokens[last + 1].capitalised ||
                       ArabicArticle(et_.tokens[last + 1].lower))));
        if (!cont) break;
        ++last;
      }
      size_t first = i;
      bool titled = false;
      while (first < last && Skippable(first)) {
        titled = titled || lex_.titles.Contains(et_.words[first]) ||
                 lex_.roles.Contains(et_.words[first]);
        ++first;
      }
      while (last > first && Connectors().Contains(et_.words[last - 1])) --last;
      size_t end = last;
      i = std::max(i + 1, end) - 1;  // always advance
      if (first >= end) continue;
      Classify(first, end, titled);
    }
  }

  void Classify(size_t first, size_t last, bool titled) {
    NameMention m;
    m.first = first;
    m.last = last;
    std::string_view head = et_.words[last - 1];
    std::string_view prev = first > 0 ? et_.words[first - 1] : "";
    std::string_view next = last < et_.tokens.size() ? et_.words[last] : "";
    bool arabic = false;
    for (size_t k = first; k < last; ++k) {
      std::string_view w = et_.words[k];
      arabic = arabic || w == "abu" || w == "bin" || w == "ibn" || ArabicArticle(w) ||
               w == "al";
    }
    size_t n = last - first;
    if (head.size() > 4 && head.substr(head.size() - 3) == "ern") return;
    if (OrgHeads().Contains(head) || (et_.tokens[first].all_caps && n == 1 && !titled)) {
      m.type = EntityType::kOrg;
    } else if (FacilityHeads().Contains(head)) {
      m.type = EntityType::kLoc;
      m.place_kind = "facility";
    } else if (PlaceHeads().Contains(head) && n > 1) {
      m.type = EntityType::kLoc;
      m.place_kind = "area";
    } else if (titled || arabic || SpeechVerbs().Contains(next) ||
               (n >= 2 && n <= 6 && prev != "in" && prev != "at" && prev != "near")) {
      m.type = EntityType::kPerson;
    } else if (MediumNoun(prev)) {
      // "its news agency Az-Zallaqa", "the channel Al-Andalus": a medium.
      m.type = EntityType::kOrg;
    } else if (prev == "in" || prev == "at" || prev == "near" || prev == "from" ||
               prev == "of" || prev == "to" || next == ",") {
      m.type = EntityType::kLoc;
      m.place_kind = "city";
    } else {
      if (n == 1) pending_.push_back(first);
      return;
    }
    if (n == 1 &&
        et_.tokens[first].sentence !=
            (first > 0 ? et_.tokens[first - 1].sentence : ~0u) &&
        m.type != EntityType::kPerson) {
      return;  // a lone capitalised word opening a sentence says little
    }
    Add(std::move(m));
  }

  // Lone capitalised words that repeat the last name of a person met in the
  // document are that person ("Muhajir also called ...").
  void AddPendingSurnames() {
    std::unordered_set<std::string> tails;
    for (const NameMention& m : out_) {
      if (m.type == EntityType::kPerson)
        tails.insert(std::string(Folded(et_.words[m.last - 1])));
    }
    for (size_t k : pending_) {
      if (covered_[k] || !tails.count(std::string(Folded(et_.words[k])))) continue;
      NameMention m;
      m.first = k;
      m.last = k + 1;
      m.type = EntityType::kPerson;
      Add(std::move(m));
    }
  }

  // Short person mentions ("Muhajir") take the canonical form of the nearest
  // fuller mention before them (else after) that ends in the same name.
  void ResolvePersons() {
    for (size_t i = 0; i < out_.size(); ++i) {
      NameMention& m = out_[i];
      if (m.type != EntityType::kPerson || m.canonical != m.surface) continue;
      std::string_view tail = Folded(et_.words[m.last - 1]);
      const NameMention* best = nullptr;
      for (size_t j = 0; j < out_.size(); ++j) {
        const NameMention& o = out_[j];
        if (j == i || o.type != EntityType::kPerson ||
            o.last - o.first <= m.last - m.first)
          continue;
        if (Folded(et_.words[o.last - 1]) != tail) continue;
        if (best == nullptr ||
            (o.first < m.first && (best->first > m.first || o.first > best->first)))
          best = &o;
      }
      if (best != nullptr) m.canonical = best->canonical;
    }
  }

  const EventText& et_;
  const EventLexicon& lex_;
  std::vector<uint8_t> covered_;  // bytes: read at every token, unlike vector<bool>
  std::vector<size_t> pending_;   // unclassified one-word runs
  std::vector<NameMention> out_;
  std::string named_;       // CountryNamed's last name
  int named_country_ = -1;  // and its answer
};

}  // namespace

int GroupAt(const EventText& et, const EventLexicon& lex, size_t first, size_t last) {
  if (first >= last) return -1;
  const std::string joined = JoinWords(et, first, last);
  return GroupAtJoined(et, lex, first, last, HashWord(joined));
}

std::vector<NameMention> FindNames(const EventText& et, const EventLexicon& lex,
                                   const std::vector<Entity>& entities) {
  return NameFinder(et, lex).Run(entities);
}

}  // namespace vigil
