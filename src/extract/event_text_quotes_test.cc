// Quotation regions given to TokenizeForEvents mark exactly the tokens that
// lie wholly inside one of them: checked against the plain definition on
// many random regions, nested and overlapping ones included.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "extract/event_text.h"

namespace vigil {
namespace {

TEST(EventTextQuotesTest, TokensInsideAnyQuoteAreMarked) {
  Document doc;
  doc.text =
      "The envoy said: \"We will return to the valley, whatever the cost.\" Others "
      "disagreed, calling the plan 'reckless' and 'late' in a statement on Monday.";
  std::mt19937 rng(7);
  const uint32_t n = static_cast<uint32_t>(doc.text.size());
  for (int round = 0; round < 200; ++round) {
    std::vector<Quote> quotes(1 + rng() % 4);
    for (Quote& q : quotes) {
      const uint32_t a = rng() % (n + 1), b = rng() % (n + 1);
      q.span = {std::min(a, b), std::max(a, b)};
    }
    const EventText et = TokenizeForEvents(doc, quotes);
    for (const Token& t : et.tokens) {
      bool inside = false;
      for (const Quote& q : quotes) {
        inside |= t.span.begin >= q.span.begin && t.span.end <= q.span.end;
      }
      EXPECT_EQ(t.in_quote, inside) << round << " " << t.lower;
    }
  }
}

}  // namespace
}  // namespace vigil
