#pragma once

#include <QtCore/QIODevice>

#include <string>
#include <string_view>

namespace kestrel::core {

/// A write buffer in front of a QIODevice; throws Error(Io) naming `where` when the device fails.
class BufferedOutput {
public:
    BufferedOutput(QIODevice& device, std::string where) : m_device(device), m_where(std::move(where))
    {
        m_buffer.reserve(kChunk + 4096);
    }

    void put(std::string_view s)
    {
        m_buffer.append(s);
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void put(char c)
    {
        m_buffer.push_back(c);
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void flush();

private:
    static constexpr std::size_t kChunk = 64 * 1024;
    QIODevice& m_device;
    std::string m_where;
    std::string m_buffer;
};

} // namespace kestrel::core
