#include "extract/entities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "extract/fold.h"
#include "extract/polity.h"
#include "extract/tokens.h"

namespace vigil {
namespace {

constexpr int kPer = 0, kOrg = 1, kLoc = 2;

struct Candidate {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  int kb = -1;              // KB entry, or -1
  std::array<int, 3> votes{};
  bool weak = false;          // from a title-case line
  bool sent_initial = false;  // one word, first of its sentence
  bool acronym_of_prev = false;
};

int TypeIndex(EntityType t) {
  return t == EntityType::kPerson ? kPer : t == EntityType::kOrg ? kOrg : kLoc;
}

EntityType TypeOf(int i) {
  return i == kPer   ? EntityType::kPerson
         : i == kOrg ? EntityType::kOrg
                     : EntityType::kLoc;
}

bool IsWord(const EntityToken& t) { return t.kind == TokenKind::kWord; }

// Per-call scratch for one document.
class DocScan {
 public:
  DocScan(const KnowledgeBase& kb, const Document& doc)
      : kb_(kb), doc_(doc), toks_(Tokenize(doc.text, doc.sentences)) {}

  std::vector<Candidate> Scan() {
    MarkWeakLines();
    size_t i = 0;
    while (i < toks_.size()) i = Step(i);
    return std::move(cands_);
  }

  const std::vector<EntityToken>& tokens() const { return toks_; }

 private:
  bool Lex(size_t i, LexClass c) const { return kb_.Is(toks_[i].folded, c); }
  bool Cap(size_t i) const {
    return i < toks_.size() && IsWord(toks_[i]) && toks_[i].cap;
  }

  // Lines where nearly every word is capitalised (headlines) say nothing by
  // their capitals: their candidates may only join entities found elsewhere.
  void MarkWeakLines() {
    weak_.assign(toks_.size(), false);
    size_t start = 0;
    for (size_t i = 0; i <= toks_.size(); ++i) {
      if (i < toks_.size() &&
          !(IsWord(toks_[i]) && toks_[i].sent_start && i > start && !AbbrevBefore(i)))
        continue;
      int caps = 0, lower = 0;
      for (size_t k = start; k < i; ++k) {
        if (!IsWord(toks_[k]) || Lex(k, kLexConnector)) continue;
        if (toks_[k].cap)
          ++caps;
        else if (!Lex(k, kLexNonEntity))
          ++lower;
      }
      const bool weak = caps >= 2 && lower == 0;
      for (size_t k = start; k < i; ++k) weak_[k] = weak;
      start = i;
    }
  }

  // Longest KB alias at i (within limit) whose letter case fits the text.
  size_t KbMatch(size_t i, size_t limit, int* entry) const {
    std::vector<TokenTrie::Match> m;
    kb_.trie().MatchesAt(toks_, i, limit, &m);
    size_t best = 0;
    for (const TokenTrie::Match& x : m) {
      if (x.length <= best || !CaseFits(i, x)) continue;
      best = x.length;
      *entry = static_cast<int>(kb_.alias(x.value).entry);
    }
    return best;
  }

  bool CaseFits(size_t i, const TokenTrie::Match& m) const {
    const KnowledgeBase::Alias& a = kb_.alias(m.value);
    size_t k = i;
    bool exact_needed = false;
    for (const std::string& at : a.tokens) {
      if (at == "-") continue;
      while (k < toks_.size() && toks_[k].folded == "-") ++k;
      if (k >= toks_.size()) return false;
      const EntityToken& t = toks_[k];
      const std::string_view text(doc_.text.data() + t.begin, t.end - t.begin);
      const bool alias_caps = at.size() >= 2 && Fold(at) != at &&
                              std::none_of(at.begin(), at.end(), ::islower);
      if (alias_caps && text != at) return false;
      if (kb_.Is(Fold(at), kLexConnector)) {
        ++k;
        continue;
      }
      if (!at.empty() && std::isupper(static_cast<unsigned char>(at[0])) && !t.cap)
        return false;
      exact_needed |= alias_caps;
      ++k;
    }
    // One common word ("May", "Mobile") is no place or person by itself.
    if (m.length == 1 && !exact_needed) {
      const uint32_t lex = kb_.Lexicon(toks_[i].folded);
      if (lex & (kLexNonEntity | kLexTitle | kLexGiven | kLexDemonym | kLexDirection))
        return false;
      const KbEntry& e = kb_.entries()[a.entry];
      if (e.kind == "city" && e.source_file == "cities.tsv" && toks_[i].sent_start)
        return false;
    }
    return true;
  }

