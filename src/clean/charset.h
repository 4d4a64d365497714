// Character sets: articles reach the cleaner as bytes in whatever encoding
// their site used (windows-1252 French, windows-1256 Arabic, KOI8-R
// Russian...). Everything after the cleaner reads UTF-8, so bytes that are
// not valid UTF-8 are transcoded here (ICU converters). Offsets of a
// transcoded article count bytes of its UTF-8 form, not of the raw input.
#ifndef VIGIL_CLEAN_CHARSET_H_
#define VIGIL_CLEAN_CHARSET_H_

#include <string>
#include <string_view>

namespace vigil {

// The charset parameter of a Content-Type value ("text/html;
// charset="windows-1256"" -> "windows-1256"), lower-cased; "" when absent.
std::string CharsetOfContentType(std::string_view content_type);

// The charset an HTML page declares in its first 4 KB: <meta charset>,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML
// declaration's encoding; lower-cased, "" when none.
std::string DeclaredCharset(std::string_view html);

// Which charset `bytes` are in: a byte-order mark's; else "utf-8" when they
// are valid UTF-8 or nearly (valid multi-byte sequences outnumber invalid
// bytes two to one), whatever is declared, since pages often declare latin-1
// and send UTF-8; else `declared` (the page's own), else `transport` (the
// HTTP header's) when ICU knows it; else "windows-1252", which decodes every
// byte.
std::string ChooseCharset(std::string_view bytes, std::string_view declared,
                          std::string_view transport);

// `bytes` in `charset` as UTF-8. Bytes the charset cannot map become U+FFFD;
// an unknown charset is read as windows-1252. A UTF-8 byte-order mark is
// dropped. Thread-safe.
std::string TranscodeToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace vigil

#endif  // VIGIL_CLEAN_CHARSET_H_
