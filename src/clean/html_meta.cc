#include "clean/html_meta.h"

#include <unicode/utf8.h>

#include <array>
#include <utility>

#include "clean/unicode.h"

namespace vigil {

namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// Candidate values, best first; the first non-empty one wins.
enum Slot { kOgTitle, kTwitterTitle, kLdHeadline, kH1, kTitleTag, kTitleSlots };
enum DateSlot {
  kMetaPublished,
  kLdPublished,
  kItemprop,
  kTimeTag,
  kMetaDate,
  kDateSlots
};

struct Found {
  std::array<std::string, kTitleSlots> title;
  std::array<std::string, kDateSlots> date;
  std::string site;
  std::string lang;
};

void SetOnce(std::string* slot, std::string_view value) {
  if (slot->empty()) *slot = CollapseSpace(value);
}

bool IsPublishedName(std::string_view n) {
  static constexpr std::string_view kNames[] = {"article:published_time",
                                                "og:article:published_time",
                                                "article:published",
                                                "published_time",
                                                "datepublished",
                                                "publish-date",
                                                "publish_date",
                                                "publishdate",
                                                "pubdate",
                                                "parsely-pub-date",
                                                "sailthru.date",
                                                "dc.date.issued",
                                                "dcterms.issued",
                                                "article.published",
                                                "original-publish-date"};
  for (std::string_view k : kNames) {
    if (n == k) return true;
  }
  return false;
}

bool IsDateName(std::string_view n) {
  static constexpr std::string_view kNames[] = {"date",
                                                "dc.date",
                                                "dcterms.date",
                                                "dcterms.created",
                                                "dc.date.created",
                                                "article:modified_time",
                                                "last-modified"};
  for (std::string_view k : kNames) {
    if (n == k) return true;
  }
  return false;
}

void ReadMetaTag(const GumboNode* node, Found* f) {
  const char* content = Attr(node, "content");
  if (content == nullptr) return;
  const char* key = Attr(node, "property");
  if (key == nullptr) key = Attr(node, "name");
  if (key == nullptr) key = Attr(node, "itemprop");
  if (key == nullptr) {
    const char* equiv = Attr(node, "http-equiv");
    if (equiv != nullptr && ToLower(equiv) == "content-language")
      SetOnce(&f->lang, content);
    return;
  }
  const std::string k = ToLower(key);
  if (k == "og:title") SetOnce(&f->title[kOgTitle], content);
  if (k == "twitter:title") SetOnce(&f->title[kTwitterTitle], content);
  if (k == "og:site_name") SetOnce(&f->site, content);
  if (IsPublishedName(k)) SetOnce(&f->date[kMetaPublished], content);
  if (IsDateName(k)) SetOnce(&f->date[kMetaDate], content);
}

void ReadElement(const GumboNode* node, Found* f) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      if (const char* lang = Attr(node, "lang")) SetOnce(&f->lang, lang);
      break;
    case GUMBO_TAG_META:
      ReadMetaTag(node, f);
      break;
    case GUMBO_TAG_TITLE:
      if (f->title[kTitleTag].empty()) f->title[kTitleTag] = NodeText(node);
      break;
    case GUMBO_TAG_H1:
      if (f->title[kH1].empty()) f->title[kH1] = NodeText(node);
      break;
    case GUMBO_TAG_TIME:
      if (const char* dt = Attr(node, "datetime")) SetOnce(&f->date[kTimeTag], dt);
      break;
    default:
      break;
  }
  const char* itemprop = Attr(node, "itemprop");
  if (itemprop != nullptr && ToLower(itemprop) == "datepublished") {
    const char* v = Attr(node, "datetime");
    if (v == nullptr) v = Attr(node, "content");
    if (v != nullptr) SetOnce(&f->date[kItemprop], v);
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (Lower(c) >= 'a' && Lower(c) <= 'f') return Lower(c) - 'a' + 10;
  return -1;
}

