#include "widgets/status_badge_delegate.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

namespace kestrel::ui {
namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 3;
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int keyRole, std::map<QString, Colors> colors, QObject* parent)
    : QStyledItemDelegate(parent), m_keyRole(keyRole), m_colors(std::move(colors))
{
}

std::map<QString, StatusBadgeDelegate::Colors> StatusBadgeDelegate::loadStatusColors()
{
    return {
        {QStringLiteral("succeeded"), {QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0x65, 0x34)}},
        {QStringLiteral("failed"), {QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)}},
        {QStringLiteral("cancelled"), {QColor(0xf1, 0xf5, 0xf9), QColor(0x47, 0x55, 0x69)}},
        {QStringLiteral("running"), {QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x40, 0xaf)}},
        {QStringLiteral("rolled_back"), {QColor(0xfe, 0xf3, 0xc7), QColor(0x92, 0x40, 0x0e)}},
    };
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Selection and alternating background as usual, then the badge on top.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const auto it = m_colors.find(index.data(m_keyRole).toString());
    const Colors colors =
        it != m_colors.end() ? it->second : Colors{QColor(0xe2, 0xe8, 0xf0), QColor(0x33, 0x41, 0x55)};
    QFont font = opt.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int textWidth = fm.horizontalAdvance(text);
    const int w = std::min(textWidth + 2 * kPadX + 2, option.rect.width() - 8);
    const int h = std::min(fm.height() + 2 * kPadY, option.rect.height() - 4);
    const QRect badge(option.rect.left() + 6, option.rect.center().y() - h / 2 + 1, w, h);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), h / 2.0, h / 2.0);
    painter->fillPath(path, colors.background);
    painter->setPen(colors.text);
    painter->setFont(font);
    const int room = badge.width() - 2 * kPadX;
    painter->drawText(badge, Qt::AlignCenter, textWidth <= room + 2 ? text : fm.elidedText(text, Qt::ElideRight, room));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    size.setWidth(fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * kPadX + 20);
    size.setHeight(std::max(size.height(), fm.height() + 2 * kPadY + 6));
    return size;
}

} // namespace kestrel::ui
