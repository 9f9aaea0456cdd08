#pragma once

#include <chrono>
#include <string>

namespace kestrel::cli {

/// A progress line for the terminal: redrawn in place on a TTY (stderr), otherwise a plain line
/// every 10% once the work has run for 2 s, so logs of cron jobs stay readable and short.
class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress();
    void update(double fraction, const std::string& text);
    void finish();

private:
    bool m_tty;
    int m_lastDecile = -1;
    std::chrono::steady_clock::time_point m_lastDraw{};
    std::chrono::steady_clock::time_point m_start;
    bool m_drawn = false;
};

}  // namespace kestrel::cli
