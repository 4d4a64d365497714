#include "clean/text_cleaner.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "clean/dates.h"
#include "clean/kept_run.h"
#include "clean/text_lines.h"

namespace vigil {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// What the cleaner decided for each line.
enum class Verdict { kDrop, kBody, kHeading };

struct Article {
  std::vector<TextLine> lines;
  std::vector<LineKind> kinds;
  std::vector<Verdict> verdicts;
  size_t first_prose = kNone;
  size_t last_prose = kNone;
  size_t title = kNone;
};

bool IsContent(LineKind k) { return k != LineKind::kBlank; }

// Short non-sentence lines seen repeat_count times or more are boilerplate
// (a menu or "Advertisement" marker printed again and again).
void MarkRepeats(const TextCleanOptions& o, Article* a) {
  std::unordered_map<std::string_view, uint32_t> counts;
  auto candidate = [&](size_t i) {
    LineKind k = a->kinds[i];
    return (k == LineKind::kShort || k == LineKind::kSentence) &&
           a->lines[i].text.size() <= 120;
  };
  for (size_t i = 0; i < a->lines.size(); ++i) {
    if (candidate(i)) ++counts[a->lines[i].text];
  }
  for (size_t i = 0; i < a->lines.size(); ++i) {
    if (candidate(i) && counts[a->lines[i].text] >= o.repeated_line_count) {
      a->kinds[i] = LineKind::kBoilerplate;
    }
  }
}

void FindProseBounds(Article* a) {
  a->first_prose = a->last_prose = kNone;
  for (LineKind want : {LineKind::kProse, LineKind::kSentence}) {
    for (size_t i = 0; i < a->kinds.size(); ++i) {
      if (a->kinds[i] != want) continue;
      if (a->first_prose == kNone) a->first_prose = i;
      a->last_prose = i;
    }
    if (a->first_prose != kNone) return;
  }
}

// Headlines are a few words (two will do on the first line: "Harbour Dam"),
// carry no bullet, no editor's brackets and do not introduce what follows
// with a colon or dash.
bool TitleLike(const TextLine& line, const TextCleanOptions& o, bool first_content) {
  uint32_t min_words = first_content ? 2 : 3;
  return !line.bullet && line.words >= min_words && line.words <= o.max_title_words &&
         !line.ends_with_dash && !line.text.ends_with(":") &&
         line.text.find('[') == std::string_view::npos;
}

// The first headline-like line before the first prose line; or the first
// line itself when it is a capitalised headline ending with a full stop.
void FindTitle(const TextCleanOptions& o, Article* a) {
  bool first_content = true;
  for (size_t i = 0; i < a->lines.size(); ++i) {
    LineKind k = a->kinds[i];
    if (!IsContent(k) || IsBoilerplateKind(k)) continue;
    const TextLine& line = a->lines[i];
    bool capitalised = line.CapitalisedShare() >= o.title_capitalised_share;
    if (k == LineKind::kShort && TitleLike(line, o, first_content)) {
      a->title = i;
    } else if ((k == LineKind::kProse || k == LineKind::kSentence) && first_content &&
               capitalised && TitleLike(line, o, true)) {
      a->title = i;
      a->kinds[i] = LineKind::kShort;
      FindProseBounds(a);
    }
    if (a->title != kNone || i >= a->first_prose) return;
    first_content = false;
  }
}

// Drops a "Read more" header's link titles: the short lines under it up to
// the next prose line.
size_t SwallowLinkList(const TextCleanOptions& o, size_t header, Article* a) {
  uint32_t taken = 0;
  size_t i = header + 1;
  for (; i < a->lines.size() && taken < o.max_link_titles; ++i) {
    LineKind k = a->kinds[i];
    if (k == LineKind::kBlank) continue;
    const TextLine& line = a->lines[i];
    bool link_title = (k == LineKind::kShort || IsBoilerplateKind(k) ||
                       (k == LineKind::kSentence && !line.text.ends_with("."))) &&
                      line.words <= o.link_title_max_words;
    if (!link_title) break;
    a->verdicts[i] = Verdict::kDrop;
    ++taken;
  }
  return i;
}

Verdict ZoneVerdict(const TextCleanOptions& o, const Article& a, size_t i) {
  const TextLine& line = a.lines[i];
  LineKind k = a.kinds[i];
  bool head = i < a.first_prose;
  bool tail = a.last_prose != kNone && i > a.last_prose;
  switch (k) {
    case LineKind::kProse:
      return Verdict::kBody;
    case LineKind::kSentence:
      return (head || tail) && line.words < 3 ? Verdict::kDrop : Verdict::kBody;
    case LineKind::kLeadIn:
      return tail ? Verdict::kDrop : Verdict::kBody;
    case LineKind::kShort:
      // A long headline-like line under the title is a deck: kept as body.
      if (head && line.words >= o.min_deck_words) return Verdict::kBody;
      // A long line in the tail is body cut short, not a link or a label.
      if (tail && line.words >= o.min_deck_words * 2) return Verdict::kBody;
      if (head || tail) return Verdict::kDrop;
      return line.words >= 2 || line.text.size() >= 4 ? Verdict::kHeading
                                                      : Verdict::kDrop;
    default:
      return Verdict::kDrop;
  }
}

void Decide(const TextCleanOptions& o, Article* a) {
  const size_t n = a->lines.size();
  a->verdicts.assign(n, Verdict::kDrop);
  uint32_t prose_seen = 0;
  for (size_t i = 0; i < n; ++i) {
    LineKind k = a->kinds[i];
    if (k == LineKind::kComments && prose_seen >= o.min_prose_before_comments) return;
    if (k == LineKind::kReadMore) {
      i = SwallowLinkList(o, i, a) - 1;
      continue;
    }
    if (k == LineKind::kProse) ++prose_seen;
    if (!IsContent(k) || IsBoilerplateKind(k) || i == a->title) continue;
    if (a->title != kNone && k == LineKind::kShort &&
        SameWords(a->lines[i].text, a->lines[a->title].text)) {
      continue;
    }
    a->verdicts[i] = ZoneVerdict(o, *a, i);
  }
}

// A dateline, or a byline that also gives the date ("By Jane Doe | May 2, 2021").
bool CarriesDate(LineKind kind, const TextLine& line) {
  if (kind == LineKind::kDateline) return true;
  return kind == LineKind::kByline && !FindDateIn(line.text).empty();
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// True when CollapseWhitespace leaves `s` as it is: no byte from tab to CR
// (tab, vertical tab, form feed, CR; a newline too, to keep the test to one
// range), no two spaces in a row and no space at either end (most lines). No
// early exit and byte arithmetic throughout: the scan vectorises.
bool CollapsedAlready(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return s.empty();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  uint8_t found = static_cast<uint8_t>(p[s.size() - 1] - '\t') < 5 ? 1 : 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    found |= (static_cast<uint8_t>(p[i] - '\t') < 5 ? 1 : 0) |
             ((p[i] == ' ' ? 1 : 0) & (p[i + 1] == ' ' ? 1 : 0));
  }
  return found == 0;
}

// Runs of ASCII white space (not newlines) become one space; trimmed.
std::string CollapseWhitespace(std::string_view s) {
  if (CollapsedAlready(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (IsAsciiSpace(s[i])) {
      ++i;
      continue;
    }
    if (!out.empty()) out.push_back(' ');  // a run of spaces came before
    const size_t run = KeptRun(s, i, [](char c) { return IsAsciiSpace(c); });
    out.append(s.data() + i, run);
    i += run;
  }
  return out;
}

}  // namespace

TextCleaner::TextCleaner(TextCleanOptions options) : options_(options) {}

BodyExtraction TextCleaner::Clean(std::string_view text) const {
  Article a;
  std::deque<std::string> joined;  // text of paragraphs joined from wrapped lines
  a.lines = JoinWrappedLines(SplitLines(text), &joined);
  a.kinds.reserve(a.lines.size());
  for (const TextLine& line : a.lines)
    a.kinds.push_back(ClassifyLine(line, options_.rules));
  MarkRepeats(options_, &a);
  FindProseBounds(&a);
  FindTitle(options_, &a);
  Decide(options_, &a);

  BodyExtraction out;
  if (a.title != kNone) out.title = CollapseWhitespace(a.lines[a.title].text);
  for (size_t i = 0; i < a.lines.size(); ++i) {
    const TextLine& line = a.lines[i];
    if (out.published.empty() && CarriesDate(a.kinds[i], line)) {
      out.published = CollapseWhitespace(line.text);
    }
    if (a.verdicts[i] == Verdict::kDrop) continue;
    out.blocks.push_back({CollapseWhitespace(line.text), line.begin, line.end,
                          a.verdicts[i] == Verdict::kHeading});
  }
  return out;
}

}  // namespace vigil
