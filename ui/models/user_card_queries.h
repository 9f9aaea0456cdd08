#pragma once

#include "models/user_card_snapshot.h"

#include <QtSql/QSqlDatabase>

namespace kestrel::ui {

/// The user card's SQL, in one place, on the calling thread's QPSQL connection. Every statement
/// reads one user through an index on user_id (crm.users primary key, ml.user_metrics primary key,
/// events (user_id, occurred_at) per monthly partition, orders (user_id, created_at) and the
/// revenue index of 0007, the recommendation partition's (user_id, rank)), so the card costs the
/// same on a thousand or a million users. Throws core::Error(Sql) with the statement in where().
class UserCardQueries {
public:
    static constexpr int kTimelinePage = 50;

    explicit UserCardQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Everything the card shows (the first timeline page); found = false for an unknown id.
    UserCardSnapshot load(std::int64_t userId);
    /// The timeline page after `cursor`.
    CardTimelinePage timeline(std::int64_t userId, const CardTimelineCursor& cursor, int limit = kTimelinePage);

    /// The best sellers of the last 90 days of orders (units sold), for the card when there is no
    /// recommend run; cached for the process for five minutes (the query reads every recent order).
    std::vector<CardRecommendation> recentBestsellers(int limit = 10);
    /// Forgets the cached best sellers (tests, a new import).
    static void forgetBestsellers();

private:
    void profile(UserCardSnapshot& card);
    void spend(UserCardSnapshot& card);
    void products(UserCardSnapshot& card);
    void recommendations(UserCardSnapshot& card);

    QSqlDatabase m_db;
};

} // namespace kestrel::ui
