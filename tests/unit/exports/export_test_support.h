#pragma once

#include <QtCore/QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kestrel::test {

inline std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Names of every entry in a folder, hidden ones too (a stray temp file must show up).
inline std::vector<std::string> entries(const std::filesystem::path& dir)
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    return out;
}

inline std::filesystem::path dirPath(const QTemporaryDir& dir)
{
    return std::filesystem::path(dir.path().toStdString());
}

} // namespace kestrel::test
