// The table tools every page uses, offscreen: DataTableView (hidden column, quick filter, sort,
// copy, export of exactly what is shown), FilterPresetBar against a real database (save, load
// restores the filters, errors as toasts) and ToastOverlay (stacking, actions, resize, timeout).
#include "common/logging.h"
#include "db/connection_params.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/filter_preset_bar.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtGui/QCursor>
#include <QtGui/QKeyEvent>
#include <QtGui/QStandardItemModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>

#include <filesystem>
#include <sys/stat.h>

using namespace kestrel;
using ui::DataTableView;
using ui::FilterPresetBar;
using ui::Toast;
using ui::ToastOverlay;

namespace {

constexpr int kRows = 30;

struct Customer {
    QString name;
    QString city;
    int orders;
    double revenue;
    QDate joined;
};

// Every third customer is an "Иван"; cities cycle, so a city word matches only the hidden column.
std::vector<Customer> customers()
{
    std::vector<Customer> out;
    const QString cities[] = {QStringLiteral("Berlin"), QStringLiteral("Москва"), QStringLiteral("Paris")};
    for (int i = 0; i < kRows; ++i) {
        const QString name =
            i % 3 == 0 ? QStringLiteral("Иван Петров %1").arg(i) : QStringLiteral("Customer %1").arg(i);
        out.push_back({name, cities[(i / 3) % 3], (i * 7) % 23, 100.5 + i * 10.25, QDate(2024, 1, 1).addDays(i * 5)});
    }
    return out;
}

QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(0, 5, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Orders"),
                                      QStringLiteral("Revenue"), QStringLiteral("Joined")});
    for (const Customer& c : customers()) {
        QList<QStandardItem*> row;
        for (const QVariant& v :
             {QVariant(c.name), QVariant(c.city), QVariant(c.orders), QVariant(c.revenue), QVariant(c.joined)}) {
            auto* item = new QStandardItem;
            item->setData(v, Qt::EditRole);
            row.append(item);
        }
        model->appendRow(row);
    }
    return model;
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("KESTREL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // pending layouts settle
    QVERIFY(w.grab().save(QDir(dir).filePath(name), "PNG"));
}

QAction* columnAction(DataTableView& view, const QString& title)
{
    auto* button = view.findChild<QPushButton*>(QStringLiteral("columnsButton"));
    emit button->menu()->aboutToShow(); // the menu is rebuilt from the model each time it opens
    for (QAction* a : button->menu()->actions()) {
        if (a->text() == title)
            return a;
    }
    return nullptr;
}

// QTest::keyClicks asserts on non-Latin-1 characters in Qt 6.4; key events carry the text instead.
void typeText(QWidget* target, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(target, &release);
    }
}

Toast* lastToast(QWidget* anyWidget)
{
    const auto list = ToastOverlay::of(anyWidget)->toasts();
    return list.isEmpty() ? nullptr : list.last();
}

} // namespace

class TableToolsTest : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void exportWritesOnlyVisibleColumnsAndFilteredRows();
    void copySelectionAsTsv();
    void failedExportShowsErrorToastWithRetry();
    void presetSaveAndLoadRestoresFilters();
    void presetErrorsBecomeToasts();
    void toastsStackActAndFollowResize();
};

