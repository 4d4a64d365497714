#include "extract/quote_speaker.h"

#include <algorithm>
#include <cctype>

namespace vigil {
namespace {

// Look-back bounds keep each resolution constant-time on long documents.
constexpr size_t kMaxLookBack = 64;          // candidates
constexpr size_t kMaxLookBackTokens = 3000;  // tokens, for role links

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" ||
         w == "who";
}

bool IsParticle(std::string_view w) {
  return w == "al" || w == "el" || w == "bin" || w == "ibn" || w == "abu" || w == "de" ||
         w == "van" || w == "von" || w.rfind("al-", 0) == 0 || w.rfind("el-", 0) == 0;
}

bool IsDefiniteDeterminer(std::string_view w) {
  return w == "the" || w == "this" || w == "that" || w == "his" || w == "her" ||
         w == "its" || w == "their" || w == "our";
}

bool IsOrgRole(std::string_view w) {
  return w == "group" || w == "organization" || w == "organisation" || w == "ministry" ||
         w == "agency" || w == "statement" || w == "government" || w == "campaign";
}

// "officials", "sources": a plural head, never one person.
bool IsPlural(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && w.substr(w.size() - 2) != "ss";
}

// "State's", "Mali’s", "farmers'".
bool IsPossessive(std::string_view w) {
  for (std::string_view tail : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"}) {
    if (w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail) return true;
  }
  return false;
}

std::string TrimPossessive(std::string s) {
  for (std::string_view tail : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"}) {
    if (s.size() > tail.size() &&
        s.compare(s.size() - tail.size(), tail.size(), tail) == 0) {
      s.resize(s.size() - tail.size());
      break;
    }
  }
  return s;
}

bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// `lower_word` appears in `name` as a whole word (ASCII case folded).
bool ContainsWordFolded(std::string_view name, std::string_view lower_word) {
  if (lower_word.empty()) return false;
  std::string folded(name);
  for (char& c : folded)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t at = folded.find(lower_word); at != std::string::npos;
       at = folded.find(lower_word, at + 1)) {
    size_t end = at + lower_word.size();
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
    bool right =
        end == folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]));
    if (left && right) return true;
  }
  return false;
}

// The entity's canonical name when the article writes it, else the fullest
// form the article uses: a knowledge-base name the text never spells out
// ("Barack Obama" for an article that says "Mr. Obama") is not what the
// article reports.
std::string DisplayName(const Entity& e) {
  const std::string* longest = nullptr;
  for (const Mention& m : e.mentions) {
    if (EqualsFolded(m.surface, e.name)) return e.name;
    if (longest == nullptr || m.surface.size() > longest->size()) longest = &m.surface;
  }
  return longest == nullptr ? e.name : TrimPossessive(*longest);
}

std::string_view FirstWord(std::string_view name) {
  return name.substr(0, name.find(' '));
}

// Last word of a name, lower case, without "al-"/"el-".
std::string Surname(std::string_view name) {
  size_t space = name.find_last_of(' ');
  std::string last =
      LowerWord(space == std::string_view::npos ? name : name.substr(space + 1));
  if (last.rfind("al-", 0) == 0 || last.rfind("el-", 0) == 0) last = last.substr(3);
  return last;
}

bool SameSurname(std::string_view a, std::string_view b) {
  std::string sa = Surname(a);
  return !sa.empty() && sa == Surname(b);
}

}  // namespace

size_t SpeakerResolver::Before(const std::vector<Candidate>& list, uint32_t anchor) {
  auto it =
      std::lower_bound(list.begin(), list.end(), anchor,
                       [](const Candidate& c, uint32_t pos) { return c.pos < pos; });
  return static_cast<size_t>(it - list.begin());
}

