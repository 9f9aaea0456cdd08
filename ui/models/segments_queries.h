#pragma once

#include "models/segments_snapshot.h"

#include <QtSql/QSqlDatabase>

#include <cstdint>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// The Segments page's SQL, in one place: ml.model_runs (model 'segments', status 'succeeded')
/// and ml.segments, parameterised, on the calling thread's connection. The JSON of params and
/// metrics is read into typed values here (keys: core/customers/README.md, "What the runs
/// store"); a key a run did not store stays empty. Throws core::Error(Sql) with the statement in
/// where().
class SegmentsQueries {
public:
    explicit SegmentsQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Succeeded runs, newest first (at most `limit`).
    std::vector<SegmentRunInfo> runs(int limit = 100);
    /// One run with its segments; empty when there is no succeeded run with that id.
    std::optional<SegmentRunDetail> run(std::int64_t runId);

private:
    QSqlDatabase m_db;
};

} // namespace kestrel::ui
