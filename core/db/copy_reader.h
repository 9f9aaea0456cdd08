#pragma once

#include <memory>
#include <string>

namespace pqxx {
class transaction_base;
class tablereader;
} // namespace pqxx

namespace kestrel::core {

/// COPY (query) TO STDOUT in text format, read line by line: the fastest way to stream many rows
/// of a query to the client (the server formats rows while the client parses the previous ones,
/// which a cursor's FETCH round trips do not allow). COPY takes no bound parameters, so values a
/// query needs are set with set_config($1, $2, true) first and read in the query through
/// (SELECT current_setting('kestrel.…')), which is evaluated once.
class CopyReader {
public:
    /// query: a SELECT (without the surrounding COPY and parentheses).
    CopyReader(pqxx::transaction_base& tx, const std::string& query);
    ~CopyReader();
    CopyReader(const CopyReader&) = delete;
    CopyReader& operator=(const CopyReader&) = delete;

    /// The next row as tab-separated text without its newline (\N for NULL, backslash escapes as
    /// COPY writes them); false after the last row, when the COPY has ended.
    bool next(std::string& line);

private:
    std::unique_ptr<pqxx::tablereader> m_reader;
    bool m_done = false;
};

} // namespace kestrel::core
