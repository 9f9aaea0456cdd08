#include "etl/text_stream.h"

#include "common/translate.h"
#include "etl/reader_error.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace kestrel::core {

/// zlib's inflate state for a gzip file: compressed input is read in its own buffer; several gzip
/// members one after the other (as `cat a.gz b.gz` makes) are one text; bytes after the last member
/// that do not start another one are ignored, as gzip -d does.
struct TextStream::Gzip {
    z_stream z{};
    std::unique_ptr<unsigned char[]> in = std::make_unique<unsigned char[]>(kInput);
    bool inputDone = false;  ///< the file has been read to its end
    bool memberDone = false; ///< the current member ended (and no next one has started)
    bool finished = false;   ///< no more text
    static constexpr std::size_t kInput = std::size_t{1} << 18;

    Gzip()
    {
        if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
            throw Error(Error::Code::Internal, "zlib: inflateInit2 failed");
    }
    ~Gzip() { inflateEnd(&z); }
    Gzip(const Gzip&) = delete;
    Gzip& operator=(const Gzip&) = delete;
};

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// Common binary formats people pick by mistake, named so the message says what to do.
std::optional<std::string> describeBinaryFormat(std::string_view head)
{
    if (startsWith(head, "PK\x03\x04")) {
        return trText("RecordReader",
                      QT_TRANSLATE_NOOP("RecordReader", "a ZIP archive, e.g. an Excel .xlsx workbook; save it as CSV"));
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0")) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "an Excel .xls workbook; save it as CSV"));
    }
    if (startsWith(head, "%PDF")) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "a PDF document"));
    }
    if (startsWith(head, "\x1F\x8B")) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "a gzip archive; unpack it first"));
    }
    if (std::memchr(head.data(), 0, head.size()) != nullptr) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "binary data"));
    }
    return std::nullopt;
}

bool hasWideBom(std::string_view head)
{
    return startsWith(head, "\xFF\xFE") || startsWith(head, "\xFE\xFF") ||
           startsWith(head, std::string_view("\x00\x00\xFE\xFF", 4));
}

// Length of the incomplete UTF-8 sequence at the end of valid text (0 when it ends on a boundary).
std::size_t incompleteTail(std::string_view text)
{
    const std::size_t lookBack = std::min<std::size_t>(3, text.size());
    for (std::size_t k = 1; k <= lookBack; ++k) {
        const auto byte = static_cast<unsigned char>(text[text.size() - k]);
        if ((byte & 0xC0) == 0x80) {
            continue; // continuation byte: keep looking for the lead
        }
        std::size_t length = 1;
        if (byte >= 0xF0) {
            length = 4;
        } else if (byte >= 0xE0) {
            length = 3;
        } else if (byte >= 0xC0) {
            length = 2;
        }
        return length > k ? k : 0;
    }
    return 0;
}

} // namespace

TextStream::TextStream(const std::string& path, std::optional<TextEncoding> encoding, std::size_t chunkSize)
    : m_path(path), m_fileName(std::filesystem::path(path).filename().string()),
      m_chunkSize(std::max<std::size_t>(chunkSize, 16))
{
    if (m_fileName.empty()) {
        m_fileName = path;
    }
    m_file.setFileName(QString::fromStdString(path));
    if (std::filesystem::is_directory(std::filesystem::path(path))) {
        throw Error(
            Error::Code::Io,
            trArgs(QCoreApplication::translate("RecordReader", "cannot open %1: it is a folder, not a file"), path),
            path);
    }
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        throw Error(Error::Code::Io,
                    trArgs(QCoreApplication::translate("RecordReader", "cannot open %1: %2"), path,
                           m_file.errorString().toStdString()),
                    path);
    }
    m_fileSize = static_cast<std::uint64_t>(std::max<qint64>(m_file.size(), 0));
    char magic[2] = {0, 0};
    const bool gzip = m_file.read(magic, 2) == 2 && magic[0] == '\x1F' && magic[1] == '\x8B';
    m_file.seek(0);
    if (gzip)
        m_gzip = std::make_unique<Gzip>();
    m_bufferCapacity = std::max(m_chunkSize, kMinFirstChunk) + m_carry.size();
    m_buffer = std::make_unique<char[]>(m_bufferCapacity);
    if (encoding) {
        m_encoding = *encoding;
    }
    readChunk(!encoding.has_value());
}

TextStream::~TextStream() = default;

bool TextStream::next(std::string_view& chunk)
{
    if (m_headPending) {
        m_headPending = false;
        if (!m_text.empty()) {
            chunk = m_text;
            return true;
        }
    }
    while (!m_eof) {
        readChunk(false);
        if (!m_text.empty()) {
            chunk = m_text;
            return true;
        }
    }
    m_text = {};
    return false;
}

std::string TextStream::sha256Hex() const
{
    return m_hash.result().toHex().toStdString();
}

std::size_t TextStream::readRaw(char* out, std::size_t want)
{
    const qint64 got = m_file.read(out, static_cast<qint64>(want));
    if (got < 0) {
        throw Error(Error::Code::Io,
                    trArgs(QCoreApplication::translate("RecordReader", "cannot read %1: %2"), m_path,
                           m_file.errorString().toStdString()),
                    m_path);
    }
    const auto size = static_cast<std::size_t>(got);
    m_hash.addData(QByteArrayView(out, static_cast<qsizetype>(size)));
    m_bytesRead += size;
    return size;
}

