#include "extract/entity_candidates.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/fold.h"

namespace vigil {
namespace {

using Candidate = EntityCandidate;

// Per-call scratch for one document.
class DocScan {
 public:
  DocScan(const KnowledgeBase& kb, const Document& doc,
          const std::vector<EntityToken>& tokens)
      : kb_(kb), doc_(doc), toks_(tokens) {
    // Each token's word is hashed and looked up in the lexicon once.
    words_.reserve(toks_.size());
    lex_.reserve(toks_.size());
    for (const EntityToken& t : toks_) {
      words_.push_back(HashWord(t.folded));
      lex_.push_back(kb_.Lexicon(words_.back()));
    }
  }

  std::vector<Candidate> Scan() {
    MarkWeakLines();
    size_t i = 0;
    while (i < toks_.size()) i = Step(i);
    return std::move(cands_);
  }

 private:
  bool Lex(size_t i, LexClass c) const { return (lex_[i] & c) != 0; }
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
      if (IsTitleCase(start, i))
        std::fill(weak_.begin() + start, weak_.begin() + i, true);
      start = i;
    }
  }

  // Whether tokens [b, e) have two capitalised words or more and no
  // lower-case word that may name something; read up to the first such word.
  bool IsTitleCase(size_t b, size_t e) const {
    int caps = 0;
    for (size_t k = b; k < e; ++k) {
      if (!IsWord(toks_[k]) || Lex(k, kLexConnector)) continue;
      if (toks_[k].cap)
        ++caps;
      else if (!Lex(k, kLexNonEntity))
        return false;
    }
    return caps >= 2;
  }

  // Longest KB alias at i (within limit) whose letter case fits the text.
  size_t KbMatch(size_t i, size_t limit, int* entry) const {
    // CaseFits turns away at an uncapitalised word every alias that starts
    // with a capital and no connector: most words need no trie walk.
    if (!toks_[i].cap && !Lex(i, kLexConnector) && !kb_.MayStartUncapitalised(words_[i]))
      return 0;
    std::vector<TokenTrie::Match>& m = matches_;
    kb_.trie().MatchesAt(words_, i, limit, &m);
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
    for (const KnowledgeBase::AliasToken& at : a.tokens) {
      if (at.hyphen) continue;
      while (k < toks_.size() && toks_[k].folded == "-") ++k;
      if (k >= toks_.size()) return false;
      const EntityToken& t = toks_[k];
      const std::string_view text(doc_.text.data() + t.begin, t.end - t.begin);
      if (at.all_caps && text != at.text) return false;
      if (at.connector) {
        ++k;
        continue;
      }
      if (at.capitalised && !t.cap) return false;
      exact_needed |= at.all_caps;
      ++k;
    }
    // One common word ("May", "Mobile") is no place or person by itself.
    if (m.length == 1 && !exact_needed) {
      const uint32_t lex = lex_[i];
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
  const std::vector<EntityToken>& toks_;
  std::vector<HashedWord> words_;  // toks_[i].folded with its hash
  std::vector<uint32_t> lex_;      // lexicon classes of toks_[i].folded
  std::vector<bool> weak_;
  std::vector<Candidate> cands_;
  mutable std::vector<TokenTrie::Match> matches_;  // KbMatch's scratch
};

}  // namespace

std::vector<EntityCandidate> FindEntityCandidates(
    const KnowledgeBase& kb, const Document& doc,
    const std::vector<EntityToken>& tokens) {
  return DocScan(kb, doc, tokens).Scan();
}

}  // namespace vigil
