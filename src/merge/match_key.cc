#include "merge/match_key.h"

#include <algorithm>
#include <utility>

#include "common/hash.h"
#include "common/name_fold.h"

namespace vigil {
namespace {

// Days are blocked into weeks for the index terms.
constexpr int kBlockDays = 7;

int Block(int day) {
  return day >= 0 ? day / kBlockDays : (day - kBlockDays + 1) / kBlockDays;
}

bool WordsOverlap(const NameWords& a, const NameWords& b) {
  if (a.empty() || b.empty()) return false;
  return a.size() <= b.size() ? WordsWithin(a, b) : WordsWithin(b, a);
}

bool DatesFit(const MatchKey& a, const MatchKey& b, int window) {
  return a.when && b.when && DaysApart(*a.when, *b.when) <= window;
}

// Calls `f(tag, words)` for each name field that can make two reports match:
// a match always shares a word of one of these fields.
template <typename F>
void ForEachName(const MatchKey& k, F&& f) {
  switch (k.type) {
    case EventType::kAttack:
      f('L', k.location);
      f('C', k.country);
      return;
    case EventType::kStatement:
      f('S', k.speaker);
      f('O', k.organization);
      return;
    case EventType::kLeadership:
      f('P', k.person);
      return;
  }
}

NameWords MatchKey::*const kWordFields[] = {&MatchKey::location, &MatchKey::country,
                                            &MatchKey::speaker, &MatchKey::organization,
                                            &MatchKey::person};
std::string MatchKey::*const kTextFields[] = {&MatchKey::attack_type, &MatchKey::medium,
                                              &MatchKey::change};

void PutU64(uint64_t v, std::string* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads what PutU64/PutVarint wrote; false past the end.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool U64(uint64_t* v) {
    if (in_.size() - pos_ < 8) return false;
    *v = 0;
    for (int i = 0; i < 8; ++i)
      *v |= uint64_t{static_cast<unsigned char>(in_[pos_ + i])} << (8 * i);
    pos_ += 8;
    return true;
  }
  // Only the shortest form PutVarint writes, and at most 32 bits, decodes:
  // every decoded key encodes back to the same bytes.
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 35 && pos_ < in_.size(); shift += 7) {
      const auto b = static_cast<unsigned char>(in_[pos_++]);
      *v |= uint64_t{b & 0x7Fu} << shift;
      if (b < 0x80) return (b != 0 || shift == 0) && *v <= UINT32_MAX;
    }
    return false;
  }
  bool Bytes(size_t n, std::string* s) {
    if (in_.size() - pos_ < n) return false;
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace

bool WordsWithin(const NameWords& small, const NameWords& big) {
  return std::all_of(small.begin(), small.end(), [&](uint64_t w) {
    return std::find(big.begin(), big.end(), w) != big.end();
  });
}

bool MatchKey::operator==(const MatchKey& o) const {
  auto days = [](const std::optional<DayRange>& d) {
    return d ? std::pair{d->first, d->last} : std::pair{1, 0};
  };
  return type == o.type && days(when) == days(o.when) && location == o.location &&
         country == o.country && speaker == o.speaker && organization == o.organization &&
         person == o.person && has_location == o.has_location &&
         has_organization == o.has_organization && attack_type == o.attack_type &&
         medium == o.medium && change == o.change;
}

uint64_t HashMatchKey(const MatchKey& k) { return Hash64(EncodeMatchKey(k)); }

std::string EncodeMatchKey(const MatchKey& k) {
  std::string out;
  out.push_back(static_cast<char>(k.type));
  out.push_back(static_cast<char>((k.when ? 1 : 0) | (k.has_location ? 2 : 0) |
                                  (k.has_organization ? 4 : 0)));
  if (k.when) {
    PutVarint(static_cast<uint32_t>(k.when->first), &out);
    PutVarint(static_cast<uint32_t>(k.when->last), &out);
  }
  for (NameWords MatchKey::*field : kWordFields) {
    PutVarint((k.*field).size(), &out);
    for (uint64_t w : k.*field) PutU64(w, &out);
  }
  for (std::string MatchKey::*field : kTextFields) {
    PutVarint((k.*field).size(), &out);
    out += k.*field;
  }
  return out;
}

bool DecodeMatchKey(std::string_view bytes, MatchKey* k) {
  if (bytes.size() < 2) return false;
  const auto type = static_cast<unsigned char>(bytes[0]);
  const auto flags = static_cast<unsigned char>(bytes[1]);
  if (type > static_cast<unsigned char>(EventType::kLeadership) || flags > 7)
    return false;
  *k = MatchKey{};
  k->type = static_cast<EventType>(type);
  k->has_location = flags & 2;
  k->has_organization = flags & 4;
  Reader in(bytes.substr(2));
  uint64_t n = 0, m = 0;
  if (flags & 1) {
    if (!in.Varint(&n) || !in.Varint(&m)) return false;
    k->when = DayRange{static_cast<int>(static_cast<uint32_t>(n)),
                       static_cast<int>(static_cast<uint32_t>(m))};
  }
  for (NameWords MatchKey::*field : kWordFields) {
    if (!in.Varint(&n) || n > bytes.size() / 8) return false;
    NameWords& words = k->*field;
    words.resize(n);
    for (uint64_t& w : words) {
      if (!in.U64(&w)) return false;
    }
  }
  for (std::string MatchKey::*field : kTextFields) {
    if (!in.Varint(&n) || !in.Bytes(n, &(k->*field))) return false;
  }
  return in.done();
}

EventMatcher::EventMatcher(MergeOptions options) : options_(std::move(options)) {}

const NameWords& EventMatcher::Words(const std::string& name) {
  auto [it, fresh] = names_.try_emplace(name);
  if (!fresh || name.empty()) return it->second;
  const std::string canonical = options_.canonical ? options_.canonical(name) : name;
  for (const std::string& w : FoldNameWords(canonical)) it->second.push_back(Hash64(w));
  return it->second;
}

void EventMatcher::ForgetNamesOver(size_t max) {
  if (names_.size() > max) names_.clear();
}

MatchKey EventMatcher::Key(const Event& e, std::string_view published) {
  MatchKey k;
  k.type = e.type;
  if (e.type != EventType::kLeadership) {
    if (auto d = ParseDayRange(e.date)) {
      k.when = d;
    } else if (auto p = ParseDayRange(published)) {
      k.when = DayRange{p->first - options_.undated_lookback_days, p->last};
    }
  }
  switch (e.type) {
    case EventType::kAttack:
      k.location = Words(e.location);
      k.country = Words(e.country);
      k.has_location = !e.location.empty();
      k.attack_type = e.attack_type;
      break;
    case EventType::kStatement:
      k.speaker = Words(e.speaker);
      k.organization = Words(e.organization);
      k.medium = e.medium;
      break;
    case EventType::kLeadership:
      k.person = Words(e.person);
      k.organization = Words(e.organization);
      k.has_organization = !e.organization.empty();
      k.change = e.change;
      break;
  }
  return k;
}

bool EventMatcher::Same(const MatchKey& x, const MatchKey& y) const {
  if (x.type != y.type) return false;
  switch (x.type) {
    case EventType::kAttack: {
      if (!DatesFit(x, y, options_.attack_window_days)) return false;
      if (x.has_location && y.has_location) return WordsOverlap(x.location, y.location);
      // Without both places, the country must agree and the attack types
      // must not contradict each other.
      if (!WordsOverlap(x.country, y.country)) return false;
      return x.attack_type.empty() || y.attack_type.empty() ||
             x.attack_type == y.attack_type;
    }
    case EventType::kStatement: {
      if (!DatesFit(x, y, options_.statement_window_days)) return false;
      const bool who = WordsOverlap(x.speaker, y.speaker) ||
                       WordsOverlap(x.organization, y.organization);
      return who && (x.medium.empty() || y.medium.empty() || x.medium == y.medium);
    }
    case EventType::kLeadership: {
      const bool org = !x.has_organization || !y.has_organization ||
                       WordsOverlap(x.organization, y.organization);
      return x.change == y.change && WordsOverlap(x.person, y.person) && org;
    }
  }
  return false;
}

void EventMatcher::Terms(const MatchKey& k, int pad, std::vector<uint64_t>* out) const {
  out->clear();
  ForEachName(k, [&](char tag, const NameWords& words) {
    for (uint64_t w : words) {
      const uint64_t field = Mix64(w ^ static_cast<uint64_t>(tag));
      if (k.type == EventType::kLeadership) {
        out->push_back(field);
        continue;
      }
      if (!k.when) continue;  // an undated report matches no attack or statement
      for (int b = Block(k.when->first - pad); b <= Block(k.when->last + pad); ++b)
        out->push_back(Mix64(field + static_cast<uint64_t>(static_cast<uint32_t>(b))));
    }
  });
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

void EventMatcher::StoredTerms(const MatchKey& k, std::vector<uint64_t>* out) const {
  Terms(k, 0, out);
}

void EventMatcher::LookupTerms(const MatchKey& k, std::vector<uint64_t>* out) const {
  const int window = k.type == EventType::kAttack ? options_.attack_window_days
                                                  : options_.statement_window_days;
  Terms(k, window, out);
}

}  // namespace vigil
