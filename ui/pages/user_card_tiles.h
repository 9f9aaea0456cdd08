#pragma once

#include "models/user_card_snapshot.h"

#include <QtWidgets/QWidget>

class QLabel;

namespace kestrel::ui {

/// The user card's score tiles in two rows — segment, RFM, purchase probability (30 days), churn
/// risk, historical LTV (3/6/12 months), predicted LTV, P(alive), expected purchases (90 days) —
/// and under them the top reasons of the churn risk in words. A value the models have not computed
/// for this user shows "—" with a caption that says why.
class UserCardTiles : public QWidget {
    Q_OBJECT
public:
    enum Tile { Segment, Rfm, Purchase, Churn, HistoricalLtv, PredictedLtv, PAlive, Expected90, TileCount };

    explicit UserCardTiles(QWidget* parent = nullptr);

    void setCard(const UserCardSnapshot& card);

    QString title(Tile tile) const;
    QString valueText(Tile tile) const;
    QString captionText(Tile tile) const;
    /// The churn reasons as shown, one per line ("Days since last visit: 45 (+0.83)").
    QStringList churnReasons() const;

private:
    void set(Tile tile, const QString& value, const QString& caption, const QString& tooltip = {});

    QLabel* m_titles[TileCount] = {};
    QLabel* m_values[TileCount] = {};
    QLabel* m_captions[TileCount] = {};
    QLabel* m_reasons = nullptr;
    QStringList m_reasonLines;
};

} // namespace kestrel::ui