void TableToolsTest::exportWritesOnlyVisibleColumnsAndFilteredRows()
{
    DataTableView view;
    auto* model = makeModel(&view);
    view.setModel(model);
    view.resize(900, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Hide City through the column chooser.
    QAction* city = columnAction(view, QStringLiteral("City"));
    QVERIFY(city && city->isChecked());
    city->toggle();
    QVERIFY(view.isColumnHidden(1));
    QCOMPARE(view.visibleColumns(), (std::vector<int>{0, 2, 3, 4}));

    // Typing is debounced: nothing filters at once, then the rows of "иван" remain.
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("quickFilter"));
    typeText(edit, QStringLiteral("иван"));
    QCOMPARE(view.proxyModel()->rowCount(), kRows);
    QTRY_COMPARE(view.proxyModel()->rowCount(), kRows / 3);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("rowCount"))->text(), QStringLiteral("10 of 30 rows"));
    // A word found only in the hidden column matches nothing.
    view.setQuickFilter(QStringLiteral("Berlin"));
    QCOMPARE(view.proxyModel()->rowCount(), 0);
    view.setQuickFilter(QStringLiteral("иван"));

    // Sort by Orders with a click on its header (ascending), as a user would.
    QHeaderView* header = view.tableView()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(2) + 10, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), 2);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    std::vector<Customer> expected;
    for (const Customer& c : customers()) {
        if (c.name.startsWith(QStringLiteral("Иван")))
            expected.push_back(c);
    }
    std::sort(expected.begin(), expected.end(),
              [](const Customer& a, const Customer& b) { return a.orders < b.orders; });

    QTemporaryDir dir;
    QSignalSpy finished(&view, &DataTableView::exportFinished);
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    QVERIFY(view.exportTo(csv, core::ExportFormat::Csv));
    QVERIFY(view.isExporting());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).toULongLong(), 10ull);
    QString want = QStringLiteral("Name,Orders,Revenue,Joined\n");
    for (const Customer& c : expected)
        want += QStringLiteral("%1,%2,%3,%4\n")
                    .arg(c.name)
                    .arg(c.orders)
                    .arg(QString::number(c.revenue), c.joined.toString(Qt::ISODate));
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBF") + want.toUtf8()); // BOM, then the rows

    // The success toast names the rows and the file, and offers to open it.
    Toast* toast = lastToast(&view);
    QVERIFY(toast);
    QCOMPARE(toast->kind(), Toast::Kind::Success);
    QCOMPARE(toast->text(), QStringLiteral("Exported 10 rows to customers.csv."));
    QCOMPARE(toast->actionButtons().size(), 2);

    // JSON: the same rows, numbers as numbers (kinds guessed from the values).
    const QString json = dir.filePath(QStringLiteral("customers.json"));
    QVERIFY(view.exportTo(json, core::ExportFormat::Json));
    QVERIFY(finished.wait(20000));
    const QJsonArray rows = QJsonDocument::fromJson(readAll(json).toUtf8()).array();
    QCOMPARE(rows.size(), 10);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        const Customer& c = expected[static_cast<std::size_t>(i)];
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("Joined"), QStringLiteral("Name"), QStringLiteral("Orders"),
                                        QStringLiteral("Revenue")}));
        QCOMPARE(o[QStringLiteral("Name")].toString(), c.name);
        QVERIFY(o[QStringLiteral("Orders")].isDouble());
        QCOMPARE(o[QStringLiteral("Orders")].toInt(), c.orders);
        QCOMPARE(o[QStringLiteral("Revenue")].toDouble(), c.revenue);
        QCOMPARE(o[QStringLiteral("Joined")].toString(), c.joined.toString(Qt::ISODate));
    }

    // XLSX through the same path; its contents are checked by the unit tests.
    const QString xlsx = dir.filePath(QStringLiteral("customers.xlsx"));
    QVERIFY(view.exportTo(xlsx, core::ExportFormat::Xlsx));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(2).toInt(), 1);
    QVERIFY(QFileInfo(xlsx).size() > 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary files left
}

