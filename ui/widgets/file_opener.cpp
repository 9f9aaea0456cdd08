#include "widgets/file_opener.h"

#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>

namespace kestrel::ui {
namespace {

std::function<bool(const QString&)>& opener()
{
    static std::function<bool(const QString&)> f;
    return f;
}

} // namespace

bool openLocalFile(const QString& path)
{
    if (path.isEmpty())
        return false;
    if (opener())
        return opener()(path);
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void setLocalFileOpener(std::function<bool(const QString&)> f)
{
    opener() = std::move(f);
}

} // namespace kestrel::ui