SpeakerResolver::SpeakerResolver(const CueContext& ctx,
                                 const std::vector<Entity>& entities)
    : ctx_(ctx), entities_(entities) {
  if (entities_.empty()) {
    AddFallbackCandidates();
    return;
  }
  // A place never speaks through a pronoun or description, even when the
  // entity extractor also typed its name as something else.
  std::vector<const std::string*> places;
  for (const Entity& e : entities_) {
    if (e.type == EntityType::kLoc) places.push_back(&e.name);
  }
  for (const Entity& e : entities_) {
    if (e.type == EntityType::kLoc) continue;
    bool place = std::any_of(places.begin(), places.end(), [&](const std::string* p) {
      return EqualsFolded(*p, e.name);
    });
    if (place) continue;
    for (const Mention& m : e.mentions) {
      auto it =
          std::lower_bound(ctx_.tokens.begin(), ctx_.tokens.end(), m.span.begin,
                           [](const QToken& t, uint32_t pos) { return t.begin < pos; });
      size_t i = static_cast<size_t>(it - ctx_.tokens.begin());
      if (i < ctx_.quoted.size() && ctx_.quoted[i]) continue;
      candidates_.push_back(
          {m.span.begin, DisplayName(e), e.type == EntityType::kPerson});
    }
  }
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& a, const Candidate& b) { return a.pos < b.pos; });
}

void SpeakerResolver::AddFallbackCandidates() {
  for (size_t i = 0; i < ctx_.tokens.size(); ++i) {
    if (!ctx_.IsSpeechVerb(i)) continue;
    TokenRange r = SubjectBefore(ctx_, i);
    if (r.empty() || !ctx_.tokens[r.end - 1].capitalised) continue;
    if (r.end - r.begin == 1 && IsPronoun(ctx_.Lower(r.begin))) continue;
    candidates_.push_back(
        {ctx_.tokens[r.begin].begin, NameFromSubject(r), !LooksLikeOrg(r)});
  }
}

void SpeakerResolver::NoteSpeaker(uint32_t pos, const std::string& name) {
  Candidate c{pos, name, true};
  auto by_pos = [](const Candidate& x, const Candidate& y) { return x.pos < y.pos; };
  candidates_.insert(std::upper_bound(candidates_.begin(), candidates_.end(), c, by_pos),
                     c);
  speakers_.insert(std::upper_bound(speakers_.begin(), speakers_.end(), c, by_pos), c);
}

std::optional<std::string> SpeakerResolver::Linked(uint32_t anchor,
                                                   std::string_view role) const {
  // Names the role noun introduced before ("ISIS leader Abu Bakr
  // al-Baghdadi", "the spokesman, Ali Hassan"), latest first.
  std::vector<std::string> links;
  auto it = std::lower_bound(ctx_.tokens.begin(), ctx_.tokens.end(), anchor,
                             [](const QToken& t, uint32_t pos) { return t.begin < pos; });
  size_t from = static_cast<size_t>(it - ctx_.tokens.begin());
  size_t stop = from > kMaxLookBackTokens ? from - kMaxLookBackTokens : 0;
  for (size_t k = from; k > stop; --k) {
    size_t i = k - 1;
    if (ctx_.quoted[i] || !ctx_.IsWord(i) || !ctx_.LowerIs(i, role)) continue;
    TokenRange name = NameAfterRole(i + 1);
    if (name.empty()) continue;
    std::optional<std::string> named;
    if (!entities_.empty()) named = FromEntities(name);
    links.push_back(named ? *named : NameFromSubject(name));
  }
  // The latest earlier speaker the role introduced; else the latest name it
  // introduced; else the latest speaker.
  size_t end = Before(speakers_, anchor);
  for (size_t k = end, seen = 0; k > 0 && seen < kMaxLookBack; --k, ++seen) {
    const std::string& speaker = speakers_[k - 1].name;
    if (links.empty()) return speaker;
    for (const std::string& link : links) {
      if (SameSurname(speaker, link)) return speaker;
    }
  }
  if (!links.empty()) return links.front();
  return std::nullopt;
}

TokenRange SpeakerResolver::NameAfterRole(size_t i) const {
  if (ctx_.IsPunct(i, ',')) ++i;
  size_t k = i;
  while (k < ctx_.tokens.size() && k - i < 6 && !ctx_.quoted[k] &&
         (ctx_.IsWord(k) || ctx_.IsPunct(k, '.')) &&
         (ctx_.tokens[k].capitalised ||
          (k > i && ctx_.IsWord(k) && IsParticle(ctx_.Lower(k))))) {
    ++k;
  }
  if (k == i) return {};
  return {static_cast<uint32_t>(i), static_cast<uint32_t>(k)};
}

