#include "models/user_card_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/sql_connection.h"
#include "models/user_card_queries.h"

#include <QtCore/QCoreApplication>
#include <spdlog/spdlog.h>

#include <functional>

namespace kestrel::ui {
namespace {

// Runs fn on this thread's connection; a connection that died under us is opened again once.
void withQueries(const core::ConnectionParams& params, QueryCanceller& canceller, int generation,
                 const std::function<void(UserCardQueries&)>& fn)
{
    for (int attempt = 0;; ++attempt) {
        QSqlDatabase db = SqlConnection::forThisThread(params);
        const int token = canceller.enter(generation, db);
        try {
            UserCardQueries queries(db);
            fn(queries);
            canceller.leave(token);
            return;
        } catch (const core::Error&) {
            canceller.leave(token);
            if (attempt > 0 || SqlConnection::isAlive(db))
                throw;
            db = QSqlDatabase();
            SqlConnection::resetThisThread();
        }
    }
}

QString messageOf(const core::Error& e)
{
    const QString what = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
    const bool connection =
        e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
    return connection
               ? QCoreApplication::translate("kestrel::ui::UserCardModel", "The database cannot be reached: %1")
                     .arg(what)
               : QCoreApplication::translate("kestrel::ui::UserCardModel", "The user card could not be loaded: %1")
                     .arg(what);
}

} // namespace

UserCardModel::UserCardModel(core::ConnectionParams params, QObject* parent)
    : QObject(parent), m_params(std::move(params))
{
    qRegisterMetaType<UserCardSnapshotPtr>();
    qRegisterMetaType<CardTimelinePagePtr>();
    m_pool.setMaxThreadCount(1);
}

UserCardModel::~UserCardModel()
{
    ++m_generation;
    m_pool.clear();
    m_canceller.cancelAllNow();
    m_pool.waitForDone();
}

void UserCardModel::load(std::int64_t userId)
{
    const int generation = ++m_generation;
    m_canceller.cancelBefore(generation);
    m_loading = true;
    m_loadingTimeline = false; // a timeline page of the older load is dropped with it
    m_pool.start([this, generation, userId, params = m_params] {
        if (generation != m_generation.load())
            return;
        std::shared_ptr<UserCardSnapshot> card;
        QString message, details;
        try {
            withQueries(params, m_canceller, generation,
                        [&](UserCardQueries& q) { card = std::make_shared<UserCardSnapshot>(q.load(userId)); });
        } catch (const core::Error& e) {
            if (generation != m_generation.load())
                return;
            message = messageOf(e);
            details = QString::fromStdString(e.where());
            core::logging::get("ui")->error("user card {} failed: {} | {}", userId, e.what(), e.where());
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, card = UserCardSnapshotPtr(card), message, details] {
                if (generation != m_generation.load())
                    return;
                m_loading = false;
                if (card)
                    emit loaded(card);
                else
                    emit failed(message, details);
            },
            Qt::QueuedConnection);
    });
}

void UserCardModel::loadTimeline(std::int64_t userId, const CardTimelineCursor& cursor)
{
    if (m_loadingTimeline)
        return;
    m_loadingTimeline = true;
    const int generation = m_generation.load();
    m_pool.start([this, generation, userId, cursor, params = m_params] {
        if (generation != m_generation.load())
            return;
        std::shared_ptr<CardTimelinePage> page;
        QString message, details;
        try {
            withQueries(params, m_canceller, generation, [&](UserCardQueries& q) {
                page = std::make_shared<CardTimelinePage>(q.timeline(userId, cursor));
            });
        } catch (const core::Error& e) {
            if (generation != m_generation.load())
                return;
            message = messageOf(e);
            details = QString::fromStdString(e.where());
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, page = CardTimelinePagePtr(page), message, details] {
                if (generation != m_generation.load())
                    return;
                m_loadingTimeline = false;
                if (page)
                    emit timelineLoaded(page);
                else
                    emit failed(message, details);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kestrel::ui
