// HtmlDom is a flat, pre-order table over a parsed gumbo tree that the body
// extractor scores: per element its parent, subtree extent, class/id hint,
// whether it can hold article text at all, and how much text and link text
// its subtree holds. Built in one linear pass without recursion, so deeply
// nested pages cannot overflow the stack.
#ifndef VIGIL_CLEAN_HTML_DOM_H_
#define VIGIL_CLEAN_HTML_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace vigil {

// What the class and id attributes of an element say about it.
enum class Hint : uint8_t {
  kNone,
  kPositive,      // names article content ("article-body", "entry-content")
  kNegative,      // names page furniture (comments, share bar, related links)
  kWeakNegative,  // names small furniture (date, tools); only short ones count
  kMixed,         // both ("article-comments", "post-share"); judged by size
};

// Classifies a class/id string (tokens split on punctuation and camelCase).
Hint ClassifyHint(std::string_view class_and_id);

struct DomNode {
  const GumboNode* node = nullptr;
  int32_t parent = -1;  // index of the parent element, -1 for the root
  uint32_t end = 0;     // one past the last descendant (pre-order)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  Hint hint = Hint::kNone;
  bool junk = false;     // never article text (script, nav, hidden, form controls)
  bool in_link = false;  // inside an <a>
  bool block = false;    // a block-level element (breaks paragraphs)
  bool has_block_child = false;
  uint32_t text_chars = 0;  // visible characters in the subtree, junk excluded
  uint32_t link_chars = 0;  // of which inside links
  uint32_t own_chars = 0;   // characters of direct text children
  uint32_t commas = 0;
  double LinkDensity() const {
    return text_chars == 0 ? 0.0 : static_cast<double>(link_chars) / text_chars;
  }
};

// Elements of the page in document order. Immutable after Build.
class HtmlDom {
 public:
  // Builds the table for the tree under `root`.
  explicit HtmlDom(const GumboNode* root);

  const std::vector<DomNode>& nodes() const { return nodes_; }
  const DomNode& at(size_t i) const { return nodes_[i]; }
  size_t size() const { return nodes_.size(); }
  // Index of the <body> element, or 0 when there is none.
  size_t body() const { return body_; }

 private:
  std::vector<DomNode> nodes_;
  size_t body_ = 0;
};

// Number of visible characters (UTF-8 code points, not spaces) in `text`.
uint32_t VisibleChars(std::string_view text);

// True for tags that start a new paragraph.
bool IsBlockTag(GumboTag tag);

}  // namespace vigil

#endif  // VIGIL_CLEAN_HTML_DOM_H_
