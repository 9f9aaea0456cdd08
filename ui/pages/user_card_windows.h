#pragma once

#include "db/connection_params.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <cstdint>
#include <map>

class QWidget;

namespace kestrel::ui {

class UserCardWindow;

/// The open user cards of the main window: one window per customer (asking again raises it), as
/// many customers at once as the user likes. Cards are separate windows owned by the host, with
/// its style sheet, closed with it.
class UserCardWindows : public QObject {
    Q_OBJECT
public:
    explicit UserCardWindows(QWidget* host);

    void setConnection(const core::ConnectionParams& params);
    bool hasConnection() const { return m_hasConnection; }
    /// Opens (or raises) the card of userId; nullptr without a connection.
    UserCardWindow* open(std::int64_t userId);
    UserCardWindow* find(std::int64_t userId) const;
    int count() const;
    /// Reads every open card again (after a reconnect).
    void reloadAll();
    void closeAll();

signals:
    void opened(kestrel::ui::UserCardWindow* window);

private:
    QWidget* m_host;
    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    std::map<std::int64_t, QPointer<UserCardWindow>> m_windows;
};

} // namespace kestrel::ui
