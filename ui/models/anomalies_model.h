#pragma once

#include "db/connection_params.h"
#include "models/anomaly_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>

namespace kestrel::ui {

/// Read model of the Anomalies page. load() reads the newest runs and the anomalies matching a
/// filter (AnomalyQueries, Qt Sql) on a worker thread with its own connection; loadProfile() reads
/// one anomaly's metric around its day through core's AnomalyService::profile (the same series and
/// verdicts as the run) on another. Both deliver immutable results on the GUI thread; every request
/// gets a generation number and a reply to an older one is dropped.
class AnomaliesModel : public QObject {
    Q_OBJECT
public:
    /// Days shown before and after an anomaly's day in its chart.
    static constexpr int kProfileDaysBefore = 42;
    static constexpr int kProfileDaysAfter = 14;

    explicit AnomaliesModel(QObject* parent = nullptr);
    ~AnomaliesModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Starts a load; returns its generation.
    int load(const AnomalyFilter& filter);
    bool isLoading() const { return m_loading; }
    /// Starts reading the chart of an anomaly (lastDay: the newest day worth showing, e.g. the end
    /// of the newest run's period); returns its generation.
    int loadProfile(const AnomalyRow& row, QDate lastDay);
    bool isProfileLoading() const { return m_profileLoading; }

signals:
    void loaded(kestrel::ui::AnomaliesSnapshotPtr snapshot);
    /// message is one readable sentence; details carry the statement.
    void failed(const QString& message, const QString& details);
    void profileLoaded(kestrel::ui::AnomalyProfilePtr profile);
    void profileFailed(const QString& message);

private:
    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    bool m_profileLoading = false;
    std::atomic<int> m_generation{0};
    std::atomic<int> m_profileGeneration{0};
    QThreadPool m_pool;
};

} // namespace kestrel::ui
