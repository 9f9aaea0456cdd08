#pragma once

#include "etl/column_mapping.h"
#include "etl/record_reader.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kestrel::core {

class JobContext;

enum class LoadMode { Append, Upsert, Replace };

/// "append", "upsert", "replace"; parseLoadMode throws Error(InvalidArgument) on anything else.
std::string loadModeName(LoadMode mode);
LoadMode parseLoadMode(const std::string& name);

/// What to do with a file that has rejected rows.
enum class RejectPolicy {
    LoadNothing,   ///< any reject fails the load; nothing is stored (default)
    LoadGoodRows,  ///< store the good rows, report the rejects
};

struct LoadRequest {
    std::string entity;  ///< EntitySchema::name
    std::string path;
    LoadMode mode = LoadMode::Upsert;
    RejectPolicy rejects = RejectPolicy::LoadNothing;
    bool force = false;          ///< load a file whose SHA-256 was loaded before
    bool ignoreUnknown = false;  ///< leave out columns the entity does not know instead of failing
    bool dryRun = false;         ///< do everything, report, then roll back; no ops.loads row
    ReaderOptions reader;
    std::vector<MappingOverride> mapping;
    std::string rejectsPath;     ///< where to write rejects; "" = <data dir>/rejects/load-<id>-<entity>.csv
};

/// One rejected value; a rejected row has one or more.
struct Reject {
    std::int64_t line = 0;
    std::string column, value, reason;
};

struct LoadReport {
    std::int64_t loadId = 0;        ///< 0 for a dry run
    std::string status;             ///< succeeded, failed, cancelled, dry_run
    std::string entity, fileName, sha256, encoding, format;
    char delimiter = 0;
    LoadMode mode = LoadMode::Upsert;
    std::uint64_t fileSize = 0;
    std::int64_t rowsRead = 0, rowsInserted = 0, rowsUpdated = 0, rowsUnchanged = 0, rowsDeleted = 0, rowsRejected = 0;
    std::string rejectsPath;        ///< "" when nothing was rejected
    std::vector<Reject> sampleRejects;               ///< the first 100, in line order
    std::map<std::string, std::int64_t> rejectReasons;  ///< column: reason-kind → count
    std::vector<std::string> warnings;               ///< e.g. ignored columns
    double seconds = 0;
    double readSeconds = 0;         ///< parsing + COPY into staging
    double mergeSeconds = 0;        ///< checks + writing the target table
};

/// Imports one file into one entity's table, as one load in ops.loads.
///
/// The file is streamed (parsed, validated and COPY'd into a temporary staging table in one pass),
/// checked in SQL (duplicate keys in the file, references, existing keys in append mode, entity
/// checks), then merged by the entity's natural key; versions it replaces go to the entity's undo
/// table so LoadHistory::rollback can restore them. Everything from staging to the final
/// ops.loads update is one transaction: a failure, a crash or Cancel leaves the tables as they were.
/// The ops.loads row itself is written first, in its own transaction, so failed loads are recorded.
class Loader {
public:
    /// Throws Error(InvalidArgument) for bad files and refused loads (the message names the file,
    /// line and column), Error(Cancelled) when stopped; the ops.loads row says the same.
    static LoadReport run(JobContext& ctx, const LoadRequest& request);
};

}  // namespace kestrel::core
