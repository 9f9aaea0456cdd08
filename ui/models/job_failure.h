#pragma once

#include "common/error.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace kestrel::ui {

/// The failure of a job as its worker saw it, before JobRunner turns it into one line: whether the
/// error was the stop itself (not something else that came first), its readable text and the
/// details (where, SQLSTATE, the log folder). Shared by LoadJobs and ModelJobs.
class JobFailure {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::JobFailure)
public:
    bool set = false;
    bool cancelled = false;
    QString what;
    QString details;

    /// The lines of details for an error: its text, where, SQLSTATE and the log folder.
    static QString detailsOf(const core::Error& e);

    /// Runs fn; a core::Error it throws is recorded here, then rethrown for JobRunner.
    template <typename Fn> void record(Fn&& fn)
    {
        try {
            fn();
        } catch (const core::Error& e) {
            set = true;
            cancelled = e.code() == core::Error::Code::Cancelled;
            what = QString::fromStdString(e.what());
            details = detailsOf(e);
            throw;
        }
    }
};

} // namespace kestrel::ui
