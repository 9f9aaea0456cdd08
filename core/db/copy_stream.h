#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx { class transaction_base; class tablewriter; }

namespace kestrel::core {

/// COPY ... FROM STDIN in text format for bulk loads. Rows are appended as ready-made text lines
/// (tab-separated, \N for NULL, escaped with CopyStream::escape) into a buffer that is sent in
/// large chunks, which keeps per-row overhead to a memcpy.
class CopyStream {
public:
    CopyStream(pqxx::transaction_base& tx, const std::string& table, const std::vector<std::string>& columns);
    ~CopyStream();
    CopyStream(const CopyStream&) = delete;
    CopyStream& operator=(const CopyStream&) = delete;

    /// The buffer to append one row to; finish it with endRow().
    std::string& row() { return m_buffer; }
    /// Ends the current row; flushes when the buffer is large.
    void endRow()
    {
        m_buffer.push_back('\n');
        ++m_rows;
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }
    /// Sends the rest and ends the COPY; server-side errors surface here.
    void complete();
    long long rows() const { return m_rows; }

    /// Appends text escaped for COPY text format.
    static void escape(std::string& out, std::string_view text);

private:
    static constexpr std::size_t kFlushBytes = 1 << 18;
    void flush();

    std::unique_ptr<pqxx::tablewriter> m_writer;
    std::string m_buffer;
    long long m_rows = 0;
    bool m_done = false;
};

}  // namespace kestrel::core
