#include "widgets/count_tile.h"

#include <QtCore/QLocale>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

CountTile::CountTile(const QString& title, const QString& definition, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("countTile"));
    setToolTip(definition);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("countTitle"));
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("countValue"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_number);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(110);
    setValue(std::nullopt);
}

void CountTile::setValue(std::optional<std::int64_t> value, Tone tone)
{
    m_value = value;
    m_number->setText(value ? QLocale().toString(static_cast<qlonglong>(*value)) : QStringLiteral("—"));
    static const char* const tones[] = {"plain", "good", "warning", "bad"};
    m_number->setProperty("tone", QString::fromLatin1(tones[static_cast<int>(tone)]));
    m_number->style()->unpolish(m_number);
    m_number->style()->polish(m_number);
}

QString CountTile::valueText() const
{
    return m_number->text();
}

QString CountTile::title() const
{
    return m_title->text();
}

} // namespace kestrel::ui