void TableToolsTest::copySelectionAsTsv()
{
    DataTableView view;
    view.setModel(makeModel(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModel* proxy = view.proxyModel();
    view.tableView()->selectionModel()->select(QItemSelection(proxy->index(0, 0), proxy->index(1, 2)),
                                               QItemSelectionModel::Select);
    const QString expected = QStringLiteral("Иван Петров 0\tBerlin\t0\nCustomer 1\tBerlin\t7");
    QCOMPARE(view.selectionAsTsv(), expected);
    QGuiApplication::clipboard()->clear();
    view.tableView()->setFocus();
    QTest::keyClick(view.tableView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // A hidden column is left out of the copy too.
    view.setColumnHidden(1, true);
    QCOMPARE(view.selectionAsTsv(), QStringLiteral("Иван Петров 0\t0\nCustomer 1\t7"));
}

void TableToolsTest::failedExportShowsErrorToastWithRetry()
{
    DataTableView view;
    view.setModel(makeModel(&view));
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy failed(&view, &DataTableView::exportFailed);

    // /proc takes no new files, even from root.
    const QString path = QStringLiteral("/proc/kestrel-export-test.csv");
    QVERIFY(view.exportTo(path, core::ExportFormat::Csv));
    QVERIFY(failed.wait(20000));
    QVERIFY(!QFileInfo::exists(path));
    Toast* toast = lastToast(&view);
    QVERIFY(toast);
    QCOMPARE(toast->kind(), Toast::Kind::Error);
    QVERIFY2(toast->text().startsWith(QStringLiteral("Export to kestrel-export-test.csv failed: ")),
             qPrintable(toast->text()));
    QVERIFY(toast->text().contains(QStringLiteral("/proc")));
    QCOMPARE(toast->actionButtons().size(), 1);
    QCOMPARE(toast->actionButtons()[0]->text(), QStringLiteral("Retry"));
    QTest::mouseClick(toast->actionButtons()[0], Qt::LeftButton); // runs the export again
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.size(), 2);

    // XLSX that does not fit one sheet with splitting off: refused with the reason, no Retry.
    core::ExportOptions options;
    options.xlsxSplitSheets = false;
    options.xlsxMaxRowsPerSheet = 5;
    view.setExportOptions(options);
    QTemporaryDir dir;
    QVERIFY(view.exportTo(dir.filePath(QStringLiteral("big.xlsx")), core::ExportFormat::Xlsx));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.last().at(1).toString(),
             QStringLiteral("30 rows do not fit one XLSX sheet (4 data rows); choose split into sheets or CSV"));
    QCOMPARE(lastToast(&view)->actionButtons().size(), 0);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    saveScreenshot(view, QStringLiteral("table-export-refused.png"));
}

void TableToolsTest::presetSaveAndLoadRestoresFilters()
{
    DataTableView view;
    view.setModel(makeModel(&view));
    auto* bar = new FilterPresetBar(QStringLiteral("ui_customers"), [&view] { return view.filters(); });
    view.addToolbarWidget(bar);
    connect(bar, &FilterPresetBar::presetApplied, &view, &DataTableView::setFilters);
    view.resize(1100, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QSignalSpy loaded(bar, &FilterPresetBar::presetsLoaded);
    QSignalSpy succeeded(bar, &FilterPresetBar::operationSucceeded);
    bar->setConnection(test::TestCluster::instance().params());
    QVERIFY(loaded.wait(30000));
    QVERIFY(bar->presets().empty());

    view.setQuickFilter(QStringLiteral("иван"));
    view.setColumnHidden(4, true);
    view.tableView()->sortByColumn(3, Qt::DescendingOrder);
    const QJsonObject state = view.filters();
    QCOMPARE(state.value(QStringLiteral("quick")).toString(), QStringLiteral("иван"));
    QCOMPARE(state.value(QStringLiteral("hidden")).toArray(), QJsonArray{QStringLiteral("Joined")});

    bar->savePreset(QStringLiteral("Ivans by revenue"), true);
    QVERIFY(succeeded.wait(30000));
    QCOMPARE(bar->presets().size(), std::size_t(1));
    QVERIFY(bar->presets()[0].mine && bar->presets()[0].shared);
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(bar->presets()[0].filters)).object(), state);
    QCOMPARE(bar->comboBox()->currentText(), QStringLiteral("Ivans by revenue (shared)"));
    QCOMPARE(lastToast(&view)->text(), QStringLiteral("Saved the preset \"Ivans by revenue\"."));
    saveScreenshot(view, QStringLiteral("data-table-view.png"));

    // Back to nothing, then choose the preset in the list as a user would.
    view.setFilters({});
    QCOMPARE(view.quickFilter(), QString());
    QVERIFY(!view.isColumnHidden(4));
    QCOMPARE(view.proxyModel()->rowCount(), kRows);
    emit bar->comboBox()->activated(0);
    QCOMPARE(view.filters(), state);
    QCOMPARE(view.quickFilter(), QStringLiteral("иван"));
    QVERIFY(view.isColumnHidden(4));
    QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorSection(), 3);
    QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(view.proxyModel()->rowCount(), kRows / 3);
    QCOMPARE(view.proxyModel()->index(0, 0).data().toString(), QStringLiteral("Иван Петров 27")); // top revenue

    // Export to a file and import: presets of other pages are skipped.
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("presets.json"));
    QVERIFY(bar->exportToFile(exported));
    const auto file = QJsonDocument::fromJson(readAll(exported).toUtf8()).object();
    QCOMPARE(file[QStringLiteral("presets")].toArray().size(), 1);
    QCOMPARE(file[QStringLiteral("presets")].toArray()[0].toObject()[QStringLiteral("name")].toString(),
             QStringLiteral("Ivans by revenue"));

    const QString incoming = dir.filePath(QStringLiteral("incoming.json"));
    {
        QFile f(incoming);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"presets": [{"name": "Customers only", "filters": {"quick": "Customer"}},
                                {"page": "other_page", "name": "Elsewhere", "filters": {}}]})");
    }
    bar->importFromFile(incoming);
    QVERIFY(succeeded.wait(30000));
    QVERIFY2(succeeded.last().at(0).toString().startsWith(QStringLiteral("Imported 1 preset")),
             qPrintable(succeeded.last().at(0).toString()));
    QCOMPARE(bar->presets().size(), std::size_t(2));
    const auto imported = std::find_if(bar->presets().begin(), bar->presets().end(),
                                       [](const core::FilterPreset& p) { return p.name == "Customers only"; });
    QVERIFY(imported != bar->presets().end());
    bar->applyPreset(imported->id);
    QCOMPARE(view.proxyModel()->rowCount(), 20);

    bar->removePreset(imported->id);
    QVERIFY(succeeded.wait(30000));
    QCOMPARE(bar->presets().size(), std::size_t(1));
}

