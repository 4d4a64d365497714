// Turning a cue's subject into a speaker name. A subject is one of:
// - a name ("French President Emmanuel Macron"): the canonical name of the
//   entity with a mention there, else the name as written without titles;
// - a definite description ("the spokesman", "the ISIS leader"): the
//   nearer of the last quote's speaker and the name the same role noun last
//   introduced ("ISIS leader Abu Bakr al-Baghdadi"), else as a pronoun;
// - a pronoun (he, she, who): the most recent person before it — an entity
//   mention outside quotations, or, when no entities are given, a name seen
//   as the subject of a speech verb or as an earlier quote's speaker;
// - an indefinite description ("a police official", "sources"): the words
//   as written, with up to two prepositional phrases after its head ("a
//   member of the town council in Kelmora") but never a relative clause ("a
//   woman who was working nearby" gives "a woman");
// - a description whose modifier is a name ("Belgian prosecutors", "Mali's
//   government") or that names its own organisation ("the group's Amaq news
//   agency": that entity when one is mentioned there) stays itself.
// "they", "it", "we" and "I" resolve to nothing (null speaker). A place (LOC
// entity, or any entity sharing a place's name) is never a recent candidate
// for a pronoun or description and never stands for a longer subject; only a
// subject that is nothing but the place ("Washington said") names it, as
// metonymy for its government.
#ifndef VIGIL_EXTRACT_QUOTE_SPEAKER_H_
#define VIGIL_EXTRACT_QUOTE_SPEAKER_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/quote_cues.h"
#include "vigil/extraction.h"

namespace vigil {

class SpeakerResolver {
 public:
  // Borrows `ctx` and `entities` for its lifetime. Not thread-safe (one per
  // document).
  SpeakerResolver(const CueContext& ctx, const std::vector<Entity>& entities);

  // Speaker named by `subject`; `anchor` is a byte offset: only persons met
  // before it count as recent.
  std::optional<std::string> Resolve(TokenRange subject, uint32_t anchor) const;

  // Records a quote's resolved speaker at byte offset `pos`, so later
  // pronouns and descriptions can refer to it.
  void NoteSpeaker(uint32_t pos, const std::string& name);

 private:
  struct Candidate {
    uint32_t pos = 0;
    std::string name;
    bool person = true;
  };

  // Number of entries of `list` (sorted by pos) placed before `anchor`.
  static size_t Before(const std::vector<Candidate>& list, uint32_t anchor);
  std::optional<std::string> FromEntities(TokenRange subject) const;
  std::optional<std::string> Recent(uint32_t anchor, bool person) const;
  std::optional<std::string> Linked(uint32_t anchor, std::string_view role) const;
  TokenRange NameAfterRole(size_t i) const;
  std::string Fuller(const std::string& name, uint32_t anchor) const;
  // A capitalised word after the first: the description names its own
  // organisation ("the Islamic State's Amaq news agency").
  bool NamesItself(TokenRange subject) const;
  // The non-place entity mentioned inside `subject` whose name holds `head`.
  std::optional<std::string> OwnEntity(TokenRange subject, std::string_view head) const;
  // A description as written, with the phrases attached to it ("a member of
  // the council").
  std::string Description(TokenRange subject) const;
  std::string NameFromSubject(TokenRange subject) const;
  std::string Words(TokenRange r) const;
  bool LooksLikeOrg(TokenRange r) const;
  void AddFallbackCandidates();

  const CueContext& ctx_;
  const std::vector<Entity>& entities_;
  std::vector<Candidate> candidates_;  // sorted by pos
  std::vector<Candidate> speakers_;    // earlier quotes' speakers, by pos
};

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTE_SPEAKER_H_