  bool IsLocEntry(int entry) const {
    return entry >= 0 && kb_.entries()[entry].type == EntityType::kLoc;
  }

  // End of the capitalised run starting at i (== i when none).
  size_t RunEnd(size_t i) const {
    const EntityToken& t = toks_[i];
    const bool arabic_start = (t.folded == "al" || t.folded == "el") &&
                              i + 2 < toks_.size() && toks_[i + 1].folded == "-" &&
                              !toks_[i + 1].space_before && Cap(i + 2);
    if (!IsWord(t) || (!t.cap && !arabic_start)) return i;
    if (t.cap && Lex(i, kLexNonEntity) && !t.all_caps) return i;
    size_t j = i + 1;
    bool has_org_word =
        Lex(i, kLexOrgFirst) || Lex(i, kLexOrgLast) || Lex(i, kLexLocLast);
    while (j < toks_.size()) {
      const EntityToken& u = toks_[j];
      if (u.folded == "-" && !u.space_before && j + 1 < toks_.size() &&
          !toks_[j + 1].space_before && IsWord(toks_[j + 1]) &&
          (toks_[j + 1].cap || Lex(j + 1, kLexConnector) ||
           toks_[j + 1].folded.size() == 1)) {
        j += 2;
        continue;
      }
      if (!IsWord(u) || (u.sent_start && !AbbrevBefore(j))) break;
      if (u.cap) {
        if (Lex(j, kLexNonEntity) && !u.all_caps && !Lex(j, kLexTitle)) break;
        has_org_word |=
            Lex(j, kLexOrgFirst) || Lex(j, kLexOrgLast) || Lex(j, kLexLocLast);
        ++j;
        continue;
      }
      const bool name_link = Lex(j, kLexConnector);
      const bool org_link = has_org_word && (u.folded == "of" || u.folded == "for" ||
                                             u.folded == "and" || u.folded == "the");
      if ((name_link || org_link) && Cap(j + 1)) {
        ++j;
        continue;
      }
      if ((u.folded == "al" || u.folded == "el") && j + 2 < toks_.size() &&
          toks_[j + 1].folded == "-" && Cap(j + 2)) {
        ++j;
        continue;
      }
      break;
    }
    return j;
  }

  // Whether the word before j is an initial or a title abbreviation ("J.",
  // "Gen.") whose dot does not end the sentence before a capitalised word.
  bool AbbrevBefore(size_t j) const {
    if (j == 0 || !toks_[j].cap) return false;
    const std::string& f = toks_[j - 1].folded;
    if (f.size() < 2 || f.back() != '.' || !toks_[j - 1].cap) return false;
    return f.size() == 2 || Lex(j - 1, kLexTitle) || Lex(j - 1, kLexHonorific);
  }

  size_t Step(size_t i) {
    const EntityToken& t = toks_[i];
    if (!IsWord(t)) return i + 1;
    // "northern Syria": a direction word before a known place; in lower case
    // the mention names a part of that place and resolves to it.
    if (Lex(i, kLexDirection) && i + 1 < toks_.size() && Cap(i + 1)) {
      int entry = -1;
      const size_t len = KbMatch(i + 1, toks_.size(), &entry);
      const std::string& kind = entry >= 0 ? kb_.entries()[entry].kind : "";
      if (len && IsLocEntry(entry) && kind != "city") {
        // A known name as a whole ("central Asia") is that place; a
        // capitalised direction may be part of an unknown proper name.
        const std::vector<uint32_t> whole =
            kb_.FindByName(Fold(doc_.text.substr(t.begin, toks_[i + len].end - t.begin)));
        if (whole.size() == 1) {
          EmitKb(i, i + 1 + len, static_cast<int>(whole[0]));
        } else if (!t.cap && kind != "continent") {
          EmitKb(i, i + 1 + len, entry);
        } else {
          Candidate c = Make(i, i + 1 + len);
          c.votes[kLoc] += 5;
          cands_.push_back(c);
        }
        return i + 1 + len;
      }
    }
    if (const size_t unit_end = OrdinalUnitEnd(i)) {
      EmitUnit(i, unit_end);
      return unit_end;
    }
    const size_t run_end = RunEnd(i);
    int entry = -1;
    const size_t len = KbMatch(i, toks_.size(), &entry);
    if (const size_t org_end = CountryOrgEnd(i, len, entry)) {
      EmitSegment(i, org_end, false, kOrg);  // "U.S. Naval Forces Central Command"
      return org_end;
    }
    if (len && i + len >= run_end) {
      EmitKb(i, i + len, entry);
      return i + len;
    }
    if (run_end > i) {
      AnalyzeRun(i, run_end);
      return run_end;
    }
    if (len) {
      EmitKb(i, i + len, entry);
      return i + len;
    }
    return i + 1;
  }

