#include "widgets/toast_overlay.h"

#include <QtCore/QEvent>
#include <QtWidgets/QWidget>

namespace kestrel::ui {
namespace {

constexpr int kWidth = 380;
constexpr int kSpacing = 8;

} // namespace

ToastOverlay::ToastOverlay(QWidget* host) : QObject(host), m_host(host)
{
    setObjectName(QStringLiteral("toastOverlay"));
    host->installEventFilter(this);
}

ToastOverlay* ToastOverlay::of(QWidget* widget)
{
    QWidget* host = widget->window();
    if (auto* existing = host->findChild<ToastOverlay*>(QStringLiteral("toastOverlay"), Qt::FindDirectChildrenOnly))
        return existing;
    return new ToastOverlay(host);
}

std::chrono::milliseconds ToastOverlay::defaultTimeout(Kind kind)
{
    return kind == Kind::Error ? std::chrono::milliseconds(10000) : std::chrono::milliseconds(5000);
}

Toast* ToastOverlay::show(Kind kind, const QString& text, const QList<Action>& actions)
{
    return show(kind, text, actions, defaultTimeout(kind));
}

Toast* ToastOverlay::show(Kind kind, const QString& text, const QList<Action>& actions,
                          std::chrono::milliseconds timeout)
{
    auto* toast = new Toast(kind, text, actions, m_host);
    connect(toast, &Toast::dismissed, this, [this](Toast* t) {
        m_toasts.removeAll(t);
        relayout();
    });
    m_toasts.append(toast);
    while (toasts().size() > kMaxVisible)
        toasts().first()->dismiss();
    toast->setTimeout(timeout);
    // Placed before it is shown: shown at (0, 0) first, it would take the pointer's enter event
    // there and pause its timer.
    toast->ensurePolished();
    relayout();
    toast->show();
    relayout();
    return toast;
}

QList<Toast*> ToastOverlay::toasts() const
{
    QList<Toast*> out;
    for (const auto& t : m_toasts) {
        if (t)
            out.append(t);
    }
    return out;
}

void ToastOverlay::clear()
{
    for (Toast* t : toasts())
        t->dismiss();
}

void ToastOverlay::relayout()
{
    const QList<Toast*> list = toasts();
    const int width = std::min(kWidth, std::max(160, m_host->width() - 2 * kMargin));
    int bottom = m_host->height() - kMargin;
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        Toast* t = *it;
        const int height = t->heightAt(width);
        t->setGeometry(m_host->width() - kMargin - width, bottom - height, width, height);
        t->raise();
        bottom -= height + kSpacing;
    }
}

bool ToastOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_host && event->type() == QEvent::Resize)
        relayout();
    return QObject::eventFilter(watched, event);
}

} // namespace kestrel::ui