std::optional<std::string> SpeakerResolver::Recent(uint32_t anchor, bool person) const {
  size_t end = Before(candidates_, anchor);
  for (size_t k = end, seen = 0; k > 0 && seen < kMaxLookBack; --k, ++seen) {
    if (candidates_[k - 1].person == person) return candidates_[k - 1].name;
  }
  return std::nullopt;
}

std::optional<std::string> SpeakerResolver::FromEntities(TokenRange subject) const {
  // The mention must hold the subject's last word: "Ronald R." is no mention
  // of "Ronald R. Fieldstone".
  uint32_t b = ctx_.tokens[subject.end - 1].begin, e = ctx_.tokens[subject.end - 1].end;
  const Entity* best = nullptr;
  uint32_t best_end = 0;
  for (const Entity& ent : entities_) {
    for (const Mention& m : ent.mentions) {
      if (m.span.end <= b || m.span.begin >= e) continue;
      bool better = best == nullptr ||
                    (best->type == EntityType::kLoc) > (ent.type == EntityType::kLoc) ||
                    ((best->type == EntityType::kLoc) == (ent.type == EntityType::kLoc) &&
                     m.span.end > best_end);
      if (better) {
        best = &ent;
        best_end = m.span.end;
      }
    }
  }
  if (best == nullptr) return std::nullopt;
  // Trust the entity only when its name holds the word the text uses here.
  std::string head = LowerWord(ctx_.Text(subject.end - 1));
  std::string name = DisplayName(*best);
  if (!ContainsWordFolded(name, head) && !ContainsWordFolded(best->name, head)) {
    return std::nullopt;
  }
  return name;
}

std::string SpeakerResolver::Words(TokenRange r) const {
  uint32_t b = ctx_.tokens[r.begin].begin, e = ctx_.tokens[r.end - 1].end;
  return TrimPossessive(std::string(ctx_.text.substr(b, e - b)));
}

bool SpeakerResolver::LooksLikeOrg(TokenRange r) const {
  if (r.end - r.begin == 1 && ctx_.tokens[r.begin].all_caps) return true;
  for (size_t k = r.begin; k < r.end; ++k) {
    if (ctx_.IsWord(k) && ctx_.lexicon.IsOrgHead(ctx_.Lower(k))) return true;
  }
  return false;
}

std::string SpeakerResolver::NameFromSubject(TokenRange r) const {
  size_t start = r.begin;
  for (size_t k = r.begin; k < r.end; ++k) {
    if (!ctx_.IsWord(k)) continue;
    std::string lower = ctx_.Lower(k);
    if (!ctx_.lexicon.IsRole(lower) && !ctx_.lexicon.IsOrgHead(lower)) continue;
    size_t next = k + 1;
    if (ctx_.IsPunct(next, '.')) ++next;
    if (next < r.end && ctx_.IsWord(next) && ctx_.tokens[next].capitalised) start = next;
  }
  while (start + 1 < r.end && ctx_.IsWord(start) &&
         (ctx_.LowerIs(start, "the") || ctx_.LowerIs(start, "a"))) {
    ++start;
  }
  return Words({static_cast<uint32_t>(start), r.end});
}

