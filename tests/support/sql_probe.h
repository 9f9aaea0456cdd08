#pragma once

#include "common/error.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <atomic>
#include <cmath>
#include <string>

namespace kestrel::test {

/// A connection for integration tests to set up and check the database with plain SQL.
class SqlProbe {
protected:
    explicit SqlProbe(const core::ConnectionParams& params) : m_db(params) {}

    void exec(const std::string& sql)
    {
        m_db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
    }
    /// The single value of a one-row query as text ("NULL" for NULL).
    std::string text(const std::string& sql)
    {
        std::string v;
        m_db.read([&](pqxx::work& tx) {
            const auto f = tx.exec1(sql)[0];
            v = f.is_null() ? "NULL" : f.c_str();
        });
        return v;
    }
    /// The single value of a one-row query as a number (NaN for NULL).
    double real(const std::string& sql)
    {
        double v = 0;
        m_db.read([&](pqxx::work& tx) {
            const auto f = tx.exec1(sql)[0];
            v = f.is_null() ? std::nan("") : f.as<double>();
        });
        return v;
    }
    long long scalar(const std::string& sql) { return std::llround(real(sql)); }

    core::Database m_db;
};

/// Runs fn and returns the code of the core::Error it throws (its message into *message); a failure
/// of the test when it throws nothing.
template <typename Fn> core::Error::Code errorCodeOf(Fn&& fn, std::string* message = nullptr)
{
    try {
        fn();
    } catch (const core::Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    ADD_FAILURE() << "no error thrown";
    return core::Error::Code::Internal;
}

/// Runs fn(JobContext&) on db the way a job would; when stopAt is not empty, the job is asked to stop
/// as soon as it reports progress with exactly that text (to test a Cancel at a given stage).
template <typename Fn> auto runJobStoppingAt(core::Database& db, const std::string& stopAt, Fn&& fn)
{
    std::atomic<bool> stop{false};
    core::JobContext ctx(
        db,
        [&](double, const std::string& text) {
            if (!stopAt.empty() && text == stopAt)
                stop = true;
        },
        stop);
    return fn(ctx);
}

} // namespace kestrel::test
