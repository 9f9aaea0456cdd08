#pragma once

#include "etl/text_encoding.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kestrel::core {

/// A file read in chunks and handed out as UTF-8 text: a gzip-compressed file (recognised by its
/// magic bytes, whatever its name) is inflated on the way, the encoding is detected (or forced) from
/// the first chunk, a UTF-8 BOM is dropped, Windows-1251 is converted, UTF-8 is validated chunk by
/// chunk (a sequence cut by a chunk border is carried over), and the raw bytes (compressed, for
/// gzip) are hashed with SHA-256 on the way. Memory stays at about two chunks whatever the file size.
///
/// Errors are Error(InvalidArgument) naming the file (and the line for problems found later in the
/// file), or Error(Io) when the file cannot be read.
class TextStream {
public:
    static constexpr std::size_t kDefaultChunkSize = std::size_t{1} << 20;
    /// The first read is at least this long, so detection sees enough text even with small chunks.
    static constexpr std::size_t kMinFirstChunk = std::size_t{256} << 10;

    /// Opens the file and reads and decodes the first chunk.
    TextStream(const std::string& path, std::optional<TextEncoding> encoding,
               std::size_t chunkSize = kDefaultChunkSize);
    ~TextStream();
    TextStream(const TextStream&) = delete;
    TextStream& operator=(const TextStream&) = delete;

    /// The file name without its folder, as used in messages.
    const std::string& fileName() const { return m_fileName; }
    TextEncoding encoding() const { return m_encoding; }

    /// The decoded first chunk (BOM removed), for sniffing the format; valid until next() has been
    /// called twice.
    std::string_view head() const { return m_headPending ? m_text : std::string_view(); }
    /// True when the whole file has been read from disk (the last chunk may still be pending).
    bool fileFullyRead() const { return m_eof; }

    /// The next chunk of UTF-8 text (never empty); false at the end of the file. The view stays
    /// valid until the next call.
    bool next(std::string_view& chunk);

    /// Bytes read from disk and the file's size (both compressed for a gzip file), for progress.
    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t fileSize() const { return m_fileSize; }
    /// True when the file is gzip-compressed.
    bool compressed() const { return m_gzip != nullptr; }
    /// Lowercase hex SHA-256 of the raw file bytes; complete once next() has returned false.
    std::string sha256Hex() const;

private:
    struct Gzip;
    std::size_t readRaw(char* out, std::size_t want);
    std::size_t inflateInto(char* out, std::size_t want);
    void readChunk(bool detect);
    void decodeChunk(std::string_view raw);
    std::int64_t lineAt(std::string_view raw, std::size_t offset) const;
    void countLines(std::string_view raw);

    std::string m_path;
    std::string m_fileName;
    QFile m_file;
    std::unique_ptr<Gzip> m_gzip; // set for a gzip file
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::size_t m_chunkSize;
    std::unique_ptr<char[]> m_buffer; // carried bytes + one raw chunk
    std::size_t m_bufferCapacity = 0;
    std::string m_decoded; // Windows-1251 converted to UTF-8
    std::string_view m_text;
    std::array<char, 4> m_carry{}; // start of a UTF-8 sequence cut by the chunk border
    std::size_t m_carrySize = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_headPending = true;
    bool m_eof = false;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_fileSize = 0;
    std::int64_t m_line = 1; // line of the first byte of the next chunk
    bool m_lastWasCr = false;
};

} // namespace kestrel::core
