#pragma once

#include "models/recommend_snapshot.h"

#include <QtWidgets/QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kestrel::ui {

class DataTableView;
class RecommendListModel;

/// A quick look at one user's list: an id box, the list with the reason for each product in words
/// ("Bought together with …", "Popular in …") and a button that asks for the user's card. An id
/// that is not a user, or a user without a list in the run (registered later: the run's popular
/// list), is said in a line above the table.
class RecommendLookUp : public QWidget {
    Q_OBJECT
public:
    explicit RecommendLookUp(QWidget* parent = nullptr);

    /// Shows a look-up's answer.
    void setList(RecommendUserListPtr list);
    /// Shows a failure of the look-up (database away, SQL error).
    void showError(const QString& message);
    /// Waiting for an answer.
    void setBusy(bool busy);
    /// No run: nothing to look up in.
    void setAvailable(bool available);
    void clear();

    QLineEdit* idEdit() const { return m_id; }
    QPushButton* showButton() const { return m_show; }
    QPushButton* cardButton() const { return m_card; }
    DataTableView* table() const { return m_table; }
    RecommendListModel* listModel() const { return m_model; }
    QString messageText() const;
    RecommendUserListPtr list() const { return m_list; }

signals:
    void lookUpRequested(qint64 userId);
    void customerActivated(qint64 userId);

private:
    void request();
    void showMessage(const QString& text, bool problem);

    RecommendUserListPtr m_list;
    QLineEdit* m_id = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_card = nullptr;
    QLabel* m_message = nullptr;
    DataTableView* m_table = nullptr;
    RecommendListModel* m_model = nullptr;
};

} // namespace kestrel::ui
