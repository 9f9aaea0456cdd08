#include "db/copy_stream.h"

// pqxx 6.4's stream_to keeps its raw-line writer private, so the (deprecated) tablewriter, whose
// write_raw_line is public, carries our pre-formatted chunks. It is the only place that uses it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <pqxx/tablewriter>
#include <pqxx/transaction_base>

namespace kestrel::core {

CopyStream::CopyStream(pqxx::transaction_base& tx, const std::string& table, const std::vector<std::string>& columns)
    : m_writer(std::make_unique<pqxx::tablewriter>(tx, table, columns.begin(), columns.end()))
{
    m_buffer.reserve(kFlushBytes + 4096);
}

CopyStream::~CopyStream()
{
    if (!m_done) {
        // Abandoned after an error: the transaction is rolled back by its owner.
        try {
            m_writer.reset();
        } catch (...) {
        }
    }
}

void CopyStream::flush()
{
    if (m_buffer.empty())
        return;
    // write_raw_line appends the final newline itself.
    m_buffer.pop_back();
    m_writer->write_raw_line(m_buffer);
    m_buffer.clear();
}

void CopyStream::complete()
{
    flush();
    m_done = true;
    m_writer->complete();
}

void CopyStream::escape(std::string& out, std::string_view text)
{
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out.push_back(c);
        }
    }
}

}  // namespace kestrel::core
#pragma GCC diagnostic pop
