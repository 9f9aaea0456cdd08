#include "cli/terminal_progress.h"

#include <cstdio>
#include <unistd.h>

namespace kestrel::cli {

TerminalProgress::TerminalProgress() : m_tty(::isatty(STDERR_FILENO) == 1), m_start(std::chrono::steady_clock::now()) {}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::update(double fraction, const std::string& text)
{
    const auto now = std::chrono::steady_clock::now();
    const int percent = static_cast<int>(fraction * 100.0 + 0.5);
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    if (m_tty) {
        if (now - m_lastDraw < std::chrono::milliseconds(100) && fraction < 1.0)
            return;
        m_lastDraw = now;
        constexpr int kWidth = 30;
        const int filled = static_cast<int>(fraction * kWidth);
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.resize(kWidth, '.');
        std::fprintf(stderr, "\r[%s] %3d%% %6.1fs %-48.48s", bar.c_str(), percent, elapsed, text.c_str());
        std::fflush(stderr);
        m_drawn = true;
    } else if (elapsed >= 2.0 && percent / 10 != m_lastDecile) {
        // Only work that takes a while logs its progress; a quick command stays quiet.
        m_lastDecile = percent / 10;
        std::fprintf(stderr, "%3d%% %6.1fs %s\n", percent, elapsed, text.c_str());
    }
}

void TerminalProgress::finish()
{
    if (m_tty && m_drawn) {
        std::fputc('\n', stderr);
        m_drawn = false;
    }
}

}  // namespace kestrel::cli
