#include "import/mapping_header.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QWidget>

namespace kestrel::ui {
namespace {
constexpr int kPad = 4;
}

MappingHeader::MappingHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(false);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionResized, this, &MappingHeader::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &MappingHeader::placeEditors);
    connect(this, &QHeaderView::geometriesChanged, this, &MappingHeader::placeEditors);
    connect(this, &QHeaderView::sectionCountChanged, this, &MappingHeader::placeEditors);
}

void MappingHeader::setEditors(const std::vector<QWidget*>& editors)
{
    for (QWidget* w : m_editors)
        delete w;
    m_editors = editors;
    for (QWidget* w : m_editors) {
        w->setParent(viewport());
        w->show();
    }
    updateGeometry();
    placeEditors();
}

QWidget* MappingHeader::editor(int logicalIndex) const
{
    if (logicalIndex < 0 || static_cast<std::size_t>(logicalIndex) >= m_editors.size())
        return nullptr;
    return m_editors[static_cast<std::size_t>(logicalIndex)];
}

int MappingHeader::editorHeight() const
{
    int h = 0;
    for (const QWidget* w : m_editors)
        h = std::max(h, w->sizeHint().height());
    return h;
}

QSize MappingHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!m_editors.empty())
        size.setHeight(size.height() + editorHeight() + 2 * kPad);
    return size;
}

void MappingHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (m_editors.empty()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The title in the top part; the editor area below gets the same background.
    const int editorArea = editorHeight() + 2 * kPad;
    painter->fillRect(rect, palette().window());
    QHeaderView::paintSection(painter, rect.adjusted(0, 0, 0, -editorArea), logicalIndex);
}

void MappingHeader::resizeEvent(QResizeEvent* event)
{
    QHeaderView::resizeEvent(event);
    placeEditors();
}

void MappingHeader::showEvent(QShowEvent* event)
{
    QHeaderView::showEvent(event);
    placeEditors();
}

bool MappingHeader::viewportEvent(QEvent* event)
{
    const bool handled = QHeaderView::viewportEvent(event);
    // The table scrolls the header by moving its viewport contents; re-place after layouts.
    if (event->type() == QEvent::LayoutRequest)
        placeEditors();
    return handled;
}

void MappingHeader::placeEditors()
{
    if (m_editors.empty())
        return;
    const int h = editorHeight();
    const int top = height() - h - kPad;
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        QWidget* w = m_editors[i];
        const int logical = static_cast<int>(i);
        if (logical >= count() || isSectionHidden(logical)) {
            w->hide();
            continue;
        }
        const int x = sectionViewportPosition(logical);
        w->setGeometry(x + kPad, top, std::max(0, sectionSize(logical) - 2 * kPad), h);
        w->show();
    }
}

} // namespace kestrel::ui
