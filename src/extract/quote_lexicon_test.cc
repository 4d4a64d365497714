#include "extract/quote_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/quote_cues.h"
#include "extract/quote_tokens.h"

namespace vigil {
namespace {

TEST(QuoteLexicon, GeneratesRegularFormsAndKeepsIrregularOnes) {
  QuoteLexicon lex =
      QuoteLexicon::FromText("# comment\nsay said\nwarn\nnote # trailing\n", "", "");
  for (const char* w : {"say", "says", "said", "saying", "warn", "warned", "warns",
                        "warning", "note", "noted", "notes", "noting"}) {
    EXPECT_TRUE(lex.IsSpeechVerb(w)) << w;
  }
  EXPECT_FALSE(lex.IsSpeechVerb("comment"));
  EXPECT_FALSE(lex.IsSpeechVerb("#"));
}

TEST(QuoteLexicon, ExactFormLinesGenerateNothing) {
  QuoteLexicon lex = QuoteLexicon::FromText("= stated stating\n", "", "");
  EXPECT_TRUE(lex.IsSpeechVerb("stated"));
  EXPECT_FALSE(lex.IsSpeechVerb("states"));
  EXPECT_FALSE(lex.IsSpeechVerb("state"));
}

TEST(QuoteLexicon, RolesAndOrgHeadsIgnoreCaseAndPeriod) {
  QuoteLexicon lex = QuoteLexicon::FromText("", "Spokesman\nGov.\n", "Agency\n");
  EXPECT_TRUE(lex.IsRole("spokesman"));
  EXPECT_TRUE(lex.IsRole("gov"));
  EXPECT_TRUE(lex.IsOrgHead("agency"));
  EXPECT_FALSE(lex.IsOrgHead("spokesman"));
}

TEST(QuoteLexicon, DefaultLoadsTheDataFiles) {
  const QuoteLexicon& lex = QuoteLexicon::Default();
  EXPECT_TRUE(lex.IsSpeechVerb("said"));
  EXPECT_TRUE(lex.IsSpeechVerb("vowed"));
  EXPECT_TRUE(lex.IsRole("spokesman"));
  // More than the built-in fallback holds: the data file was read.
  EXPECT_GT(lex.verb_forms(), 250u);
}

TEST(LowerWord, DropsPossessiveAndPeriod) {
  EXPECT_EQ(LowerWord("Group’s"), "group");
  EXPECT_EQ(LowerWord("rebels'"), "rebels");
  EXPECT_EQ(LowerWord("Gov."), "gov");
  EXPECT_EQ(LowerWord("SAID"), "said");
}

// CueContext::LowerIs answers as comparing Lower(i), for every token and a
// spread of words: possessives, a trailing period, capitals, near misses.
TEST(QuoteLexicon, LowerIsAgreesWithLower) {
  const std::string text =
      "The Spokesman's aide, Gov. Ali and the spokesman\u2019s deputy met AN "
      "envoy; according To a spokesmen' note.";
  const std::vector<QToken> tokens = TokenizeForQuotes(text);
  const QuoteLexicon lex = QuoteLexicon::FromText("", "", "");
  const CueContext ctx(text, tokens, lex, {});
  const char* const words[] = {
      "the", "spokesman", "spokesmen", "gov",   "gov.",   "an",   "a", "according",
      "to",  "aide",      "ali",       "envoy", "deputy", "note", "",  "spokesman's"};
  size_t matches = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const char* w : words) {
      EXPECT_EQ(ctx.LowerIs(i, w), ctx.Lower(i) == w) << ctx.Text(i) << " " << w;
      matches += ctx.LowerIs(i, w);
    }
  }
  EXPECT_GE(matches, 10u);
}

}  // namespace
}  // namespace vigil
