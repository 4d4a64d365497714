#include "extract/statement_details.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/clause.h"
#include "extract/numbers.h"

namespace vigil {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Seconds in one unit word, 0 when `w` is none.
int UnitSeconds(std::string_view w) {
  if (w == "second" || w == "seconds" || w == "sec" || w == "secs") return 1;
  if (w == "minute" || w == "minutes" || w == "min" || w == "mins") return 60;
  if (w == "hour" || w == "hours" || w == "hr" || w == "hrs") return 3600;
  return 0;
}

const char* UnitName(int seconds, bool plural) {
  if (seconds == 1) return plural ? "seconds" : "second";
  if (seconds == 60) return plural ? "minutes" : "minute";
  return plural ? "hours" : "hour";
}

// "hour", "hours-long", "minute-long": the unit of a word, 0 when none.
int UnitOfWord(std::string_view w) {
  if (w.size() > 5 && w.substr(w.size() - 5) == "-long") w.remove_suffix(5);
  return UnitSeconds(w);
}

// Whether word `w` can give a duration its unit: a unit word ("hours",
// "hour-long"), "half-hour", or a number and unit in one ("41-minute").
// Every duration ParseDurationAt reads holds such a word.
bool HoldsUnit(std::string_view w) {
  if (UnitOfWord(w) > 0 || w == "half-hour") return true;
  for (size_t dash = w.find('-'); dash != std::string_view::npos;
       dash = w.find('-', dash + 1)) {
    if (UnitOfWord(w.substr(dash + 1)) > 0) return true;
  }
  return false;
}

// Length in tokens of the qualifier at `t` ("more than", "nearly"), or 0.
size_t QualifierAt(const EventText& et, size_t t) {
  static const std::vector<std::vector<std::string_view>> kQualifiers = {
      {"more", "than"}, {"less", "than"}, {"just", "over"}, {"just", "under"},
      {"at", "least"},  {"up", "to"},     {"close", "to"},  {"over"},
      {"under"},        {"nearly"},       {"almost"},       {"about"},
      {"around"},       {"roughly"},      {"some"},         {"approximately"}};
  for (const auto& q : kQualifiers) {
    if (t + q.size() > et.words.size()) continue;
    if (std::equal(q.begin(), q.end(), et.words.begin() + t)) return q.size();
  }
  return 0;
}

std::optional<double> CountWord(std::string_view w) {
  if (w == "a" || w == "an") return 1;
  auto v = NumberWordValue(w);
  if (!v || *v <= 0 || *v > 1000) return std::nullopt;
  return static_cast<double>(*v);
}

// The number and unit written as one word: "41-minute", "two-hour-long".
bool SplitNumberUnit(std::string_view w, double* value, int* unit, std::string* number) {
  for (size_t dash = w.find('-'); dash != std::string_view::npos;
       dash = w.find('-', dash + 1)) {
    int u = UnitOfWord(w.substr(dash + 1));
    auto v = u > 0 ? CountWord(w.substr(0, dash)) : std::nullopt;
    if (!v) continue;
    *value = *v, *unit = u, *number = std::string(w.substr(0, dash));
    return true;
  }
  return false;
}

struct Core {
  size_t end = 0;  // one past the last token
  double value = 0;
  int unit = 0;
  std::string text;
};

// "half an hour", "a half-hour".
std::optional<Core> HalfAt(const EventText& et, size_t p) {
  auto w = [&](size_t i) { return i < et.words.size() ? et.words[i] : ""; };
  if (w(p) == "half" && (w(p + 1) == "an" || w(p + 1) == "a") && UnitOfWord(w(p + 2)))
    return Core{p + 3, 0.5, UnitOfWord(w(p + 2)), "half an " + std::string(w(p + 2))};
  size_t q = (w(p) == "a" || w(p) == "an") ? p + 1 : p;
  if (w(q) == "half-hour") return Core{q + 1, 0.5, 3600, "half an hour"};
  return std::nullopt;
}

// "41-minute", "two hours", "an hour and a half", "one and a half hours".
std::optional<Core> CountAndUnitAt(const EventText& et, size_t p) {
  auto w = [&](size_t i) { return i < et.words.size() ? et.words[i] : ""; };
  auto and_a_half = [&](size_t i) {
    return w(i) == "and" && w(i + 1) == "a" && w(i + 2) == "half";
  };
  Core c;
  std::string number;
  if (SplitNumberUnit(w(p), &c.value, &c.unit, &number)) {
    c.end = p + 1;
  } else {
    auto v = CountWord(w(p));
    if (!v) return std::nullopt;
    number = std::string(w(p));
    size_t u = p + 1;
    bool half = and_a_half(u);
    if (half) u += 3;
    c.unit = UnitOfWord(w(u));
    if (c.unit == 0) return std::nullopt;
    c.value = *v + (half ? 0.5 : 0);
    c.end = u + 1;
    if (!half && and_a_half(c.end)) c.value += 0.5, c.end += 3;
  }
  bool half = c.value != static_cast<long>(c.value);
  std::string count =
      number == "a" || number == "an" ? (c.unit == 3600 ? "an" : "a") : number;
  if (half && (number == "a" || number == "an")) {
    c.text = count + " " + UnitName(c.unit, false) + " and a half";
  } else {
    c.text = count + (half ? " and a half " : " ") + UnitName(c.unit, c.value > 1);
  }
  return c;
}

// Words that place an occasion: "on Eid", "during Ramadan", "marking ...".
bool IsOccasionCue(std::string_view w) {
  static const WordSet kWords = {"on",     "during",        "for",         "marking",
                                 "mark",   "marks",         "marked",      "ahead",
                                 "before", "commemorating", "commemorate", "celebrating",
                                 "eve",    "beginning",     "start",       "occasion",
                                 "end",    "coincide",      "coinciding"};
  return kWords.count(w) > 0;
}

bool IsOccasionNoun(std::string_view w) {
  static const WordSet kWords = {"holiday", "holidays", "festival",  "message",
                                 "sermon",  "greeting", "greetings", "celebrations",
                                 "prayers", "feast"};
  return kWords.count(w) > 0;
}

bool IsOrdinal(std::string_view w) {
  static const WordSet kWords = {"first",     "second",   "third",     "fourth",  "fifth",
                                 "sixth",     "seventh",  "eighth",    "ninth",   "tenth",
                                 "twentieth", "fiftieth", "hundredth", "one-year"};
  if (kWords.count(w)) return true;
  if (w.size() < 3 || w[0] < '0' || w[0] > '9') return false;
  std::string_view end = w.substr(w.size() - 2);
  return end == "th" || end == "st" || end == "nd" || end == "rd";
}

class DetailReader {
 public:
  DetailReader(const EventContext& ctx, const StatementDetailOptions& options)
      : ctx_(ctx), et_(ctx.text()), options_(options) {
    for (size_t s = 0; s < et_.sentences.size(); ++s) {
      sentence_at_[et_.sentences[s].span.begin] = s;
      if (HasMedium(s)) medium_sentences_.push_back(s);
    }
  }

