#include "models/scored_users_model.h"

#include "customers/scoring_service.h"
#include "exports/export_types.h"
#include "models/feature_texts.h"
#include "models/score_texts.h"
#include "widgets/data_table_view.h"

#include <QtCore/QLocale>
#include <QtCore/QStringList>

namespace kestrel::ui {

ScoredUsersModel::ScoredUsersModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ScoredUsersModel::setUsers(std::vector<ScoredUser> users)
{
    beginResetModel();
    m_rows = std::move(users);
    endResetModel();
}

void ScoredUsersModel::clear()
{
    setUsers({});
}

QString ScoredUsersModel::reasonsText(const std::vector<ScoreReasonValue>& reasons)
{
    QStringList parts;
    for (const ScoreReasonValue& r : reasons)
        parts << FeatureTexts::reason(r.feature, r.value, r.contribution);
    return parts.join(QStringLiteral("; "));
}

int ScoredUsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScoredUsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoredUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"rank",  "user_id", "full_name", "email",
                                                      "score", "band",    "reasons"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Rank:
        case UserId:
            return static_cast<int>(core::ColumnKind::Integer);
        case Score:
            return static_cast<int>(core::ColumnKind::Decimal);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole && section == Score)
        return 4;
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Rank || section == UserId || section == Score;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == Reasons)
        return tr("The features that pushed the score up most, with the user's value and how much each added "
                  "(in log-odds: +0.7 roughly doubles the odds)");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case UserId:
        return tr("User ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Score:
        return tr("Score");
    case Band:
        return tr("Band");
    case Reasons:
        return tr("Why");
    default:
        return {};
    }
}

QVariant ScoredUsersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScoredUser& u = m_rows[static_cast<std::size_t>(index.row())];
    const int band = core::ScoringService::bandOf(u.score);
    if (role == BandKeyRole)
        return ScoreTexts::bandKey(band);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case UserId:
            return static_cast<qlonglong>(u.userId);
        case Name:
            return u.name;
        case Email:
            return u.email;
        case Score:
            return u.score;
        case Band:
            return ScoreTexts::bandName(band);
        case Reasons:
            return reasonsText(u.reasons);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case UserId:
            return QString::number(u.userId); // an id, not an amount: no group separators
        case Score:
            return QLocale().toString(u.score, 'f', 3);
        case Reasons: {
            const QString text = reasonsText(u.reasons);
            return text.isEmpty() ? tr("no feature raised this score") : text;
        }
        default:
            return data(index, Qt::EditRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return QVariant((c == Rank || c == UserId || c == Score ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Reasons) {
        QStringList lines;
        for (const ScoreReasonValue& r : u.reasons)
            lines << FeatureTexts::reason(r.feature, r.value, r.contribution) + QStringLiteral(" — ") +
                         FeatureTexts::description(r.feature);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace kestrel::ui
