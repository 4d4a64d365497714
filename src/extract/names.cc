#include "extract/names.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "common/word_hash.h"
#include "extract/fold.h"
#include "extract/name_spelling.h"

namespace vigil {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// ASCII classes as the "C" locale's <cctype> has them, answered inline:
// names are parsed word by word, letter by letter.
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) { return IsAsciiLower(c) || IsAsciiUpper(c); }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }

bool IsTitleWord(std::string_view w) {
  static const auto* kTitles = new WordList{
      "mr",      "mrs",   "ms",        "dr",        "sir",       "sheikh",
      "shaikh",  "sheik", "shaykh",    "president", "prasident", "presidente",
      "general", "gen",   "mullah",    "maulana",   "mawlana",   "imam",
      "emir",    "amir",  "ayatollah", "prince",    "king",      "queen",
      "lord",    "lady",  "prof",      "colonel",   "col",       "captain",
      "capt",    "hon",   "herr",      "frau",      "mme",       "m"};
  return kTitles->Contains(w);
}

bool IsLegalForm(std::string_view w) {
  static const auto* kForms = new WordList{"ag",        "aktiengesellschaft",
                                           "gmbh",      "ltd",
                                           "limited",   "llc",
                                           "inc",       "incorporated",
                                           "corp",      "corporation",
                                           "co",        "company",
                                           "plc",       "public",
                                           "liability", "sa",
                                           "s",         "a",
                                           "nv",        "bv",
                                           "llp",       "lp",
                                           "jsc",       "ojsc",
                                           "pjsc",      "oao",
                                           "zao",       "ooo",
                                           "pte",       "pty",
                                           "srl",       "spa",
                                           "ab",        "as",
                                           "oy",        "kg",
                                           "se",        "the",
                                           "of",        "and"};
  return kForms->Contains(w);
}

bool IsVowel(char c) { return IsNameVowel(c); }

// Similarity of two parts with one consonant skeleton and ending.
constexpr double kSkeletonSimilarity = 0.85;

