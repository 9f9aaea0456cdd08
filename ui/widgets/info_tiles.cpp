#include "widgets/info_tiles.h"

#include <QtGui/QResizeEvent>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace kestrel::ui {

InfoTiles::InfoTiles(QWidget* parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
}

int InfoTiles::add(const QString& title, const QString& definition)
{
    Parts p;
    p.definition = definition;
    p.frame = new QFrame(this);
    p.frame->setObjectName(QStringLiteral("kpiTile"));
    p.frame->setToolTip(definition);
    p.title = new QLabel(title, p.frame);
    p.title->setObjectName(QStringLiteral("kpiTitle"));
    p.title->setWordWrap(true);
    p.value = new QLabel(QStringLiteral("—"), p.frame);
    p.value->setObjectName(QStringLiteral("ltvTileValue"));
    p.caption = new QLabel(p.frame);
    p.caption->setObjectName(QStringLiteral("kpiCaption"));
    p.caption->setWordWrap(true);
    auto* box = new QVBoxLayout(p.frame);
    box->setContentsMargins(12, 8, 12, 8);
    box->setSpacing(2);
    box->addWidget(p.title);
    box->addWidget(p.value);
    box->addWidget(p.caption);
    box->addStretch(1);
    const int column = count();
    m_grid->addWidget(p.frame, 0, column);
    m_grid->setColumnStretch(column, 1);
    m_tiles.push_back(p);
    return column;
}

void InfoTiles::set(int tile, const QString& value, const QString& caption, const QString& tooltip)
{
    const Parts& p = m_tiles.at(static_cast<std::size_t>(tile));
    p.value->setText(value);
    p.caption->setText(caption);
    p.frame->setToolTip(
        tooltip.isEmpty()
            ? p.definition
            : QStringLiteral("<p>%1</p><p>%2</p>").arg(p.definition.toHtmlEscaped(), tooltip.toHtmlEscaped()));
}

void InfoTiles::clear()
{
    for (int i = 0; i < count(); ++i)
        set(i, QStringLiteral("—"), QString());
}

QString InfoTiles::titleText(int tile) const
{
    return m_tiles.at(static_cast<std::size_t>(tile)).title->text();
}

QString InfoTiles::valueText(int tile) const
{
    return m_tiles.at(static_cast<std::size_t>(tile)).value->text();
}

QString InfoTiles::captionText(int tile) const
{
    return m_tiles.at(static_cast<std::size_t>(tile)).caption->text();
}

QString InfoTiles::toolTipText(int tile) const
{
    return m_tiles.at(static_cast<std::size_t>(tile)).frame->toolTip();
}

void InfoTiles::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    int tallest = 0;
    for (const Parts& p : m_tiles)
        tallest = std::max(tallest, p.title->heightForWidth(p.title->contentsRect().width()));
    for (const Parts& p : m_tiles)
        if (p.title->minimumHeight() != tallest)
            p.title->setMinimumHeight(tallest);
}

} // namespace kestrel::ui
