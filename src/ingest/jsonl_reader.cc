#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <string_view>
#include <utility>

#include "common/utf8.h"
#include "ingest/buffered_reader.h"
#include "ingest/problems.h"

namespace vigil {
namespace {

namespace dom = simdjson::dom;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// The fields of one record before they become an article.
struct Fields {
  std::string_view text, html;
  bool has_text = false, has_html = false;
  SourceInfo meta;
};

class RecordParser {
 public:
  explicit RecordParser(const IngestOptions& options) : options_(options) {}

  // Parses one line into an article, or returns the problem.
  Result<RawArticle> Parse(std::string_view line) {
    dom::element root;
    simdjson::error_code err = ParseJson(line, &root);
    if (err == simdjson::UTF8_ERROR) err = ParseJson(RepairUtf8(line), &root);
    if (err)
      return Status::InvalidArgument(std::string("not JSON: ") +
                                     simdjson::error_message(err));
    dom::object object;
    if (root.get_object().get(object))
      return Status::InvalidArgument("not a JSON object");
    Fields fields;
    for (dom::key_value_pair field : object) {
      Status s = TakeField(field.key, field.value, &fields);
      if (!s.ok()) return s;
    }
    return MakeArticle(std::move(fields));
  }

 private:
  simdjson::error_code ParseJson(std::string_view line, dom::element* root) {
    scratch_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    scratch_.assign(line);
    simdjson::padded_string_view view(scratch_.data(), scratch_.size(),
                                      scratch_.capacity());
    return parser_.parse(view).get(*root);
  }

  // Records one field of interest; metadata of an unexpected type is ignored,
  // an article field of the wrong type is a problem.
  Status TakeField(std::string_view key, dom::element value, Fields* f) {
    if (value.is_null()) return Status::Ok();
    if (key == "text" || key == "html") {
      std::string_view* slot = key == "text" ? &f->text : &f->html;
      if (value.get_string().get(*slot)) {
        return Status::InvalidArgument("field \"" + std::string(key) +
                                       "\" is not a string");
      }
      (key == "text" ? f->has_text : f->has_html) = true;
      return Status::Ok();
    }
    std::string* meta = key == "url"         ? &f->meta.url
                        : key == "title"     ? &f->meta.title
                        : key == "published" ? &f->meta.published
                        : key == "site"      ? &f->meta.site
                                             : nullptr;
    if (meta == nullptr) return Status::Ok();
    std::string_view s;
    if (!value.get_string().get(s)) {
      *meta = std::string(s);
    } else if (meta == &f->meta.published && value.is_number()) {
      *meta = simdjson::minify(value);
    }
    return Status::Ok();
  }

  // HTML wins when it holds anything; an empty "html" beside a usable
  // "text" does not hide the text.
  Result<RawArticle> MakeArticle(Fields f) {
    if (!f.has_text && !f.has_html) {
      return Status::InvalidArgument("no text or html field");
    }
    const bool use_html = f.has_html && (!IsBlank(f.html) || !f.has_text);
    const std::string_view body = use_html ? f.html : f.text;
    if (IsBlank(body)) {
      return Status::InvalidArgument(f.has_text && f.has_html
                                         ? "empty text and html fields"
                                     : use_html ? "empty html field"
                                                : "empty text field");
    }
    if (body.size() > options_.max_article_bytes) {
      return Status::InvalidArgument(
          TooLargeProblem(body.size(), options_.max_article_bytes));
    }
    RawArticle article;
    article.meta = std::move(f.meta);
    article.format = use_html ? InputFormat::kHtml : InputFormat::kText;
    article.bytes = std::string(body);
    return article;
  }

  const IngestOptions& options_;
  dom::parser parser_;
  std::string scratch_;
};

}  // namespace

void ReadJsonl(ByteStream& in, const std::string& path, const IngestOptions& options,
               ArticleSink& sink) {
  BufferedReader reader(&in);
  RecordParser parser(options);
  uint64_t line_number = 0;
  std::string_view line;
  for (;;) {
    const BufferedReader::LineStatus got = reader.ReadLine(options.max_line_bytes, &line);
    if (got == BufferedReader::LineStatus::kEnd) break;
    ++line_number;
    const std::string where = Location("line", line_number);
    if (got == BufferedReader::LineStatus::kTooLong) {
      sink.Reject({path, where,
                   "line longer than max_line_bytes (" +
                       std::to_string(options.max_line_bytes) + ")"});
      continue;
    }
    // A last line cut short by a read error is reported once, below.
    if (got == BufferedReader::LineStatus::kUnterminated && !reader.status().ok()) {
      --line_number;
      break;
    }
    // A byte-order mark may open the file; JSON itself does not allow one.
    if (line_number == 1 && line.starts_with(kByteOrderMark)) {
      line.remove_prefix(kByteOrderMark.size());
    }
    if (IsBlank(line)) continue;
    Result<RawArticle> article = parser.Parse(line);
    if (!article.ok()) {
      sink.Reject({path, where, article.status().message()});
      continue;
    }
    article->meta.source = path + "#L" + std::to_string(line_number);
    sink.Accept(std::move(article).value());
  }
  if (!reader.status().ok()) {
    sink.Reject({path, Location("line", line_number + 1), reader.status().message()});
  } else if (reader.offset() == 0) {
    sink.Reject({path, "", "empty file"});
  }
}

}  // namespace vigil
