#include "extract/statement_events.h"

#include <algorithm>
#include <unordered_set>

#include "common/word_hash.h"
#include "extract/statement_details.h"

namespace vigil {
namespace {

bool IsViolenceWord(std::string_view w) {
  static const WordList kWords = {
      "attack",    "attacks",    "attacking", "kill",   "killing", "slaughter",
      "target",    "targeting",  "targets",   "strike", "fight",   "pursue",
      "against",   "streets",    "bomb",      "behead", "shoot",   "stab",
      "avenge",    "threatened", "threatens", "war",    "hit",     "horrors",
      "offensive", "revenge",    "on",        "in"};
  return kWords.Contains(w);
}

const char* kMediumOrder[] = {"audio", "video", "speech", "interview", "text"};

int MediumRank(const std::string& m) {
  for (int i = 0; i < 5; ++i) {
    if (m == kMediumOrder[i]) return i;
  }
  return 5;
}

class StatementFinder {
 public:
  explicit StatementFinder(const EventContext& ctx) : ctx_(ctx), et_(ctx.text()) {}

  std::vector<Event> Run() {
    for (size_t s = 0; s < ctx_.sentence_count(); ++s) Sentence(s);
    for (size_t i = 0; i < events_.size(); ++i) Finish(i);
    MergeGroupCalls();
    return std::move(events_);
  }

 private:
  std::string_view W(size_t i) const { return i < et_.tokens.size() ? et_.words[i] : ""; }

  // The first cue of the sentence; *narrow is set when it is a command or
  // claim cue, which needs a named person as its speaker.
  size_t Cue(const EventText::Sentence& sent, bool* narrow) const {
    for (size_t t = sent.first; t < sent.last; ++t) {
      size_t len;
      const std::string* kind = nullptr;
      if (et_.tokens[t].in_quote) continue;
      if (!MatchAt(et_, ctx_.lex().statement_cues, t, &len, &kind)) {
        if (SplitCallFor(t, sent.last)) {
          *narrow = false;
          return t;
        }
        continue;
      }
      *narrow = !kind->empty();
      if (!*narrow || Completes(*kind, t + len, sent.last)) return t;
    }
    *narrow = false;
    return SIZE_MAX;
  }

  // "called in a 35-minute audio message for attacks": "called ... for"
  // with a phrase of medium or place between, up to ten words before "for".
  bool SplitCallFor(size_t t, size_t last) const {
    const std::string_view w = W(t);
    if (w != "called" && w != "calls" && w != "calling") return false;
    const std::string_view next = W(t + 1);
    if (next != "in" && next != "through" && next != "via" && next != "during")
      return false;
    for (size_t k = t + 2; k < t + 12 && k < last; ++k) {
      if (et_.tokens[k].in_quote || !et_.tokens[k].word) return false;
      if (W(k) == "for") return true;
    }
    return false;
  }

  // "instructed the prefects to ...", "claimed responsibility": what a
  // command or claim cue needs within the next few words.
  bool Completes(const std::string& kind, size_t from, size_t last) const {
    for (size_t k = from; k < from + 8 && k < last; ++k) {
      std::string_view w = W(k);
      if (kind == "command" && w == "to") return true;
      if (kind == "claim" && (w == "responsibility" || w == "responsible")) return true;
      if (w == "." || w == ";") break;
    }
    return false;
  }

