#pragma once

#include <QtCore/QString>

#include <functional>

namespace kestrel::ui {

/// Opens a local file in the desktop's program for it (the rejects CSV in a spreadsheet).
/// Returns false when nothing could open it.
bool openLocalFile(const QString& path);

/// Replaces what openLocalFile does (tests record the path instead of launching a program);
/// an empty function restores the desktop's.
void setLocalFileOpener(std::function<bool(const QString&)> opener);

} // namespace kestrel::ui
