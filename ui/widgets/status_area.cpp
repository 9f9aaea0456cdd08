#include "widgets/status_area.h"

#include "jobs/job_runner.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>

#include <cmath>

namespace kestrel::ui {

StatusArea::StatusArea(core::JobRunner& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("statusArea"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("statusText"));
    m_label->setMinimumWidth(200);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop this job; its changes are rolled back"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_label, 1);

    m_clear.setSingleShot(true);
    m_clear.setInterval(15000);
    connect(&m_clear, &QTimer::timeout, this, [this] { showIdle(tr("Ready")); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_current) {
            m_jobs.cancel(m_current);
            m_cancel->setEnabled(false);
            m_label->setText(tr("%1 — cancelling…").arg(m_running.value(m_current).title));
        }
    });
    connect(&jobs, &core::JobRunner::jobStarted, this, &StatusArea::onStarted);
    connect(&jobs, &core::JobRunner::jobProgress, this, &StatusArea::onProgress);
    connect(&jobs, &core::JobRunner::jobFinished, this, &StatusArea::onFinished);
    showIdle(tr("Ready"));
}

QString StatusArea::text() const
{
    return m_label->text();
}

bool StatusArea::isProgressVisible() const
{
    return m_bar->isVisibleTo(this);
}

void StatusArea::onStarted(int id, const QString& title)
{
    m_running.insert(id, Job{title, QString(), 0});
    m_current = id;
    m_clear.stop();
    showCurrent();
}

void StatusArea::onProgress(int id, double fraction, const QString& text)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    it->fraction = fraction;
    it->text = text;
    if (id == m_current)
        showCurrent();
}

void StatusArea::onFinished(int id, bool ok, bool cancelled, const QString& message)
{
    const Job job = m_running.take(id);
    if (id != m_current)
        return;
    if (!m_running.isEmpty()) {
        m_current = m_running.lastKey();
        showCurrent();
        return;
    }
    m_current = 0;
    if (ok)
        showIdle(tr("%1 — done").arg(job.title));
    else if (cancelled)
        showIdle(tr("%1 — cancelled").arg(job.title));
    else
        showIdle(tr("%1 — failed: %2").arg(job.title, message));
    m_label->setToolTip(message);
    m_clear.start();
}

void StatusArea::showCurrent()
{
    const Job job = m_running.value(m_current);
    m_bar->show();
    m_bar->setValue(static_cast<int>(std::lround(job.fraction * 1000)));
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_label->setText(job.text.isEmpty() ? job.title : tr("%1 — %2").arg(job.title, job.text));
    m_label->setToolTip(QString());
}

void StatusArea::showIdle(const QString& message)
{
    m_bar->hide();
    m_cancel->hide();
    m_label->setText(message);
}

} // namespace kestrel::ui
