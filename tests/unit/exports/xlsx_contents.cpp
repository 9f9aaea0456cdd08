#include "xlsx_contents.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <stdexcept>

namespace kestrel::test {

std::map<std::string, std::string> readZipMembers(const std::filesystem::path& zip)
{
    // The path goes through the environment, not the command line, so no quoting is needed.
    ::setenv("KESTREL_ZIP_TO_READ", zip.c_str(), 1);
    FILE* pipe = ::popen("/usr/bin/python3 -c 'import json, os, zipfile\n"
                         "z = zipfile.ZipFile(os.environ[\"KESTREL_ZIP_TO_READ\"])\n"
                         "bad = z.testzip()\n"
                         "assert bad is None, bad\n"
                         "print(json.dumps({n: z.read(n).decode(\"utf-8\") for n in z.namelist()}))'",
                         "r");
    if (!pipe)
        throw std::runtime_error("cannot start /usr/bin/python3");
    QByteArray out;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;)
        out.append(buf, static_cast<qsizetype>(n));
    if (::pclose(pipe) != 0)
        throw std::runtime_error("python3 could not read " + zip.string() + " as a zip");
    const QJsonObject members = QJsonDocument::fromJson(out).object();
    std::map<std::string, std::string> result;
    for (auto it = members.begin(); it != members.end(); ++it)
        result[it.key().toStdString()] = it.value().toString().toStdString();
    return result;
}

} // namespace kestrel::test
