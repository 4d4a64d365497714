#include "clean/cleaner.h"

#include "clean/charset.h"
#include "clean/dates.h"
#include "clean/language.h"
#include "clean/sentences.h"
#include "clean/unicode.h"
#include "common/hash.h"
#include "common/utf8.h"
#include "dedup/shingles.h"

namespace vigil {

Cleaner::Cleaner(CleanOptions options)
    : options_(std::move(options)), html_(options_.html), text_(options_.text) {}

Cleaner::~Cleaner() = default;

namespace {

// Joins blocks into one text, one block per line, recording where each came from.
void Assemble(const std::vector<TextBlock>& blocks, Document* doc) {
  for (const TextBlock& block : blocks) {
    std::string piece = CollapseSpace(block.text);
    NormalizeNfc(&piece);
    if (piece.empty()) continue;
    if (!doc->text.empty()) doc->text.push_back('\n');
    const auto begin = static_cast<uint32_t>(doc->text.size());
    doc->text += piece;
    const auto end = static_cast<uint32_t>(doc->text.size());
    doc->offsets.pieces.push_back({begin, end, block.raw_begin, block.raw_end});
    doc->paragraphs.push_back({begin, end});
  }
}

std::string PickPublished(const SourceInfo& meta, const BodyExtraction& body) {
  if (!meta.published.empty()) {
    std::string d = NormalizeDate(meta.published);
    if (!d.empty()) return d;
  }
  return body.published.empty() ? "" : NormalizeDate(body.published);
}

}  // namespace

Result<Document> Cleaner::Clean(const RawArticle& article) const {
  if (article.bytes.size() > options_.max_article_bytes) {
    return Status::InvalidArgument("article is " + std::to_string(article.bytes.size()) +
                                   " bytes, over the limit of " +
                                   std::to_string(options_.max_article_bytes));
  }
  // Other charsets are read as UTF-8 from here on (clean/charset.h).
  std::string transcoded;
  std::string_view bytes = article.bytes;
  if (!IsValidUtf8(bytes)) {
    const bool html = article.format == InputFormat::kHtml;
    const std::string charset =
        ChooseCharset(bytes, html ? DeclaredCharset(bytes) : "",
                      CharsetOfContentType(article.meta.content_type));
    transcoded = TranscodeToUtf8(bytes, charset);
    bytes = transcoded;
  }
  if (LooksBinary(bytes)) {
    return Status::InvalidArgument("binary data, not text");
  }
  const BodyExtraction body =
      article.format == InputFormat::kHtml ? html_.Extract(bytes) : text_.Clean(bytes);
  Document doc;
  doc.meta = article.meta;
  Assemble(body.blocks, &doc);
  if (doc.text.size() < options_.min_text_bytes) {
    return Status::InvalidArgument("no article text found");
  }
  doc.title =
      CollapseSpace(!article.meta.title.empty() ? article.meta.title : body.title);
  doc.title = RepairUtf8(doc.title);
  NormalizeNfc(&doc.title);
  doc.published = PickPublished(article.meta, body);
  if (doc.meta.site.empty()) doc.meta.site = body.site;
  doc.language =
      options_.detect_language ? DetectLanguage(doc.text, body.language_hint) : "un";
  for (const Span& p : doc.paragraphs) {
    std::vector<Span> s = SplitSentences(doc.text, p.begin, p.end);
    doc.sentences.insert(doc.sentences.end(), s.begin(), s.end());
  }
  doc.content_hash = Hash64(doc.text);
  // Signing is blind to order and repeats: the shingles are not sorted.
  if (options_.minhash) doc.minhash = minhasher_.Sign(WordShingleSequence(doc.text));
  return doc;
}

}  // namespace vigil
