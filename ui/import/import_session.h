#pragma once

#include "etl/loader.h"
#include "import/file_preview.h"
#include "models/load_jobs.h"

#include <QtCore/QString>

#include <string>
#include <vector>

namespace kestrel::ui {

/// What the import wizard's pages decide together; each page fills its part.
struct ImportSession {
    QString path;
    std::string entity;                         ///< EntitySchema::name
    core::ReaderOptions reader;                 ///< the user's overrides; unset = detect
    FilePreviewPtr preview;                     ///< of path, read with `reader`
    std::vector<core::MappingOverride> mapping; ///< one per file column ("" = ignore)
    core::LoadMode mode = core::LoadMode::Upsert;
    core::RejectPolicy rejects = core::RejectPolicy::LoadNothing;
    bool force = false;
    ImportOutcomePtr dryRun; ///< the newest finished check
    ImportOutcomePtr result; ///< the load

    /// The request for the load (or its dry run, which always forces so that a file loaded
    /// before still gets its numbers; ImportOutcome::previousLoad says so instead).
    core::LoadRequest request(bool dryRunRequest) const
    {
        core::LoadRequest r;
        r.entity = entity;
        r.path = path.toStdString();
        r.mode = mode;
        r.rejects = rejects;
        r.force = dryRunRequest || force;
        r.dryRun = dryRunRequest;
        r.reader = reader;
        r.mapping = mapping;
        return r;
    }
};

} // namespace kestrel::ui
