#include "widgets/customer_search_box.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/customer_list_query.h"
#include "models/sql_connection.h"

#include <QtGui/QStandardItemModel>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLineEdit>
#include <spdlog/spdlog.h>

namespace kestrel::ui {
namespace {

constexpr int kUserIdRole = Qt::UserRole + 1;

} // namespace

CustomerSearchBox::CustomerSearchBox(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("customerSearchBox"));
    m_pool.setMaxThreadCount(1);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("toolbarSearch"));
    m_edit->setPlaceholderText(tr("Find a customer: id, name, e-mail, Telegram id (Ctrl+K)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(380);
    setMaximumWidth(460);
    m_items = new QStandardItemModel(this);
    m_completer = new QCompleter(m_items, this);
    m_completer->setWidget(m_edit); // not QLineEdit::setCompleter: a choice must not overwrite the typed text
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kMatches);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerSearchBox::startSearch);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, &CustomerSearchBox::submit);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const QVariant id = index.data(kUserIdRole);
        if (id.isValid())
            choose(id.toLongLong());
    });
}

CustomerSearchBox::~CustomerSearchBox()
{
    ++m_generation;
    m_pool.clear();
    m_canceller.cancelAllNow();
    m_pool.waitForDone();
}

void CustomerSearchBox::setConnection(const core::ConnectionParams& params)
{
    m_params = params;
    m_hasConnection = true;
}

void CustomerSearchBox::submit()
{
    QAbstractItemView* popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid()) {
        const QVariant id = popup->currentIndex().data(kUserIdRole);
        if (id.isValid()) {
            choose(id.toLongLong());
            return;
        }
    }
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_searching && m_matchesFor == text) {
        decide(text);
        return;
    }
    m_debounce.stop();
    m_enterPending = true;
    startSearch();
}

void CustomerSearchBox::startSearch()
{
    const QString text = m_edit->text().trimmed();
    const int generation = ++m_generation;
    m_canceller.cancelBefore(generation);
    if (text.isEmpty() || !m_hasConnection) {
        m_searching = false;
        m_enterPending = false;
        m_items->clear();
        m_completer->popup()->hide();
        return;
    }
    m_searching = true;
    m_pool.start([this, generation, text, params = m_params] {
        if (generation != m_generation.load())
            return;
        std::vector<CustomerMatch> matches;
        bool ok = false;
        for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
            try {
                QSqlDatabase db = SqlConnection::forThisThread(params);
                const int token = m_canceller.enter(generation, db);
                try {
                    matches = CustomerQueries(db).search(text, kMatches);
                    ok = true;
                } catch (...) {
                    m_canceller.leave(token);
                    if (attempt == 0 && !SqlConnection::isAlive(db)) {
                        db = QSqlDatabase();
                        SqlConnection::resetThisThread();
                        continue;
                    }
                    throw;
                }
                m_canceller.leave(token);
            } catch (const std::exception& e) {
                if (generation == m_generation.load())
                    core::logging::get("ui")->warn("customer search failed: {}", e.what());
                break;
            }
        }
        QMetaObject::invokeMethod(
            this, [this, generation, text, matches, ok] { deliver(generation, text, matches, ok); },
            Qt::QueuedConnection);
    });
}

void CustomerSearchBox::deliver(int generation, const QString& text, const std::vector<CustomerMatch>& matches, bool ok)
{
    if (generation != m_generation.load())
        return;
    m_searching = false;
    m_matches = ok ? matches : std::vector<CustomerMatch>{};
    m_matchesFor = text;
    m_items->clear();
    for (const CustomerMatch& m : m_matches) {
        QString line = tr("%1 — %2 · id %3").arg(m.name, m.email).arg(m.userId);
        if (m.telegramId && QString::number(*m.telegramId) == text)
            line += tr(" · Telegram %1").arg(*m.telegramId);
        auto* item = new QStandardItem(line);
        item->setData(static_cast<qlonglong>(m.userId), kUserIdRole);
        item->setEditable(false);
        m_items->appendRow(item);
    }
    emit matchesReady();
    if (m_enterPending) {
        m_enterPending = false;
        if (ok)
            decide(text);
        return;
    }
    if (!m_matches.empty() && m_edit->hasFocus()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
}

void CustomerSearchBox::decide(const QString& text)
{
    const bool digits = CustomerListQuery::searchKind(text) == CustomerListQuery::SearchKind::Id;
    if (m_matches.empty()) {
        emit notFound(digits ? tr("No customer with id %1").arg(text) : tr("No customer matches “%1”").arg(text));
        return;
    }
    if (m_matches.size() == 1) {
        choose(m_matches.front().userId);
        return;
    }
    if (digits) {
        const qlonglong n = text.toLongLong();
        for (const CustomerMatch& m : m_matches) { // the user id first, then the Telegram id
            if (m.userId == n) {
                choose(m.userId);
                return;
            }
        }
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void CustomerSearchBox::choose(qint64 userId)
{
    m_completer->popup()->hide();
    emit customerChosen(userId);
}

} // namespace kestrel::ui
