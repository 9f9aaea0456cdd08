<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SynthGenerator</name>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>prices</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>order items</source>
        <translation>order items</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>daily roll-up and statistics</source>
        <translation>daily roll-up and statistics</translation>
    </message>
    <message>
        <source> (users %1 / %2)</source>
        <translation> (users %1 / %2)</translation>
    </message>
    <message>
        <source>preparing the catalogue and the event budget</source>
        <translation>preparing the catalogue and the event budget</translation>
    </message>
    <message>
        <source>planning: users %1 / %2</source>
        <translation>planning: users %1 / %2</translation>
    </message>
    <message>
        <source>done: %1 rows</source>
        <translation>done: %1 rows</translation>
    </message>
</context>
<context>
    <name>kestrel::core::JobRunner</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <source>A private PostgreSQL server in %1, started and stopped by Kestrel. Demo data is generated on first start.</source>
        <translation>A private PostgreSQL server in %1, started and stopped by Kestrel. Demo data is generated on first start.</translation>
    </message>
    <message>
        <source>External PostgreSQL server</source>
        <translation>External PostgreSQL server</translation>
    </message>
    <message>
        <source>db.example.com or a socket folder</source>
        <translation>db.example.com or a socket folder</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A libpq connection string: key=value pairs or a postgresql:// URI.</source>
        <translation>A libpq connection string: key=value pairs or a postgresql:// URI.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Connection string</translation>
    </message>
    <message>
        <source>The password is not saved. Put it in ~/.pgpass to connect without typing it, or enter it again after a restart.</source>
        <translation>The password is not saved. Put it in ~/.pgpass to connect without typing it, or enter it again after a restart.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Enter a host or a connection string.</source>
        <translation>Enter a host or a connection string.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1</source>
        <translation>Connected: PostgreSQL %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DashboardModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>The dashboard could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers, orders and activity · days in UTC</source>
        <translation>Customers, orders and activity · days in UTC</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Revenue per day</translation>
    </message>
    <message>
        <source>New users per day</source>
        <translation>New users per day</translation>
    </message>
    <message>
        <source>Events per day by type</source>
        <translation>Events per day by type</translation>
    </message>
    <message>
        <source>Click a legend entry to hide or show that event type.</source>
        <translation>Click a legend entry to hide or show that event type.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Users registered on or before the last day of the period.</source>
        <translation>Users registered on or before the last day of the period.</translation>
    </message>
    <message>
        <source>Active users 30d</source>
        <translation>Active users 30d</translation>
    </message>
    <message>
        <source>Distinct users with any event in the 30 days ending on the last day of the period; compared with the 30 days before.</source>
        <translation>Distinct users with any event in the 30 days ending on the last day of the period; compared with the 30 days before.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Completed orders (paid, shipped or delivered) in the period.</source>
        <translation>Completed orders (paid, shipped or delivered) in the period.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Total amount of completed orders in the period, in US dollars.</source>
        <translation>Total amount of completed orders in the period, in US dollars.</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <source>Revenue divided by the number of completed orders.</source>
        <translation>Revenue divided by the number of completed orders.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the dashboard cannot read the database. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the dashboard cannot read the database. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Page views</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Searches</translation>
    </message>
    <message>
        <source>Product views</source>
        <translation>Product views</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>Added to cart</translation>
    </message>
    <message>
        <source>Removed from cart</source>
        <translation>Removed from cart</translation>
    </message>
    <message>
        <source>Checkouts started</source>
        <translation>Checkouts started</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Bot commands</source>
        <translation>Bot commands</translation>
    </message>
    <message>
        <source>Updated %1 · %2 s</source>
        <translation>Updated %1 · %2 s</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>No data in this period</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>New users</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Purchase conversion: distinct buyers (users with a completed order in the period) divided by distinct users active in the period.</source>
        <translation>Purchase conversion: distinct buyers (users with a completed order in the period) divided by distinct users active in the period.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DateRangeBar</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>First day (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Last day (UTC), included</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n days with data</source>
        <translation>
            <numerusform>The last day with data</numerusform>
            <numerusform>The last %n days with data</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reload the dashboard (F5)</source>
        <translation>Reload the dashboard (F5)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::InteractiveChartView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::KpiTile</name>
    <message>
        <source>vs previous period</source>
        <translation>vs previous period</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::MainWindow</name>
    <message>
        <source>Kestrel — Dashboard</source>
        <translation>Kestrel — Dashboard</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>Analytics workbench</source>
        <translation>Analytics workbench</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers, orders and activity</source>
        <translation>Customers, orders and activity</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Connection…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connection…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>&amp;About Kestrel</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message>
        <source>%1 on the local server</source>
        <translation>%1 on the local server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · %2</source>
        <translation>PostgreSQL %1 · %2</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Retrying… The dashboard reloads by itself when the server is back.</source>
        <translation>The connection to the database was lost. Retrying… The dashboard reloads by itself when the server is back.</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>Connection lost — retrying…</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1 Retrying…</source>
        <translation>Cannot connect to the database: %1 Retrying…</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>About Kestrel</source>
        <translation>About Kestrel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kestrel %1&lt;/h3&gt;&lt;p&gt;A desktop analytics workbench over PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kestrel %1&lt;/h3&gt;&lt;p&gt;A desktop analytics workbench over PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::QtTimeSeriesChart</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The language changes when Kestrel is restarted.</source>
        <translation>The language changes when Kestrel is restarted.</translation>
    </message>
    <message>
        <source>Trace (everything)</source>
        <translation>Trace (everything)</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Applies at once. The log is written to %1.</source>
        <translation>Applies at once. The log is written to %1.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Log level:</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::StartupController</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>The connection settings are not valid: %1</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Opening the database was cancelled.</source>
        <translation>Opening the database was cancelled.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <source>starting the embedded PostgreSQL server…</source>
        <translation>starting the embedded PostgreSQL server…</translation>
    </message>
    <message>
        <source>updating the database schema…</source>
        <translation>updating the database schema…</translation>
    </message>
    <message>
        <source>generating demo data…</source>
        <translation>generating demo data…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this job; its changes are rolled back</source>
        <translation>Stop this job; its changes are rolled back</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — cancelling…</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — done</translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation>%1 — cancelled</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — failed: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::format</name>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>$%1K</source>
        <translation>$%1K</translation>
    </message>
    <message>
        <source>$%1M</source>
        <translation>$%1M</translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
</TS>
