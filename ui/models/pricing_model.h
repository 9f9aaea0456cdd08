#pragma once

#include "db/connection_params.h"
#include "models/pricing_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>

namespace kestrel::ui {

/// Read model of the Pricing page: reads the newest price-elasticity run, a later failed one and the
/// run's rows with their chart points (PricingQueries) on a worker thread with its own QPSQL
/// connection (QSqlDatabase is per thread; SqlConnection), and delivers one
/// immutable snapshot on the GUI thread. Every load gets a generation number; the reply of an
/// older load is dropped.
class PricingModel : public QObject {
    Q_OBJECT
public:
    explicit PricingModel(QObject* parent = nullptr);
    ~PricingModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Starts a load; returns its generation.
    int load();
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation.load(); }

signals:
    void loaded(kestrel::ui::PricingSnapshotPtr snapshot);
    /// message is one readable sentence; details carry the statement.
    void failed(const QString& message, const QString& details);

private:
    void deliver(int generation, PricingSnapshotPtr snapshot, const QString& message, const QString& details);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    std::atomic<int> m_generation{0};
    QThreadPool m_pool;
};

} // namespace kestrel::ui