// Transliterates non-Latin scripts to Latin ASCII; Latin text is returned as is.
std::string ToLatin(std::string s) {
  bool latin = true;
  for (size_t i = 0; i < s.size();) {
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp >= 0x250 && !(cp >= 0x1E00 && cp <= 0x1EFF) &&
        !(cp >= 0x2000 && cp <= 0x206F)) {
      latin = false;
      break;
    }
  }
  if (latin) return s;  // moved out: no copy
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> tr;
  std::lock_guard<std::mutex> lock(mu);
  if (!tr) {
    UErrorCode status = U_ZERO_ERROR;
    tr.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD,
                                                 status));
    if (U_FAILURE(status)) tr.reset();
  }
  if (!tr) return s;
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Words of a folded name: letters, digits and inner apostrophes; hyphens,
// dots and other marks separate words. Parenthesised text is dropped.
std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> out;
  out.reserve(4);  // names have a few words: one allocation
  std::string cur;
  int depth = 0;
  for (char c : folded) {
    if (c == '(') ++depth;
    if (c == ')') {
      depth = std::max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    const unsigned char u = c;
    if (IsAsciiAlnum(c) || u >= 0x80) {
      cur.push_back(c);
    } else if (c == '\'' && !cur.empty()) {
      continue;  // Qa'ida = Qaida
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

NamePart MakePart(std::string text, PartRole role) {
  NamePart p;
  p.role = text.size() == 1 && role == PartRole::kPlain ? PartRole::kInitial : role;
  p.skeleton = Skeleton(text);
  p.text = std::move(text);
  return p;
}

// "abdulrahman" -> "abdrahman": the Abd- prefixes spelled as one word.
std::string NormaliseAbd(std::string w) {
  for (std::string_view pre : {"abdul", "abdel", "abdal", "abdur", "abdu"}) {
    if (w.size() > pre.size() + 2 && w.compare(0, pre.size(), pre) == 0) {
      return "abd" + w.substr(pre.size());
    }
  }
  return w;
}

void ParseWords(const std::vector<std::string>& w, NameParts* out) {
  for (size_t i = 0; i < w.size(); ++i) {
    // Compared as views: against literals, without a call per comparison.
    const std::string_view t = w[i];
    auto next_word = [&](size_t* j) -> std::string {
      size_t k = *j + 1;
      if (k < w.size() && In(w[k], {"al", "el", "ul"})) ++k;
      *j = k;
      return k < w.size() ? w[k] : "";
    };
    if ((t == "al" || t == "el") && i + 1 < w.size()) {
      out->arabic = true;
      out->parts.push_back(MakePart(w[++i], PartRole::kNisba));
    } else if ((t == "abu" || t == "umm" || t == "abou") && i + 1 < w.size()) {
      out->arabic = true;
      out->parts.push_back(MakePart(next_word(&i), PartRole::kKunya));
    } else if ((t == "bin" || t == "ibn" || t == "ben" || t == "bint") &&
               i + 1 < w.size()) {
      out->arabic = true;
      out->parts.push_back(MakePart(next_word(&i), PartRole::kNasab));
    } else if ((t == "abd" || t == "abdul" || t == "abdel" || t == "abdal" ||
                t == "abdu") &&
               i + 1 < w.size()) {
      out->arabic = true;
      out->parts.push_back(MakePart("abd" + next_word(&i), PartRole::kPlain));
    } else if (t == "al" || t == "el" || t == "bin" || t == "ibn" || t == "abu") {
      continue;  // a particle with nothing after it
    } else {
      out->parts.push_back(MakePart(NormaliseAbd(std::string(t)), PartRole::kPlain));
    }
  }
}

// Same skeleton, same first letter class and same ending: a transliteration
// variant. A final -h after a vowel (ta marbuta: Hudhayfah / Hudayfa) is no
// ending of its own.
bool SkeletonVariant(const NamePart& a, const NamePart& b) {
  auto end = [](const std::string& t) {
    return t.size() > 2 && t.back() == 'h' && IsVowel(t[t.size() - 2]) ? t[t.size() - 2]
                                                                       : t.back();
  };
  const char ea = end(a.text), eb = end(b.text);
  const bool same_end = ea == eb || (IsVowel(ea) && IsVowel(eb));
  return a.skeleton == b.skeleton && !a.skeleton.empty() && same_end;
}

// Whether PartSimilarity needs no edit distance: equal, empty or initials.
bool Trivial(const NamePart& a, const NamePart& b) {
  return a.text == b.text || a.text.empty() || b.text.empty() ||
         a.role == PartRole::kInitial || b.role == PartRole::kInitial;
}

double TrivialSimilarity(const NamePart& a, const NamePart& b) {
  if (a.text == b.text) return 1.0;
  if (a.text.empty() || b.text.empty()) return 0;
  return a.text[0] == b.text[0] ? 0.8 : 0.0;  // an initial
}

bool Romanised(const NamePart& a, const NamePart& b) {
  return HasRomanisationGroup(a.text) || HasRomanisationGroup(b.text);
}

}  // namespace

double PartSimilarity(const NamePart& a, const NamePart& b) {
  if (Trivial(a, b)) return TrivialSimilarity(a, b);
  // Spelled as is, or with romanisation groups written alike (the same
  // figure when neither word has such a group).
  double sim = SpellingSimilarity(a.text, b.text);
  if (Romanised(a, b)) {
    sim = std::max(
        sim, SpellingSimilarity(RomanisationForm(a.text), RomanisationForm(b.text)));
  }
  if (SkeletonVariant(a, b)) sim = std::max(sim, kSkeletonSimilarity);
  return std::max(0.0, sim);
}

double BoundedPartSimilarity(const NamePart& a, const NamePart& b, double min) {
  if (min <= 0 || Trivial(a, b)) return PartSimilarity(a, b);
  const bool skeleton = SkeletonVariant(a, b);
  // A skeleton variant is worth kSkeletonSimilarity whatever its spelling:
  // the distance matters only above that.
  const double need = skeleton ? std::max(min, kSkeletonSimilarity) : min;
  double sim = -1, s = 0;
  if (SpellingSimilarityAtLeast(a.text, b.text, need, &s)) sim = s;
  if (Romanised(a, b) && SpellingSimilarityAtLeast(RomanisationForm(a.text),
                                                   RomanisationForm(b.text), need, &s)) {
    sim = std::max(sim, s);
  }
  if (sim >= need) return sim;
  return skeleton && kSkeletonSimilarity >= min ? kSkeletonSimilarity : -1.0;
}

const char* NameDecisionName(NameDecision d) {
  switch (d) {
    case NameDecision::kSame:
      return "same";
    case NameDecision::kDifferent:
      return "different";
    case NameDecision::kUnsure:
      return "unsure";
  }
  return "unsure";
}

// "SergeiLavrov" -> "Sergei Lavrov": a space where a lower-case ASCII letter
// meets a capitalised word ("GmbH" stays whole).
std::string SplitCamelCase(std::string_view name) {
  std::string out;
  out.reserve(name.size() + 4);
  for (size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && IsAsciiLower(name[i - 1]) && IsAsciiUpper(name[i]) &&
        i + 1 < name.size() && IsAsciiLower(name[i + 1])) {
      out.push_back(' ');
    }
    out.push_back(name[i]);
  }
  return out;
}

// Legal forms of several words ("joint stock company"), dropped from
// organisation names like the one-word forms.
const std::vector<std::vector<std::string_view>>& LegalPhrases() {
  static const auto* kPhrases = new std::vector<std::vector<std::string_view>>{
      {"open", "joint", "stock", "company"},
      {"closed", "joint", "stock", "company"},
      {"public", "joint", "stock", "company"},
      {"joint", "stock", "company"},
      {"limited", "liability", "company"},
      {"societatea", "cu", "raspundere", "limitata"},
      {"aktsionernoe", "obshchestvo"},
      {"gesellschaft", "mit", "beschrankter", "haftung"},
      {"sp", "z", "o", "o"}};
  return *kPhrases;
}

// The digits of a number word or ordinal ("three" -> "3", "1st" -> "1",
// "first" -> "1"), or "" for other words.
std::string NumberValue(std::string_view w) {
  // Number words and ordinals with their values, hashed once.
  static const auto* kValues = [] {
    static const std::string_view kUnits[] = {"zero", "one", "two",   "three", "four",
                                              "five", "six", "seven", "eight", "nine"};
    static const std::string_view kOrdinals[] = {"",       "first", "second", "third",
                                                 "fourth", "fifth", "sixth",  "seventh",
                                                 "eighth", "ninth"};
    static const std::string_view kTens[] = {"",       "ten",   "twenty", "thirty",
                                             "forty",  "fifty", "sixty",  "seventy",
                                             "eighty", "ninety"};
    auto* values = new std::unordered_map<std::string_view, int>;
    for (int i = 0; i < 10; ++i) {
      values->emplace(kUnits[i], i);
      if (i > 0) values->emplace(kOrdinals[i], i);
      if (i > 0) values->emplace(kTens[i], i * 10);
    }
    return values;
  }();
  if (const auto it = kValues->find(w); it != kValues->end())
    return std::to_string(it->second);
  if (w == "fourty") return "40";  // a common misspelling
  size_t digits = 0;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits])))
    ++digits;
  const std::string_view rest = w.substr(digits);
  if (digits > 0 &&
      (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) {
    return std::string(w.substr(0, digits));
  }
  return "";
}

