#pragma once

#include "etl/loader.h"

#include <cstdio>
#include <string>

namespace kestrel::core {

/// The rejects of a load as CSV (UTF-8 with BOM so Excel shows Cyrillic): line, column, value,
/// reason. Opened on the first reject; also keeps the first 100 rejects and counts by reason for
/// the report.
class RejectsFile {
public:
    RejectsFile(std::string path, LoadReport& report);
    ~RejectsFile();
    RejectsFile(const RejectsFile&) = delete;
    RejectsFile& operator=(const RejectsFile&) = delete;

    void add(const Reject& reject);
    /// Flushes and closes; throws Error(Io) if writing failed.
    void close();
    bool empty() const { return m_count == 0; }
    const std::string& path() const { return m_path; }

private:
    void open();

    std::string m_path;
    LoadReport& m_report;
    std::FILE* m_file = nullptr;
    std::int64_t m_count = 0;
    std::string m_line;
};

}  // namespace kestrel::core
