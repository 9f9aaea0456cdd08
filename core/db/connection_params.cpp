#include "db/connection_params.h"

#include "common/error.h"
#include "common/settings.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <regex>

namespace kestrel::core {

ConnectionParams ConnectionParams::fromDsn(const std::string& dsn, bool embedded)
{
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(dsn.c_str(), &err);
    if (!opts) {
        std::string msg = err ? err : "out of memory";
        if (err)
            PQfreemem(err);
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
            msg.pop_back();
        throw Error(Error::Code::InvalidArgument, "invalid DSN: " + msg, "dsn");
    }
    ConnectionParams p;
    p.dsn = dsn;
    p.embedded = embedded;
    for (PQconninfoOption* o = opts; o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string key = o->keyword;
        if (key == "host" || (key == "hostaddr" && p.host.empty()))
            p.host = o->val;
        else if (key == "port")
            p.port = o->val;
        else if (key == "dbname")
            p.dbname = o->val;
        else if (key == "user")
            p.user = o->val;
        else if (key == "password")
            p.password = o->val;
    }
    PQconninfoFree(opts);
    return p;
}

std::string ConnectionParams::redactedDsn() const
{
    static const std::regex kv(R"((password\s*=\s*)('[^']*'|\S+))");
    static const std::regex uri(R"((postgres(?:ql)?://[^:/@]+:)([^@]*)(@))");
    std::string out = std::regex_replace(dsn, kv, "$1***");
    return std::regex_replace(out, uri, "$1***$3");
}

std::string configuredDsn(const std::string& cliDsn)
{
    if (!cliDsn.empty())
        return cliDsn;
    if (const char* env = std::getenv("KESTREL_DSN"); env && *env)
        return env;
    return settings::kExternalDsn.get().toStdString();
}

}  // namespace kestrel::core