void TableToolsTest::presetErrorsBecomeToasts()
{
    DataTableView view;
    view.setModel(makeModel(&view));
    auto* bar = new FilterPresetBar(QStringLiteral("ui_errors"), [&view] { return view.filters(); });
    view.addToolbarWidget(bar);
    view.resize(1000, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy failed(bar, &FilterPresetBar::operationFailed);
    QSignalSpy loaded(bar, &FilterPresetBar::presetsLoaded);

    // No server behind this socket: an error toast with Retry, the window stays responsive.
    bar->setConnection(
        core::ConnectionParams::fromDsn("host=/nonexistent-kestrel-socket port=5999 dbname=kestrel user=nobody"));
    QVERIFY(failed.wait(30000));
    Toast* toast = lastToast(&view);
    QVERIFY(toast && toast->kind() == Toast::Kind::Error);
    QCOMPARE(toast->text(), QStringLiteral("Could not load presets: the database cannot be reached."));
    QVERIFY(toast->findChild<QLabel*>(QStringLiteral("toastText"))
                ->toolTip()
                .contains(QStringLiteral("nonexistent-kestrel-socket")));
    QCOMPARE(toast->actionButtons().size(), 1);
    QCOMPARE(toast->actionButtons()[0]->text(), QStringLiteral("Retry"));
    saveScreenshot(view, QStringLiteral("presets-connection-error.png"));
    QTest::mouseClick(toast->actionButtons()[0], Qt::LeftButton);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.size(), 2);

    // A working connection; a file with a bad preset names it and the field.
    bar->setConnection(test::TestCluster::instance().params());
    QVERIFY(loaded.wait(30000));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"presets": [{"name": "ok", "filters": {}}, {"filters": {}}]})");
    }
    bar->importFromFile(bad);
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("Presets not imported: preset 2: missing \"name\""));
    QCOMPARE(lastToast(&view)->text(), failed.last().at(0).toString());

    // A blank name is refused by the rules in core; retrying would not help, so no Retry.
    bar->savePreset(QStringLiteral("   "), false);
    QVERIFY(failed.wait(30000));
    QCOMPARE(lastToast(&view)->text(), QStringLiteral("Preset not saved: A preset needs a name"));
    QCOMPARE(lastToast(&view)->actionButtons().size(), 0);
    QVERIFY(bar->presets().empty());
}

