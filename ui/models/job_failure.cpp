#include "models/job_failure.h"

#include "common/paths.h"

#include <QtCore/QDir>
#include <QtCore/QStringList>

namespace kestrel::ui {

QString JobFailure::detailsOf(const core::Error& e)
{
    QStringList lines;
    lines << QString::fromStdString(e.what());
    if (!e.where().empty())
        lines << tr("Where: %1").arg(QString::fromStdString(e.where()));
    if (!e.sqlstate().empty())
        lines << tr("SQLSTATE: %1").arg(QString::fromStdString(e.sqlstate()));
    lines
        << tr("Log folder: %1").arg(QDir::toNativeSeparators(QString::fromStdString(core::paths::stateDir().string())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kestrel::ui
