#include "widgets/segmented_switch.h"

#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>

namespace kestrel::ui {

SegmentedSwitch::SegmentedSwitch(QWidget* parent) : QWidget(parent)
{
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    connect(m_group, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* button) { emit currentChanged(button->property("key").toString()); });
}

void SegmentedSwitch::addOption(const QString& key, const QString& text, const QString& tooltip)
{
    auto* button = new QPushButton(text, this);
    button->setProperty("key", key);
    button->setCheckable(true);
    button->setToolTip(tooltip);
    button->setFocusPolicy(Qt::TabFocus);
    button->setChecked(m_group->buttons().isEmpty());
    m_group->addButton(button);
    m_layout->addWidget(button);
    restyle();
}

void SegmentedSwitch::restyle()
{
    // The style sheet rounds the outer corners of the first and last button only.
    const auto buttons = m_group->buttons();
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QString name = i == 0                    ? QStringLiteral("segmentLeft")
                             : i == buttons.size() - 1 ? QStringLiteral("segmentRight")
                                                       : QStringLiteral("segmentMiddle");
        if (buttons[i]->objectName() != name) {
            buttons[i]->setObjectName(name);
            buttons[i]->style()->unpolish(buttons[i]);
            buttons[i]->style()->polish(buttons[i]);
        }
    }
}

void SegmentedSwitch::setCurrent(const QString& key)
{
    if (QAbstractButton* b = button(key))
        b->setChecked(true);
}

QString SegmentedSwitch::current() const
{
    QAbstractButton* checked = m_group->checkedButton();
    return checked ? checked->property("key").toString() : QString();
}

QAbstractButton* SegmentedSwitch::button(const QString& key) const
{
    for (QAbstractButton* b : m_group->buttons()) {
        if (b->property("key").toString() == key)
            return b;
    }
    return nullptr;
}

void SegmentedSwitch::setOptionEnabled(const QString& key, bool enabled)
{
    if (QAbstractButton* b = button(key))
        b->setEnabled(enabled);
}

QStringList SegmentedSwitch::keys() const
{
    QStringList out;
    for (QAbstractButton* b : m_group->buttons())
        out << b->property("key").toString();
    return out;
}

} // namespace kestrel::ui
