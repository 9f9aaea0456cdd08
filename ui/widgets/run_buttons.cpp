#include "widgets/run_buttons.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QPushButton>

namespace kestrel::ui {

RunButtons::RunButtons(const QString& runTip, const QString& cancelTip, QWidget* parent) : QWidget(parent)
{
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_run->setToolTip(runTip);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setToolTip(cancelTip);
    m_cancel->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cancel);
    layout->addWidget(m_run);
    connect(m_run, &QPushButton::clicked, this, &RunButtons::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunButtons::cancelRequested);
}

void RunButtons::setRunning(bool running)
{
    m_running = running;
    m_run->setVisible(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_run->setEnabled(m_runEnabled && !running);
}

void RunButtons::setRunEnabled(bool enabled)
{
    m_runEnabled = enabled;
    m_run->setEnabled(enabled && !m_running);
}

} // namespace kestrel::ui