// Number words and ordinals as digits; "forty four" -> "44".
std::vector<std::string> NumberWords(std::vector<std::string> words) {
  std::vector<std::string> out;
  for (std::string& w : words) {
    std::string v = NumberValue(w);
    if (v.empty()) {
      out.push_back(std::move(w));
      continue;
    }
    // A unit after a round ten joins it ("forty" "four" -> "44").
    if (!out.empty() && v.size() == 1 && out.back().size() == 2 && out.back()[1] == '0' &&
        std::isdigit(static_cast<unsigned char>(out.back()[0]))) {
      out.back()[1] = v[0];
      continue;
    }
    out.push_back(std::move(v));
  }
  return out;
}

// Drops legal phrases and joins runs of single letters ("a b c" -> "abc")
// in an organisation's words.
std::vector<std::string> OrgWords(std::vector<std::string> words) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size();) {
    size_t skip = 0;
    for (const auto& phrase : LegalPhrases()) {
      if (i + phrase.size() > words.size()) continue;
      if (std::equal(phrase.begin(), phrase.end(), words.begin() + i)) {
        skip = phrase.size();
        break;
      }
    }
    if (skip) {
      i += skip;
      continue;
    }
    if (words[i].size() == 1 && i + 1 < words.size() && words[i + 1].size() == 1) {
      std::string joined;
      while (i < words.size() && words[i].size() == 1) joined += words[i++];
      out.push_back(std::move(joined));
      continue;
    }
    out.push_back(std::move(words[i++]));
  }
  return out;
}

