#pragma once

#include "models/scores_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The users with the highest current score of one model as a table: rank, user id, name,
/// e-mail, score, band and the reasons of the score in words ("Days since last visit: 45
/// (+0.83); …"). DisplayRole is formatted text; EditRole the raw value, so sorting and export use
/// numbers.
class ScoredUsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, UserId, Name, Email, Score, Band, Reasons, ColumnCount };
    /// data() on the Band column: "low", "medium" or "high" (the badge's colour key).
    static constexpr int BandKeyRole = Qt::UserRole + 1;

    explicit ScoredUsersModel(QObject* parent = nullptr);

    void setUsers(std::vector<ScoredUser> users);
    void clear();
    const ScoredUser& user(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The reasons of a score in one line, largest first, "; " between them.
    static QString reasonsText(const std::vector<ScoreReasonValue>& reasons);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ScoredUser> m_rows;
};

} // namespace kestrel::ui
