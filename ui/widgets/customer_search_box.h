#pragma once

#include "db/connection_params.h"
#include "models/customer_queries.h"
#include "models/query_canceller.h"

#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <atomic>
#include <vector>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace kestrel::ui {

/// The main window's "find a customer" box: type an id, a name, an e-mail or a Telegram id and a
/// popup lists the first matches while typing (debounced; the previous query is cancelled on the
/// server). Enter opens the highlighted match; without one, the only match, or the user whose id
/// (or Telegram id) is exactly the digits typed. Nothing found: notFound with "No customer with id
/// N" (or "No customer matches …"), never an empty card.
class CustomerSearchBox : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kMatches = 10;

    explicit CustomerSearchBox(QWidget* parent = nullptr);
    ~CustomerSearchBox() override;

    void setConnection(const core::ConnectionParams& params);
    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    /// The matches of the last finished search.
    const std::vector<CustomerMatch>& matches() const { return m_matches; }
    bool isSearching() const { return m_searching; }
    /// What Enter does, callable without a key press.
    void submit();

signals:
    void customerChosen(qint64 userId);
    void notFound(const QString& message);
    /// A search finished (the popup was filled).
    void matchesReady();

private:
    void startSearch();
    void deliver(int generation, const QString& text, const std::vector<CustomerMatch>& matches, bool ok);
    void decide(const QString& text);
    void choose(qint64 userId);

    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_items = nullptr;
    QTimer m_debounce;
    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    std::vector<CustomerMatch> m_matches;
    QString m_matchesFor;
    bool m_searching = false;
    bool m_enterPending = false;
    std::atomic<int> m_generation{0};
    QueryCanceller m_canceller;
    QThreadPool m_pool;
};

} // namespace kestrel::ui