  void Fill(Event* ev) {
    std::vector<size_t> own = OwnSentences(*ev);
    for (size_t s : Ordered(own)) {
      if (ev->duration.empty()) Duration(s, ev);
      if (ev->occasion.empty()) ev->occasion = Occasion(s);
    }
    for (size_t s : own) {
      if (ev->motive.empty()) ev->motive = Motive(s);
    }
  }

 private:
  std::string_view W(size_t i) const { return i < et_.words.size() ? et_.words[i] : ""; }

  bool HasMedium(size_t s) const {
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (!et_.tokens[t].in_quote && MatchAt(et_, ctx_.lex().media, t)) return true;
    }
    return false;
  }

  std::vector<size_t> OwnSentences(const Event& ev) const {
    std::vector<size_t> out;
    for (const Span& span : ev.evidence) {
      auto it = sentence_at_.find(span.begin);
      if (it != sentence_at_.end()) out.push_back(it->second);
    }
    return out;
  }

  // The statement's sentences, then the other sentences that speak of a
  // medium, nearest to the statement first.
  std::vector<size_t> Ordered(const std::vector<size_t>& own) const {
    std::vector<size_t> out = own;
    std::vector<size_t> rest;
    for (size_t s : medium_sentences_) {
      if (std::find(own.begin(), own.end(), s) == own.end()) rest.push_back(s);
    }
    size_t anchor = own.empty() ? 0 : own.front();
    std::stable_sort(rest.begin(), rest.end(), [&](size_t a, size_t b) {
      auto dist = [&](size_t s) { return s > anchor ? s - anchor : anchor - s; };
      return dist(a) < dist(b);
    });
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
  }

  bool MediumNear(size_t s, size_t first, size_t last) const {
    const auto& sent = et_.sentences[s];
    size_t from = first > sent.first + options_.duration_medium_window
                      ? first - options_.duration_medium_window
                      : sent.first;
    size_t to = std::min(sent.last, last + options_.duration_medium_window);
    for (size_t t = from; t < to; ++t) {
      if ((t < first || t >= last) && MatchAt(et_, ctx_.lex().media, t)) return true;
    }
    return false;
  }

