#include "widgets/kpi_tile.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

KpiTile::KpiTile(const QString& title, format::Kind kind, const QString& definition, QWidget* parent)
    : QFrame(parent), m_kind(kind), m_definition(definition)
{
    setObjectName(QStringLiteral("kpiTile"));
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    m_caption = new QLabel(tr("vs previous period"), this);
    m_caption->setObjectName(QStringLiteral("kpiCaption"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_caption);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setPending();
}

void KpiTile::setPending()
{
    m_current.reset();
    m_previous.reset();
    m_value->setText(QStringLiteral("…"));
    m_change->setText(QString());
    m_change->setProperty("trend", QStringLiteral("none"));
    setToolTip(m_definition);
}

void KpiTile::setValues(std::optional<double> current, std::optional<double> previous, std::optional<double> change)
{
    m_current = current;
    m_previous = previous;
    m_value->setText(format::value(current, m_kind));
    m_change->setText(format::change(change));
    QString trend = QStringLiteral("none");
    if (change && format::change(change).startsWith(QStringLiteral("▲")))
        trend = QStringLiteral("up");
    else if (change && format::change(change).startsWith(QStringLiteral("▼")))
        trend = QStringLiteral("down");
    m_change->setProperty("trend", trend);
    m_change->style()->unpolish(m_change);
    m_change->style()->polish(m_change);
    setToolTip(QStringLiteral("<p>%1</p><p>%2: <b>%3</b><br>%4: <b>%5</b></p>")
                   .arg(m_definition.toHtmlEscaped(), tr("This period"), format::exact(current, m_kind),
                        tr("Previous period"), format::exact(previous, m_kind)));
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

} // namespace kestrel::ui