  void Sentence(size_t s) {
    const auto& sent = et_.sentences[s];
    bool narrow = false;
    size_t cue = Cue(sent, &narrow);
    int speaker = -1;
    if (cue != SIZE_MAX) {
      speaker = Speaker(sent, cue);
      if (narrow && !NamedBefore(speaker, sent, cue)) return;
    } else {
      speaker = QuotedSpeaker(sent);
      if (speaker < 0) return;
      // A quotation only adds to a statement already found.
      if (Find(ctx_.names()[speaker].canonical) == nullptr) return;
    }
    if (cue == SIZE_MAX) {
      for (size_t p = s;
           p-- > 0 && QuoteOnly(p) && et_.sentences[p].paragraph == sent.paragraph;) {
        Read(p, et_.sentences[p].first, true, Find(ctx_.names()[speaker].canonical));
      }
    }
    std::string org = Organization(sent, narrow ? -1 : speaker);
    if (speaker < 0 && org.empty()) return;
    Event* ev = speaker >= 0 ? Find(ctx_.names()[speaker].canonical) : FindOrg(org);
    if (ev == nullptr) {
      if (cue == SIZE_MAX) return;
      events_.emplace_back();
      ev = &events_.back();
      ev->type = EventType::kStatement;
      if (speaker >= 0) ev->speaker = ctx_.names()[speaker].canonical;
      dates_.push_back("");
    }
    if (ev->organization.empty()) ev->organization = org;
    // An order or a claim names no targets or methods of a call.
    Read(s, cue == SIZE_MAX ? sent.first : cue, cue == SIZE_MAX, ev, !narrow);
  }

  // A title in quotation marks ("Kill Wherever You Find It") names no speaker.
  // A closing mark before the name ("...,” Al-Muhajir said") does not count.
  bool QuoteMarkAround(const NameMention& m) const {
    bool open = m.first > 0 && W(m.first - 1) == "\"";
    bool close = W(m.last) == "\"" ||
                 ((W(m.last) == "," || W(m.last) == ".") && W(m.last + 1) == "\"");
    return open && close;
  }

  // The speaker of a call: the person before the cue, a role word resolved
  // to a person ("the spokesman"), or "he" for the previous speaker.
  int Speaker(const EventText::Sentence& sent, size_t cue) const {
    int best = -1;
    for (size_t idx : ctx_.NamesIn(&sent - et_.sentences.data())) {
      const NameMention& m = ctx_.names()[idx];
      if (m.first > cue) break;
      if (m.type != EntityType::kPerson || et_.tokens[m.first].in_quote) continue;
      if (W(m.last) == "'s" || QuoteMarkAround(m) || OfRole(m)) continue;
      best = static_cast<int>(idx);
    }
    if (best >= 0) return best;
    for (size_t t = sent.first; t < cue; ++t) {
      if (MatchAt(et_, ctx_.lex().roles, t)) {
        int p = PersonForRole(ctx_, W(t), t);
        if (p >= 0) return p;
      }
    }
    if (!PronounSubject(sent, cue)) return -1;
    if (last_speaker_ >= 0) return last_speaker_;
    const int quoted = RecentQuoteSpeaker(sent);
    return quoted >= 0 ? quoted : RecentPerson(sent);
  }

  // "He urged", "In the video, he also urged": "he" or "she" opens the
  // sentence or stands right before the cue.
  bool PronounSubject(const EventText::Sentence& sent, size_t cue) const {
    auto pronoun = [&](size_t t) { return W(t) == "he" || W(t) == "she"; };
    if (pronoun(sent.first)) return true;
    size_t k = cue;
    if (k > sent.first && W(k - 1) == "also") --k;
    return k > sent.first && pronoun(k - 1);
  }

  // The person a pronoun opening a call refers to: the first person named
  // (outside quotations, not as a possessive) in the nearest of the three
  // sentences before `sent` that names one, when that sentence ties people
  // to a group (names a group or a role: "Al-Qaeda's leader X released a
  // video"); -1 otherwise. An analyst or an official quoted before is no
  // antecedent for a call.
  int RecentPerson(const EventText::Sentence& sent) const {
    const size_t s = &sent - et_.sentences.data();
    for (size_t back = 1; back <= 3 && back <= s; ++back) {
      if (!TiesToGroup(s - back)) continue;
      for (size_t idx : ctx_.NamesIn(s - back)) {
        const NameMention& m = ctx_.names()[idx];
        if (m.type != EntityType::kPerson || et_.tokens[m.first].in_quote ||
            W(m.last) == "'s" || QuoteMarkAround(m))
          continue;
        return static_cast<int>(idx);
      }
    }
    return -1;
  }

