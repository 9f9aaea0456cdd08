#pragma once

#include "exports/export_types.h"

namespace kestrel::core {

/// One output format behind TableExportWriter: it writes a complete file to a temporary path,
/// which the writer renames into place only when finish() returned. Internal to core/exports.
class ExportSink {
public:
    virtual ~ExportSink() = default;
    virtual void writeRow(const ExportRow& row) = 0;
    /// Completes the file; throws Error(Io) when it cannot.
    virtual void finish() = 0;
    virtual int sheets() const { return 1; }
};

} // namespace kestrel::core
