#pragma once

#include <QtWidgets/QHeaderView>

#include <vector>

namespace kestrel::ui {

/// A horizontal header with an editor (the mapping combo) under each section's title, so the
/// choice for a column sits right above that column's values and scrolls with it.
class MappingHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit MappingHeader(QWidget* parent = nullptr);

    /// One editor per logical section; the header takes ownership. Replaces earlier editors.
    void setEditors(const std::vector<QWidget*>& editors);
    QWidget* editor(int logicalIndex) const;

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void placeEditors();
    int editorHeight() const;

    std::vector<QWidget*> m_editors;
};

} // namespace kestrel::ui