  // "... ,” al-Hadrami says. He urges ...": the person credited with a
  // quotation in one of the two sentences before `sent`, or -1.
  int RecentQuoteSpeaker(const EventText::Sentence& sent) const {
    size_t s = &sent - et_.sentences.data();
    const Quote* recent = nullptr;
    for (const Quote& q : ctx_.found().quotes) {
      if (!q.speaker || q.span.end > sent.span.begin) continue;
      size_t qs = SentenceAt(q.span.begin);
      if (qs + 2 >= s && qs < s) recent = &q;
    }
    if (recent == nullptr) return -1;
    for (size_t i = 0; i < ctx_.names().size(); ++i) {
      const NameMention& m = ctx_.names()[i];
      if (m.type == EntityType::kPerson && m.canonical == *recent->speaker)
        return static_cast<int>(i);
    }
    return -1;
  }
  size_t SentenceAt(uint32_t offset) const {
    auto it =
        std::lower_bound(et_.tokens.begin(), et_.tokens.end(), offset,
                         [](const Token& t, uint32_t b) { return t.span.begin < b; });
    return it == et_.tokens.end() ? et_.sentences.size() : it->sentence;
  }

  // True when `speaker` is a person named in `sent` before token `cue`.
  bool NamedBefore(int speaker, const EventText::Sentence& sent, size_t cue) const {
    if (speaker < 0) return false;
    const NameMention& m = ctx_.names()[speaker];
    return m.first >= sent.first && m.first < cue;
  }

  // "X, leader of Y, called for": a name after "<role> of" is the group
  // the speaker leads, even when read as a person.
  bool OfRole(const NameMention& m) const {
    return m.first > 1 && W(m.first - 1) == "of" &&
           MatchAt(et_, ctx_.lex().roles, m.first - 2);
  }

  // True when sentence p is quoted words only (no attribution of its own).
  bool QuoteOnly(size_t p) const {
    const auto& sent = et_.sentences[p];
    size_t words = 0, quoted = 0;
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (!et_.tokens[t].word) continue;
      ++words;
      if (et_.tokens[t].in_quote) ++quoted;
    }
    return words > 0 && quoted == words;
  }

  // The person a quotation in this sentence is attributed to.
  int QuotedSpeaker(const EventText::Sentence& sent) const {
    bool quoted = false;
    for (size_t t = sent.first; t < sent.last; ++t)
      quoted = quoted || et_.tokens[t].in_quote;
    if (!quoted) return -1;
    for (size_t idx : ctx_.NamesIn(&sent - et_.sentences.data())) {
      const NameMention& m = ctx_.names()[idx];
      if (m.type == EntityType::kPerson && !et_.tokens[m.first].in_quote)
        return static_cast<int>(idx);
    }
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (!et_.tokens[t].in_quote && MatchAt(et_, ctx_.lex().roles, t)) {
        int p = PersonForRole(ctx_, W(t), t);
        if (p >= 0) return p;
      }
    }
    for (size_t t = sent.first; t + 1 < sent.last; ++t) {
      if (!et_.tokens[t].in_quote && (W(t) == "he" || W(t) == "she") &&
          (W(t + 1) == "said" || W(t + 1) == "added" || W(t + 1) == "says"))
        return last_speaker_;
    }
    return -1;
  }

