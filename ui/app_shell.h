#pragma once

#include <string>

class QApplication;

namespace kestrel::ui {

struct GuiOptions {
    std::string cliDsn;         ///< --dsn; empty = KESTREL_DSN, the saved setting, else embedded
    bool forceEmbedded = false; ///< ignore every configured DSN
};

/// Loads Kestrel's translation for the language setting (or the system locale when it is empty)
/// and Qt's own, and sets the default locale for number and date formatting to match.
void installTranslators(QApplication& app);

/// Builds the job runner and the main window, shows it, brings the database up in the
/// background and runs the event loop. Stops the embedded server on exit if it started it.
int runGui(QApplication& app, const GuiOptions& options);

} // namespace kestrel::ui
