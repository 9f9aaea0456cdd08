#pragma once

#include "db/connection_params.h"
#include "models/query_canceller.h"
#include "models/user_card_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>

namespace kestrel::ui {

/// Read model of one user card: loads a UserCardSnapshot (UserCardQueries) on a worker thread with
/// its own QPSQL connection and delivers it on the GUI thread; further timeline pages the same way.
/// A reply of an older load (the card was reloaded) is dropped; destruction cancels what runs.
class UserCardModel : public QObject {
    Q_OBJECT
public:
    explicit UserCardModel(core::ConnectionParams params, QObject* parent = nullptr);
    ~UserCardModel() override;

    void load(std::int64_t userId);
    /// The timeline page after `cursor`; timelineLoaded follows.
    void loadTimeline(std::int64_t userId, const CardTimelineCursor& cursor);
    bool isLoading() const { return m_loading; }
    bool isLoadingTimeline() const { return m_loadingTimeline; }

signals:
    void loaded(kestrel::ui::UserCardSnapshotPtr snapshot);
    void timelineLoaded(kestrel::ui::CardTimelinePagePtr page);
    void failed(const QString& message, const QString& details);

private:
    core::ConnectionParams m_params;
    bool m_loading = false;
    bool m_loadingTimeline = false;
    std::atomic<int> m_generation{0};
    QueryCanceller m_canceller;
    QThreadPool m_pool;
};

} // namespace kestrel::ui