  // "158th Fighter Wing", "5th Fleet": the end of a capitalised run ending in
  // an organisation word after an ordinal at i, or 0.
  size_t OrdinalUnitEnd(size_t i) const {
    const std::string& f = toks_[i].folded;
    if (!IsWord(toks_[i]) || f.size() < 3 ||
        !std::isdigit(static_cast<unsigned char>(f[0])))
      return 0;
    const std::string_view suffix = std::string_view(f).substr(f.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    if (!Cap(i + 1) || toks_[i + 1].sent_start) return 0;
    const size_t e = RunEnd(i + 1);
    return e > i + 1 && Lex(e - 1, kLexOrgLast) ? e : 0;
  }

  // The end of an organisation named by a country and a capitalised run
  // closed by an organisation word ("U.S. Marines", "Iraq Security Forces"),
  // or 0. The run may follow the country's abbreviation dot.
  size_t CountryOrgEnd(size_t i, size_t len, int entry) const {
    const size_t j = i + len;
    if (!len || !IsCountry(entry) || !Cap(j)) return 0;
    const size_t e = RunEnd(j);
    if (e <= j || !Lex(e - 1, kLexOrgLast) || HasTitle(j, e)) return 0;
    for (size_t k = j; k < e; ++k) {
      int inner = -1;
      if (KbMatch(k, e, &inner) && kb_.entries()[inner].type != EntityType::kOrg)
        return 0;
    }
    return e;
  }

  bool HasTitle(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      if (Lex(k, kLexTitle) && !Lex(k, kLexOrgLast)) return true;
    }
    return false;
  }

  // Emits the unit [b, e) as an ORG, taking in a country or demonym right
  // before it ("U.S. 5th Fleet", "Jordanian 71st ... Battalion").
  void EmitUnit(size_t b, size_t e) {
    if (!cands_.empty() && cands_.back().te == b && IsCountry(cands_.back().kb)) {
      b = cands_.back().tb;
      cands_.pop_back();
    } else if (b > 0 && Cap(b - 1) && Lex(b - 1, kLexDemonym)) {
      --b;
    }
    Candidate c = Make(b, e);
    c.votes[kOrg] += 6;
    cands_.push_back(c);
  }

  bool IsCountry(int entry) const {
    return entry >= 0 && kb_.entries()[entry].kind == "country";
  }

  Candidate Make(size_t b, size_t e) const {
    Candidate c;
    c.tb = static_cast<uint32_t>(b);
    c.te = static_cast<uint32_t>(e);
    c.weak = weak_[b];
    return c;
  }

  void EmitKb(size_t b, size_t e, int entry) {
    Candidate c = Make(b, e);
    c.kb = entry;
    c.votes[TypeIndex(kb_.entries()[entry].type)] += 10;
    c.weak = false;
    cands_.push_back(c);
  }

