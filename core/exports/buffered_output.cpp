#include "exports/buffered_output.h"

#include "common/error.h"

#include <QtCore/QCoreApplication>

namespace kestrel::core {

void BufferedOutput::flush()
{
    if (m_buffer.empty())
        return;
    const qint64 written = m_device.write(m_buffer.data(), static_cast<qint64>(m_buffer.size()));
    if (written != static_cast<qint64>(m_buffer.size()))
        throw Error(Error::Code::Io,
                    QCoreApplication::translate("kestrel::core::TableExportWriter", "Cannot write %1: %2")
                        .arg(QString::fromStdString(m_where), m_device.errorString())
                        .toStdString(),
                    m_where);
    m_buffer.clear();
}

} // namespace kestrel::core
