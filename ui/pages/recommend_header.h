#pragma once

#include "models/recommend_snapshot.h"

#include <QtWidgets/QWidget>

class QFrame;
class QLabel;

namespace kestrel::ui {

class InfoTiles;

/// The head of the Recommendations page for the run shown: one line with the as-of date, the run
/// (id, when it finished, how long it took) and its settings, the run's warnings in a notice box,
/// and tiles: users with a list, cold users (and their share), products recommended out of the
/// catalogue (coverage) and the run's duration with its phases.
class RecommendHeader : public QWidget {
    Q_OBJECT
public:
    enum Tile { Users, ColdUsers, Products, Duration, TileCount };

    explicit RecommendHeader(QWidget* parent = nullptr);

    void setRun(const RecommendRunDetail& run);
    void clear();

    /// The line as plain text.
    QString summaryText() const;
    /// The warnings as shown, one per entry.
    QStringList warnings() const { return m_warningTexts; }
    bool areWarningsVisible() const;
    InfoTiles* tiles() const { return m_tiles; }

private:
    QLabel* m_summary = nullptr;
    QFrame* m_notice = nullptr;
    QLabel* m_warnings = nullptr;
    InfoTiles* m_tiles = nullptr;
    QStringList m_warningTexts;
};

} // namespace kestrel::ui