  // Splits a capitalised run at titles, known names and keywords, and emits
  // its parts with their cues.
  void AnalyzeRun(size_t b, size_t e) {
    bool person_next = LeftPersonCue(b);
    size_t k = b;
    size_t seg = e;  // start of the pending segment, e when none
    auto flush = [&](size_t end, int forced) {
      if (seg < end) EmitSegment(seg, end, person_next, forced);
      person_next = false;
      seg = e;
    };
    if (const size_t gov_end = OrgOfCountryEnd(b, e)) {
      EmitSegment(b, gov_end, false, kOrg);  // "Government of Iraq"
      if (gov_end == e) return;
      k = gov_end;
    }
    while (k < e) {
      const bool pending = seg < e;
      if (!pending) {
        if (toks_[k].folded == "-" || (Lex(k, kLexNonEntity) && !toks_[k].all_caps) ||
            (Lex(k, kLexLocPrep) && !toks_[k].all_caps)) {
          ++k;
          continue;
        }
        int entry = -1;
        const size_t len = KbMatch(k, e, &entry);
        if (len && IsLocEntry(entry) && !IsCountry(entry) && k + len < e &&
            Lex(k + len, kLexLocLast)) {
          EmitSegment(k, k + len + 1, false, kLoc);  // "Diyala Province", "Mosul Dam"
          person_next = false;
          k += len + 1;
          continue;
        }
        if (len) {
          EmitKb(k, k + len, entry);
          person_next = false;
          k += len;
          continue;
        }
        if (Lex(k, kLexDemonym) && !KeywordAhead(k + 1, e)) {
          ++k;
          continue;
        }
      }
      const bool title = (Lex(k, kLexTitle) || Lex(k, kLexHonorific)) &&
                         !Lex(k, kLexOrgLast) && !Lex(k, kLexGiven);
      if (title && toks_[k].cap) {
        flush(k, -1);
        person_next = true;
        ++k;
        continue;
      }
      if (pending && (Lex(k, kLexOrgLast) || Lex(k, kLexLocLast)) &&
          !(k + 1 < e && (Lex(k + 1, kLexOrgLast) || Lex(k + 1, kLexLocLast) ||
                          toks_[k + 1].folded == "of" || toks_[k + 1].folded == "-")) &&
          !(Lex(k, kLexOrgLast) && LaterOrgWord(k + 1, e))) {
        const bool org = Lex(k, kLexOrgLast);
        person_next = false;
        flush(k + 1, org ? kOrg : kLoc);
        ++k;
        continue;
      }
      if (seg == e) seg = k;
      ++k;
    }
    flush(e, -1);
  }

  // Whether an organisation word closes [k, e) with no title or known name
  // before it ("Air Forces Central Command" is one name).
  bool LaterOrgWord(size_t k, size_t e) const {
    for (; k < e; ++k) {
      int entry = -1;
      if (Lex(k, kLexTitle) || Lex(k, kLexHonorific) || KbMatch(k, e, &entry))
        return false;
      if (Lex(k, kLexOrgLast) && k + 1 == e) return true;
    }
    return false;
  }

  // "Government of Iraq", "Embassy of France": an organisation word, "of"
  // and a known country at b; the end of the country, or 0.
  size_t OrgOfCountryEnd(size_t b, size_t e) const {
    if (b + 2 >= e || !Lex(b, kLexOrgLast) || toks_[b + 1].folded != "of") return 0;
    int entry = -1;
    const size_t len = KbMatch(b + 2, e, &entry);
    return len && IsCountry(entry) ? b + 2 + len : 0;
  }

  bool KeywordAhead(size_t k, size_t e) const {
    for (; k < e; ++k) {
      if (Lex(k, kLexOrgLast) || Lex(k, kLexLocLast) || Lex(k, kLexOrgFirst)) return true;
      if (Lex(k, kLexTitle)) return false;
    }
    return false;
  }

  // "spokesman Abu X", "the group's leader, X", "Mr X".
  bool LeftPersonCue(size_t b) const {
    size_t k = b;
    if (k > 0 && toks_[k - 1].folded == ",") --k;
    if (k == 0) return false;
    return Lex(k - 1, kLexTitle) || Lex(k - 1, kLexHonorific);
  }

  void EmitSegment(size_t b, size_t e, bool person_cue, int forced) {
    while (e > b && (Lex(e - 1, kLexConnector) || toks_[e - 1].folded == "-" ||
                     toks_[e - 1].folded == "of" || toks_[e - 1].folded == "and")) {
      --e;
    }
    if (e <= b) return;
    Candidate c = Make(b, e);
    if (forced >= 0) c.votes[forced] += 4;
    if (person_cue) c.votes[kPer] += 4;
    Cues(&c);
    cands_.push_back(c);
  }

