#include "dialogs/save_preset_dialog.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

SavePresetDialog::SavePresetDialog(const QStringList& ownNames, const QString& suggestedName, bool shared,
                                   QWidget* parent)
    : QDialog(parent), m_ownNames(ownNames)
{
    setWindowTitle(tr("Save filter preset"));
    m_name = new QLineEdit(suggestedName, this);
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Moscow, top customers"));
    m_name->setMinimumWidth(300);
    m_shared = new QCheckBox(tr("Share with everyone"), this);
    m_shared->setChecked(shared);
    m_shared->setToolTip(tr("Everyone sees a shared preset; only you can change or delete it."));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SavePresetDialog::update);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_shared);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    update();
}

QString SavePresetDialog::name() const
{
    return m_name->text().trimmed();
}

bool SavePresetDialog::shared() const
{
    return m_shared->isChecked();
}

void SavePresetDialog::update()
{
    const QString n = name();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!n.isEmpty());
    const bool replaces = m_ownNames.contains(n);
    m_note->setText(replaces ? tr("This replaces your preset \"%1\".").arg(n) : QString());
    m_note->setVisible(replaces);
}

} // namespace kestrel::ui