  std::string Organization(const EventText::Sentence& sent, int speaker) const {
    for (size_t idx : ctx_.NamesIn(&sent - et_.sentences.data())) {
      const NameMention& m = ctx_.names()[idx];
      if (m.group >= 0) return m.surface;
    }
    if (speaker >= 0 && StateTitled(ctx_.names()[speaker])) return "";
    if (ctx_.main_group() >= 0 && (speaker >= 0 || HasGroupWord(sent)))
      return ctx_.GroupName(ctx_.main_group());
    return "";
  }
  // "A Borno State commissioner, X, ...", "Interior Minister X", "X, the
  // provincial governor": a state's office within four words of the name,
  // so the speaker does not speak for the article's group.
  bool StateTitled(const NameMention& m) const {
    static const WordList kTitles = {
        "commissioner", "minister", "governor",   "president", "mayor",     "senator",
        "official",     "officer",  "police",     "army",      "ministry",  "prosecutor",
        "lawmaker",     "envoy",    "ambassador", "secretary", "chancellor"};
    const auto& sent = et_.sentences[et_.tokens[m.first].sentence];
    size_t from = m.first > sent.first + 4 ? m.first - 4 : sent.first;
    for (size_t k = from; k < m.last + 4 && k < sent.last; ++k) {
      if ((k < m.first || k >= m.last) && kTitles.Contains(W(k))) return true;
    }
    return false;
  }
  bool HasGroupWord(const EventText::Sentence& sent) const {
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (W(t) == "group" || W(t) == "organization" || W(t) == "organisation")
        return true;
    }
    return false;
  }

  Event* Find(const std::string& speaker) {
    for (Event& e : events_) {
      if (e.speaker == speaker) return &e;
    }
    return nullptr;
  }
  Event* FindOrg(const std::string& org) {
    for (Event& e : events_) {
      if (e.speaker.empty() && e.organization == org) return &e;
    }
    return nullptr;
  }

  void Read(size_t s, size_t from, bool quote_only, Event* ev, bool call = true) {
    const auto& sent = et_.sentences[s];
    size_t i = ev - events_.data();
    if (!ev->speaker.empty()) {
      for (size_t idx : ctx_.NamesIn(s)) {
        if (ctx_.names()[idx].canonical == ev->speaker)
          last_speaker_ = static_cast<int>(idx);
      }
    }
    size_t method_end = 0;  // a phrase read as one method ("petrol bombs")
    for (size_t t = sent.first; t < sent.last && call; ++t) {
      if (quote_only && !et_.tokens[t].in_quote) continue;
      if (t >= method_end) method_end = t + Methods(t, ev);
      if (t >= from) TargetGroups(t, ev);
    }
    if (call) Targets(s, from, quote_only, ev);
    Medium(sent, ev);
    if (dates_[i].empty() && !quote_only) {
      size_t best = SIZE_MAX;
      for (const TextDate& d : ctx_.DatesIn(s)) {
        size_t dist = d.first > from ? d.first - from : from - d.first;
        if (dist < best) best = dist, dates_[i] = d.value;
      }
    }
    if (ev->evidence.empty() || !(ev->evidence.back() == sent.span))
      ev->evidence.push_back(sent.span);
  }

  // Adds the method named at `t`; returns the tokens its phrase covers (0
  // when none is named there).
  size_t Methods(size_t t, Event* ev) {
    size_t len;
    const std::string* method = nullptr;
    if (!MatchAt(et_, ctx_.lex().methods, t, &len, &method)) return 0;
    if (std::find(ev->methods.begin(), ev->methods.end(), *method) == ev->methods.end())
      ev->methods.push_back(*method);
    return len;
  }

  void TargetGroups(size_t t, Event* ev) {
    size_t len;
    const std::string* group = nullptr;
    if (!MatchAt(et_, ctx_.lex().target_groups, t, &len, &group)) return;
    bool violent = false;
    for (size_t k = t > 6 ? t - 6 : 0; k < t; ++k) {
      violent = violent || (IsViolenceWord(W(k)) && W(k) != "on" && W(k) != "in");
    }
    if (!violent) return;
    if (std::find(ev->target_groups.begin(), ev->target_groups.end(), *group) ==
        ev->target_groups.end())
      ev->target_groups.push_back(*group);
  }

  void Targets(size_t s, size_t from, bool quote_only, Event* ev) {
    size_t stop = et_.sentences[s].last;
    for (size_t t = from; t < stop && !quote_only; ++t) {
      if (W(t) == "who" || W(t) == "which" || W(t) == "whose" || W(t) == "where")
        stop = t;
      // Places in the grievance ("in retaliation for burnings in X") are not
      // targets.
      size_t len;
      const std::string* strength = nullptr;
      if (MatchAt(et_, ctx_.lex().motive_cues, t, &len, &strength) &&
          *strength == "strong")
        stop = t;
    }
    for (size_t idx : ctx_.NamesIn(s)) {
      const NameMention& m = ctx_.names()[idx];
      if (m.type != EntityType::kLoc || m.first < from || m.first >= stop) continue;
      if (quote_only && !et_.tokens[m.first].in_quote) continue;
      bool violent = false;
      for (size_t k = m.first > 6 ? m.first - 6 : 0; k < m.first; ++k) {
        violent = violent || IsViolenceWord(W(k));
      }
      if (!violent && quote_only) continue;
      if (m.first > 0 && (W(m.first - 1) == "from" || W(m.first - 1) == "of") &&
          !(m.first > 2 && W(m.first - 2) == "streets"))
        continue;
      if (PeopleNotPlace(m)) continue;
      if (std::find(ev->targets.begin(), ev->targets.end(), m.canonical) ==
          ev->targets.end())
        ev->targets.push_back(m.canonical);
    }
  }

  // True when sentence `s` names a known group or a role in one.
  bool TiesToGroup(size_t s) const {
    for (size_t idx : ctx_.NamesIn(s)) {
      if (ctx_.names()[idx].group >= 0) return true;
    }
    const auto& sent = et_.sentences[s];
    for (size_t t = sent.first; t < sent.last; ++t) {
      if (MatchAt(et_, ctx_.lex().roles, t)) return true;
    }
    return false;
  }

  // "Jews", "Muslim": a people or a faith read as a place name is a target
  // group, never a target place.
  bool PeopleNotPlace(const NameMention& m) const {
    if (m.last - m.first != 1) return false;
    const std::string_view w = W(m.first);
    // The target groups list ("jews", "christian") and faiths it leaves out.
    return MatchAt(et_, ctx_.lex().target_groups, m.first) || w == "muslim" ||
           w == "muslims" || w == "jew" || w == "shia" || w == "sunni" || w == "hindu" ||
           w == "sikh";
  }

  void Medium(const EventText::Sentence& sent, Event* ev) {
    std::string medium = MediumIn(ctx_, sent);
    if (!medium.empty() &&
        (ev->medium.empty() || MediumRank(medium) < MediumRank(ev->medium)))
      ev->medium = std::move(medium);
  }

  // A group's call without a named speaker is its spokesman's or leader's
  // call when the article names one; folded into that speaker's statement.
  void MergeGroupCalls() {
    std::vector<Event> kept;
    for (Event& e : events_) {
      if (!e.speaker.empty()) kept.push_back(std::move(e));
    }
    for (Event& e : events_) {
      if (!e.speaker.empty() || e.organization.empty()) continue;
      Event* into = nullptr;
      for (Event& k : kept) {
        if (k.organization == e.organization || into == nullptr) into = &k;
      }
      if (into == nullptr) {
        for (const char* role : {"spokesman", "spokesperson", "leader"}) {
          int p = PersonForRole(ctx_, role, et_.tokens.size());
          if (p >= 0 && e.speaker.empty()) e.speaker = ctx_.names()[p].canonical;
        }
        kept.push_back(std::move(e));
        continue;
      }
      Absorb(e, into);
    }
    events_ = std::move(kept);
  }
  static void AddAll(const std::vector<std::string>& from, std::vector<std::string>* to) {
    for (const std::string& x : from) {
      if (std::find(to->begin(), to->end(), x) == to->end()) to->push_back(x);
    }
  }
  static void Absorb(const Event& e, Event* into) {
    AddAll(e.targets, &into->targets);
    AddAll(e.target_groups, &into->target_groups);
    AddAll(e.methods, &into->methods);
    if (into->medium.empty()) into->medium = e.medium;
    for (const Span& s : e.evidence) into->evidence.push_back(s);
  }

  // Medium from anywhere in the document when the call's sentences name none;
  // date from the call, else the anchor.
  void Finish(size_t i) {
    Event& ev = events_[i];
    if (ev.medium.empty()) {
      for (const auto& sent : et_.sentences) Medium(sent, &ev);
      if (ev.medium == "text") ev.medium.clear();
    }
    ev.date = !dates_[i].empty() ? dates_[i] : ctx_.anchor();
  }

  const EventContext& ctx_;
  const EventText& et_;
  std::vector<Event> events_;
  std::vector<std::string> dates_;
  int last_speaker_ = -1;
};

}  // namespace

