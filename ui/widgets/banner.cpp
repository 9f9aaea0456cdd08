#include "widgets/banner.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>

namespace kestrel::ui {

Banner::Banner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    hide();
}

void Banner::showMessage(Kind kind, const QString& text, const QString& details)
{
    m_kind = kind;
    static const char* const names[] = {"info", "warning", "error"};
    setProperty("kind", QString::fromLatin1(names[static_cast<int>(kind)]));
    m_icon->setText(kind == Kind::Info ? QStringLiteral("ℹ") : QStringLiteral("⚠"));
    m_text->setText(text);
    setToolTip(details);
    // Dynamic properties drive the style sheet; re-polish so the colours follow.
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_icon)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    show();
}

void Banner::setAction(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace kestrel::ui
