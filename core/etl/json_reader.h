#pragma once

#include "etl/record_reader.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kestrel::core {

class TextStream;

/// A streaming JSON parser (no document is built) over a TextStream. The top level is an array of
/// objects or JSON lines (objects one after another, usually one per line). Each object is a record:
/// strings are unescaped (\uXXXX surrogate pairs included), numbers kept as written, true/false
/// become "true"/"false", null becomes "", nested objects and arrays their compact JSON text.
/// Columns are the keys in order of first appearance; the first record is read on construction so
/// columns() is known before next(), and it grows when a later object brings a new key.
class JsonReader final : public RecordReader {
public:
    /// Nesting deeper than this is refused instead of recursing without bound.
    static constexpr int kMaxDepth = 256;

    /// Reads up to the end of the first object.
    explicit JsonReader(std::unique_ptr<TextStream> stream);
    ~JsonReader() override;

    const std::vector<std::string>& columns() const override { return m_columns; }
    bool next(Record& record) override;

    FileFormat format() const override { return FileFormat::Json; }
    TextEncoding encoding() const override;
    char delimiter() const override { return 0; }
    std::uint64_t bytesRead() const override;
    std::uint64_t fileSize() const override;
    std::string sha256Hex() const override;

private:
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
    };

    bool readRecord(Record& record);
    void parseObject(Record& record);
    std::size_t columnFor(const std::string& key, std::int64_t line, std::int64_t column, Record& record);
    void parseFieldValue(std::string& out);
    void parseNestedValue(std::string& out, int depth);
    void parseString(std::string& out, bool asJson);
    char32_t parseHexEscape();
    void parseNumber(std::string& out);
    void parseLiteral(std::string_view word, std::string& out, std::string_view value);

    bool more();
    char peekOrEof();
    void step();
    char skipWhitespace();
    std::string describeNext();
    [[noreturn]] void fail(const std::string& message) const;
    [[noreturn]] void failEof() const;

    std::unique_ptr<TextStream> m_stream;
    std::vector<std::string> m_columns;
    std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> m_columnIndex;
    std::vector<std::uint64_t> m_seenIn; // per column: serial of the last object that had the key
    std::uint64_t m_serial = 0;
    std::string m_key;
    Record m_first;
    bool m_hasFirst = false;
    bool m_array = false;    // top level is one array (else JSON lines)
    bool m_started = false;  // an array element has been read
    bool m_finished = false; // the top level is complete
    std::array<bool, 256> m_stringSpecial{};
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    bool m_eof = false;
    std::int64_t m_line = 1;
    std::int64_t m_column = 1; // character (not byte) position of m_pos in its line
    bool m_lastWasCr = false;
};

} // namespace kestrel::core