std::size_t TextStream::inflateInto(char* out, std::size_t want)
{
    Gzip& g = *m_gzip;
    z_stream& z = g.z;
    z.next_out = reinterpret_cast<unsigned char*>(out);
    z.avail_out = static_cast<uInt>(want);
    while (z.avail_out > 0 && !g.finished) {
        if (z.avail_in == 0 && !g.inputDone) {
            const std::size_t got = readRaw(reinterpret_cast<char*>(g.in.get()), Gzip::kInput);
            z.next_in = g.in.get();
            z.avail_in = static_cast<uInt>(got);
            g.inputDone = got == 0 || m_file.atEnd();
        }
        if (g.memberDone) {
            // Another member follows only when the next bytes are gzip's magic.
            if (z.avail_in == 0) {
                g.finished = g.inputDone;
                continue;
            }
            if (z.next_in[0] != 0x1F || (z.avail_in > 1 && z.next_in[1] != 0x8B)) {
                g.finished = true;
                continue;
            }
            inflateReset(&z);
            g.memberDone = false;
        }
        if (z.avail_in == 0 && g.inputDone)
            throw fileError(m_fileName,
                            trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "the gzip data is truncated")));
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            g.memberDone = true;
        } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && z.avail_in == 0)) {
            throw fileError(m_fileName,
                            trArgs(QCoreApplication::translate("RecordReader", "not valid gzip data (%1)"),
                                   std::string(z.msg != nullptr ? z.msg : "zlib error " + std::to_string(rc))));
        }
    }
    return want - z.avail_out;
}

void TextStream::readChunk(bool detect)
{
    const bool first = m_bytesRead == 0;
    std::memcpy(m_buffer.get(), m_carry.data(), m_carrySize);
    const std::size_t want = first ? std::max(m_chunkSize, kMinFirstChunk) : m_chunkSize;
    std::size_t size = 0;
    if (m_gzip) {
        size = inflateInto(m_buffer.get() + m_carrySize, want);
        m_eof = m_gzip->finished;
    } else {
        size = readRaw(m_buffer.get() + m_carrySize, want);
        m_eof = size < want || m_file.atEnd();
    }

    std::string_view raw(m_buffer.get(), m_carrySize + size);
    m_carrySize = 0;
    if (first) {
        if (!hasWideBom(raw)) {
            if (auto binary = describeBinaryFormat(raw)) {
                throw fileError(
                    m_fileName,
                    trArgs(QCoreApplication::translate("RecordReader", "not a CSV or JSON file (%1)"), *binary));
            }
        }
        try {
            const TextEncoding detected = detectEncoding(raw);
            if (detect) {
                m_encoding = detected;
            } else if (detected == TextEncoding::Utf8Bom && m_encoding == TextEncoding::Utf8) {
                m_encoding = TextEncoding::Utf8Bom;
            }
        } catch (const Error& e) {
            throw fileError(m_fileName, e.what());
        }
        if (m_encoding == TextEncoding::Utf8Bom && startsWith(raw, "\xEF\xBB\xBF")) {
            raw.remove_prefix(3);
        }
    }
    if (const void* nul = std::memchr(raw.data(), 0, raw.size())) {
        const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - raw.data());
        throw lineError(
            m_fileName, lineAt(raw, offset),
            trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "binary data (a NUL byte) in the text")));
    }
    decodeChunk(raw);
}

void TextStream::decodeChunk(std::string_view raw)
{
    if (m_encoding == TextEncoding::Windows1251) {
        m_decoded.clear();
        appendCp1251AsUtf8(m_decoded, raw);
        countLines(raw);
        m_text = m_decoded;
        return;
    }
    if (const auto bad = firstInvalidUtf8(raw, !m_eof)) {
        throw lineError(m_fileName, lineAt(raw, *bad),
                        trText("RecordReader",
                               QT_TRANSLATE_NOOP("RecordReader", "invalid UTF-8 byte sequence — the file is not UTF-8 "
                                                                 "(try --encoding cp1251)")));
    }
    if (!m_eof) {
        m_carrySize = incompleteTail(raw);
        std::memcpy(m_carry.data(), raw.data() + raw.size() - m_carrySize, m_carrySize);
        raw.remove_suffix(m_carrySize);
    }
    countLines(raw);
    m_text = raw;
}

// Line breaks are LF, CRLF or a lone CR, counted the way the readers count them.
std::int64_t TextStream::lineAt(std::string_view raw, std::size_t offset) const
{
    std::int64_t line = m_line;
    bool lastWasCr = m_lastWasCr;
    for (std::size_t i = 0; i < offset && i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            ++line;
        } else if (c == '\n' && !lastWasCr) {
            ++line;
        }
        lastWasCr = c == '\r';
    }
    return line;
}

void TextStream::countLines(std::string_view raw)
{
    if (raw.empty()) {
        return;
    }
    if (std::memchr(raw.data(), '\r', raw.size()) == nullptr) {
        auto lf = static_cast<std::int64_t>(std::count(raw.begin(), raw.end(), '\n'));
        if (m_lastWasCr && raw.front() == '\n') {
            --lf;
        }
        m_line += lf;
        m_lastWasCr = false;
        return;
    }
    m_line = lineAt(raw, raw.size());
    m_lastWasCr = raw.back() == '\r';
}

} // namespace kestrel::core
