#include "pages/recommend_lookup.h"

#include "models/recommend_list_model.h"
#include "widgets/data_table_view.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

RecommendLookUp::RecommendLookUp(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Look up a user"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("userIdEdit"));
    m_id->setPlaceholderText(tr("User ID"));
    m_id->setClearButtonEnabled(true);
    m_id->setFixedWidth(180);
    m_id->setToolTip(tr("A user's id (crm.users.user_id); press Enter to see their list."));
    m_show = new QPushButton(tr("Show"), this);
    m_show->setObjectName(QStringLiteral("showListButton"));
    m_card = new QPushButton(tr("Open user card"), this);
    m_card->setObjectName(QStringLiteral("openCardButton"));
    m_card->setEnabled(false);
    m_card->setToolTip(tr("The user's profile, scores, orders and this list in one card"));
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(title);
    row->addSpacing(8);
    row->addWidget(m_id);
    row->addWidget(m_show);
    row->addWidget(m_card);
    row->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hint"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Enter a user id to see what they are recommended and why."));

    m_model = new RecommendListModel(this);
    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("userListTable"));
    m_table->setModel(m_model);
    m_table->setExportBaseName(QStringLiteral("user-recommendations"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(RecommendListModel::Reason, QHeaderView::Stretch);
    m_table->setMinimumHeight(11 * (view->fontMetrics().height() + 12) + 80);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_id, &QLineEdit::returnPressed, this, &RecommendLookUp::request);
    connect(m_show, &QPushButton::clicked, this, &RecommendLookUp::request);
    connect(m_card, &QPushButton::clicked, this, [this] {
        if (m_list && m_list->known)
            emit customerActivated(m_list->userId);
    });
}

void RecommendLookUp::request()
{
    bool ok = false;
    const qint64 id = m_id->text().trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        m_list.reset();
        m_model->clear();
        m_card->setEnabled(false);
        showMessage(m_id->text().trimmed().isEmpty()
                        ? tr("Enter a user id.")
                        : tr("“%1” is not a user id: enter a whole number, e.g. 1042.").arg(m_id->text().trimmed()),
                    true);
        return;
    }
    emit lookUpRequested(id);
}

void RecommendLookUp::setList(RecommendUserListPtr list)
{
    m_list = std::move(list);
    setBusy(false);
    m_model->setItems(m_list->items);
    m_card->setEnabled(m_list->known);
    QTableView* view = m_table->tableView();
    for (int c = 0; c < RecommendListModel::ColumnCount; ++c) {
        if (c != RecommendListModel::Reason)
            view->resizeColumnToContents(c);
    }
    // A model reset puts every section back to the header's default mode.
    view->horizontalHeader()->setSectionResizeMode(RecommendListModel::Reason, QHeaderView::Stretch);
    const QString who = m_list->userName.isEmpty()
                            ? tr("User %1").arg(m_list->userId)
                            : tr("%1 (user %2)").arg(m_list->userName, QString::number(m_list->userId));
    if (!m_list->known)
        showMessage(tr("There is no user %1 in the database.").arg(m_list->userId), true);
    else if (m_list->popularFallback && m_list->items.empty())
        showMessage(tr("%1 has no list in run %2, and the run stored no popular products.")
                        .arg(who, QString::number(m_list->runId)),
                    true);
    else if (m_list->popularFallback)
        showMessage(tr("%1 has no list in run %2 (registered after it): they get the run's popular products.")
                        .arg(who, QString::number(m_list->runId)),
                    false);
    else
        showMessage(tr("%1: %n products from run %2, best first.", nullptr, static_cast<int>(m_list->items.size()))
                        .arg(who, QString::number(m_list->runId)),
                    false);
}

void RecommendLookUp::showError(const QString& message)
{
    setBusy(false);
    m_list.reset();
    m_model->clear();
    m_card->setEnabled(false);
    showMessage(message, true);
}

void RecommendLookUp::setBusy(bool busy)
{
    m_show->setEnabled(!busy);
    if (busy)
        showMessage(tr("Looking up…"), false);
}

void RecommendLookUp::setAvailable(bool available)
{
    m_id->setEnabled(available);
    m_show->setEnabled(available);
    if (!available)
        clear();
}

void RecommendLookUp::clear()
{
    m_list.reset();
    m_model->clear();
    m_card->setEnabled(false);
    showMessage(tr("Enter a user id to see what they are recommended and why."), false);
}

QString RecommendLookUp::messageText() const
{
    return m_message->text();
}

void RecommendLookUp::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    // The style sheet colours a problem red (QLabel#hint[problem="true"]).
    if (m_message->property("problem").toBool() != problem) {
        m_message->setProperty("problem", problem);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
}

} // namespace kestrel::ui
