// What the Customers page and user card tests share: one generated database with the customer
// models run once (RFM, k-means segments, purchase propensity, churn, LTV), independent SQL
// helpers, and screenshots under build/tests/ui/screenshots.
#pragma once

#include <QtCore/QString>

#include <string>
#include <vector>

class QWidget;

namespace kestrel::test {

/// Generates the data and runs the models the first time it is called (about 1,500 users).
void ensureCustomerData();

/// Rows of a query on the test cluster as text ("<null>" for NULL).
std::vector<std::vector<std::string>> customerRows(const std::string& sql);
/// The first column of every row.
std::vector<std::string> customerColumn(const std::string& sql);
/// The single value of a query ("<none>" without a row).
std::string customerText(const std::string& sql);
long long customerScalar(const std::string& sql);
void customerExec(const std::string& sql);

/// Saves a picture of w under the screenshot folder (KESTREL_SCREENSHOT_DIR or
/// <test binary>/screenshots).
void saveCustomerPicture(QWidget& w, const QString& name);

} // namespace kestrel::test
