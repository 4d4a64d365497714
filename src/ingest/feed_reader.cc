#include "ingest/feed_reader.h"

#include <expat.h>
#include <unicode/ucnv.h>

#include <cstring>
#include <memory>
#include <string_view>

#include "ingest/problems.h"

namespace vigil {
namespace {

constexpr size_t kReadChunk = size_t{1} << 16;

// "content:encoded" -> "encoded": elements are matched by local name.
std::string_view LocalName(const XML_Char* name) {
  std::string_view s(name);
  const size_t colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

const XML_Char* Attribute(const XML_Char** attrs, std::string_view key) {
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (LocalName(attrs[i]) == key) return attrs[i + 1];
  }
  return nullptr;
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// Expat reads UTF-8, UTF-16, ISO-8859-1 and US-ASCII itself; for other
// single-byte encodings a feed declares (windows-1252, ISO-8859-15,
// windows-1256, KOI8-R...) this fills expat's byte map from ICU's converter.
// Multi-byte encodings other than UTF-16 are left unknown (an XML error).
int XMLCALL SingleByteEncoding(void*, const XML_Char* name, XML_Encoding* info) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name, &err);
  if (U_FAILURE(err)) return XML_STATUS_ERROR;
  const bool single = ucnv_getMaxCharSize(conv) == 1;
  for (int b = 0; single && b < 256; ++b) {
    const char byte = static_cast<char>(b);
    const char* src = &byte;
    err = U_ZERO_ERROR;
    ucnv_reset(conv);
    const UChar32 cp = ucnv_getNextUChar(conv, &src, src + 1, &err);
    info->map[b] = U_FAILURE(err) || cp > 0xFFFF ? -1 : static_cast<int>(cp);
  }
  ucnv_close(conv);
  if (!single) return XML_STATUS_ERROR;
  info->data = nullptr;
  info->convert = nullptr;
  info->release = nullptr;
  return XML_STATUS_OK;
}

enum class Field { kNone, kTitle, kLink, kDate, kUpdated, kSummary, kContent };

// One item or entry as read so far.
struct Item {
  std::string title, link, date, updated, summary, content;
  bool summary_text = false, content_text = false;  // Atom type="text"
  bool too_large = false;
};

// Which field a child element of an item fills; kNone for the rest.
Field FieldOf(std::string_view name) {
  if (name == "title") return Field::kTitle;
  if (name == "link") return Field::kLink;
  if (name == "pubDate" || name == "date" || name == "published" || name == "issued")
    return Field::kDate;
  if (name == "updated" || name == "modified") return Field::kUpdated;
  if (name == "description" || name == "summary") return Field::kSummary;
  if (name == "encoded" || name == "content") return Field::kContent;
  return Field::kNone;
}

bool IsItem(std::string_view name) { return name == "item" || name == "entry"; }

class FeedParser {
 public:
  FeedParser(const std::string& path, const IngestOptions& options, ArticleSink& sink)
      : path_(path), options_(options), sink_(sink), parser_(XML_ParserCreate(nullptr)) {
    XML_SetUserData(parser_.get(), this);
    XML_SetElementHandler(parser_.get(), &FeedParser::Start, &FeedParser::End);
    XML_SetCharacterDataHandler(parser_.get(), &FeedParser::Text);
    XML_SetUnknownEncodingHandler(parser_.get(), &SingleByteEncoding, nullptr);
  }

  void Run(ByteStream& in) {
    std::unique_ptr<char[]> buf(new char[kReadChunk]);
    uint64_t total = 0;
    for (;;) {
      Result<size_t> got = in.Read(buf.get(), kReadChunk);
      if (!got.ok()) return sink_.Reject({path_, "", got.status().message()});
      total += *got;
      if (*got == 0 && total == 0) return sink_.Reject({path_, "", "empty file"});
      const bool last = *got == 0;
      if (XML_Parse(parser_.get(), buf.get(), static_cast<int>(*got), last) ==
          XML_STATUS_ERROR) {
        return ReportError();
      }
      if (last) break;
    }
    if (!root_seen_) sink_.Reject({path_, "", "not an RSS or Atom feed"});
  }

 private:
  struct Free {
    void operator()(XML_Parser p) const { XML_ParserFree(p); }
  };

  void ReportError() {
    if (not_feed_) return sink_.Reject({path_, "", "not an RSS or Atom feed"});
    const XML_Error code = XML_GetErrorCode(parser_.get());
    sink_.Reject({path_, Location("line", XML_GetCurrentLineNumber(parser_.get())),
                  std::string("XML error: ") + XML_ErrorString(code)});
  }

  static void XMLCALL Start(void* self, const XML_Char* name, const XML_Char** attrs) {
    static_cast<FeedParser*>(self)->OnStart(LocalName(name), attrs);
  }
  static void XMLCALL End(void* self, const XML_Char* name) {
    static_cast<FeedParser*>(self)->OnEnd(LocalName(name));
  }
  static void XMLCALL Text(void* self, const XML_Char* s, int len) {
    static_cast<FeedParser*>(self)->Append(std::string_view(s, static_cast<size_t>(len)));
  }

