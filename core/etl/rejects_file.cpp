#include "etl/rejects_file.h"

#include "common/error.h"
#include "common/translate.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kestrel::core {
namespace {

void appendCsvField(std::string& out, const std::string& value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string reasonKind(const Reject& r)
{
    std::string kind = r.reason.substr(0, r.reason.find(':'));
    // "no users row with user_id = 5" → group by the part before the value
    if (auto eq = kind.find(" = "); eq != std::string::npos)
        kind.resize(eq);
    if (auto line = kind.find(" on line "); line != std::string::npos)
        kind.resize(line);
    return r.column + ": " + kind;
}

}  // namespace

RejectsFile::RejectsFile(std::string path, LoadReport& report) : m_path(std::move(path)), m_report(report) {}

RejectsFile::~RejectsFile()
{
    if (m_file)
        std::fclose(m_file);
}

void RejectsFile::open()
{
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(m_path).parent_path(), ec);
    m_file = std::fopen(m_path.c_str(), "wb");
    if (!m_file) {
        const std::string why = std::strerror(errno); // before anything else can change errno
        throw Error(
            Error::Code::Io,
            trArgs(QCoreApplication::translate("RejectsFile", "cannot write the rejects file %1: %2"), m_path, why),
            m_path);
    }
    static const char kHeader[] = "\xEF\xBB\xBFline,column,value,reason\r\n";
    std::fwrite(kHeader, 1, sizeof kHeader - 1, m_file);
}

void RejectsFile::add(const Reject& reject)
{
    if (!m_file)
        open();
    ++m_count;
    m_line = std::to_string(reject.line) + ",";
    appendCsvField(m_line, reject.column);
    m_line += ',';
    appendCsvField(m_line, reject.value);
    m_line += ',';
    appendCsvField(m_line, reject.reason);
    m_line += "\r\n";
    std::fwrite(m_line.data(), 1, m_line.size(), m_file);
    if (m_report.sampleRejects.size() < 100)
        m_report.sampleRejects.push_back(reject);
    ++m_report.rejectReasons[reasonKind(reject)];
    m_report.rejectsPath = m_path;
}

void RejectsFile::close()
{
    if (!m_file)
        return;
    const bool failed = std::fflush(m_file) != 0 || std::ferror(m_file);
    std::fclose(m_file);
    m_file = nullptr;
    if (failed)
        throw Error(Error::Code::Io,
                    trArgs(QCoreApplication::translate("RejectsFile", "writing the rejects file %1 failed"), m_path),
                    m_path);
}

}  // namespace kestrel::core