std::optional<std::string> SpeakerResolver::Resolve(TokenRange subject,
                                                    uint32_t anchor) const {
  if (subject.empty()) return std::nullopt;
  size_t first = subject.begin, head = subject.end - 1;
  std::string head_lower = ctx_.Lower(head);
  if (subject.end - subject.begin == 1) {
    if (head_lower == "he" || head_lower == "she" || head_lower == "who") {
      return Recent(anchor, true);
    }
    if (head_lower == "they" || head_lower == "it" || head_lower == "we" ||
        head_lower == "i") {
      return std::nullopt;
    }
  }
  bool head_is_name = ctx_.tokens[head].capitalised || head_lower.rfind("al-", 0) == 0 ||
                      head_lower.rfind("el-", 0) == 0;
  if (!head_is_name && ctx_.lexicon.IsRole(head_lower)) {
    std::string as_written = Description(subject);
    bool definite =
        IsDefiniteDeterminer(ctx_.Lower(first)) || subject.end - subject.begin == 1;
    if (!definite || IsPlural(head_lower)) return as_written;
    bool person = !IsOrgRole(head_lower);
    // "the spokesman of the group, Mohamed Ag Mohamed": the name in
    // apposition after the description.
    const TokenRange described = WithAttachedPhrases(ctx_, subject);
    if (person && ctx_.IsPunct(described.end, ',')) {
      const TokenRange name = NameAfterRole(described.end);
      if (!name.empty()) {
        auto known = FromEntities(name);
        return known ? known : std::optional<std::string>(NameFromSubject(name));
      }
    }
    if (!person && NamesItself(subject)) {
      // "the Islamic State's Amaq news agency": the organisation it names.
      auto own = OwnEntity(subject, head_lower);
      return own ? own : as_written;
    }
    auto linked = person ? Linked(anchor, head_lower) : std::nullopt;
    if (linked) return linked;
    auto recent = Recent(anchor, person);
    return recent ? recent : as_written;
  }
  if (!head_is_name) {
    // "Sanders made the following comment": the name that opens it. A name
    // that only modifies the head noun ("Belgian prosecutors", "Mali's
    // government", "the Lake Chad region") is no speaker: the words are.
    size_t k = first;
    while (k < subject.end && IsDefiniteDeterminer(ctx_.Lower(k))) ++k;
    if (k < subject.end && (ctx_.LowerIs(k, "a") || ctx_.LowerIs(k, "an"))) ++k;
    size_t name_begin = k;
    while (k < subject.end && ctx_.IsWord(k) && ctx_.tokens[k].capitalised &&
           !ctx_.lexicon.IsRole(ctx_.Lower(k))) {
      ++k;
    }
    if (k == name_begin || k == subject.end || k + 1 == subject.end ||
        IsPossessive(ctx_.Text(k - 1))) {
      return Description(subject);
    }
    subject = {static_cast<uint32_t>(name_begin), static_cast<uint32_t>(k)};
  }
  std::string written = NameFromSubject(subject);
  if (!entities_.empty()) {
    // An entity that holds only the end of the written name ("Province" of
    // "Islamic State Mozambique Province") is a fragment, not the speaker.
    auto name = FromEntities(subject);
    if (name &&
        (!ctx_.tokens[subject.begin].capitalised || name->size() >= written.size() ||
         ContainsWordFolded(*name, LowerWord(FirstWord(written))))) {
      return name;
    }
  }
  return Fuller(written, anchor);
}

bool SpeakerResolver::NamesItself(TokenRange subject) const {
  for (size_t k = subject.begin + 1; k < subject.end; ++k) {
    if (ctx_.IsWord(k) && ctx_.tokens[k].capitalised) return true;
  }
  return false;
}

std::optional<std::string> SpeakerResolver::OwnEntity(TokenRange subject,
                                                      std::string_view head) const {
  uint32_t b = ctx_.tokens[subject.begin].begin, e = ctx_.tokens[subject.end - 1].end;
  for (const Entity& ent : entities_) {
    if (ent.type == EntityType::kLoc || !ContainsWordFolded(ent.name, head)) continue;
    for (const Mention& m : ent.mentions) {
      if (m.span.begin >= b && m.span.end <= e) return DisplayName(ent);
    }
  }
  return std::nullopt;
}

std::string SpeakerResolver::Description(TokenRange subject) const {
  return Words(WithAttachedPhrases(ctx_, subject));
}

std::string SpeakerResolver::Fuller(const std::string& name, uint32_t anchor) const {
  // "al-Nuri said" after "Abu Khalid al-Nuri urged": the fuller form met
  // before. Entities do this themselves; this is the fallback's version.
  if (!entities_.empty() || name.find(' ') != std::string::npos) return name;
  for (size_t k = Before(candidates_, anchor), seen = 0; k > 0 && seen < kMaxLookBack;
       --k, ++seen) {
    const Candidate* c = &candidates_[k - 1];
    if (c->person && c->name.find(' ') != std::string::npos &&
        SameSurname(c->name, name)) {
      return c->name;
    }
  }
  return name;
}

}  // namespace vigil
