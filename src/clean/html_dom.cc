#include "clean/html_dom.h"

#include <algorithm>
#include <string>

namespace vigil {

namespace {

// Roots that mark furniture wherever they occur inside a class/id token.
constexpr std::string_view kNegativeRoots[] = {
    "comment",    "disqus", "share",    "social",   "related", "recommend",  "newsletter",
    "subscri",    "cookie", "consent",  "gdpr",     "sidebar", "breadcrumb", "navbar",
    "navigation", "footer", "masthead", "advert",   "sponsor", "promo",      "outbrain",
    "taboola",    "popup",  "modal",    "caption",  "byline",  "toolbar",    "pagination",
    "trending",   "signup", "newsfeed", "carousel", "paywall", "skiplink",   "adsense",
    "adslot",     "adunit", "adwrap",   "ad_",      "teaser",  "follow"};
// Tokens that mark furniture only as whole tokens.
constexpr std::string_view kNegativeTokens[] = {
    "ad",     "ads",    "nav",      "menu",     "tags",   "tag",           "meta",
    "rail",   "skip",   "credit",   "credits",  "author", "authors",       "banner",
    "login",  "print",  "popular",  "more",     "extra",  "also",          "dfp",
    "gpt",    "sr",     "noprint",  "overlay",  "aside",  "complementary", "contentinfo",
    "dialog", "header", "masthead", "keywords", "topics", "pager",         "links",
    "next",   "prev",   "previous", "email",    "print",  "rating",        "reactions",
    "donate", "bio"};
// Tokens that mark small furniture: only elements with little text count.
constexpr std::string_view kWeakTokens[] = {
    "date",      "time",    "timestamp", "dateline", "published", "updated",  "info",
    "tools",     "utility", "icon",      "button",   "btn",       "label",    "source",
    "photo",     "image",   "img",       "video",    "media",     "figure",   "embed",
    "player",    "title",   "headline",  "kicker",   "eyebrow",   "category", "section",
    "subscribe", "cta",     "toc"};
constexpr std::string_view kPositiveTokens[] = {
    "article", "articlebody", "content",  "main",        "body",
    "story",   "entry",       "post",     "text",        "prose",
    "blog",    "hentry",      "richtext", "maincontent", "storybody"};

bool Contains(const std::string_view* begin, const std::string_view* end,
              std::string_view token) {
  return std::find(begin, end, token) != end;
}

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view token) {
  return Contains(list, list + N, token);
}

template <size_t N>
bool HasRoot(const std::string_view (&list)[N], std::string_view token) {
  for (std::string_view root : list) {
    if (token.find(root) != std::string_view::npos) return true;
  }
  return false;
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Splits on punctuation and lower-to-upper case changes; tokens come lowercased.
std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool upper = c >= 'A' && c <= 'Z';
    if (!IsAlnum(c) || (upper && i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z')) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      if (!IsAlnum(c)) continue;
    }
    cur.push_back(upper ? static_cast<char>(c | 0x20) : c);
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool IsJunkTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_DATALIST:
      return true;
    default:
      return false;
  }
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n') out.push_back(static_cast<char>(c | 0x20));
  }
  return out;
}

bool IsHidden(const GumboNode* node) {
  if (Attr(node, "hidden") != nullptr) return true;
  const char* style = Attr(node, "style");
  if (style == nullptr) return false;
  const std::string s = Squeeze(style);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

Hint RoleHint(std::string_view role) {
  if (role == "main" || role == "article") return Hint::kPositive;
  if (role == "navigation" || role == "banner" || role == "complementary" ||
      role == "contentinfo" || role == "dialog" || role == "menu" || role == "menubar" ||
      role == "alert" || role == "search") {
    return Hint::kNegative;
  }
  return Hint::kNone;
}

Hint HintOf(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return Hint::kNone;
  if (const char* role = Attr(node, "role")) {
    const Hint h = RoleHint(role);
    if (h != Hint::kNone) return h;
  }
  if (const char* itemprop = Attr(node, "itemprop")) {
    if (std::string_view(itemprop) == "articleBody") return Hint::kPositive;
  }
  std::string names;
  if (const char* c = Attr(node, "class")) names.append(c);
  if (const char* id = Attr(node, "id")) names.append(" ").append(id);
  return names.empty() ? Hint::kNone : ClassifyHint(names);
}

}  // namespace

Hint ClassifyHint(std::string_view class_and_id) {
  bool positive = false, negative = false, weak = false;
  for (const std::string& token : Tokens(class_and_id)) {
    if (InList(kPositiveTokens, token)) positive = true;
    if (InList(kNegativeTokens, token) || HasRoot(kNegativeRoots, token)) negative = true;
    if (InList(kWeakTokens, token)) weak = true;
  }
  if (negative) return positive ? Hint::kMixed : Hint::kNegative;
  if (weak) return Hint::kWeakNegative;  // "post-date": small furniture of a post
  return positive ? Hint::kPositive : Hint::kNone;
}

uint32_t VisibleChars(std::string_view text) {
  uint32_t n = 0;
  for (unsigned char c : text) {
    n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r' &&
         c != '\f';
  }
  return n;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

HtmlDom::HtmlDom(const GumboNode* root) {
  struct Pending {
    const GumboNode* node;
    int32_t parent;
  };
  std::vector<Pending> stack = {{root, -1}};
  while (!stack.empty()) {
    const Pending p = stack.back();
    stack.pop_back();
    const GumboNode* n = p.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      if (p.parent < 0) continue;
      DomNode& parent = nodes_[p.parent];
      const std::string_view text = n->v.text.text;
      const uint32_t chars = VisibleChars(text);
      parent.own_chars += chars;
      parent.text_chars += chars;
      if (parent.in_link) parent.link_chars += chars;
      parent.commas += static_cast<uint32_t>(std::count(text.begin(), text.end(), ','));
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
    DomNode d;
    d.node = n;
    d.parent = p.parent;
    d.tag = n->v.element.tag;
    d.block = IsBlockTag(d.tag);
    const DomNode* parent = p.parent >= 0 ? &nodes_[p.parent] : nullptr;
    d.in_link = d.tag == GUMBO_TAG_A || (parent != nullptr && parent->in_link);
    d.junk = IsJunkTag(d.tag) || IsHidden(n);
    d.hint = HintOf(n);
    if (d.tag == GUMBO_TAG_BODY) body_ = nodes_.size();
    if (parent != nullptr && d.block) nodes_[p.parent].has_block_child = true;
    const auto index = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(d);
    if (d.junk) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), index});
    }
  }
  for (size_t i = 0; i < nodes_.size(); ++i) nodes_[i].end = static_cast<uint32_t>(i + 1);
  for (size_t i = nodes_.size(); i > 0; --i) {
    const DomNode& d = nodes_[i - 1];
    if (d.parent < 0) continue;
    DomNode& parent = nodes_[d.parent];
    parent.end = std::max(parent.end, d.end);
    if (d.junk) continue;
    parent.text_chars += d.text_chars;
    parent.link_chars += d.link_chars;
    parent.commas += d.commas;
  }
}

}  // namespace vigil
