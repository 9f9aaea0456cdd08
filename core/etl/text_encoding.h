#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kestrel::core {

/// Encodings the importer understands. Files from Russian-locale Excel are often Windows-1251.
enum class TextEncoding { Utf8, Utf8Bom, Windows1251 };

/// "UTF-8", "UTF-8 (BOM)", "Windows-1251".
std::string encodingName(TextEncoding encoding);

/// Parses a user's --encoding value ("utf-8", "utf8", "cp1251", "windows-1251", "auto");
/// nullopt means auto-detect. Throws Error(InvalidArgument) on anything else.
std::optional<TextEncoding> parseEncodingName(std::string_view name);

/// Guesses the encoding from the first bytes of a file (a few hundred KiB is plenty):
/// a UTF-8 BOM wins; valid UTF-8 (a sequence cut at the end of the sample is allowed) is UTF-8;
/// otherwise Windows-1251. Throws Error(InvalidArgument) for UTF-16/UTF-32 BOMs ("UTF-16 text is not
/// supported; save the file as UTF-8 or Windows-1251") and for binary data (NUL bytes: "not a text
/// file (binary data)").
TextEncoding detectEncoding(std::string_view sample);

/// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code points
/// above U+10FFFF are invalid), or nullopt when all is valid. With
/// allowTruncatedTail a multi-byte sequence cut by the end of the buffer counts as valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes, bool allowTruncatedTail);

/// Appends Windows-1251 bytes converted to UTF-8. The unassigned byte 0x98 becomes U+FFFD.
void appendCp1251AsUtf8(std::string& out, std::string_view cp1251);

}  // namespace kestrel::core
