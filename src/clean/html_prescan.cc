#include "clean/html_prescan.h"

#include <algorithm>
#include <cstring>

namespace vigil {

namespace {

enum class RawKind { kNone, kCut, kKeep };

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsNameChar(char c) {
  return IsAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
}
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  const char first_lower = Lower(needle[0]);
  const char first_upper = static_cast<char>(first_lower & ~0x20);
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    const void* hit = std::memchr(hay.data() + i, first_lower, hay.size() - i);
    const void* hit_upper = IsAsciiAlpha(first_lower)
                                ? std::memchr(hay.data() + i, first_upper, hay.size() - i)
                                : nullptr;
    if (hit == nullptr && hit_upper == nullptr) return std::string_view::npos;
    const char* p = static_cast<const char*>(hit);
    if (p == nullptr ||
        (hit_upper != nullptr && static_cast<const char*>(hit_upper) < p)) {
      p = static_cast<const char*>(hit_upper);
    }
    i = static_cast<size_t>(p - hay.data());
    if (i + needle.size() > hay.size()) return std::string_view::npos;
    if (EqualsIgnoreCase(hay.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

RawKind KindOf(std::string_view name) {
  static constexpr std::string_view kCut[] = {"script", "style",  "template", "noscript",
                                              "svg",    "iframe", "math"};
  static constexpr std::string_view kKeep[] = {"title", "textarea", "xmp", "plaintext"};
  for (std::string_view c : kCut) {
    if (EqualsIgnoreCase(name, c)) return RawKind::kCut;
  }
  for (std::string_view k : kKeep) {
    if (EqualsIgnoreCase(name, k)) return RawKind::kKeep;
  }
  return RawKind::kNone;
}

// Position just past the '>' closing the tag whose attributes start at `i`,
// or npos. Quoted attribute values may contain '>'.
size_t EndOfTag(std::string_view html, size_t i) {
  while (i < html.size()) {
    const char c = html[i];
    if (c == '>') return i + 1;
    if (c != '=') {
      ++i;
      continue;
    }
    ++i;
    while (i < html.size() && IsSpace(html[i])) ++i;
    if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
      const size_t close = html.find(html[i], i + 1);
      if (close == std::string_view::npos) return close;
      i = close + 1;
    }
  }
  return std::string_view::npos;
}

// Position of the "</name" that closes a raw-text element, or npos.
size_t FindClose(std::string_view html, std::string_view name, size_t from) {
  std::string needle = "</";
  needle.append(name);
  for (size_t at = FindIgnoreCase(html, needle, from); at != std::string_view::npos;
       at = FindIgnoreCase(html, needle, at + 1)) {
    const size_t after = at + needle.size();
    if (after >= html.size() || !IsNameChar(html[after])) return at;
  }
  return std::string_view::npos;
}

// Elements that stay open until their end tag: void elements and those whose
// end tag may be left out do not nest reliably and are not counted.
bool Nests(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area",   "base",     "br",    "col",   "embed",  "hr",       "img",
      "input",  "link",     "meta",  "param", "source", "track",    "wbr",
      "p",      "li",       "dt",    "dd",    "tr",     "td",       "th",
      "option", "optgroup", "thead", "tbody", "tfoot",  "colgroup", "rb",
      "rt",     "rp",       "html",  "head",  "body",   "image",    "keygen"};
  for (std::string_view f : kFlat) {
    if (EqualsIgnoreCase(name, f)) return false;
  }
  return true;
}

class Scanner {
 public:
  Scanner(std::string_view html, int max_depth) : html_(html), max_depth_(max_depth) {
    out_.compact.reserve(html.size() / 2);
  }

  PrescanResult Run() {
    size_t i = 0;
    while (i < html_.size()) {
      const void* lt = std::memchr(html_.data() + i, '<', html_.size() - i);
      if (lt == nullptr) break;
      i = static_cast<size_t>(static_cast<const char*>(lt) - html_.data());
      i = Step(i);
    }
    Keep(html_.size());
    return std::move(out_);
  }

