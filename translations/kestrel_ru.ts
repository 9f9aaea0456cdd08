<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>SynthGenerator</name>
    <message>
        <source>users</source>
        <translation>пользователи</translation>
    </message>
    <message>
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>цены</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <source>order items</source>
        <translation>позиции заказов</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>daily roll-up and statistics</source>
        <translation>дневные сводки и статистика</translation>
    </message>
    <message>
        <source> (users %1 / %2)</source>
        <translation> (пользователи %1 / %2)</translation>
    </message>
    <message>
        <source>preparing the catalogue and the event budget</source>
        <translation>подготовка каталога и бюджета событий</translation>
    </message>
    <message>
        <source>planning: users %1 / %2</source>
        <translation>планирование: пользователи %1 / %2</translation>
    </message>
    <message>
        <source>done: %1 rows</source>
        <translation>готово: %1 строк</translation>
    </message>
</context>
<context>
    <name>kestrel::core::JobRunner</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Встроенная база данных</translation>
    </message>
    <message>
        <source>A private PostgreSQL server in %1, started and stopped by Kestrel. Demo data is generated on first start.</source>
        <translation>Собственный сервер PostgreSQL в папке %1; Kestrel запускает и останавливает его сам. При первом запуске создаются демонстрационные данные.</translation>
    </message>
    <message>
        <source>External PostgreSQL server</source>
        <translation>Внешний сервер PostgreSQL</translation>
    </message>
    <message>
        <source>db.example.com or a socket folder</source>
        <translation>db.example.com или папка сокета</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>A libpq connection string: key=value pairs or a postgresql:// URI.</source>
        <translation>Строка подключения libpq: пары ключ=значение или URI postgresql://.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Строка подключения</translation>
    </message>
    <message>
        <source>The password is not saved. Put it in ~/.pgpass to connect without typing it, or enter it again after a restart.</source>
        <translation>Пароль не сохраняется. Запишите его в ~/.pgpass, чтобы подключаться без ввода, или введите снова после перезапуска.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Enter a host or a connection string.</source>
        <translation>Укажите хост или строку подключения.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1</source>
        <translation>Подключено: PostgreSQL %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DashboardModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Не удалось загрузить дашборд: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Customers, orders and activity · days in UTC</source>
        <translation>Клиенты, заказы и активность · дни по UTC</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Выручка по дням</translation>
    </message>
    <message>
        <source>New users per day</source>
        <translation>Новые пользователи по дням</translation>
    </message>
    <message>
        <source>Events per day by type</source>
        <translation>События по дням и типам</translation>
    </message>
    <message>
        <source>Click a legend entry to hide or show that event type.</source>
        <translation>Щёлкните по элементу легенды, чтобы скрыть или показать этот тип событий.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Users registered on or before the last day of the period.</source>
        <translation>Пользователи, зарегистрированные не позже последнего дня периода.</translation>
    </message>
    <message>
        <source>Active users 30d</source>
        <translation>Активные за 30 дн.</translation>
    </message>
    <message>
        <source>Distinct users with any event in the 30 days ending on the last day of the period; compared with the 30 days before.</source>
        <translation>Уникальные пользователи с любыми событиями за 30 дней, заканчивающихся последним днём периода; сравнение с предыдущими 30 днями.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Completed orders (paid, shipped or delivered) in the period.</source>
        <translation>Выполненные заказы (оплаченные, отправленные или доставленные) за период.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Total amount of completed orders in the period, in US dollars.</source>
        <translation>Сумма выполненных заказов за период в долларах США.</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Revenue divided by the number of completed orders.</source>
        <translation>Выручка, делённая на число выполненных заказов.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the dashboard cannot read the database. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому дашборд не может читать базу данных. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Просмотры страниц</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Поиски</translation>
    </message>
    <message>
        <source>Product views</source>
        <translation>Просмотры товаров</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>Добавления в корзину</translation>
    </message>
    <message>
        <source>Removed from cart</source>
        <translation>Удаления из корзины</translation>
    </message>
    <message>
        <source>Checkouts started</source>
        <translation>Начатые оформления</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Bot commands</source>
        <translation>Команды бота</translation>
    </message>
    <message>
        <source>Updated %1 · %2 s</source>
        <translation>Обновлено в %1 · %2 с</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>Нет данных за этот период</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Новые пользователи</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Purchase conversion: distinct buyers (users with a completed order in the period) divided by distinct users active in the period.</source>
        <translation>Конверсия в покупку: уникальные покупатели (пользователи с выполненным заказом за период), делённые на уникальных активных пользователей за период.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DateRangeBar</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Первый день (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Последний день (UTC), включительно</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n days with data</source>
        <translation>
            <numerusform>Последний %n день с данными</numerusform>
            <numerusform>Последние %n дня с данными</numerusform>
            <numerusform>Последние %n дней с данными</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Reload the dashboard (F5)</source>
        <translation>Перезагрузить дашборд (F5)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::InteractiveChartView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::KpiTile</name>
    <message>
        <source>vs previous period</source>
        <translation>к пред. периоду</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::MainWindow</name>
    <message>
        <source>Kestrel — Dashboard</source>
        <translation>Kestrel — Дашборд</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>Analytics workbench</source>
        <translation>Аналитическая платформа</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Customers, orders and activity</source>
        <translation>Клиенты, заказы и активность</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Подключение…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>&amp;О программе Kestrel</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Встроенная база данных</translation>
    </message>
    <message>
        <source>%1 on the local server</source>
        <translation>%1 на локальном сервере</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · %2</source>
        <translation>PostgreSQL %1 · %2</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Retrying… The dashboard reloads by itself when the server is back.</source>
        <translation>Соединение с базой данных потеряно. Повторяем попытки… Дашборд обновится сам, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>Соединение потеряно — повторяем…</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1 Retrying…</source>
        <translation>Не удаётся подключиться к базе данных: %1 Повторяем…</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Настройки подключения…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>About Kestrel</source>
        <translation>О программе Kestrel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kestrel %1&lt;/h3&gt;&lt;p&gt;A desktop analytics workbench over PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kestrel %1&lt;/h3&gt;&lt;p&gt;Настольная аналитическая платформа поверх PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::QtTimeSeriesChart</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить график как PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранение графика</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
    <message>
        <source>The language changes when Kestrel is restarted.</source>
        <translation>Язык сменится после перезапуска Kestrel.</translation>
    </message>
    <message>
        <source>Trace (everything)</source>
        <translation>Трассировка (всё)</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Applies at once. The log is written to %1.</source>
        <translation>Применяется сразу. Журнал пишется в %1.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Уровень журнала:</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::StartupController</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>Неверные настройки подключения: %1</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Opening the database was cancelled.</source>
        <translation>Открытие базы данных отменено.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Не удалось открыть базу данных: %1</translation>
    </message>
    <message>
        <source>starting the embedded PostgreSQL server…</source>
        <translation>запуск встроенного сервера PostgreSQL…</translation>
    </message>
    <message>
        <source>updating the database schema…</source>
        <translation>обновление схемы базы данных…</translation>
    </message>
    <message>
        <source>generating demo data…</source>
        <translation>создание демонстрационных данных…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this job; its changes are rolled back</source>
        <translation>Остановить задачу; её изменения будут отменены</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — отмена…</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — готово</translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation>%1 — отменено</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
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
        <translation>%1 $</translation>
    </message>
    <message>
        <source>$%1K</source>
        <translation>%1 тыс. $</translation>
    </message>
    <message>
        <source>$%1M</source>
        <translation>%1 млн $</translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation>%1 млрд $</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
</context>
</TS>