namespace {

// True when the words from token `from` (or the last comma after it) up to
// token k introduce a name: "who introduces himself as", "identified as",
// "named", ", who uses the name".
bool IntroducedAs(const EventText& et, size_t from, size_t k) {
  static const WordList kWords = {
      "who",  "introduces", "introduced", "himself", "herself", "calls", "called",
      "uses", "named",      "identified", "known",   "as",      "gave",  "gives",
      "his",  "her",        "the",        "name",    "goes",    "by"};
  for (size_t i = k + 1; i-- > from;) {
    if (et.words[i] == ",") return i < k;
    if (!kWords.Contains(et.words[i])) return false;
  }
  return true;
}

}  // namespace

int PersonNextToRole(const EventContext& ctx, size_t role_token) {
  const EventText& et = ctx.text();
  size_t sentence = et.tokens[role_token].sentence;
  const auto& sent = et.sentences[sentence];
  // After: "leader Abu X", "spokesman, Abu X", "leader of ISIS, Abu X",
  // "spokesman of the organization, Abu X", "the new leader is Abu X",
  // "a spokesman who introduces himself as Abu X".
  bool of = false, phrase = false;
  for (size_t k = role_token + 1; k < role_token + 12 && k < sent.last; ++k) {
    int idx = ctx.NameAtToken(k);
    if (idx < 0) {
      std::string_view w = et.words[k];
      bool copula = (k == role_token + 1 && (w == "is" || w == "was")) ||
                    IntroducedAs(et, role_token + 1, k);
      // A comma closes an "of" phrase ("spokesman of the group, who ...").
      if (w == ",") of = phrase = false;
      of = of || w == "of";
      // After "of", the lower-case words of a short noun phrase.
      bool of_phrase = of && et.tokens[k].word && !et.tokens[k].capitalised;
      phrase = phrase || (of_phrase && w != "the" && w != "of");
      if (!et.tokens[k].word || w == "of" || w == "the" || copula || of_phrase) continue;
      break;
    }
    // Such a phrase ends in a comma before the name.
    if (phrase) break;
    const NameMention& m = ctx.names()[idx];
    if (m.type == EntityType::kPerson &&
        et.words[m.last < et.tokens.size() ? m.last : 0] != "'s")
      return idx;
    k = m.last - 1;
    of = false;
  }
  // Before: "Abu X, the group's leader", "Abu X as their new leader".
  size_t from = role_token > sent.first + 7 ? role_token - 7 : sent.first;
  for (size_t k = role_token; k-- > from;) {
    int idx = ctx.NameAtToken(k);
    if (idx < 0) continue;
    const NameMention& m = ctx.names()[idx];
    if (m.type != EntityType::kPerson) {
      k = m.first;
      continue;
    }
    std::string_view after = m.last < et.tokens.size() ? et.words[m.last] : "";
    if (after == "," || after == "as") return idx;
    return -1;
  }
  return -1;
}

int PersonForRole(const EventContext& ctx, std::string_view role, size_t before_token) {
  const EventText& et = ctx.text();
  int found = -1;
  for (size_t t = 0; t < et.tokens.size(); ++t) {
    if (et.words[t] != role || et.tokens[t].in_quote) continue;
    if (t >= before_token && found >= 0) break;
    int p = PersonNextToRole(ctx, t);
    if (p >= 0) found = p;
  }
  return found;
}

std::vector<Event> ExtractStatements(const EventContext& ctx) {
  std::vector<Event> events = StatementFinder(ctx).Run();
  AddStatementDetails(ctx, &events);
  return events;
}

std::string MediumIn(const EventContext& ctx, const EventText::Sentence& sent) {
  const EventText& et = ctx.text();
  std::string best;
  for (size_t t = sent.first; t < sent.last; ++t) {
    size_t len;
    const std::string* medium = nullptr;
    if (et.tokens[t].in_quote || !MatchAt(et, ctx.lex().media, t, &len, &medium))
      continue;
    if (best.empty() || MediumRank(*medium) < MediumRank(best)) best = *medium;
  }
  return best;
}

}  // namespace vigil