 private:
  // Handles the markup at html_[i] == '<'; returns where scanning goes on.
  size_t Step(size_t i) {
    if (html_.compare(i, 4, "<!--") == 0) {
      size_t end = html_.find("-->", i + 4);
      end = end == std::string_view::npos ? html_.size() : end + 3;
      Keep(i);
      Cut(end);
      return end;
    }
    if (i + 2 < html_.size() && html_[i + 1] == '/' && IsAsciiAlpha(html_[i + 2])) {
      return EndTag(i);
    }
    if (i + 1 >= html_.size() || !IsAsciiAlpha(html_[i + 1])) return i + 1;
    size_t j = i + 1;
    while (j < html_.size() && IsNameChar(html_[j])) ++j;
    const std::string_view name = html_.substr(i + 1, j - i - 1);
    const size_t tag_end = EndOfTag(html_, j);
    if (tag_end == std::string_view::npos) return html_.size();
    const RawKind kind = KindOf(name);
    const bool self_closing = html_[tag_end - 2] == '/';
    if (kind == RawKind::kNone) {
      if (!self_closing && Nests(name) && ++depth_ > max_depth_) {
        --depth_;
        ++suppressed_;
        Keep(i);
        Cut(tag_end);
      }
      return tag_end;
    }
    if (self_closing) return tag_end;
    const size_t close = FindClose(html_, name, tag_end);
    if (close == std::string_view::npos) return tag_end;
    if (kind == RawKind::kCut) {
      const std::string_view tag = html_.substr(i, tag_end - i);
      if (EqualsIgnoreCase(name, "script") &&
          FindIgnoreCase(tag, "ld+json", 0) != std::string_view::npos) {
        out_.json_ld.emplace_back(html_.substr(tag_end, close - tag_end));
      }
      Keep(tag_end);
      Cut(close);
    }
    return close;
  }

  // Handles the end tag at html_[i]: undoes one level of depth, and is cut
  // when it closes a start tag that was cut for depth.
  size_t EndTag(size_t i) {
    size_t j = i + 2;
    while (j < html_.size() && IsNameChar(html_[j])) ++j;
    const std::string_view name = html_.substr(i + 2, j - i - 2);
    const size_t tag_end = EndOfTag(html_, j);
    if (tag_end == std::string_view::npos) return html_.size();
    if (!Nests(name)) return tag_end;
    if (suppressed_ > 0) {
      --suppressed_;
      Keep(i);
      Cut(tag_end);
    } else if (depth_ > 0) {
      --depth_;
    }
    return tag_end;
  }

  // Copies raw bytes up to `end` into the compact text.
  void Keep(size_t end) {
    if (end > kept_) out_.compact.append(html_.substr(kept_, end - kept_));
    kept_ = std::max(kept_, end);
  }

  // Drops raw bytes from the current position up to `end`.
  void Cut(size_t end) {
    if (end <= kept_) return;
    shift_ += static_cast<uint32_t>(end - kept_);
    out_.cuts.push_back({static_cast<uint32_t>(out_.compact.size()), shift_});
    kept_ = end;
  }

  std::string_view html_;
  PrescanResult out_;
  const int max_depth_;
  size_t kept_ = 0;
  uint32_t shift_ = 0;
  int depth_ = 0;       // open elements that need an end tag, as counted so far
  int suppressed_ = 0;  // start tags cut for depth whose end tags are still to come
};

}  // namespace

uint32_t PrescanResult::ToRaw(uint32_t pos) const {
  auto it = std::upper_bound(cuts.begin(), cuts.end(), pos,
                             [](uint32_t p, const Cut& c) { return p < c.compact; });
  if (it == cuts.begin()) return pos;
  return pos + std::prev(it)->shift;
}

PrescanResult Prescan(std::string_view html, int max_depth) {
  return Scanner(html, max_depth).Run();
}

}  // namespace vigil
