#include "pages/user_card_windows.h"

#include "pages/user_card_window.h"

#include <QtWidgets/QWidget>

namespace kestrel::ui {

UserCardWindows::UserCardWindows(QWidget* host) : QObject(host), m_host(host)
{
}

void UserCardWindows::setConnection(const core::ConnectionParams& params)
{
    m_params = params;
    m_hasConnection = true;
}

UserCardWindow* UserCardWindows::find(std::int64_t userId) const
{
    const auto it = m_windows.find(userId);
    return it == m_windows.end() ? nullptr : it->second.data();
}

UserCardWindow* UserCardWindows::open(std::int64_t userId)
{
    if (!m_hasConnection)
        return nullptr;
    UserCardWindow* window = find(userId);
    if (!window) {
        window = new UserCardWindow(m_params, userId, m_host);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setStyleSheet(m_host->window()->styleSheet());
        m_windows[userId] = window;
        connect(window, &QObject::destroyed, this, [this, userId] {
            const auto it = m_windows.find(userId);
            if (it != m_windows.end() && it->second.isNull())
                m_windows.erase(it);
        });
        emit opened(window);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

int UserCardWindows::count() const
{
    int n = 0;
    for (const auto& [id, window] : m_windows)
        n += window ? 1 : 0;
    return n;
}

void UserCardWindows::reloadAll()
{
    for (const auto& [id, window] : m_windows) {
        if (window)
            window->reload();
    }
}

void UserCardWindows::closeAll()
{
    for (const auto& [id, window] : m_windows) {
        if (window)
            window->close();
    }
}

} // namespace kestrel::ui