  void OnStart(std::string_view name, const XML_Char** attrs) {
    ++depth_;
    if (depth_ == 1) return CheckRoot(name);
    if (field_ != Field::kNone) {  // markup inside a body (Atom type="xhtml")
      Append("<");
      Append(name);
      return Append(">");
    }
    if (!in_item_) {
      if (IsItem(name)) {
        in_item_ = true;
        item_depth_ = depth_;
        item_ = Item{};
      } else if (name == "title" && site_.empty()) {
        Open(Field::kTitle);
      }
      return;
    }
    if (depth_ != item_depth_ + 1) return;
    const Field f = FieldOf(name);
    if (f == Field::kLink) {
      const XML_Char* href = Attribute(attrs, "href");
      const XML_Char* rel = Attribute(attrs, "rel");
      if (href != nullptr) {
        if (item_.link.empty() && (rel == nullptr || std::strcmp(rel, "alternate") == 0))
          item_.link = href;
        return;
      }
    }
    if (f == Field::kSummary || f == Field::kContent) {
      const XML_Char* type = Attribute(attrs, "type");
      const bool text = type != nullptr && std::strcmp(type, "text") == 0;
      (f == Field::kSummary ? item_.summary_text : item_.content_text) = text;
    }
    if (f != Field::kNone) Open(f);
  }

  void OnEnd(std::string_view name) {
    if (field_ != Field::kNone && depth_ > field_depth_) {
      Append("</");
      Append(name);
      Append(">");
    } else if (field_ != Field::kNone && depth_ == field_depth_) {
      Close();
    } else if (in_item_ && depth_ == item_depth_) {
      in_item_ = false;
      Emit();
    }
    --depth_;
  }

  void CheckRoot(std::string_view name) {
    if (name == "rss" || name == "feed" || name == "RDF") {
      root_seen_ = true;
      return;
    }
    not_feed_ = true;
    XML_StopParser(parser_.get(), XML_FALSE);
  }

  void Open(Field f) {
    field_ = f;
    field_depth_ = depth_;
    buffer_.clear();
  }

  void Append(std::string_view s) {
    if (field_ == Field::kNone) return;
    if (buffer_.size() + s.size() > options_.max_article_bytes) {
      item_.too_large = in_item_;
      return;
    }
    buffer_.append(s);
  }

  // Stores the finished field; the first non-empty value of each wins.
  void Close() {
    const Field f = field_;
    field_ = Field::kNone;
    std::string value(Trim(buffer_));
    if (!in_item_) {
      site_ = std::move(value);
      return;
    }
    std::string* slot = nullptr;
    switch (f) {
      case Field::kTitle:
        slot = &item_.title;
        break;
      case Field::kLink:
        slot = &item_.link;
        break;
      case Field::kDate:
        slot = &item_.date;
        break;
      case Field::kUpdated:
        slot = &item_.updated;
        break;
      case Field::kSummary:
        slot = &item_.summary;
        break;
      case Field::kContent:
        slot = &item_.content;
        break;
      case Field::kNone:
        return;
    }
    if (slot->empty()) *slot = std::move(value);
  }

  void Emit() {
    ++items_;
    const std::string where = Location("item", items_);
    if (item_.too_large) {
      return sink_.Reject({path_, where,
                           "article exceeds max_article_bytes (" +
                               std::to_string(options_.max_article_bytes) + ")"});
    }
    const bool use_content = !item_.content.empty();
    std::string& body = use_content ? item_.content : item_.summary;
    if (body.empty()) return sink_.Reject({path_, where, "no content or description"});
    RawArticle a;
    a.meta.source = path_ + "#I" + std::to_string(items_);
    a.meta.url = std::move(item_.link);
    a.meta.title = std::move(item_.title);
    a.meta.published =
        item_.date.empty() ? std::move(item_.updated) : std::move(item_.date);
    a.meta.site = site_;
    const bool text = use_content ? item_.content_text : item_.summary_text;
    a.format = text ? InputFormat::kText : InputFormat::kHtml;
    // A body is an HTML fragment: give the cleaner a page with one article.
    a.bytes = text ? std::move(body)
                   : "<html><body><article>" + body + "</article></body></html>";
    sink_.Accept(std::move(a));
  }

  const std::string& path_;
  const IngestOptions& options_;
  ArticleSink& sink_;
  std::unique_ptr<XML_ParserStruct, Free> parser_;
  int depth_ = 0;
  bool root_seen_ = false, not_feed_ = false;
  bool in_item_ = false;
  int item_depth_ = 0;
  Field field_ = Field::kNone;
  int field_depth_ = 0;
  std::string buffer_;
  Item item_;
  std::string site_;
  uint64_t items_ = 0;
};

}  // namespace

void ReadFeed(ByteStream& in, const std::string& path, const IngestOptions& options,
              ArticleSink& sink) {
  FeedParser(path, options, sink).Run(in);
}

}  // namespace vigil
