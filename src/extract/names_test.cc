#include "extract/names.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

struct Case {
  const char* a;
  const char* b;
  bool same;
  const char* why;
};

// Written for vigil: spelling variants that are one person, and people who
// share name parts but are different men.
const Case kPeople[] = {
    {"Abu Hudayfa al-Ansari", "Abu Hudhayfah al-Ansari", true, "dh/d and final -h"},
    {"Abu Hazifa al Ansari", "Abu Hudayfa al-Ansari", true,
     "z for dh, article without hyphen"},
    {"Abu Ibrahim al-Hashemi al-Qurashi", "Abu Ibrahim al-Hashimi al-Qurayshi", true,
     "vowel and y variants"},
    {"Al Baghdadi", "al-Baghdadi", true, "article spacing"},
    {"Abu Ibrahim al-Qurashi", "Abu Hamza al-Qurashi", false, "kunya clash"},
    {"Abu al-Hasan al-Hashimi al-Qurashi", "Abu Ibrahim al-Hashimi al-Qurashi", false,
     "kunya clash with two shared nisbas"},
    {"Omar bin Khalid al-Tamimi", "Khalid bin Omar al-Tamimi", false,
     "father and son swapped"},
    {"Pierre Dumont", "Dumont Pierre", false, "two parts swapped"},
    {"Pierre J. Dumont", "Pierre Jacques Dumont", true, "initial"},
    {"Pierre K. Dumont", "Pierre Jacques Dumont", false, "initial clash"},
    {"Sergei Ivanovich Morozov", "Sergei Petrovich Morozov", false, "patronymic clash"},
    {"Nasir Abdul Mohammad", "Nasir Wali Mohammad", false,
     "Abd- name is not the bare one"},
    {"Oleksandr Lysenko", "Bohdan Oleksandrovych Lysenko", false,
     "patronymic is not a given name"},
    {"王海平", "王海朋", false, "one Han character differs"},
    {"GretaLindqvist", "Greta Lindqvist", true, "words run together"},
    {"Lena Marchetti", "Lena Marchesi", false, "family names too far apart"},
    {"Tomas Kowalczyk", "Tomas Kovalczyk", true, "w/v spelling of one family name"},
    {"Yusuf al-Tikriti", "Yusuf Hamid Salih Karim al-Tikriti", false,
     "three more parts: maybe a relative"},
    {"박성민", "박성민", true, "same Hangul"},
    {"Wiktor Sorokin", "Viktor Zorokyn", true, "w/v, s/z and i/y romanisations"},
    {"Dmitrij Jakowlew", "Dmitriy Yakovlev", true, "German and English romanisation"},
    {"Filip Maksimov", "Philip Maximov", true, "ph/f and ks/x"},
    {"Marta Kovaclsik", "Marta Kovalcsik", true, "two letters swapped"},
    {"Ing0lf Halv0rsen", "Ingolf Halvorsen", true, "digit 0 typed for o"},
    {"Ivan Jaskinov", "Ivan Haskinol", false, "j/h and v/l are no romanisation pairs"},
};

TEST(NameMatcherTest, PeopleTable) {
  const NameMatcher m;
  int tp = 0, fp = 0, fn = 0;
  for (const Case& c : kPeople) {
    const NameMatch r = m.Compare(c.a, c.b, EntityType::kPerson);
    const bool same = r.decision == NameDecision::kSame;
    EXPECT_EQ(same, c.same) << c.a << " / " << c.b << " (" << c.why << "): " << r.reason;
    tp += same && c.same;
    fp += same && !c.same;
    fn += !same && c.same;
  }
  std::printf("name pairs: precision %.2f recall %.2f\n",
              tp + fp ? double(tp) / (tp + fp) : 1.0,
              tp + fn ? double(tp) / (tp + fn) : 1.0);
}

