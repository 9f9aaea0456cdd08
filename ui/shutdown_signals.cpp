#include "shutdown_signals.h"

#include "common/logging.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSocketNotifier>
#include <spdlog/spdlog.h>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kestrel::ui {
namespace {

int g_pipe[2] = {-1, -1};
struct sigaction g_previous[3];
const int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void onShutdownSignal(int sig)
{
    // Only async-signal-safe work here: one byte into the pipe.
    const char byte = static_cast<char>(sig);
    [[maybe_unused]] const auto n = ::write(g_pipe[0], &byte, 1);
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) == 1)
            core::logging::get("ui")->info("signal {} received; shutting down", static_cast<int>(byte));
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
}

ShutdownSignals::~ShutdownSignals()
{
    if (!m_notifier)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

} // namespace kestrel::ui