// A person's name has no digits: in a word of letters they are look-alike
// letters typed or read by mistake ("Ig0r" -> "igor", "Sech1n" -> "sechin").
std::string DigitLookalikes(std::string w) {
  if (std::none_of(w.begin(), w.end(), IsAsciiLetter)) return w;
  static constexpr std::string_view kDigits = "0134579", kLetters = "oieastg";
  for (char& c : w) {
    if (c < '0' || c > '9') continue;  // most letters: no search of the digits
    const size_t k = kDigits.find(c);
    if (k != std::string_view::npos) c = kLetters[k];
  }
  return w;
}

NameParts ParseName(std::string_view name, EntityType type) {
  std::string folded = Fold(ToLatin(SplitCamelCase(name)));
  // "SURNAME, Given" -> "Given SURNAME" for people.
  if (type == EntityType::kPerson) {
    const size_t comma = folded.find(',');
    if (comma != std::string::npos && folded.find(',', comma + 1) == std::string::npos) {
      folded = folded.substr(comma + 1) + " " + folded.substr(0, comma);
    }
  }
  std::vector<std::string> words = Words(folded);
  if (type != EntityType::kPerson) {
    // A ship's prefix (MV, MT) is no part of the vessel's name.
    if (words.size() > 1 && In(words[0], {"mv", "mt", "mts", "mvs"}))
      words.erase(words.begin());
    words = NumberWords(OrgWords(std::move(words)));
  }
  std::vector<std::string> kept;
  kept.reserve(words.size());
  for (std::string& w : words) {
    if (type == EntityType::kPerson) w = DigitLookalikes(std::move(w));
    if (type == EntityType::kPerson && IsTitleWord(w)) continue;
    if (type != EntityType::kPerson) {
      if (w == "intl") w = "international";
      if (w == "town") w = "city";  // Town Hall / City Hall
      if (IsLegalForm(w)) continue;
    }
    kept.push_back(std::move(w));
  }
  NameParts out;
  if (type == EntityType::kPerson) {
    ParseWords(kept, &out);
  } else {
    for (std::string& w : kept)
      out.parts.push_back(MakePart(std::move(w), PartRole::kPlain));
  }
  return out;
}

namespace {

// Han, kana and Hangul characters of `s`, in order, spaces dropped.
std::u32string SyllabicChars(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = DecodeUtf8(s, &i);
    if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3040 && c <= 0x30FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xAC00 && c <= 0xD7AF)) {
      out.push_back(c);
    }
  }
  return out;
}

// The folded text inside round brackets in `s`, or "".
std::string Parenthesised(std::string_view s) {
  const size_t open = s.find('(');
  const size_t close = open == std::string_view::npos ? open : s.find(')', open);
  if (close == std::string_view::npos) return "";
  return Fold(s.substr(open + 1, close - open - 1));
}

// Company forms tied to one jurisdiction's law, found in `name`.
std::vector<std::string> CompanyForms(std::string_view name) {
  std::vector<std::string> out;
  for (std::string& w : Words(Fold(name))) {
    static const auto* kJurisdictionForms = new WordList{
        "ag",  "gmbh", "plc", "llc", "nv",  "bv",  "ab",   "oy",  "srl", "spa",
        "pte", "pty",  "kg",  "ooo", "zao", "oao", "sarl", "sas", "kft", "doo"};
    if (kJurisdictionForms->Contains(w)) {
      out.push_back(std::move(w));
    }
  }
  return out;
}

// Whether both names carry such forms and share none.
bool DifferentCompanyForms(const std::vector<std::string>& fa,
                           const std::vector<std::string>& fb) {
  if (fa.empty() || fb.empty()) return false;
  for (const std::string& x : fa) {
    if (std::find(fb.begin(), fb.end(), x) != fb.end()) return false;
  }
  return true;
}

}  // namespace

bool IsArabicName(std::string_view name) {
  for (const std::string& w : Words(Fold(name))) {
    if (In(w, {"abu", "al", "el", "bin", "ibn", "abd", "abdul", "abdel", "umm"}))
      return true;
    if (w.size() > 5 &&
        (w.compare(0, 5, "abdul") == 0 || w.compare(0, 5, "abdel") == 0)) {
      return true;
    }
  }
  return false;
}

PreparedName PrepareName(std::string_view name, EntityType type) {
  PreparedName p;
  p.syllabic = SyllabicChars(name);
  if (type != EntityType::kPerson) {
    p.parenthesised = Parenthesised(name);
    p.company_forms = CompanyForms(name);
  }
  p.parts = ParseName(name, type);
  for (const NamePart& part : p.parts.parts) p.joined += part.text;
  return p;
}

