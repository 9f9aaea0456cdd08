#include "widgets/connection_indicator.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>

namespace kestrel::ui {

ConnectionIndicator::ConnectionIndicator(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_dot = new QLabel(this);
    m_dot->setFixedSize(10, 10);
    m_text = new QLabel(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setState(State::Connecting, tr("Connecting…"));
}

void ConnectionIndicator::setState(State state, const QString& text, const QString& tooltip)
{
    m_state = state;
    QString color;
    switch (state) {
    case State::Connecting:
        color = QStringLiteral("#f59e0b");
        break;
    case State::Connected:
        color = QStringLiteral("#22c55e");
        break;
    case State::Lost:
    case State::Failed:
        color = QStringLiteral("#ef4444");
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1; border-radius:5px;").arg(color));
    m_text->setText(text);
    setToolTip(tooltip);
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

} // namespace kestrel::ui
