#include "clean/html_body.h"

#include <algorithm>
#include <string>

#include "clean/unicode.h"

namespace vigil {

namespace {

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 ||
         t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

bool IsCell(GumboTag t) { return t == GUMBO_TAG_TD || t == GUMBO_TAG_TH; }

// Elements that are paragraphs in their own right when they hold text.
bool IsParagraphTag(GumboTag t) {
  return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD;
}

// Containers that may hold loose text, as paragraphs without <p>.
bool IsLooseTextTag(GumboTag t) {
  return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ARTICLE ||
         t == GUMBO_TAG_MAIN || t == GUMBO_TAG_CENTER || t == GUMBO_TAG_FONT ||
         t == GUMBO_TAG_SPAN || t == GUMBO_TAG_DD || t == GUMBO_TAG_BLOCKQUOTE;
}

// Containers that a weak class hint ("date", "icon") may mark as furniture;
// text-structure elements (rows, cells, items, headings) never.
bool WeakSkippable(GumboTag t) {
  return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SPAN || t == GUMBO_TAG_SECTION ||
         t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL ||
         t == GUMBO_TAG_TIME || t == GUMBO_TAG_SMALL || t == GUMBO_TAG_FIGURE ||
         t == GUMBO_TAG_A || t == GUMBO_TAG_UNKNOWN;
}

double TagWeight(GumboTag t) {
  if (IsHeading(t)) return -5;
  switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

double HintWeight(Hint h) {
  switch (h) {
    case Hint::kPositive:
      return 25;
    case Hint::kMixed:
      return -10;
    case Hint::kNegative:
      return -25;
    default:
      return 0;
  }
}

// Chooses the body subtrees of one page.
class Picker {
 public:
  Picker(const HtmlDom& dom, const HtmlBodyOptions& options)
      : dom_(dom),
        options_(options),
        removed_(dom.size(), 0),
        score_(dom.size(), 0.0),
        candidate_(dom.size(), 0),
        kids_(dom.size(), 0),
        mass_(dom.size(), 0) {}

  // Roots of the body in document order; removed() tells which elements
  // inside them are furniture.
  std::vector<size_t> Pick() {
    if (dom_.size() == 0) return {};
    MarkRemoved();
    ScoreParagraphs();
    size_t top = BestCandidate();
    if (top == kNone) return {dom_.body()};
    top = Refine(top);
    return Siblings(top);
  }

  bool removed(size_t i) const { return removed_[i] != 0; }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  void MarkRemoved() {
    const double body_text = dom_.at(dom_.body()).text_chars;
    // Largest text held by a positively hinted element below each node.
    std::vector<uint32_t> positive_text(dom_.size(), 0);
    for (size_t i = dom_.size(); i-- > 1;) {
      const DomNode& d = dom_.at(i);
      if (d.parent < 0) continue;
      const uint32_t mine = d.hint == Hint::kPositive ? d.text_chars : positive_text[i];
      positive_text[d.parent] = std::max(positive_text[d.parent], mine);
      ++kids_[d.parent];
    }
    for (size_t i = 0; i < dom_.size(); ++i) {
      const DomNode& d = dom_.at(i);
      bool gone = d.junk || (d.parent >= 0 && removed_[d.parent]);
      if (!gone && (d.hint == Hint::kNegative || d.hint == Hint::kMixed)) {
        const bool holds_body =
            positive_text[i] * 2 >= d.text_chars && positive_text[i] > 0;
        const bool big_mixed = d.hint == Hint::kMixed && d.text_chars >= 0.4 * body_text;
        gone = !holds_body && !big_mixed;
      }
      removed_[i] = gone;
    }
  }

  bool IsParagraph(const DomNode& d) const {
    if (d.text_chars < options_.min_paragraph_chars) return false;
    if (d.LinkDensity() > options_.max_link_density) return false;
    if (IsParagraphTag(d.tag)) return true;
    return IsLooseTextTag(d.tag) && d.own_chars >= options_.min_paragraph_chars;
  }

  void Touch(size_t i) {
    if (candidate_[i]) return;
    candidate_[i] = 1;
    score_[i] = TagWeight(dom_.at(i).tag) + HintWeight(dom_.at(i).hint);
  }

  void ScoreParagraphs() {
    for (size_t i = 0; i < dom_.size(); ++i) {
      const DomNode& d = dom_.at(i);
      if (removed_[i] || !IsParagraph(d)) continue;
      const double s = 1.0 + d.commas + std::min(d.text_chars / 100, 3u);
      int32_t anc = d.parent;
      for (int level = 0; anc >= 0 && level < 5; ++level, anc = dom_.at(anc).parent) {
        Touch(anc);
        const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score_[anc] += s / divider;
      }
    }
    for (size_t i = 0; i < dom_.size(); ++i) {
      if (candidate_[i]) score_[i] *= 1.0 - dom_.at(i).LinkDensity();
    }
    for (size_t i = dom_.size(); i-- > 1;) {
      if (removed_[i]) continue;
      if (IsParagraph(dom_.at(i))) mass_[i] += dom_.at(i).text_chars;
      if (dom_.at(i).parent >= 0) mass_[dom_.at(i).parent] += mass_[i];
    }
  }

  size_t BestCandidate() const {
    size_t best = kNone;
    for (size_t i = 0; i < dom_.size(); ++i) {
      if (candidate_[i] && (best == kNone || score_[i] > score_[best])) best = i;
    }
    return best;
  }

  bool Contains(size_t outer, size_t inner) const {
    return inner >= outer && inner < dom_.at(outer).end;
  }

  size_t Parent(size_t i) const {
    const int32_t p = dom_.at(i).parent;
    return p < 0 ? kNone : static_cast<size_t>(p);
  }

  // Moves from the best container up to the one that holds the article
  // when its paragraphs are split over several close-scoring containers.
  size_t Refine(size_t top) const {
    const size_t body = dom_.body();
    std::vector<size_t> alternatives;
    for (size_t i = 0; i < dom_.size(); ++i) {
      if (i != top && candidate_[i] && score_[i] >= 0.75 * score_[top]) {
        alternatives.push_back(i);
      }
    }
    if (alternatives.size() >= 3) {
      for (size_t p = Parent(top); p != kNone && p != body; p = Parent(p)) {
        const auto n = std::count_if(alternatives.begin(), alternatives.end(),
                                     [&](size_t a) { return Contains(p, a); });
        if (n >= 3) {
          top = p;
          break;
        }
      }
    }
    double last = score_[top];
    const double threshold = last / 3;
    for (size_t p = Parent(top); p != kNone && p != body; p = Parent(p)) {
      if (!candidate_[p]) continue;
      if (score_[p] < threshold) break;
      if (score_[p] > last) {
        top = p;
        break;
      }
      last = score_[p];
    }
    while (Parent(top) != kNone && Parent(top) != body && kids_[Parent(top)] == 1) {
      top = Parent(top);
    }
    return top;
  }

  std::string ClassOf(size_t i) const {
    const GumboAttribute* a =
        gumbo_get_attribute(&dom_.at(i).node->v.element.attributes, "class");
    return a == nullptr ? "" : a->value;
  }

  bool SiblingBelongs(size_t sibling, size_t top, const std::string& top_class) const {
    const DomNode& d = dom_.at(sibling);
    if (removed_[sibling] || d.text_chars == 0) return false;
    const double bonus =
        !top_class.empty() && ClassOf(sibling) == top_class ? score_[top] * 0.2 : 0;
    const double threshold = std::max(10.0, score_[top] * options_.sibling_share);
    if (candidate_[sibling] && score_[sibling] + bonus >= threshold) return true;
    // Article text split into sections with their paragraphs nested deeply.
    if (mass_[sibling] >= 150 && mass_[sibling] * 5 >= mass_[top] &&
        d.LinkDensity() < 0.25) {
      return true;
    }
    return d.tag == GUMBO_TAG_P && d.text_chars > 80 && d.LinkDensity() < 0.25;
  }

  std::vector<size_t> Siblings(size_t top) const {
    const size_t parent = Parent(top);
    if (parent == kNone || top == dom_.body()) return {top};
    const std::string top_class = ClassOf(top);
    std::vector<size_t> roots;
    for (size_t j = parent + 1; j < dom_.at(parent).end; j = dom_.at(j).end) {
      if (j == top || SiblingBelongs(j, top, top_class)) roots.push_back(j);
    }
    return roots;
  }

  const HtmlDom& dom_;
  const HtmlBodyOptions& options_;
  std::vector<uint8_t> removed_;
  std::vector<double> score_;
  std::vector<uint8_t> candidate_;
  std::vector<uint32_t> kids_;
  std::vector<uint64_t> mass_;  // text of the paragraphs in each subtree
};

// Collects the paragraphs under the chosen roots.
class Emitter {
 public:
  Emitter(const HtmlDom& dom, const Picker& picker, const HtmlBodyOptions& options)
      : dom_(dom), picker_(picker), options_(options) {}

  void EmitRoot(size_t root) {
    if (dom_.at(root).junk) return;
    struct Item {
      const GumboNode* node;
      bool close;
      GumboTag tag;
    };
    std::vector<Item> stack = {{dom_.at(root).node, false, GUMBO_TAG_UNKNOWN}};
    size_t cursor = root;  // dom index of the next element in pre-order
    while (!stack.empty()) {
      const Item item = stack.back();
      stack.pop_back();
      if (item.close) {
        if (IsCell(item.tag)) {
          text_.push_back(' ');
        } else if (item.tag != GUMBO_TAG_A) {
          Flush();
        }
        if (IsHeading(item.tag)) --heading_depth_;
        if (item.tag == GUMBO_TAG_A) --link_depth_;
        continue;
      }
      const GumboNode* n = item.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
          n->type == GUMBO_NODE_WHITESPACE) {
        AddText(n);
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
      const size_t k = cursor;
      if (k >= dom_.size()) break;  // cannot happen: both walks share one order
      const DomNode& d = dom_.at(k);
      if (k != root && Skip(k)) {
        cursor = d.end;
        if (d.block) Flush();
        continue;
      }
      cursor = k + 1;
      const bool inline_link = d.tag == GUMBO_TAG_A;
      // Cells of one table row make one line.
      if (IsCell(d.tag)) {
        text_.push_back(' ');
      } else if (d.block) {
        Flush();
      }
      if (IsHeading(d.tag)) ++heading_depth_;
      if (inline_link) ++link_depth_;
      if (d.block || inline_link) stack.push_back({n, true, d.tag});
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i) {
        stack.push_back(
            {static_cast<const GumboNode*>(kids.data[i - 1]), false, GUMBO_TAG_UNKNOWN});
      }
    }
    Flush();
  }

  std::vector<TextBlock> Take() { return std::move(blocks_); }

 private:
  bool Skip(size_t k) const {
    const DomNode& d = dom_.at(k);
    if (picker_.removed(k) || d.tag == GUMBO_TAG_H1 || d.tag == GUMBO_TAG_FORM)
      return true;
    if (d.hint == Hint::kWeakNegative && d.text_chars < 100 && WeakSkippable(d.tag)) {
      return true;
    }
    const bool list_like = d.tag == GUMBO_TAG_DIV || d.tag == GUMBO_TAG_SECTION ||
                           d.tag == GUMBO_TAG_UL || d.tag == GUMBO_TAG_OL ||
                           d.tag == GUMBO_TAG_DL || d.tag == GUMBO_TAG_TABLE ||
                           d.tag == GUMBO_TAG_P;
    // Link lists are dropped; prose that links a lot (news roundups) is not.
    const uint32_t prose = d.text_chars - d.link_chars;
    return list_like && d.LinkDensity() > options_.max_link_density &&
           (d.LinkDensity() > 0.75 || prose < 200);
  }

  void AddText(const GumboNode* n) {
    const GumboText& t = n->v.text;
    if (n->type == GUMBO_NODE_WHITESPACE) {
      if (!text_.empty()) text_.push_back(' ');
      return;
    }
    if (text_.empty() || chars_ == 0) begin_ = static_cast<uint32_t>(t.start_pos.offset);
    end_ = static_cast<uint32_t>(t.start_pos.offset + t.original_text.length);
    text_.append(t.text);
    const uint32_t chars = VisibleChars(t.text);
    chars_ += chars;
    if (link_depth_ > 0) link_chars_ += chars;
  }

  void Flush() {
    const bool link_line =
        link_chars_ > options_.max_link_density * chars_ && chars_ - link_chars_ < 60;
    if (chars_ > 0 && !link_line) {
      TextBlock b;
      b.text = CollapseSpace(text_);
      b.raw_begin = begin_;
      b.raw_end = std::max(end_, begin_);
      b.heading = heading_depth_ > 0;
      blocks_.push_back(std::move(b));
    }
    text_.clear();
    chars_ = link_chars_ = 0;
  }

  const HtmlDom& dom_;
  const Picker& picker_;
  const HtmlBodyOptions& options_;
  std::vector<TextBlock> blocks_;
  std::string text_;
  uint32_t begin_ = 0, end_ = 0, chars_ = 0, link_chars_ = 0;
  int heading_depth_ = 0, link_depth_ = 0;
};

}  // namespace

std::vector<TextBlock> ExtractBodyBlocks(const HtmlDom& dom,
                                         const HtmlBodyOptions& options) {
  Picker picker(dom, options);
  const std::vector<size_t> roots = picker.Pick();
  Emitter emitter(dom, picker, options);
  for (size_t root : roots) emitter.EmitRoot(root);
  return emitter.Take();
}

}  // namespace vigil