NameMatch NameMatcher::Compare(std::string_view a, std::string_view b,
                               EntityType type) const {
  return Compare(PrepareName(a, type), PrepareName(b, type), type);
}

NameMatch NameMatcher::Compare(const PreparedName& a, const PreparedName& b,
                               EntityType type) const {
  // Transliteration hides the difference between two syllable characters
  // (平 and 朋 are both "ping"/"peng"): in these scripts spellings must agree.
  if (!a.syllabic.empty() && !b.syllabic.empty() && a.syllabic != b.syllabic)
    return {NameDecision::kDifferent, 0.3,
            "clash: different characters in a syllabic script"};
  // "Bank X (Singapore)" and "Bank X (Hong Kong)" are two branches.
  if (type != EntityType::kPerson && !a.parenthesised.empty() &&
      !b.parenthesised.empty() && a.parenthesised != b.parenthesised)
    return {NameDecision::kDifferent, 0.3, "clash: different qualifiers in brackets"};
  // Deutsche Bank AG and Deutsche Bank GmbH are two companies.
  if (type != EntityType::kPerson &&
      DifferentCompanyForms(a.company_forms, b.company_forms))
    return {NameDecision::kUnsure, 0.7, "clash: different company forms"};
  return Compare(a.parts, b.parts, type);
}

namespace {

bool RolesCompatible(PartRole a, PartRole b) {
  auto loose = [](PartRole r) {
    return r == PartRole::kPlain || r == PartRole::kNisba || r == PartRole::kInitial;
  };
  if (a == b) return true;
  return loose(a) && loose(b);
}

// Whether some part of `s` pairs with no part of `l` at `threshold`: then
// Align(s, l, threshold) leaves it without a partner, whatever else aligns.
bool HasUnalignablePart(const std::vector<NamePart>& s, const std::vector<NamePart>& l,
                        double threshold) {
  for (const NamePart& p : s) {
    bool any = false;
    for (size_t j = 0; j < l.size() && !any; ++j) {
      any = RolesCompatible(p.role, l[j].role) &&
            BoundedPartSimilarity(p, l[j], threshold) >= threshold;
    }
    if (!any) return true;
  }
  return false;
}

}  // namespace

bool NameMatcher::Same(const PreparedName& a, const PreparedName& b,
                       EntityType type) const {
  // Two organisation names are the same only when their words run together
  // alike or every word of each aligns one to one with a word of the other,
  // which needs as many words on both sides.
  if (type != EntityType::kPerson && a.joined != b.joined) {
    if (a.parts.parts.size() != b.parts.parts.size()) return false;
    // CompareOrgs finds them different when a word of `a` has no word of `b`
    // to align with; most pairs fail that way, told before any full alignment.
    if (HasUnalignablePart(a.parts.parts, b.parts.parts, OrgPartThreshold()))
      return false;
  }
  if (type == EntityType::kPerson && PeopleApart(a.parts, b.parts)) return false;
  return Compare(a, b, type).decision == NameDecision::kSame;
}

bool NameMatcher::Same(const NameParts& a, const NameParts& b, EntityType type) const {
  if (type == EntityType::kPerson && PeopleApart(a, b)) return false;
  return Compare(a, b, type).decision == NameDecision::kSame;
}

bool NameMatcher::PeopleApart(const NameParts& a, const NameParts& b) const {
  // The same choice of the shorter name as ComparePeople's.
  const bool a_short = a.parts.size() <= b.parts.size();
  return HasUnalignablePart(a_short ? a.parts : b.parts, a_short ? b.parts : a.parts,
                            options_.part_threshold);
}

NameMatch NameMatcher::Compare(const NameParts& a, const NameParts& b,
                               EntityType type) const {
  if (a.parts.empty() || b.parts.empty())
    return {NameDecision::kDifferent, 0, "empty name"};
  return type == EntityType::kPerson ? ComparePeople(a, b) : CompareOrgs(a, b);
}

