#pragma once

#include "common/error.h"
#include "etl/record_reader.h"

#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::test {

/// Files written into a throwaway folder that disappears with the object.
class TempFiles {
public:
    TempFiles() { EXPECT_TRUE(m_dir.isValid()); }

    std::string path(const std::string& name) const
    {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    std::string write(const std::string& name, std::string_view bytes) const
    {
        const std::string file = path(name);
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return file;
    }

private:
    QTemporaryDir m_dir;
};

inline std::vector<core::Record> readAll(core::RecordReader& reader)
{
    std::vector<core::Record> records;
    core::Record record;
    while (reader.next(record)) {
        records.push_back(record);
    }
    return records;
}

/// The what() of the Error thrown by f, or "(no error)".
template <class F> std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const core::Error& e) {
        return e.what();
    }
    return "(no error)";
}

/// The where() of the Error thrown by f, or "(no error)".
template <class F> std::string whereOf(F&& f)
{
    try {
        f();
    } catch (const core::Error& e) {
        return e.where();
    }
    return "(no error)";
}

} // namespace kestrel::test