  void Cues(Candidate* c) {
    const size_t b = c->tb, e = c->te;
    const size_t words = CountWords(b, e);
    bool arabic = false;
    for (size_t k = b; k < e; ++k) {
      const std::string& f = toks_[k].folded;
      arabic |= f == "abu" || f == "bin" || f == "ibn" || f == "umm" ||
                ((f == "al" || f == "el") && k + 1 < e);
    }
    if (Lex(b, kLexLocFirst) && words >= 2) c->votes[kLoc] += 3;
    if (Lex(b, kLexOrgFirst))
      c->votes[kOrg] += 3;
    else if (arabic)
      c->votes[kPer] += 2;
    if (Lex(b, kLexGiven) && words >= 2) c->votes[kPer] += 2;
    // "the Coalition", "the Legislature": a capitalised organisation word
    // used as a name.
    if (words == 1 && Lex(b, kLexOrgLast) && !toks_[b].all_caps && b > 0 &&
        toks_[b - 1].folded == "the" && !toks_[b].sent_start) {
      c->votes[kOrg] += 2;
    }
    if (words == 1 && toks_[b].all_caps && toks_[b].folded.size() <= 6 &&
        !Lex(b, kLexAbbrev))
      c->votes[kOrg] += 2;
    if (e < toks_.size() && Lex(e, kLexSpeech)) c->votes[kPer] += 2;
    if (e + 1 < toks_.size() && toks_[e].folded == "," && Lex(e + 1, kLexSpeech)) {
      c->votes[kPer] += 1;
    }
    if (e < toks_.size() && !toks_[e].cap &&
        (toks_[e].folded == "group" || toks_[e].folded == "militia" ||
         toks_[e].folded == "movement" || toks_[e].folded == "organization")) {
      c->votes[kOrg] += 2;
    }
    if (b > 0 && Lex(b - 1, kLexLocPrep) && !toks_[b - 1].cap && words <= 3)
      c->votes[kLoc] += 1;
    if (b > 1 && toks_[b - 1].folded == "of" &&
        (toks_[b - 2].folded == "city" || toks_[b - 2].folded == "town" ||
         toks_[b - 2].folded == "province" || toks_[b - 2].folded == "village")) {
      c->votes[kLoc] += 3;
    }
    c->sent_initial = words == 1 && toks_[b].sent_start;
    if (b > 0 && e < toks_.size() && toks_[b - 1].folded == "(" &&
        toks_[e].folded == ")" && words == 1 && toks_[b].all_caps) {
      c->acronym_of_prev = true;
    }
  }

  size_t CountWords(size_t b, size_t e) const {
    size_t n = 0;
    for (size_t k = b; k < e; ++k) n += IsWord(toks_[k]);
    return n;
  }

  const KnowledgeBase& kb_;
  const Document& doc_;
  std::vector<EntityToken> toks_;
  std::vector<bool> weak_;
  std::vector<Candidate> cands_;
};

// Groups candidates into entities (see entities.h).
class Resolver {
 public:
  Resolver(const KnowledgeBase& kb, const Document& doc,
           const std::vector<EntityToken>& toks, const NameMatcher& matcher,
           std::vector<Candidate> cands)
      : kb_(kb), doc_(doc), toks_(toks), matcher_(matcher), cands_(std::move(cands)) {
    owner_.assign(cands_.size(), -1);
  }

  std::vector<Entity> Run(const EntityOptions& options) {
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (!cands_[i].weak) Place(i, /*may_create=*/true);
    }
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (cands_[i].weak) Place(i, /*may_create=*/false);
    }
    return Build(options);
  }

 private:
  struct Group {
    int kb = -1;
    std::array<int, 3> votes{};
    std::vector<size_t> cands;
    std::vector<NameParts> forms;  // full names (two parts or more) seen or known
    bool ambiguous = false;
  };

  std::string Surface(const Candidate& c) const {
    const uint32_t b = toks_[c.tb].begin, e = toks_[c.te - 1].end;
    return doc_.text.substr(b, e - b);
  }

