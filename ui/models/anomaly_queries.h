#pragma once

#include "models/anomaly_snapshot.h"

#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace kestrel::ui {

/// The Anomalies page's SQL, in one place: ml.anomalies and the anomaly runs of ml.model_runs,
/// parameterised, on the calling thread's connection (JSON keys: core/customers/README.md,
/// "anomalies"). Throws core::Error(Sql) with the statement in where().
class AnomalyQueries {
public:
    static constexpr int kRowLimit = 5000;

    explicit AnomalyQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The newest anomaly run with that status ("succeeded"), or of any finished status (empty).
    std::optional<AnomalyRunInfo> newestRun(const QString& status = {});
    /// Rows matching the filter within [from, to] (invalid dates: open), newest day first, at most
    /// kRowLimit + 1 (one more says there are more).
    std::vector<AnomalyRow> rows(const AnomalyFilter& filter, QDate from, QDate to);
    /// Event types with anomalies, alphabetical.
    std::vector<QString> eventTypes();
    /// All rows, and rows still new.
    std::pair<std::int64_t, std::int64_t> counts();

private:
    QSqlDatabase m_db;
};

} // namespace kestrel::ui