namespace {

struct Alignment {
  std::vector<int>
      partner;  // for each part of the first name: index in the second, or -1
  std::vector<double> sim;
};

// Greedy one-to-one alignment of `s` into `l`, best pairs first.
Alignment Align(const std::vector<NamePart>& s, const std::vector<NamePart>& l,
                double threshold) {
  struct Pair {
    size_t i, j;
    double sim;
  };
  std::vector<Pair> pairs;
  for (size_t i = 0; i < s.size(); ++i) {
    for (size_t j = 0; j < l.size(); ++j) {
      if (!RolesCompatible(s[i].role, l[j].role)) continue;
      const double sim = BoundedPartSimilarity(s[i], l[j], threshold);
      if (sim >= threshold) pairs.push_back({i, j, sim});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [&](const Pair& x, const Pair& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    return (x.i == x.j) > (y.i == y.j);
  });
  Alignment a;
  a.partner.assign(s.size(), -1);
  a.sim.assign(s.size(), 0);
  std::vector<bool> used(l.size(), false);
  for (const Pair& p : pairs) {
    if (a.partner[p.i] >= 0 || used[p.j]) continue;
    a.partner[p.i] = static_cast<int>(p.j);
    a.sim[p.i] = p.sim;
    used[p.j] = true;
  }
  return a;
}

std::string PartLabel(const NamePart& p) {
  switch (p.role) {
    case PartRole::kKunya:
      return "abu " + p.text;
    case PartRole::kNisba:
      return "al-" + p.text;
    case PartRole::kNasab:
      return "bin " + p.text;
    default:
      return p.text;
  }
}

std::string Joined(const NameParts& n) {
  std::string out;
  for (const NamePart& p : n.parts) out += p.text;
  return out;
}

}  // namespace

namespace {

// Lowest similarity of two family names in one person's name variants.
constexpr double kFamilySimilarity = 0.8;

// Extra parts of the longer of two Arabic names that leave the match unsure.
constexpr size_t kArabicExtraParts = 3;

bool EndsWith(std::string_view w, std::string_view end) {
  return w.size() > end.size() && w.substr(w.size() - end.size()) == end;
}

bool IsPatronymic(std::string_view w) {
  for (std::string_view e :
       {"ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna"}) {
    if (EndsWith(w, e)) return true;
  }
  return false;
}

// Why two aligned parts are different names though their spellings are
// close, or nullptr: "Abd al-X" is not "X" (Abdul Mohammad / Mohammad), a
// patronymic is not a given name (Oleksandrovych / Oleksandr).
const char* PartClash(const std::vector<NamePart>& s, const std::vector<NamePart>& l,
                      const Alignment& al) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (al.partner[i] < 0) continue;
    const std::string& x = s[i].text;
    const std::string& y = l[al.partner[i]].text;
    if (x == y) continue;
    if ((x.rfind("abd", 0) == 0) != (y.rfind("abd", 0) == 0))
      return "Abd- name against a bare one";
    if (IsPatronymic(x) != IsPatronymic(y)) return "patronymic against a given name";
  }
  // The family name carries the identity: a spelling further off than a
  // transliteration variant (Orban / Orbach, Albanese / Albano) may be another
  // family, so the match is left unsure.
  const int last = static_cast<int>(s.size()) - 1;
  if (last >= 1 && al.partner[last] == static_cast<int>(l.size()) - 1 &&
      al.sim[last] < kFamilySimilarity && s[last].role != PartRole::kInitial &&
      l[al.partner[last]].role != PartRole::kInitial) {
    return "family names differ beyond a spelling variant";
  }
  return nullptr;
}

}  // namespace

