#pragma once

#include <QtCore/QString>

namespace kestrel::ui::dsn {

/// A value for a libpq key=value string, quoted and escaped when it needs it.
QString quoteValue(const QString& value);

/// "host=… port=… dbname=… user=… [password=…]" from the dialog's fields; empty fields are left out.
QString build(const QString& host, const QString& port, const QString& dbname, const QString& user,
              const QString& password = {});

/// The DSN with any password removed (key=value and postgresql:// URI forms), fit for settings.
QString withoutPassword(const QString& dsn);

/// Adds password to a DSN that has none (for this session only).
QString withPassword(const QString& dsn, const QString& password);

} // namespace kestrel::ui::dsn
