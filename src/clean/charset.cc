#include "clean/charset.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#include "common/utf8.h"

namespace vigil {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// The value after `key` (e.g. "charset=") in `s`, unquoted, up to a
// delimiter; "" when `key` is absent. `s` must be lower case.
std::string ValueAfter(std::string_view s, std::string_view key) {
  const size_t at = s.find(key);
  if (at == std::string_view::npos) return "";
  std::string_view v = s.substr(at + key.size());
  while (!v.empty() && (v[0] == ' ' || v[0] == '"' || v[0] == '\'')) v.remove_prefix(1);
  const size_t end = v.find_first_of("\"'; >/\t\r\n");
  return std::string(v.substr(0, end));
}

bool Known(const std::string& charset) {
  if (charset.empty()) return false;
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(charset.c_str(), &err);
  if (c != nullptr) ucnv_close(c);
  return U_SUCCESS(err);
}

std::string FromBom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return "utf-8";
  if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
  if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
  return "";
}

// Mostly UTF-8: valid multi-byte sequences outnumber invalid bytes two to
// one (a UTF-8 page with a few broken bytes, to repair, not to reinterpret).
bool MostlyUtf8(std::string_view bytes) {
  size_t multi = 0, invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = Utf8SequenceLength(bytes, i);
    if (len == 0) {
      ++invalid;
      ++i;
    } else {
      ++multi;
      i += len;
    }
  }
  return multi >= 2 * invalid;
}

struct CloseConverter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

std::string CharsetOfContentType(std::string_view content_type) {
  return ValueAfter(Lower(content_type), "charset=");
}

std::string DeclaredCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 4096));
  if (head.starts_with("<?xml")) {
    std::string enc = ValueAfter(head.substr(0, head.find("?>")), "encoding=");
    if (!enc.empty()) return enc;
  }
  for (size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::string_view tag =
        std::string_view(head).substr(at, head.find('>', at) - at);
    std::string cs = ValueAfter(tag, "charset=");
    if (!cs.empty()) return cs;
  }
  return "";
}

std::string ChooseCharset(std::string_view bytes, std::string_view declared,
                          std::string_view transport) {
  if (std::string bom = FromBom(bytes); !bom.empty()) return bom;
  if (MostlyUtf8(bytes)) return "utf-8";
  for (std::string_view c : {declared, transport}) {
    std::string cs = Lower(c);
    // A declared UTF-8 that is not valid UTF-8 is a mislabelled page.
    if (cs != "utf-8" && cs != "utf8" && Known(cs)) return cs;
  }
  return "windows-1252";
}

std::string TranscodeToUtf8(std::string_view bytes, std::string_view charset) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string name = Lower(charset);
  if (name == "utf-8" || name == "utf8") return RepairUtf8(bytes);
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, CloseConverter> from(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) {
    err = U_ZERO_ERROR;
    from.reset(ucnv_open("windows-1252", &err));
    if (U_FAILURE(err)) return RepairUtf8(bytes);
  }
  std::unique_ptr<UConverter, CloseConverter> to(ucnv_open("utf-8", &err));
  if (U_FAILURE(err)) return RepairUtf8(bytes);
  // Every input byte becomes at most one character of at most 4 UTF-8 bytes
  // (3 for U+FFFD); UTF-16 input halves that.
  std::string out(bytes.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true,
                 true, &err);
  if (U_FAILURE(err)) return RepairUtf8(bytes);
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

}  // namespace vigil