// Written for vigil: organisation names that are one body, and near
// spellings that are two.
const Case kOrgs[] = {
    {"Northwind Trading GmbH", "Northwind Trading", true, "legal form dropped"},
    {"Vostok Cables Joint Stock Company", "JSC Vostok Cables", true, "legal phrase"},
    {"R.T.K. Logistics", "RTK Logistics", true, "dotted initials"},
    {"Battalion Twenty-Seven", "Battalion 27", true, "number words"},
    {"2nd Harbour Bank", "Second Harbour Bank", true, "ordinal words"},
    {"Northwind Systems Ltd", "Northwind Ltd", false, "extra word"},
    {"Battalion 27", "Battalion 72", false, "other number"},
    {"Halden Versicherung AG", "Halden Versicherung GmbH", false, "other company form"},
    {"KAT Shipping", "KIT Shipping", false, "acronyms differ"},
    {"Harbour Freight (Malta) Ltd", "Harbour Freight (Cyprus) Ltd", false,
     "other branch"},
    {"Lindholm Gesellschaft mit beschränkter Haftung", "Lindholm GmbH", true,
     "GmbH spelled out"},
    {"Orlik Sp. z o.o.", "Orlik", true, "Polish limited company"},
    {"Brigade Fourty-Two", "Brigade 42", true, "misspelled number word"},
    {"MV Nordic Tern", "Nordic Tern", true, "ship prefix"},
    {"MV Nordic Tern", "MV Nordic Swan", false, "other ship"},
    {"Lindholm Town Hall", "Lindholm City Hall", true, "town hall is city hall"},
    {"Lindholm Town Hall", "Lindholm Concert Hall", false, "other hall"},
    {"Vesterby Stream Holding", "Vesterbystream Holding", true, "words run together"},
};

TEST(NameMatcherTest, Organisations) {
  const NameMatcher m;
  for (const Case& c : kOrgs) {
    const NameMatch r = m.Compare(c.a, c.b, EntityType::kOrg);
    EXPECT_EQ(r.decision == NameDecision::kSame, c.same)
        << c.a << " / " << c.b << " (" << c.why << "): " << r.reason;
  }
}

// Same() skips work that cannot lead to "same": it must agree with Compare
// on every pair, across both tables and both entity kinds.
TEST(NameMatcherTest, SameAgreesWithCompare) {
  const NameMatcher m;
  std::vector<const char*> names;
  for (const Case& c : kOrgs) names.insert(names.end(), {c.a, c.b});
  for (const Case& c : kPeople) names.insert(names.end(), {c.a, c.b});
  for (EntityType type : {EntityType::kOrg, EntityType::kLoc, EntityType::kPerson}) {
    for (const char* a : names) {
      for (const char* b : names) {
        const bool same = m.Compare(a, b, type).decision == NameDecision::kSame;
        EXPECT_EQ(m.Same(PrepareName(a, type), PrepareName(b, type), type), same)
            << a << " / " << b;
        const NameParts pa = ParseName(a, type), pb = ParseName(b, type);
        EXPECT_EQ(m.Same(pa, pb, type),
                  m.Compare(pa, pb, type).decision == NameDecision::kSame)
            << a << " / " << b;
      }
    }
  }
}

TEST(NameMatcherTest, SkeletonMergesTransliterations) {
  EXPECT_EQ(Skeleton("hudayfa"), Skeleton("hudhayfah"));
  EXPECT_EQ(Skeleton("qurashi"), Skeleton("qurayshi"));
  EXPECT_EQ(Skeleton("muhajir"), Skeleton("muhajjr"));
  EXPECT_NE(Skeleton("hamza"), Skeleton("hashim"));
}

TEST(NameMatcherTest, OnePartIsUnsure) {
  const NameMatcher m;
  EXPECT_EQ(
      m.Compare("al-Qurashi", "Abu Ibrahim al-Qurashi", EntityType::kPerson).decision,
      NameDecision::kUnsure);
}

}  // namespace
}  // namespace vigil