  void Duration(size_t s, Event* ev) const {
    const auto& sent = et_.sentences[s];
    // A duration ends with its unit inside the sentence: without a unit
    // word there is none to parse.
    bool unit = false;
    for (size_t t = sent.first; t < sent.last && !unit; ++t) unit = HoldsUnit(W(t));
    if (!unit) return;
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (et_.tokens[t].in_quote) continue;
      auto d = ParseDurationAt(et_, t);
      if (!d || d->last > sent.last || !MediumNear(s, d->first, d->last)) continue;
      ev->duration = d->text;
      ev->duration_minutes = d->minutes;
      return;
    }
  }

  bool CueBefore(size_t s, size_t first) const {
    size_t from = first > et_.sentences[s].first + options_.occasion_cue_window
                      ? first - options_.occasion_cue_window
                      : et_.sentences[s].first;
    for (size_t k = from; k < first; ++k) {
      if (IsOccasionCue(W(k))) return true;
    }
    return false;
  }

  std::string Occasion(size_t s) const {
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (et_.tokens[t].in_quote) continue;
      if (W(t) == "anniversary") {
        size_t first = t > sent.first && IsOrdinal(W(t - 1)) ? t - 1 : t;
        if (!CueBefore(s, first)) continue;
        size_t end = t + 1;
        if (W(end) == "of") end = ClauseEnd(ctx_, s, end + 1, 8);
        return std::string(et_.Surface(first, end));
      }
      size_t len;
      const std::string* name = nullptr;
      if (!MatchAt(et_, ctx_.lex().occasions, t, &len, &name)) continue;
      if (!Modifier(t + len) && (CueBefore(s, t) || IsOccasionNoun(W(t + len))))
        return *name;
      t += len - 1;
    }
    return "";
  }

  // "attacks on Christmas markets": the holiday names what is attacked.
  bool Modifier(size_t next) const {
    static const WordSet kWords = {"market", "markets",   "fair",     "fairs",
                                   "parade", "parades",   "shoppers", "concert",
                                   "mass",   "gathering", "crowds",   "tree"};
    return kWords.count(W(next)) > 0 || MatchAt(et_, ctx_.lex().physical_targets, next) ||
           MatchAt(et_, ctx_.lex().victims, next) ||
           MatchAt(et_, ctx_.lex().target_groups, next);
  }

  bool GrievanceAfter(size_t t, size_t last) const {
    for (size_t k = t; k < t + 4 && k < last; ++k) {
      if (MatchAt(et_, ctx_.lex().grievances, k)) return true;
    }
    return false;
  }

  std::string Motive(size_t s) const {
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      size_t len;
      const std::string* kind = nullptr;
      if (!MatchAt(et_, ctx_.lex().motive_cues, t, &len, &kind)) continue;
      size_t from = t + len;
      while (from < sent.last && W(from) == "\"") ++from;
      if (*kind == "weak" && !GrievanceAfter(from, sent.last)) continue;
      size_t end = ClauseEnd(ctx_, s, from, options_.max_motive_tokens);
      if (end > from) return std::string(et_.Surface(from, end));
    }
    return "";
  }

  const EventContext& ctx_;
  const EventText& et_;
  const StatementDetailOptions& options_;
  std::unordered_map<uint32_t, size_t> sentence_at_;  // span.begin -> sentence
  std::vector<size_t> medium_sentences_;
};

}  // namespace

std::optional<DurationMention> ParseDurationAt(const EventText& et, size_t t) {
  size_t q = QualifierAt(et, t);
  auto core = HalfAt(et, t + q);
  if (!core) core = CountAndUnitAt(et, t + q);
  if (!core) return std::nullopt;
  DurationMention d;
  d.first = t;
  d.last = core->end;
  if (d.last < et.words.size() && et.words[d.last] == "long") ++d.last;
  d.text = q > 0 ? std::string(et.Surface(t, t + q)) + " " + core->text : core->text;
  for (char& c : d.text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  long seconds = static_cast<long>(core->value * core->unit + 0.5);
  if (seconds >= 60) d.minutes = static_cast<int>((seconds + 30) / 60);
  return d;
}

void AddStatementDetails(const EventContext& ctx, std::vector<Event>* events,
                         const StatementDetailOptions& options) {
  DetailReader reader(ctx, options);
  for (Event& ev : *events) {
    if (ev.type == EventType::kStatement) reader.Fill(&ev);
  }
}

}  // namespace vigil