// Reads 4 hex digits at s[i]; -1 when they are not there.
long Hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return -1;
  long v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    const int h = HexValue(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// Decodes the JSON string whose opening quote is at s[i].
std::string JsonStringAt(std::string_view s, size_t i) {
  std::string out;
  for (++i; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i]);
      continue;
    }
    const char e = s[++i];
    if (e == 'n' || e == 't' || e == 'r') {
      out.push_back(' ');
    } else if (e == 'u') {
      long cp = Hex4(s, i + 1);
      if (cp < 0) continue;
      i += 4;
      if (cp >= 0xD800 && cp < 0xDC00 && i + 2 < s.size() && s[i + 1] == '\\' &&
          s[i + 2] == 'u') {
        const long lo = Hex4(s, i + 3);
        if (lo >= 0xDC00 && lo < 0xE000) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          i += 6;
        }
      }
      if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
      out.append(buf, static_cast<size_t>(n));
    } else if (e == 'b' || e == 'f') {
      continue;
    } else {
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace

std::string FindJsonString(std::string_view json, std::string_view key) {
  std::string quoted = "\"";
  quoted.append(key);
  quoted.push_back('"');
  for (size_t at = json.find(quoted); at != std::string_view::npos;
       at = json.find(quoted, at + 1)) {
    size_t i = at + quoted.size();
    while (i < json.size() && IsSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsSpace(json[i])) ++i;
    if (i < json.size() && json[i] == '"') return CollapseSpace(JsonStringAt(json, i));
  }
  return "";
}

std::string NodeText(const GumboNode* node) {
  std::string raw;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      raw.append(n->v.text.text);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    raw.push_back(' ');
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
  return CollapseSpace(raw);
}

std::string StripTitleSiteSuffix(std::string_view title, std::string_view site) {
  static constexpr std::string_view kSeparators[] = {
      " | ",        " - ",  " \xE2\x80\x93 ", " \xE2\x80\x94 ",
      " \xC2\xB7 ", " :: ", " // ",           " \xC2\xBB "};
  const std::string lower_site = ToLower(site);
  auto words = [](std::string_view s) {
    size_t n = 1;
    for (char c : s) n += c == ' ';
    return n;
  };
  for (std::string_view sep : kSeparators) {
    const size_t last = title.rfind(sep);
    if (last != std::string_view::npos && last > 0) {
      const std::string_view head = title.substr(0, last);
      const std::string_view tail = title.substr(last + sep.size());
      const std::string lower_tail = ToLower(tail);
      const bool names_site =
          !lower_site.empty() && (lower_site.find(lower_tail) != std::string::npos ||
                                  lower_tail.find(lower_site) != std::string::npos);
      if (names_site || (words(tail) <= 4 && words(head) >= words(tail) + 2)) {
        return StripTitleSiteSuffix(head, site);
      }
    }
    const size_t first = title.find(sep);
    if (first != std::string_view::npos && !lower_site.empty() &&
        ToLower(title.substr(0, first)) == lower_site) {
      return std::string(title.substr(first + sep.size()));
    }
  }
  return std::string(title);
}

void ReadHtmlMeta(const GumboNode* root, const std::vector<std::string>& json_ld,
                  BodyExtraction* out) {
  Found f;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    ReadElement(n, &f);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
  for (const std::string& ld : json_ld) {
    SetOnce(&f.title[kLdHeadline], FindJsonString(ld, "headline"));
    SetOnce(&f.date[kLdPublished], FindJsonString(ld, "datePublished"));
    SetOnce(&f.date[kMetaDate], FindJsonString(ld, "dateCreated"));
  }
  for (const std::string& t : f.title) {
    if (t.empty()) continue;
    out->title = StripTitleSiteSuffix(t, f.site);
    break;
  }
  for (const std::string& d : f.date) {
    if (d.empty()) continue;
    out->published = d;
    break;
  }
  out->site = f.site;
  out->language_hint = f.lang;
}

}  // namespace vigil
