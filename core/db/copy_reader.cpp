#include "db/copy_reader.h"

// pqxx 6.4's stream_from copies whole tables only and parses every field; the (deprecated)
// tablereader takes a "(query)" and hands out raw lines. As in copy_stream.cpp, it is the only
// place that uses it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <pqxx/tablereader>
#include <pqxx/transaction_base>

namespace kestrel::core {

CopyReader::CopyReader(pqxx::transaction_base& tx, const std::string& query)
    : m_reader(std::make_unique<pqxx::tablereader>(tx, "(" + query + ")"))
{
}

CopyReader::~CopyReader()
{
    if (!m_done) {
        // Abandoned (an error or a stop): the transaction is rolled back by its owner.
        try {
            m_reader.reset();
        } catch (...) {
        }
    }
}

bool CopyReader::next(std::string& line)
{
    if (m_done)
        return false;
    if (m_reader->get_raw_line(line)) {
        if (!line.empty() && line.back() == '\n')
            line.pop_back();
        return true;
    }
    m_done = true;
    m_reader->complete();
    return false;
}

} // namespace kestrel::core
#pragma GCC diagnostic pop
