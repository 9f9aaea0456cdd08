#include "widgets/toast.h"

#include <QtGui/QEnterEvent>
#include <QtWidgets/QGraphicsDropShadowEffect>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

// Self-contained so a toast looks the same over any host, styled by the application or not.
const char* const kStyle = R"(
QFrame#toast { background: #1e293b; border: 1px solid #334155; border-radius: 8px; }
QFrame#toast[kind="success"] { border-left: 4px solid #22c55e; }
QFrame#toast[kind="info"] { border-left: 4px solid #3b82f6; }
QFrame#toast[kind="error"] { border-left: 4px solid #ef4444; }
QLabel#toastText { color: #f8fafc; font-size: 10pt; background: transparent; }
QLabel#toastIcon { font-size: 12pt; font-weight: 700; background: transparent; }
QFrame#toast[kind="success"] QLabel#toastIcon { color: #4ade80; }
QFrame#toast[kind="info"] QLabel#toastIcon { color: #60a5fa; }
QFrame#toast[kind="error"] QLabel#toastIcon { color: #f87171; }
QPushButton#toastAction { color: #bfdbfe; background: #334155; border: 1px solid #475569; border-radius: 5px;
                          padding: 3px 12px; font-weight: 600; }
QPushButton#toastAction:hover { background: #475569; color: #ffffff; }
QToolButton#toastClose { color: #94a3b8; background: transparent; border: none; font-size: 10pt; padding: 0 2px; }
QToolButton#toastClose:hover { color: #ffffff; }
)";

} // namespace

Toast::Toast(Kind kind, const QString& text, const QList<Action>& actions, QWidget* parent)
    : QFrame(parent), m_kind(kind), m_actions(actions)
{
    setObjectName(QStringLiteral("toast"));
    static const char* const kinds[] = {"info", "success", "error"};
    setProperty("kind", QString::fromLatin1(kinds[static_cast<int>(kind)]));
    setStyleSheet(QString::fromLatin1(kStyle));
    setAttribute(Qt::WA_StyledBackground);

    auto* icon = new QLabel(kind == Kind::Success ? QStringLiteral("✓")
                            : kind == Kind::Info  ? QStringLiteral("ℹ")
                                                  : QStringLiteral("⚠"),
                            this);
    icon->setObjectName(QStringLiteral("toastIcon"));
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("toastText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("toastClose"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close"));
    close->setCursor(Qt::PointingHandCursor);
    connect(close, &QToolButton::clicked, this, &Toast::dismiss);

    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 10);
    layout->setSpacing(8);
    layout->addLayout(top);

    if (!actions.isEmpty()) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        row->addStretch(1);
        for (int i = 0; i < actions.size(); ++i) {
            auto* button = new QPushButton(actions[i].text, this);
            button->setObjectName(QStringLiteral("toastAction"));
            button->setCursor(Qt::PointingHandCursor);
            connect(button, &QPushButton::clicked, this, [this, i] { trigger(i); });
            m_buttons.append(button);
            row->addWidget(button);
        }
        layout->addLayout(row);
    }

    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 3);
    shadow->setColor(QColor(15, 23, 42, 90));
    setGraphicsEffect(shadow);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Toast::dismiss);
}

QString Toast::text() const
{
    return m_text->text();
}

void Toast::trigger(int index)
{
    if (index < 0 || index >= m_actions.size() || m_dismissed)
        return;
    const auto run = m_actions[index].run; // a copy: dismissing may delete this toast later
    dismiss();
    if (run)
        run();
}

void Toast::setDetails(const QString& details)
{
    m_text->setToolTip(details);
}

void Toast::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.stop();
    if (timeout.count() > 0) {
        m_timer.setInterval(timeout);
        m_timer.start();
    }
}

int Toast::heightAt(int width) const
{
    return layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : layout()->totalSizeHint().height();
}

void Toast::dismiss()
{
    if (m_dismissed)
        return;
    m_dismissed = true;
    m_timer.stop();
    hide();
    emit dismissed(this);
    deleteLater();
}

void Toast::enterEvent(QEnterEvent* event)
{
    if (m_timer.isActive()) {
        m_timer.setProperty("remaining", m_timer.remainingTime());
        m_timer.stop();
    }
    QFrame::enterEvent(event);
}

void Toast::leaveEvent(QEvent* event)
{
    const QVariant remaining = m_timer.property("remaining");
    if (remaining.isValid()) {
        m_timer.setProperty("remaining", QVariant());
        m_timer.start(std::max(1500, remaining.toInt()));
    }
    QFrame::leaveEvent(event);
}

} // namespace kestrel::ui