NameMatch NameMatcher::ComparePeople(const NameParts& a, const NameParts& b) const {
  const bool a_short = a.parts.size() <= b.parts.size();
  const std::vector<NamePart>& s = a_short ? a.parts : b.parts;
  const std::vector<NamePart>& l = a_short ? b.parts : a.parts;
  const Alignment al = Align(s, l, options_.part_threshold);
  NameMatch m;
  std::string aligned, unmatched;
  double total = 0;
  int last_j = -1;
  bool monotonic = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (al.partner[i] < 0) {
      unmatched += (unmatched.empty() ? "" : ", ") + PartLabel(s[i]);
      continue;
    }
    const NamePart& o = l[al.partner[i]];
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", al.sim[i]);
    aligned +=
        (aligned.empty() ? "" : "; ") + PartLabel(s[i]) + "=" + PartLabel(o) + " " + buf;
    total += al.sim[i];
    if (al.partner[i] < last_j) monotonic = false;
    last_j = al.partner[i];
  }
  // A kunya (Abu X) names one man: two different kunyas are two men.
  std::vector<bool> l_used(l.size(), false);
  for (int j : al.partner) {
    if (j >= 0) l_used[j] = true;
  }
  bool s_kunya = false, l_free_kunya = false;
  for (const NamePart& p : s) s_kunya |= p.role == PartRole::kKunya;
  for (size_t j = 0; j < l.size(); ++j) {
    l_free_kunya |= l[j].role == PartRole::kKunya && !l_used[j];
  }
  m.reason = "aligned: " + (aligned.empty() ? std::string("none") : aligned);
  if (!unmatched.empty()) {
    m.reason += "; unmatched: " + unmatched;
    m.score = total / (s.size() + l.size()) * 0.5;
    m.decision = NameDecision::kDifferent;
    return m;
  }
  // Arabic names grow by father's and grandfather's names: a two- or
  // three-part name inside one with three more parts may be a relative.
  if ((a.arabic || b.arabic) && l.size() >= s.size() + kArabicExtraParts) {
    m.reason += "; the longer name has several more parts";
    m.decision = NameDecision::kUnsure;
    m.score = options_.unsure_threshold;
    return m;
  }
  if (const char* clash = PartClash(s, l, al)) {
    m.reason += std::string("; clash: ") + clash;
    m.decision = NameDecision::kUnsure;
    m.score = options_.unsure_threshold;
    return m;
  }
  if (s_kunya && l_free_kunya) {
    m.reason += "; clash: different kunya";
    m.decision = NameDecision::kDifferent;
    m.score = 0.3;
    return m;
  }
  const double mean = total / s.size();
  m.score = mean * (0.85 + 0.15 * static_cast<double>(s.size()) / l.size());
  if (!monotonic && s.size() == 2) {
    m.reason += "; clash: parts in swapped order";
    m.decision = NameDecision::kDifferent;
    m.score *= 0.5;
    return m;
  }
  if (s.size() == 1 && l.size() > 1) {
    m.reason += "; only one part given";
    m.score = std::min(m.score, options_.same_threshold - 0.01);
    m.decision = NameDecision::kUnsure;
    return m;
  }
  m.decision = m.score >= options_.same_threshold     ? NameDecision::kSame
               : m.score >= options_.unsure_threshold ? NameDecision::kUnsure
                                                      : NameDecision::kDifferent;
  return m;
}

// Words this short in an organisation's name are acronyms or codes: two of
// one length must be spelled alike (BWI is not BAE).
constexpr size_t kAcronymLength = 4;

// Series numbers (Fund VII / Fund VIII) are left to the similarity score.
bool IsRoman(std::string_view w) {
  return w.find_first_not_of("ivxlc") == std::string_view::npos;
}

NameMatch NameMatcher::CompareOrgs(const NameParts& a, const NameParts& b) const {
  NameMatch m;
  if (Joined(a) == Joined(b)) {
    m.decision = NameDecision::kSame;
    m.score = 0.95;
    m.reason = "same words once legal forms, case and spacing are ignored";
    return m;
  }
  const double threshold = OrgPartThreshold();
  const Alignment ab = Align(a.parts, b.parts, threshold);
  const Alignment ba = Align(b.parts, a.parts, threshold);
  double total = 0;
  std::string unmatched;
  for (size_t i = 0; i < a.parts.size(); ++i) {
    if (ab.partner[i] < 0) unmatched += " " + a.parts[i].text;
    total += ab.sim[i];
  }
  for (size_t j = 0; j < b.parts.size(); ++j) {
    if (ba.partner[j] < 0) unmatched += " " + b.parts[j].text;
    total += ba.sim[j];
  }
  m.score = total / (a.parts.size() + b.parts.size());
  if (!unmatched.empty()) {
    m.reason = "unmatched words:" + unmatched;
    m.decision = NameDecision::kDifferent;
    return m;
  }
  for (size_t i = 0; i < a.parts.size(); ++i) {
    const std::string& x = a.parts[i].text;
    const std::string& y = b.parts[ab.partner[i]].text;
    if (x != y && x.size() == y.size() && x.size() <= kAcronymLength && !IsRoman(x) &&
        !IsRoman(y)) {
      m.reason = "clash: short words or acronyms differ (" + x + " / " + y + ")";
      m.decision = NameDecision::kUnsure;
      return m;
    }
  }
  m.reason = "every word aligned";
  m.decision =
      m.score >= options_.same_threshold ? NameDecision::kSame : NameDecision::kUnsure;
  return m;
}

}  // namespace vigil