  std::string Key(const Candidate& c) const {
    std::string k;
    for (uint32_t t = c.tb; t < c.te; ++t) {
      const std::string& f = toks_[t].folded;
      if (f == "-" || f == "al" || f == "el" || (t == c.tb && f == "the")) continue;
      k += f;
      k += ' ';
    }
    return k;
  }

  bool PersonLike(const Candidate& c) const {
    return c.votes[kOrg] < 3 && c.votes[kLoc] < 3 &&
           c.votes[kPer] >= std::max(c.votes[kOrg], c.votes[kLoc]);
  }

  void Attach(size_t i, int g) {
    owner_[i] = g;
    Group& grp = groups_[g];
    grp.cands.push_back(i);
    for (int t = 0; t < 3; ++t) grp.votes[t] += cands_[i].votes[t];
    if (cands_[i].kb < 0 && PersonLike(cands_[i])) {
      NameParts p = ParseName(Surface(cands_[i]), EntityType::kPerson);
      if (p.parts.size() >= 2) grp.forms.push_back(std::move(p));
    }
    by_key_.emplace(Key(cands_[i]), g);
  }

  int NewGroup(int kb) {
    groups_.emplace_back();
    groups_.back().kb = kb;
    if (kb >= 0) {
      by_kb_[kb] = static_cast<int>(groups_.size() - 1);
      const KbEntry& e = kb_.entries()[kb];
      if (e.type == EntityType::kPerson)
        groups_.back().forms.push_back(ParseName(e.name, e.type));
    }
    return static_cast<int>(groups_.size() - 1);
  }

  int GroupForKb(int kb, bool may_create) {
    const auto it = by_kb_.find(kb);
    if (it != by_kb_.end()) return it->second;
    return may_create ? NewGroup(kb) : -1;
  }

  void Place(size_t i, bool may_create) {
    const Candidate& c = cands_[i];
    if (c.kb >= 0) {
      const int g = GroupForKb(c.kb, true);
      if (g >= 0) Attach(i, g);
      return;
    }
    if (c.acronym_of_prev && i > 0 && owner_[i - 1] >= 0 &&
        cands_[i - 1].te + 1 == c.tb) {
      Attach(i, owner_[i - 1]);
      return;
    }
    if (const auto it = by_key_.find(Key(c)); it != by_key_.end()) {
      Attach(i, it->second);
      return;
    }
    if (const int g = AcronymOwner(c); g >= 0) {
      Attach(i, g);
      return;
    }
    if (const int g = KnownPlaceOrOrgOwner(c); g >= 0) {
      Attach(i, g);
      return;
    }
    if (c.votes[kOrg] < 3 && c.votes[kLoc] < 3) {
      const NameParts parts = ParseName(Surface(c), EntityType::kPerson);
      int fits = 0, owner = -1;
      for (size_t g = 0; g < groups_.size(); ++g) {
        if (!IsPersonGroup(groups_[g]) || !Fits(parts, groups_[g])) continue;
        ++fits;
        owner = static_cast<int>(g);
      }
      if (fits == 1) {
        Attach(i, owner);
        return;
      }
      if (fits > 1) {
        if (!may_create) return;
        const int g = NewGroup(-1);
        groups_[g].ambiguous = true;
        Attach(i, g);
        return;
      }
      if (PersonLike(c) || c.votes[kPer] > 0) {
        if (const int kb = KbPerson(parts); kb >= 0) {
          Attach(i, GroupForKb(kb, true));
          return;
        }
      }
    }
    if (may_create) Attach(i, NewGroup(-1));
  }

  bool IsPersonGroup(const Group& g) const {
    if (g.kb >= 0) return kb_.entries()[g.kb].type == EntityType::kPerson;
    return !g.forms.empty() && g.votes[kPer] >= std::max(g.votes[kOrg], g.votes[kLoc]);
  }

  // Whether `s` is a shorter (or respelled) form of one of the group's names.
  bool Fits(const NameParts& s, const Group& g) const {
    if (s.parts.empty()) return false;
    for (const NameParts& f : g.forms) {
      if (s.parts.size() >= f.parts.size()) {
        if (matcher_.Compare(s, f, EntityType::kPerson).decision == NameDecision::kSame) {
          return true;
        }
        continue;
      }
      if (ShortFits(s, f)) return true;
    }
    return false;
  }

