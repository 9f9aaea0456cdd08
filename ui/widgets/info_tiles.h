#pragma once

#include <QtWidgets/QWidget>

#include <vector>

class QFrame;
class QGridLayout;
class QLabel;

namespace kestrel::ui {

/// A row of equal-width cards, each a title, a big value and a caption under it, with its
/// definition as the tooltip. Titles that wrap make every title as tall, so the values line up.
/// Tiles are addressed by the index add() returned.
class InfoTiles : public QWidget {
    Q_OBJECT
public:
    explicit InfoTiles(QWidget* parent = nullptr);

    /// Appends a tile showing "—"; returns its index.
    int add(const QString& title, const QString& definition);
    /// Sets a tile's value and caption; tooltip (if any) is added under the definition.
    void set(int tile, const QString& value, const QString& caption, const QString& tooltip = {});
    /// Every tile back to "—".
    void clear();
    int count() const { return static_cast<int>(m_tiles.size()); }

    QString titleText(int tile) const;
    QString valueText(int tile) const;
    QString captionText(int tile) const;
    QString toolTipText(int tile) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Parts {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
        QString definition;
    };
    std::vector<Parts> m_tiles;
    QGridLayout* m_grid = nullptr;
};

} // namespace kestrel::ui