void TableToolsTest::toastsStackActAndFollowResize()
{
    QWidget host;
    host.setObjectName(QStringLiteral("toastHost"));
    host.setStyleSheet(QStringLiteral("QWidget#toastHost { background: #f1f5f9; }"));
    host.setAttribute(Qt::WA_StyledBackground);
    host.resize(720, 440);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    ToastOverlay* overlay = ToastOverlay::of(&host);
    QCOMPARE(ToastOverlay::of(&host), overlay); // one per window

    int retried = 0;
    QPointer<Toast> first = overlay->show(Toast::Kind::Info, QStringLiteral("This one gives way to the fourth."));
    QPointer<Toast> success =
        overlay->show(Toast::Kind::Success, QStringLiteral("Exported 1,234,567 rows to customers.xlsx on 2 sheets."),
                      {{QStringLiteral("Open"), [] {}}, {QStringLiteral("Show folder"), [] {}}});
    QPointer<Toast> info = overlay->show(Toast::Kind::Info, QStringLiteral("Preset \"Moscow, top customers\" loaded."));
    QPointer<Toast> error = overlay->show(
        Toast::Kind::Error,
        QStringLiteral(
            "Export to report.csv failed: Cannot write /mnt/share/reports/report.csv: No space left on device"),
        {{QStringLiteral("Retry"), [&retried] { ++retried; }}});
    QTRY_VERIFY(first.isNull()); // at most three
    QCOMPARE(overlay->toasts(), (QList<Toast*>{success, info, error}));

    const auto checkLayout = [&](const QSize& size) {
        const QList<Toast*> list = overlay->toasts();
        int previousBottom = -1;
        for (Toast* t : list) {
            const QRect g = t->geometry();
            QCOMPARE(g.right() + 1, size.width() - ToastOverlay::kMargin);
            QVERIFY(g.top() > previousBottom); // stacked, not overlapping
            QVERIFY(g.top() >= 0);
            previousBottom = g.bottom();
            auto* label = t->findChild<QLabel*>(QStringLiteral("toastText"));
            QVERIFY(label->height() >= label->heightForWidth(label->width())); // text not clipped
        }
        QCOMPARE(list.last()->geometry().bottom() + 1, size.height() - ToastOverlay::kMargin);
    };
    checkLayout(host.size());
    saveScreenshot(host, QStringLiteral("toasts.png"));

    // The host grows: the toasts stay in its corner.
    Toast* errorToast = error.data();
    QVERIFY(errorToast);
    host.resize(960, 600);
    QTRY_COMPARE(errorToast->geometry().right() + 1, 960 - ToastOverlay::kMargin);
    checkLayout(host.size());

    // An action runs its function and closes its toast.
    const QList<QPushButton*> buttons = errorToast->actionButtons();
    QCOMPARE(buttons.size(), 1);
    QPushButton* retry = buttons.first();
    QVERIFY(retry);
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried, 1);
    QTRY_VERIFY(error.isNull());
    QCOMPARE(overlay->toasts().size(), 2);
    checkLayout(host.size());

    // Timeouts: errors stay longer; a short one goes by itself.
    QCOMPARE(ToastOverlay::defaultTimeout(Toast::Kind::Error), std::chrono::milliseconds(10000));
    QCOMPARE(ToastOverlay::defaultTimeout(Toast::Kind::Success), std::chrono::milliseconds(5000));
    QCursor::setPos(host.mapToGlobal(QPoint(5, 5))); // hovering pauses a toast's timer; keep the pointer away
    QPointer<Toast> brief =
        overlay->show(Toast::Kind::Info, QStringLiteral("Brief"), {}, std::chrono::milliseconds(150));
    QVERIFY(!brief.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(brief.isNull(), 3000);
    overlay->clear();
    QTRY_VERIFY(overlay->toasts().isEmpty());
}

int main(int argc, char** argv)
{
    QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (runtime.isEmpty()) {
        runtime = QFile::encodeName(QDir::tempPath() + QStringLiteral("/kestrel-ui-test-runtime"));
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::filesystem::create_directories(runtime.toStdString());
    ::chmod(runtime.constData(), 0700);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_table_tests"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-table-tests.log";
    core::logging::init(log);

    TableToolsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "table_tools_test.moc"