  static bool ShortFits(const NameParts& s, const NameParts& f) {
    std::vector<bool> used(f.parts.size(), false);
    bool last_ok = false;
    for (size_t i = 0; i < s.parts.size(); ++i) {
      const NamePart& p = s.parts[i];
      int hit = -1;
      for (size_t j = 0; j < f.parts.size() && hit < 0; ++j) {
        const NamePart& q = f.parts[j];
        const bool roles = p.role == q.role ||
                           (p.role != PartRole::kKunya && q.role != PartRole::kKunya &&
                            p.role != PartRole::kNasab && q.role != PartRole::kNasab);
        if (!used[j] && roles && PartSimilarity(p, q) >= 0.8) hit = static_cast<int>(j);
      }
      if (hit < 0) return false;
      used[hit] = true;
      if (i + 1 == s.parts.size()) {
        last_ok = hit + 1 == static_cast<int>(f.parts.size()) ||
                  f.parts[hit].role == PartRole::kNisba;
      }
    }
    return last_ok;
  }

  // The one group of this document linked to a known organisation or place
  // whose name the matcher takes for a variant of the candidate's ("Harbour
  // Town Hall" for a known "Harbour City Hall"), or -1.
  int KnownPlaceOrOrgOwner(const Candidate& c) const {
    if (PersonLike(c) || c.te - c.tb < 2) return -1;
    const std::string surface = Surface(c);
    int owner = -1;
    for (size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].kb < 0) continue;
      const KbEntry& e = kb_.entries()[groups_[g].kb];
      if (e.type == EntityType::kPerson) continue;
      if (!KnownVariant(surface, e)) continue;
      if (owner >= 0) return -1;
      owner = static_cast<int>(g);
    }
    return owner;
  }

  bool KnownVariant(const std::string& surface, const KbEntry& e) const {
    if (matcher_.Compare(surface, e.name, e.type).decision == NameDecision::kSame)
      return true;
    for (const std::string& alias : e.aliases) {
      if (matcher_.Compare(surface, alias, e.type).decision == NameDecision::kSame)
        return true;
    }
    return false;
  }

  int AcronymOwner(const Candidate& c) const {
    if (c.te - c.tb != 1 || !toks_[c.tb].all_caps) return -1;
    const std::string& acr = toks_[c.tb].folded;
    for (size_t g = 0; g < groups_.size(); ++g) {
      for (size_t ci : groups_[g].cands) {
        std::string initials;
        for (uint32_t t = cands_[ci].tb; t < cands_[ci].te; ++t) {
          if (IsWord(toks_[t]) && toks_[t].cap) initials += toks_[t].folded[0];
        }
        if (initials.size() >= 2 && initials == acr) return static_cast<int>(g);
      }
    }
    return -1;
  }

  // A KB person this name denotes, or -1: a full name by the matcher, a
  // single part when only one KB person fits the article's groups and date.
  int KbPerson(const NameParts& parts) const {
    if (parts.parts.empty()) return -1;
    const NamePart& last = parts.parts.back();
    if (parts.parts.size() >= 2) {
      for (uint32_t id : kb_.PeopleBySkeleton(last.skeleton)) {
        const KbEntry& e = kb_.entries()[id];
        if (matcher_.Compare(parts, ParseName(e.name, e.type), e.type).decision ==
            NameDecision::kSame) {
          return static_cast<int>(id);
        }
      }
      return -1;
    }
    if (last.text.size() < 4 || kb_.Is(last.text, kLexNonEntity) ||
        kb_.Is(last.text, kLexGiven)) {
      return -1;
    }
    const std::vector<uint32_t>& ids = kb_.PeopleByLastPart(last.text);
    if (ids.size() == 1) return static_cast<int>(ids[0]);
    int found = -1, n = 0;
    for (uint32_t id : ids) {
      if (RoleFitsContext(kb_.entries()[id])) {
        found = static_cast<int>(id);
        ++n;
      }
    }
    return n == 1 ? found : -1;
  }

  bool RoleFitsContext(const KbEntry& e) const {
    const std::string& day = doc_.published;
    for (const KbRole& r : e.roles) {
      const KbEntry* org = kb_.Find(r.org);
      if (!org) continue;
      const int org_index = static_cast<int>(org - kb_.entries().data());
      if (!by_kb_.count(org_index)) continue;
      if (day.empty()) return true;
      const bool after = r.from.empty() || r.from <= day.substr(0, r.from.size());
      const bool before = r.to.empty() || day.substr(0, r.to.size()) <= r.to;
      if (after && before) return true;
    }
    return false;
  }

  std::vector<Entity> Build(const EntityOptions& options) const {
    std::vector<std::pair<size_t, Entity>> out;
    for (const Group& g : groups_) {
      if (g.cands.empty()) continue;
      Entity e;
      int type = -1;
      if (g.kb >= 0) {
        const KbEntry& k = kb_.entries()[g.kb];
        e.kb_id = k.id;
        e.name = k.name;
        type = TypeIndex(k.type);
      } else {
        type = Decide(g, options);
        if (type < 0) continue;
        e.name = Fullest(g);
      }
      e.type = TypeOf(type);
      for (size_t ci : g.cands) {
        const Candidate& c = cands_[ci];
        Mention m;
        m.span = {toks_[c.tb].begin, toks_[c.te - 1].end};
        m.surface = Surface(c);
        if (std::find(e.aliases.begin(), e.aliases.end(), m.surface) == e.aliases.end()) {
          e.aliases.push_back(m.surface);
        }
        e.mentions.push_back(std::move(m));
      }
      std::sort(
          e.mentions.begin(), e.mentions.end(),
          [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
      out.emplace_back(e.mentions.front().span.begin, std::move(e));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Entity> entities;
    for (auto& [pos, e] : out) entities.push_back(std::move(e));
    return entities;
  }

  // Type from the cues, or -1 to drop: one bare word with no cue is too
  // weak to be an entity.
  int Decide(const Group& g, const EntityOptions& options) const {
    int best = kPer;
    for (int t : {kOrg, kLoc}) {
      if (g.votes[t] > g.votes[best]) best = t;
    }
    if (g.votes[best] > 0) {
      bool all_initial = true;
      for (size_t ci : g.cands) all_initial &= cands_[ci].sent_initial;
      return all_initial && g.votes[best] < 2 ? -1 : best;
    }
    size_t max_words = 0;
    bool any_mid = false;
    for (size_t ci : g.cands) {
      const Candidate& c = cands_[ci];
      size_t words = 0;
      for (uint32_t t = c.tb; t < c.te; ++t) words += IsWord(toks_[t]);
      max_words = std::max(max_words, words);
      any_mid |= !toks_[c.tb].sent_start;
    }
    // A capitalised phrase with no cue at all ("Armed Conflict") is not kept.
    return options.drop_uncued_single_words || max_words == 0 || !any_mid ? -1 : kPer;
  }

  std::string Fullest(const Group& g) const {
    std::string best;
    size_t best_words = 0;
    for (size_t ci : g.cands) {
      const Candidate& c = cands_[ci];
      size_t words = 0;
      for (uint32_t t = c.tb; t < c.te; ++t) words += IsWord(toks_[t]);
      if (words > best_words) {
        best_words = words;
        best = Surface(c);
      }
    }
    return best;
  }

  const KnowledgeBase& kb_;
  const Document& doc_;
  const std::vector<EntityToken>& toks_;
  const NameMatcher& matcher_;
  std::vector<Candidate> cands_;
  std::vector<int> owner_;
  std::vector<Group> groups_;
  std::unordered_map<std::string, int> by_key_;
  std::unordered_map<int, int> by_kb_;
};

}  // namespace

std::vector<Entity> EntityRecognizer::Recognize(const Document& doc) const {
  DocScan scan(kb_, doc);
  std::vector<Candidate> cands = scan.Scan();
  std::vector<Entity> entities =
      Resolver(kb_, doc, scan.tokens(), matcher_, std::move(cands)).Run(options_);
  if (options_.split_acting_countries) SplitActingCountries(kb_, doc.text, &entities);
  return entities;
}

}  // namespace vigil
