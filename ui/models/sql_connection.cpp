#include "models/sql_connection.h"

#include "common/error.h"
#include "common/logging.h"
#include "db/connection_params.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <atomic>
#include <string>

namespace kestrel::ui {
namespace {

const QString kDriver = QStringLiteral("QPSQL");

std::string keyOf(const core::ConnectionParams& p)
{
    return p.dsn + '\x1f' + p.host + '\x1f' + p.port + '\x1f' + p.dbname + '\x1f' + p.user + '\x1f' + p.password;
}

struct ThreadConnection {
    QString name;
    std::string key;

    ThreadConnection() = default;
    ThreadConnection(const ThreadConnection&) = delete;
    ThreadConnection& operator=(const ThreadConnection&) = delete;
    ~ThreadConnection() { drop(); }

    void drop()
    {
        if (name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        name.clear();
        key.clear();
    }
};

thread_local ThreadConnection t_connection;
std::atomic<int> g_nextConnection{1};

} // namespace

bool SqlConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(kDriver);
}

QSqlDatabase SqlConnection::forThisThread(const core::ConnectionParams& params)
{
    const std::string key = keyOf(params);
    if (t_connection.key != key)
        t_connection.drop();
    if (t_connection.name.isEmpty()) {
        const QString name = QStringLiteral("kestrel-ui-%1").arg(g_nextConnection.fetch_add(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
        db.setHostName(QString::fromStdString(params.host));
        if (!params.port.empty())
            db.setPort(QString::fromStdString(params.port).toInt());
        db.setDatabaseName(QString::fromStdString(params.dbname));
        db.setUserName(QString::fromStdString(params.user));
        db.setPassword(QString::fromStdString(params.password));
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=kestrel-ui"));
        t_connection.name = name;
        t_connection.key = key;
    }
    QSqlDatabase db = QSqlDatabase::database(t_connection.name, false);
    if (!db.isOpen()) {
        if (!db.open()) {
            const QString message = db.lastError().text().trimmed();
            db = QSqlDatabase();
            t_connection.drop();
            throw core::Error(core::Error::Code::ConnectionFailed, message.toStdString(), params.redactedDsn());
        }
        // Distinct-user counts sort millions of ids: keep the sort in memory. JIT compilation
        // costs more than it saves on sub-second queries. Bound runaway work.
        QSqlQuery setup(db);
        for (const char* sql : {"SET work_mem = '256MB'", "SET jit = off", "SET statement_timeout = '120s'"}) {
            if (!setup.exec(QString::fromLatin1(sql)))
                core::logging::get("ui")->warn("session setup '{}' failed: {}", sql,
                                               setup.lastError().text().toStdString());
        }
    }
    return db;
}

void SqlConnection::resetThisThread()
{
    t_connection.drop();
}

bool SqlConnection::isAlive(QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace kestrel::ui
