#pragma once

#include <QtGui/QColor>
#include <QtWidgets/QStyledItemDelegate>

#include <map>

namespace kestrel::ui {

/// Paints a cell's text as a rounded, coloured badge. The colour is picked by a key the model
/// gives at keyRole ("succeeded", "failed" …); unknown keys get a neutral grey.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Colors {
        QColor background;
        QColor text;
    };

    StatusBadgeDelegate(int keyRole, std::map<QString, Colors> colors, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The colours of the load statuses (succeeded, failed, cancelled, running, rolled_back).
    static std::map<QString, Colors> loadStatusColors();

private:
    int m_keyRole;
    std::map<QString, Colors> m_colors;
};

} // namespace kestrel::ui
