<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Anomalies</name>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Новые пользователи</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>События: %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date like 2026-03-31</source>
        <translation>%1 «%2» — не дата вида 2026-03-31</translation>
    </message>
    <message>
        <source>the threshold must be 1 to 50, not %1</source>
        <translation>порог должен быть от 1 до 50, а не %1</translation>
    </message>
    <message>
        <source>the look-back must be 4 to 52 weeks, not %1</source>
        <translation>глубина истории должна быть от 4 до 52 недель, а не %1</translation>
    </message>
    <message>
        <source>the minimum sessions must be 1 or more, not %1</source>
        <translation>минимум сессий должен быть не меньше 1, а не %1</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 позже, чем --to %2</translation>
    </message>
    <message>
        <source>Reading daily metrics</source>
        <translation>Чтение дневных показателей</translation>
    </message>
    <message>
        <source>there is no data to check: no orders, users or events yet (nothing was written)</source>
        <translation>проверять нечего: ещё нет ни заказов, ни пользователей, ни событий (ничего не записано)</translation>
    </message>
    <message>
        <source>no complete day to check from %1 to %2 (nothing was written)</source>
        <translation>с %1 по %2 нет ни одного полного дня для проверки (ничего не записано)</translation>
    </message>
    <message>
        <source>Comparing days with their baselines</source>
        <translation>Сравнение дней с их базовым уровнем</translation>
    </message>
    <message>
        <source>no day could be judged: a day needs the same weekday in at least 4 of the %1 weeks before it</source>
        <translation>ни один день не удалось оценить: для дня нужен тот же день недели хотя бы в 4 из %1 предыдущих недель</translation>
    </message>
    <message>
        <source>Writing anomalies</source>
        <translation>Запись аномалий</translation>
    </message>
    <message>
        <source>Anomalies written</source>
        <translation>Аномалии записаны</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: new, accepted or dismissed</source>
        <translation>неизвестный статус «%1»: new, accepted или dismissed</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;: revenue, orders, new_users, conversion or events</source>
        <translation>неизвестный показатель «%1»: revenue, orders, new_users, conversion или events</translation>
    </message>
    <message>
        <source>no anomaly was chosen</source>
        <translation>не выбрана ни одна аномалия</translation>
    </message>
    <message>
        <source>no anomaly with id %1</source>
        <translation>нет аномалии с id %1</translation>
    </message>
</context>
<context>
    <name>ClvSummary</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation>%1 (строки %2)</translation>
    </message>
    <message>
        <source>missing column(s) %1 (the file has: %2); expected frequency, recency, T and optionally monetary_value</source>
        <translation>нет столбцов %1 (в файле есть: %2); нужны frequency, recency, T и, если есть, monetary_value</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>%1 не заполнено</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <source>frequency is not a whole number ≥ 0</source>
        <translation>frequency — не целое число ≥ 0</translation>
    </message>
    <message>
        <source>recency is negative</source>
        <translation>recency отрицательно</translation>
    </message>
    <message>
        <source>T is negative</source>
        <translation>T отрицательно</translation>
    </message>
    <message>
        <source>recency is greater than T</source>
        <translation>recency больше T</translation>
    </message>
    <message>
        <source>frequency is 0 but recency is above 0</source>
        <translation>frequency равно 0, а recency больше 0</translation>
    </message>
    <message>
        <source>monetary_value of a repeat buyer is missing</source>
        <translation>у повторного покупателя нет monetary_value</translation>
    </message>
    <message>
        <source>monetary_value is not a number</source>
        <translation>monetary_value — не число</translation>
    </message>
    <message>
        <source>monetary_value is negative</source>
        <translation>monetary_value отрицательно</translation>
    </message>
    <message>
        <source>invalid rows, nothing was fitted:%1</source>
        <translation>ошибочные строки, модели не обучены:%1</translation>
    </message>
    <message>
        <source>all %1 customers are one-time buyers (frequency 0): the models need repeat purchases</source>
        <translation>все %1 клиентов купили только один раз (frequency 0): моделям нужны повторные покупки</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column mapping &quot;%1=%2&quot;: %3 has no field &quot;%2&quot;</source>
        <translation>сопоставление столбцов «%1=%2»: в таблице %3 нет поля «%2»</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing</source>
        <translation>отсутствует обязательный столбец «%1»</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing (also accepted: %2)</source>
        <translation>отсутствует обязательный столбец «%1» (также принимаются: %2)</translation>
    </message>
    <message numerus="yes">
        <source>required column &quot;%1&quot; is missing; %n more required column(s) missing</source>
        <translation>
            <numerusform>отсутствует обязательный столбец «%1»; не хватает ещё %n обязательного столбца</numerusform>
            <numerusform>отсутствует обязательный столбец «%1»; не хватает ещё %n обязательных столбцов</numerusform>
            <numerusform>отсутствует обязательный столбец «%1»; не хватает ещё %n обязательных столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>required column &quot;%1&quot; is missing (also accepted: %2); %n more required column(s) missing</source>
        <translation>
            <numerusform>отсутствует обязательный столбец «%1» (также принимаются: %2); не хватает ещё %n обязательного столбца</numerusform>
            <numerusform>отсутствует обязательный столбец «%1» (также принимаются: %2); не хватает ещё %n обязательных столбцов</numerusform>
            <numerusform>отсутствует обязательный столбец «%1» (также принимаются: %2); не хватает ещё %n обязательных столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line 1, column %2 &quot;%3&quot;: unknown column for %4 (expected: %5); map it, or pass --ignore-unknown to leave it out</source>
        <translation>%1: строка 1, столбец %2 «%3»: неизвестный столбец для таблицы %4 (ожидаются: %5); сопоставьте его с полем или укажите --ignore-unknown, чтобы пропустить его</translation>
    </message>
</context>
<context>
    <name>CsvDataset</name>
    <message>
        <source>the target column &quot;%1&quot; is blank</source>
        <translation>целевой столбец «%1» пуст</translation>
    </message>
    <message>
        <source>the target column &quot;%1&quot; has a third value &quot;%2&quot; (after &quot;%3&quot; and &quot;%4&quot;); it must have two, such as Yes/No or 1/0</source>
        <translation>в целевом столбце «%1» третье значение «%2» (после «%3» и «%4»); значений должно быть два, например Yes/No или 1/0</translation>
    </message>
    <message>
        <source>the target column &quot;%1&quot; has one class only: every row is &quot;%2&quot;</source>
        <translation>в целевом столбце «%1» только один класс: во всех строках «%2»</translation>
    </message>
    <message>
        <source>no rows to learn from</source>
        <translation>нет строк для обучения</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (columns: %2)</source>
        <translation>нет столбца «%1» (столбцы: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out: it is empty</source>
        <translation>столбец «%1» пропущен: он пуст</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out: it is the same in every row</source>
        <translation>столбец «%1» пропущен: во всех строках одно и то же</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 (%3 of its %4 values are not numbers; fix them or leave the column out with --drop)</source>
        <translation>столбец «%1»: %2 (%3 из %4 значений — не числа; исправьте их или исключите столбец с помощью --drop)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out: a different value in every row (an id?)</source>
        <translation>столбец «%1» пропущен: в каждой строке своё значение (идентификатор?)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 values, one-hot encoded for the %3 most frequent (the rest count as none of them)</source>
        <translation>столбец «%1»: %2 значений, в one-hot кодируются %3 самых частых (остальные не относятся ни к одному из них)</translation>
    </message>
    <message>
        <source>%1 text columns one-hot encoded into %2 features</source>
        <translation>текстовых столбцов: %1, в one-hot закодированы в признаков: %2</translation>
    </message>
    <message>
        <source>no columns left to learn from besides &quot;%1&quot;</source>
        <translation>кроме «%1», не осталось столбцов для обучения</translation>
    </message>
</context>
<context>
    <name>Elasticity</name>
    <message>
        <source>the minimum number of weeks per product must be 2 to 520, not %1</source>
        <translation>минимальное число недель для товара должно быть от 2 до 520, а не %1</translation>
    </message>
    <message>
        <source>the start date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>начальная дата &apos;%1&apos; не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the end date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>конечная дата &apos;%1&apos; не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the start date %1 is after the end date %2</source>
        <translation>начальная дата %1 позже конечной даты %2</translation>
    </message>
    <message>
        <source>Reading sales by product and week</source>
        <translation>Чтение продаж по товарам и неделям</translation>
    </message>
    <message>
        <source>there are no paid, shipped or delivered orders: price elasticity needs sales (nothing was written)</source>
        <translation>нет оплаченных, отправленных или доставленных заказов: для эластичности по цене нужны продажи (ничего не записано)</translation>
    </message>
    <message>
        <source>the period %1 to %2 holds no whole week (Monday to Sunday): price elasticity compares weeks (nothing was written)</source>
        <translation>в периоде с %1 по %2 нет ни одной полной недели (с понедельника по воскресенье): эластичность по цене сравнивает недели (ничего не записано)</translation>
    </message>
    <message>
        <source>no paid, shipped or delivered order between %1 and %2: price elasticity needs sales (nothing was written)</source>
        <translation>с %1 по %2 нет оплаченных, отправленных или доставленных заказов: для эластичности по цене нужны продажи (ничего не записано)</translation>
    </message>
    <message>
        <source>Estimating price elasticities</source>
        <translation>Оценка эластичности по цене</translation>
    </message>
    <message>
        <source>Writing price elasticities</source>
        <translation>Запись эластичности по цене</translation>
    </message>
    <message>
        <source>Price elasticities written</source>
        <translation>Эластичность по цене записана</translation>
    </message>
</context>
<context>
    <name>EntityChecks</name>
    <message>
        <source>not an e-mail address: %1</source>
        <translation>не адрес электронной почты: %1</translation>
    </message>
    <message>
        <source>not a country code: %1</source>
        <translation>не код страны: %1</translation>
    </message>
    <message>
        <source>price period overlaps the period on line %1</source>
        <translation>период цены пересекается с другим периодом в файле: строка %1</translation>
    </message>
    <message>
        <source>price period overlaps the stored period from %1</source>
        <translation>период цены пересекается с сохранённым периодом: действует с %1</translation>
    </message>
    <message>
        <source>valid_to is not after valid_from</source>
        <translation>valid_to не позже valid_from</translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation>не код валюты: %1</translation>
    </message>
    <message>
        <source>a purchase event needs an order_id</source>
        <translation>для события purchase нужен order_id</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>дата среза «%1» не является корректной датой или временем</translation>
    </message>
    <message>
        <source>Aggregating customer features</source>
        <translation>Расчёт признаков клиентов</translation>
    </message>
    <message>
        <source>Reading customer features</source>
        <translation>Чтение признаков клиентов</translation>
    </message>
</context>
<context>
    <name>LoadChecks</name>
    <message>
        <source>duplicate %1 in the file: also on line %2</source>
        <translation>%1 повторяется в файле: также в строке %2</translation>
    </message>
    <message>
        <source>duplicate key in the file: also on line %1</source>
        <translation>ключ повторяется в файле: также в строке %1</translation>
    </message>
    <message>
        <source>no %1 row with %2 = %3</source>
        <translation>в таблице %1 нет строки с %2 = %3</translation>
    </message>
    <message>
        <source>already stored (load %1); use mode upsert to update it</source>
        <translation>строка с этим ключом уже сохранена: загрузка %1; чтобы обновить её, используйте режим upsert (обновление и добавление)</translation>
    </message>
    <message>
        <source>already stored (load generated); use mode upsert to update it</source>
        <translation>строка с этим ключом уже сохранена: сгенерированные данные; чтобы обновить её, используйте режим upsert (обновление и добавление)</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 %3</source>
        <translation>значение %1 уже занято другой строкой: %2 %3</translation>
    </message>
</context>
<context>
    <name>LoadHistory</name>
    <message>
        <source>cannot roll back load %1: %2</source>
        <translation>не удаётся откатить загрузку %1: %2</translation>
    </message>
    <message>
        <source>there is no load %1</source>
        <translation>загрузка %1 не найдена</translation>
    </message>
    <message>
        <source>there is no such load</source>
        <translation>такой загрузки нет</translation>
    </message>
    <message>
        <source>it is synthetic demo data (use kestrel generate --replace instead)</source>
        <translation>это синтетические демонстрационные данные (вместо отката используйте kestrel generate --replace)</translation>
    </message>
    <message>
        <source>it is itself a rollback</source>
        <translation>она сама является откатом</translation>
    </message>
    <message>
        <source>it was rolled back already (by load %1)</source>
        <translation>она уже откачена (загрузкой %1)</translation>
    </message>
    <message>
        <source>it did not succeed (%1), so it stored nothing</source>
        <translation>она не завершилась успешно (%1), поэтому ничего не сохранила</translation>
    </message>
    <message>
        <source>its entity &quot;%1&quot; is unknown to this version</source>
        <translation>её таблица «%1» неизвестна этой версии Kestrel</translation>
    </message>
    <message>
        <source>load %1 changed %2 after it; roll that one back first</source>
        <translation>после неё таблицу %2 изменила загрузка %1; сначала откатите ту загрузку</translation>
    </message>
    <message>
        <source>%1 %2 rows (generated data) refer to %3 rows it added; roll back generated data first</source>
        <translation>на добавленные ею строки %3 ссылаются строки %2 (сгенерированные данные, всего %1); сначала откатите сгенерированные данные</translation>
    </message>
    <message>
        <source>%1 %2 rows (load %3) refer to %4 rows it added; roll back load %3 first</source>
        <translation>на добавленные ею строки %4 ссылаются строки %2 (загрузка %3, всего %1); сначала откатите загрузку %3</translation>
    </message>
    <message>
        <source>Restoring the previous rows…</source>
        <translation>Восстановление прежних строк…</translation>
    </message>
    <message>
        <source>Removing the rows the load added…</source>
        <translation>Удаление строк, добавленных загрузкой…</translation>
    </message>
    <message>
        <source>Putting back removed rows…</source>
        <translation>Возврат удалённых строк…</translation>
    </message>
    <message>
        <source>Refreshing summaries…</source>
        <translation>Обновление сводок…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>%1: %2 of %3 rows rejected (first: line %4, column &quot;%5&quot;: %6); nothing was loaded. Rejects: %7</source>
        <translation>%1: отклонено строк: %2 из %3 (первая: строка %4, столбец «%5»: %6); ничего не загружено. Файл отклонённых строк: %7</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out (unknown to %2)</source>
        <translation>столбец «%1» пропущен (неизвестен таблице %2)</translation>
    </message>
    <message>
        <source>Reading and checking rows…</source>
        <translation>Чтение и проверка строк…</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for %2; map it, or pass --ignore-unknown to leave it out</source>
        <translation>неизвестное поле «%1» для таблицы %2; сопоставьте его с полем таблицы или укажите --ignore-unknown, чтобы пропустить его</translation>
    </message>
    <message>
        <source>%1: this file (same SHA-256) was already loaded into %2 as load %3 on %4; use --force to load it again</source>
        <translation>%1: этот файл (тот же SHA-256) уже загружался в %2 — загрузка %3 от %4; чтобы загрузить его повторно, используйте --force</translation>
    </message>
    <message>
        <source>Checking keys and references…</source>
        <translation>Проверка ключей и ссылок…</translation>
    </message>
    <message>
        <source>%1: replace would remove %2 rows that %3 %4 rows still refer to (%5); load them with mode upsert, or replace %4 first</source>
        <translation>%1: при замене будут удалены строки %2, на которые всё ещё ссылаются строки %4 (всего %3, поле %5); загрузите файл в режиме upsert (обновление и добавление) или сначала замените %4</translation>
    </message>
    <message>
        <source>Writing rows…</source>
        <translation>Запись строк…</translation>
    </message>
    <message>
        <source>Refreshing summaries…</source>
        <translation>Обновление сводок…</translation>
    </message>
    <message>
        <source>unknown load mode &quot;%1&quot; (append, upsert or replace)</source>
        <translation>неизвестный режим загрузки «%1» (append, upsert или replace)</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (one of: %2)</source>
        <translation>неизвестная таблица «%1» (допустимые: %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <source>cancelled by the user; nothing was stored</source>
        <translation>отменено пользователем; ничего не сохранено</translation>
    </message>
    <message>
        <source>load %1 cancelled; nothing was stored</source>
        <translation>загрузка %1 отменена; ничего не сохранено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Ltv</name>
    <message>
        <source>Reading purchase histories</source>
        <translation>Читаем истории покупок</translation>
    </message>
    <message>
        <source>no holdout check: %1 days of history are too few for a %2-day holdout after a calibration period (at least 4 weeks and half the holdout) with repeat purchases</source>
        <translation>без проверки на отложенном периоде: %1 дн. истории мало для отложенного периода в %2 дн. после периода калибровки (не короче 4 недель и половины отложенного) с повторными покупками</translation>
    </message>
    <message>
        <source>Fitting BG/NBD and Gamma-Gamma</source>
        <translation>Обучаем BG/NBD и Gamma-Gamma</translation>
    </message>
    <message>
        <source>no predicted LTV: no customer has bought on two different days yet</source>
        <translation>прогноза LTV нет: ещё ни один клиент не покупал в два разных дня</translation>
    </message>
    <message>
        <source>the BG/NBD fit did not fully converge; its predictions may be off</source>
        <translation>обучение BG/NBD не сошлось до конца; прогнозы могут быть неточными</translation>
    </message>
    <message>
        <source>the Gamma-Gamma fit did not fully converge; expected order values may be off</source>
        <translation>обучение Gamma-Gamma не сошлось до конца; ожидаемые суммы заказов могут быть неточными</translation>
    </message>
    <message>
        <source>no expected order value or CLV: Gamma-Gamma needs at least two repeat buyers</source>
        <translation>ожидаемой суммы заказа и CLV нет: Gamma-Gamma нужны хотя бы два повторных покупателя</translation>
    </message>
    <message>
        <source>Predicting purchases and value</source>
        <translation>Прогнозируем покупки и ценность</translation>
    </message>
    <message>
        <source>Gamma-Gamma has no population mean (q ≤ 1); one-time buyers get the repeat buyers&apos; average order value</source>
        <translation>у Gamma-Gamma нет среднего по совокупности (q ≤ 1); разовым покупателям присвоена средняя сумма заказа повторных</translation>
    </message>
    <message>
        <source>the CLV horizon must be 1 to 120 months, not %1</source>
        <translation>горизонт CLV должен быть от 1 до 120 месяцев, а не %1</translation>
    </message>
    <message>
        <source>the monthly discount rate must be 0 to 0.5, not %1</source>
        <translation>месячная ставка дисконтирования должна быть от 0 до 0,5, а не %1</translation>
    </message>
    <message>
        <source>the holdout must be 7 to 730 days, not %1</source>
        <translation>отложенный период должен быть от 7 до 730 дней, а не %1</translation>
    </message>
    <message>
        <source>there are no orders: LTV needs purchase history (nothing was written)</source>
        <translation>заказов нет: для LTV нужна история покупок (ничего не записано)</translation>
    </message>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>дата среза «%1» — не дата и не время</translation>
    </message>
    <message>
        <source>no customer has a paid order before %1: LTV needs purchase history (nothing was written)</source>
        <translation>до %1 нет ни одного клиента с оплаченным заказом: для LTV нужна история покупок (ничего не записано)</translation>
    </message>
    <message>
        <source>Historical LTV and cohorts</source>
        <translation>Фактический LTV и когорты</translation>
    </message>
    <message>
        <source>Writing predicted values</source>
        <translation>Записываем прогнозы</translation>
    </message>
    <message>
        <source>LTV written</source>
        <translation>LTV записан</translation>
    </message>
</context>
<context>
    <name>LtvHistory</name>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>дата среза «%1» — не дата и не время</translation>
    </message>
    <message>
        <source>there are no orders, so there is no customer for LTV (nothing was written)</source>
        <translation>заказов нет, поэтому нет и клиентов для LTV (ничего не записано)</translation>
    </message>
    <message>
        <source>Reading customers&apos; orders</source>
        <translation>Читаем заказы клиентов</translation>
    </message>
    <message>
        <source>Writing customers&apos; LTV</source>
        <translation>Записываем LTV клиентов</translation>
    </message>
    <message>
        <source>Finding the customers</source>
        <translation>Находим клиентов</translation>
    </message>
    <message>
        <source>no customer has a paid, shipped or delivered order before %1; LTV needs orders (nothing was written)</source>
        <translation>до %1 нет ни одного клиента с оплаченным, отправленным или доставленным заказом; для LTV нужны заказы (ничего не записано)</translation>
    </message>
    <message>
        <source>Summarising cohorts and channels</source>
        <translation>Сводим когорты и каналы</translation>
    </message>
    <message>
        <source>LTV history ready</source>
        <translation>История LTV готова</translation>
    </message>
    <message>
        <source>the as-of date &apos;%1&apos; is out of range</source>
        <translation>дата среза «%1» вне допустимого диапазона</translation>
    </message>
</context>
<context>
    <name>LtvInsights</name>
    <message>
        <source>%1-month LTV of channel %2 is %3× its CAC; it pays back in month %4</source>
        <translation>LTV за %1 мес. у канала «%2» — %3× от CAC; окупается на %4-м месяце</translation>
    </message>
    <message>
        <source>%1-month LTV of channel %2 is %3× its CAC</source>
        <translation>LTV за %1 мес. у канала «%2» — %3× от CAC</translation>
    </message>
    <message>
        <source>the top 10% of customers bring %1% of the %2-month revenue</source>
        <translation>10% лучших клиентов приносят %1% выручки за %2 мес.</translation>
    </message>
    <message>
        <source>%1-month LTV of channel %2 is only %3× its CAC: it has not paid back yet</source>
        <translation>LTV за %1 мес. у канала «%2» — всего %3× от CAC: пока не окупился</translation>
    </message>
    <message>
        <source>valuable repeat buyers probably gone (P(alive) below 0.3): %1, who spent %2 on repeat purchases</source>
        <translation>ценные повторные покупатели, вероятно, ушли (P(alive) ниже 0,3): %1; на повторные покупки они потратили %2</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <source>there are no users: nothing to recommend (nothing was written)</source>
        <translation>нет ни одного пользователя: рекомендовать некому (ничего не записано)</translation>
    </message>
    <message>
        <source>Reading products</source>
        <translation>Чтение товаров</translation>
    </message>
    <message>
        <source>there are no products: nothing to recommend (nothing was written)</source>
        <translation>нет ни одного товара: рекомендовать нечего (ничего не записано)</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Чтение пользователей</translation>
    </message>
    <message>
        <source>Reading views and carts</source>
        <translation>Чтение просмотров и добавлений в корзину</translation>
    </message>
    <message>
        <source>Reading purchases</source>
        <translation>Чтение покупок</translation>
    </message>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>дата среза «%1» не является допустимой датой или временем</translation>
    </message>
    <message>
        <source>the list length must be 1 to 100, not %1</source>
        <translation>длина списка должна быть от 1 до 100, а не %1</translation>
    </message>
    <message>
        <source>the half-life must be 0 to 3650 days</source>
        <translation>период полураспада должен быть от 0 до 3650 дней</translation>
    </message>
    <message>
        <source>the evaluation window must be 0 to 365 days, not %1</source>
        <translation>окно оценки должно быть от 0 до 365 дней, а не %1</translation>
    </message>
    <message>
        <source>no evaluation: it needs purchases before %1 and in the %2 days from it to %3 (there are %4 before and %5 after)</source>
        <translation>оценка не выполнена: нужны покупки до %1 и за %2 дн. с этой даты до %3 (покупок до неё: %4, после: %5)</translation>
    </message>
    <message>
        <source>Evaluating on the last days</source>
        <translation>Оценка на последних днях</translation>
    </message>
    <message>
        <source>Learning item similarities</source>
        <translation>Расчёт сходства товаров</translation>
    </message>
    <message>
        <source>Writing recommendations</source>
        <translation>Запись рекомендаций</translation>
    </message>
    <message>
        <source>Indexing recommendations</source>
        <translation>Индексирование рекомендаций</translation>
    </message>
    <message>
        <source>Attaching the run</source>
        <translation>Подключение результатов запуска</translation>
    </message>
    <message>
        <source>Recommendations written</source>
        <translation>Рекомендации записаны</translation>
    </message>
    <message>
        <source>there is no user with id %1</source>
        <translation>пользователя с id %1 нет</translation>
    </message>
    <message>
        <source>there are no recommendations yet: run kestrel analyze recommend first</source>
        <translation>рекомендаций ещё нет: сначала выполните kestrel analyze recommend</translation>
    </message>
</context>
<context>
    <name>RecommendEvaluation</name>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>--cut-date must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--cut-date должна быть датой в формате ГГГГ-ММ-ДД, а не «%1»</translation>
    </message>
    <message>
        <source>no purchases on or after the cut date %1: the purchases run from %2 to %3, so there is nothing to test on (choose an earlier --cut-date)</source>
        <translation>нет покупок в дату среза %1 или позже: покупки в файле идут с %2 по %3, так что проверять не на чем (выберите более раннюю --cut-date)</translation>
    </message>
    <message>
        <source>no purchases before the cut date %1: the purchases run from %2 to %3, so there is nothing to train on (choose a later --cut-date)</source>
        <translation>нет покупок до даты среза %1: покупки в файле идут с %2 по %3, так что обучаться не на чем (выберите более позднюю --cut-date)</translation>
    </message>
    <message>
        <source>Evaluating the recommender</source>
        <translation>Оценка рекомендательной модели</translation>
    </message>
</context>
<context>
    <name>RecommendReason</name>
    <message>
        <source>bought together with %1</source>
        <translation>покупают вместе с «%1»</translation>
    </message>
    <message>
        <source>viewed together with %1</source>
        <translation>смотрят вместе с «%1»</translation>
    </message>
    <message>
        <source>similar to %1</source>
        <translation>похож на «%1»</translation>
    </message>
    <message>
        <source>popular in %1</source>
        <translation>популярно в категории «%1»</translation>
    </message>
    <message>
        <source>popular now</source>
        <translation>популярно сейчас</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>a CSV delimiter cannot be a quote or a line break</source>
        <translation>разделителем CSV не может быть кавычка или перевод строки</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>column %1 of the header has an empty name</source>
        <translation>у столбца %1 в заголовке пустое имя</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; of the header repeats the name of column %3</source>
        <translation>столбец %1 «%2» в заголовке повторяет имя столбца %3</translation>
    </message>
    <message numerus="yes">
        <source>%n fields, the header has %1</source>
        <translation>
            <numerusform>%n поле, а в заголовке %1</numerusform>
            <numerusform>%n поля, а в заголовке %1</numerusform>
            <numerusform>%n полей, а в заголовке %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unterminated quoted field starting here (the file may be truncated)</source>
        <translation>незакрытая кавычка в поле, которое начинается здесь (возможно, файл обрезан)</translation>
    </message>
    <message>
        <source>expected an array of objects or one object per line, found %1</source>
        <translation>ожидался массив объектов или по одному объекту в строке, найдено: %1</translation>
    </message>
    <message>
        <source>expected an object (JSON lines hold one object per line), found %1</source>
        <translation>ожидался объект (в JSON Lines каждая строка содержит один объект), найдено: %1</translation>
    </message>
    <message>
        <source>unexpected text after the end of the top-level array</source>
        <translation>лишний текст после конца массива верхнего уровня</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>ожидался символ &apos;,&apos; или &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an object in the top-level array, found %1</source>
        <translation>ожидался объект в массиве верхнего уровня, найдено: %1</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>ожидался ключ в двойных кавычках</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>ожидался символ &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>ожидался символ &apos;,&apos; или &apos;}&apos;</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in one object</source>
        <translation>повторяющийся ключ «%1» в одном объекте</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>превышена максимальная глубина вложенности (%1)</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>ожидалось значение, найдено: %1</translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation>неэкранированный управляющий символ в строке</translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation>недопустимая экранирующая последовательность \%1</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hex digits</source>
        <translation>недопустимая последовательность \u: ожидались четыре шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>invalid \u escape: a low surrogate without a high one</source>
        <translation>недопустимая последовательность \u: младший суррогат без старшего</translation>
    </message>
    <message>
        <source>\u0000 (a NUL character) cannot be stored as text</source>
        <translation>\u0000 (символ NUL) нельзя сохранить как текст</translation>
    </message>
    <message>
        <source>invalid \u escape: a high surrogate without a low one</source>
        <translation>недопустимая последовательность \u: старший суррогат без младшего</translation>
    </message>
    <message>
        <source>invalid number (a leading zero)</source>
        <translation>недопустимое число (ведущий ноль)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>недопустимое число</translation>
    </message>
    <message>
        <source>invalid number (a digit must follow &apos;.&apos;)</source>
        <translation>недопустимое число (после &apos;.&apos; должна идти цифра)</translation>
    </message>
    <message>
        <source>invalid number (a digit must follow the exponent)</source>
        <translation>недопустимое число (после экспоненты должна идти цифра)</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>недопустимый литерал (ожидалось %1)</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>конец файла</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строковое значение</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation>непредвиденный символ</translation>
    </message>
    <message>
        <source>unexpected end of file (the file may be truncated)</source>
        <translation>неожиданный конец файла (возможно, файл обрезан)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: строка %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: строка %2, столбец %3: %4</translation>
    </message>
    <message>
        <source>it looks like an HTML page</source>
        <translation>похоже на HTML-страницу</translation>
    </message>
    <message>
        <source>it looks like an XML document</source>
        <translation>похоже на XML-документ</translation>
    </message>
    <message>
        <source>not a CSV or JSON file (%1)</source>
        <translation>не файл CSV или JSON (%1)</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a file</source>
        <translation>не удаётся открыть %1: это папка, а не файл</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use utf-8, cp1251 or auto)</source>
        <translation>неизвестная кодировка «%1» (укажите utf-8, cp1251 или auto)</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; save the file as UTF-8 or Windows-1251</source>
        <translation>текст в кодировке UTF-32 не поддерживается; сохраните файл в UTF-8 или Windows-1251</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8 or Windows-1251</source>
        <translation>текст в кодировке UTF-16 не поддерживается; сохраните файл в UTF-8 или Windows-1251</translation>
    </message>
    <message>
        <source>not a text file (binary data)</source>
        <translation>не текстовый файл (двоичные данные)</translation>
    </message>
    <message>
        <source>a ZIP archive, e.g. an Excel .xlsx workbook; save it as CSV</source>
        <translation>архив ZIP, например книга Excel .xlsx; сохраните её как CSV</translation>
    </message>
    <message>
        <source>an Excel .xls workbook; save it as CSV</source>
        <translation>книга Excel .xls; сохраните её как CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a gzip archive; unpack it first</source>
        <translation>архив gzip; сначала распакуйте его</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>binary data (a NUL byte) in the text</source>
        <translation>двоичные данные (байт NUL) в тексте</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)</source>
        <translation>недопустимая последовательность байтов UTF-8 — файл не в кодировке UTF-8 (попробуйте --encoding cp1251)</translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation>данные gzip обрезаны</translation>
    </message>
    <message>
        <source>not valid gzip data (%1)</source>
        <translation>некорректные данные gzip (%1)</translation>
    </message>
</context>
<context>
    <name>RejectsFile</name>
    <message>
        <source>cannot write the rejects file %1: %2</source>
        <translation>не удаётся записать файл отклонённых строк %1: %2</translation>
    </message>
    <message>
        <source>writing the rejects file %1 failed</source>
        <translation>не удалось записать файл отклонённых строк %1</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>no customer has an order before %1; RFM needs orders (nothing was written)</source>
        <translation>ни у одного клиента нет заказов до %1; для RFM нужны заказы (ничего не записано)</translation>
    </message>
    <message>
        <source>Writing RFM scores</source>
        <translation>Запись RFM-оценок</translation>
    </message>
    <message>
        <source>RFM scores written</source>
        <translation>RFM-оценки записаны</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>below the minimum %1</source>
        <translation>меньше минимального значения %1</translation>
    </message>
    <message>
        <source>above the maximum %1</source>
        <translation>больше максимального значения %1</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>значение отсутствует</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message numerus="yes">
        <source>longer than %n characters</source>
        <translation>
            <numerusform>длиннее %n символа</numerusform>
            <numerusform>длиннее %n символов</numerusform>
            <numerusform>длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>не входит в список: %1</translation>
    </message>
    <message>
        <source>a word longer than %1 characters: %2</source>
        <translation>слово длиннее %1 символов: %2</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>training</source>
        <translation>обучающего</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>проверочного</translation>
    </message>
    <message>
        <source>not enough history for the %1 window from %2 to %3: %4 users, %5 with the outcome; a model needs both outcomes — load more history or choose a later as-of date (nothing was written)</source>
        <translation>недостаточно истории для %1 окна с %2 по %3: пользователей %4, с исходом %5; модели нужны оба исхода — загрузите больше истории или выберите более позднюю дату среза (ничего не записано)</translation>
    </message>
    <message>
        <source>the database has no orders or events to learn from (nothing was written)</source>
        <translation>в базе нет заказов или событий, на которых можно обучиться (ничего не записано)</translation>
    </message>
    <message>
        <source>the churn window must be 1 to 730 days, got %1</source>
        <translation>окно оттока должно быть от 1 до 730 дней, указано %1</translation>
    </message>
    <message>
        <source>the purchase horizon must be 1 to 365 days, got %1</source>
        <translation>горизонт покупки должен быть от 1 до 365 дней, указано %1</translation>
    </message>
    <message>
        <source>Building training features</source>
        <translation>Построение признаков для обучения</translation>
    </message>
    <message>
        <source>no users to score as of %1 (churn concerns users active in the %2 days before it; nothing was written)</source>
        <translation>на %1 нет пользователей для оценки (отток считается для пользователей, активных в течение %2 дней до этой даты; ничего не записано)</translation>
    </message>
    <message>
        <source>Training the model</source>
        <translation>Обучение модели</translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation>Оценка клиентов</translation>
    </message>
    <message>
        <source>Writing scores</source>
        <translation>Запись оценок</translation>
    </message>
    <message>
        <source>Scores written</source>
        <translation>Оценки записаны</translation>
    </message>
    <message>
        <source>run %1 is not a succeeded propensity or churn run</source>
        <translation>запуск %1 — не успешный запуск модели склонности к покупке или оттока</translation>
    </message>
    <message>
        <source>run %1 is a %2 run and run %3 a %4 run; only runs of the same model can be compared</source>
        <translation>запуск %1 — модели %2, а запуск %3 — модели %4; сравнивать можно только запуски одной модели</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>mostly no orders</source>
        <translation>в основном без заказов</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>высокие траты</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>низкие траты</translation>
    </message>
    <message>
        <source>medium spend</source>
        <translation>средние траты</translation>
    </message>
    <message>
        <source>mostly one-time buyers</source>
        <translation>в основном разовые покупатели</translation>
    </message>
    <message>
        <source>buys weekly</source>
        <translation>покупает еженедельно</translation>
    </message>
    <message>
        <source>buys monthly</source>
        <translation>покупает ежемесячно</translation>
    </message>
    <message>
        <source>buys quarterly</source>
        <translation>покупает раз в квартал</translation>
    </message>
    <message>
        <source>buys rarely</source>
        <translation>покупает редко</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>недавно покупал</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>давно не покупал</translation>
    </message>
    <message>
        <source>visits often</source>
        <translation>часто заходит</translation>
    </message>
    <message>
        <source>rarely visits</source>
        <translation>редко заходит</translation>
    </message>
    <message>
        <source>%1% of revenue</source>
        <translation>%1% выручки</translation>
    </message>
    <message>
        <source>%1 segments need at least %2 users; %3 signed up before %4 (nothing was written)</source>
        <translation>для сегментов (%1) нужно не меньше %2 пользователей; до %4 зарегистрировано: %3 (ничего не записано)</translation>
    </message>
    <message>
        <source>k must be at least 1, or the range %1..%2 must start at 2 or more</source>
        <translation>k должно быть не меньше 1, или диапазон %1..%2 должен начинаться с 2 или больше</translation>
    </message>
    <message>
        <source>Clustering customers</source>
        <translation>Кластеризация клиентов</translation>
    </message>
    <message>
        <source>Writing segments</source>
        <translation>Запись сегментов</translation>
    </message>
    <message>
        <source>Segments written</source>
        <translation>Сегменты записаны</translation>
    </message>
    <message>
        <source>DBSCAN needs eps of 0 (suggest) or more and min samples of 0 (2 × features) or more</source>
        <translation>DBSCAN нужен eps от 0 (подобрать) и больше и минимум соседей от 0 (2 × число признаков) и больше</translation>
    </message>
    <message>
        <source>DBSCAN with min samples %1 needs at least %2 users; %3 signed up before %4 (nothing was written)</source>
        <translation>DBSCAN с минимумом соседей %1 нужно не меньше %2 пользователей; до %4 зарегистрировалось %3 (ничего не записано)</translation>
    </message>
    <message>
        <source>DBSCAN found no segment with eps %1 and min samples %2: every user is noise; raise eps or lower min samples (nothing was written)</source>
        <translation>DBSCAN не нашёл ни одного сегмента при eps %1 и минимуме соседей %2: все пользователи попали в шум; увеличьте eps или уменьшите минимум соседей (ничего не записано)</translation>
    </message>
    <message>
        <source>outliers in no segment</source>
        <translation>выбросы вне сегментов</translation>
    </message>
</context>
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
    <name>TransactionsCsv</name>
    <message>
        <source>not a date or time: %1 (expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or DD.MM.YYYY[ HH:MM])</source>
        <translation>не дата и не время: %1 (ожидается ГГГГ-ММ-ДД[ ЧЧ:ММ[:СС]], М/Д/ГГГГ Ч:ММ или ДД.ММ.ГГГГ[ ЧЧ:ММ])</translation>
    </message>
    <message>
        <source>no such date: %1</source>
        <translation>нет такой даты: %1</translation>
    </message>
    <message>
        <source>no such time: %1</source>
        <translation>нет такого времени: %1</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (%2); the columns are: %3</source>
        <translation>нет столбца «%1» (%2); в файле есть столбцы: %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>столбец «%1» (%2): %3</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>значение отсутствует</translation>
    </message>
    <message>
        <source>no purchases: %1 rows read, %2 returns, %3 without a user id</source>
        <translation>нет покупок: прочитано строк — %1, возвратов — %2, без id пользователя — %3</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>empty value</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>no such date: %1</source>
        <translation>нет такой даты: %1</translation>
    </message>
    <message>
        <source>no such time: %1</source>
        <translation>нет такого времени: %1</translation>
    </message>
    <message>
        <source>no such time zone offset: %1</source>
        <translation>нет такого смещения часового пояса: %1</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>не дата: %1</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>не число: %1</translation>
    </message>
    <message>
        <source>out of range: %1</source>
        <translation>вне допустимого диапазона: %1</translation>
    </message>
    <message>
        <source>not an integer: %1</source>
        <translation>не целое число: %1</translation>
    </message>
    <message>
        <source>not a date (it has a time of day): %1</source>
        <translation>не дата (указано время суток): %1</translation>
    </message>
    <message>
        <source>not a boolean: %1</source>
        <translation>не логическое значение: %1</translation>
    </message>
    <message>
        <source>no such month: %1</source>
        <translation>такого месяца нет: %1</translation>
    </message>
    <message>
        <source>not a month: %1</source>
        <translation>не месяц: %1</translation>
    </message>
    <message>
        <source>not a month (it has a time of day): %1</source>
        <translation>не месяц (указано время суток): %1</translation>
    </message>
    <message>
        <source>not the first day of a month: %1</source>
        <translation>не первое число месяца: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::core::FilterPresetStore</name>
    <message>
        <source>&quot;%1&quot; is not a page key (lower-case letters, digits, _ . -; 64 at most)</source>
        <translation>«%1» — недопустимый ключ страницы (строчные буквы, цифры, _ . -; не более 64 символов)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; belongs to %2; only its owner can delete it</source>
        <translation>Пресет «%1» принадлежит пользователю %2; удалить его может только владелец</translation>
    </message>
    <message>
        <source>Nothing was deleted: preset %1 does not exist any more</source>
        <translation>Ничего не удалено: пресета %1 больше не существует</translation>
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
    <name>kestrel::core::TableExportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 rows do not fit one XLSX sheet (%2 data rows); choose split into sheets or CSV</source>
        <translation>Число строк (%1) превышает вместимость одного листа XLSX (%2 строк данных); выберите разбиение на листы или CSV</translation>
    </message>
    <message>
        <source>There are no columns to export</source>
        <translation>Нет столбцов для экспорта</translation>
    </message>
    <message>
        <source>%1 columns do not fit an XLSX sheet (16,384 at most)</source>
        <translation>Число столбцов (%1) превышает вместимость листа XLSX (не более 16&#xa0;384)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Папка %1 не существует</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 — это папка</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Не удаётся записать в папку %1: %2</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells but the export has %3 columns</source>
        <translation>В строке %1 ячеек: %2, а в экспорте столбцов: %3</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Экспорт отменён; файл не записан</translation>
    </message>
    <message>
        <source>Cannot create the XLSX workbook %1</source>
        <translation>Не удаётся создать книгу XLSX %1</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Не удаётся записать %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: text of %3 characters does not fit an XLSX cell (%4 at most); export to CSV or JSON instead</source>
        <translation>Строка %1, столбец «%2»: текст (символов: %3) не помещается в ячейку XLSX (максимум: %4); экспортируйте в CSV или JSON</translation>
    </message>
    <message>
        <source>More than %1 rows do not fit one XLSX sheet (%1 data rows); choose split into sheets or CSV</source>
        <translation>Число строк превышает %1 — столько не помещается на один лист XLSX (строк данных: не более %1); выберите разбиение на листы или CSV</translation>
    </message>
</context>
<context>
    <name>kestrel::core::preset_json</name>
    <message>
        <source>preset %1: %2</source>
        <translation>пресет %1: %2</translation>
    </message>
    <message>
        <source>A preset needs a name</source>
        <translation>Укажите название пресета</translation>
    </message>
    <message>
        <source>A preset name has %1 characters at most</source>
        <translation>Слишком длинное название пресета (максимум символов: %1)</translation>
    </message>
    <message>
        <source>A preset name cannot start or end with spaces</source>
        <translation>Название пресета не может начинаться или заканчиваться пробелами</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2</source>
        <translation>Файл не является корректным JSON: %1 (смещение %2)</translation>
    </message>
    <message>
        <source>This is not a file of Kestrel filter presets (format &quot;%1&quot;)</source>
        <translation>Это не файл пресетов фильтров Kestrel (формат «%1»)</translation>
    </message>
    <message>
        <source>Filter presets of version %1 are not supported; this Kestrel reads version 1</source>
        <translation>Пресеты фильтров версии %1 не поддерживаются; эта версия Kestrel читает версию 1</translation>
    </message>
    <message>
        <source>Missing &quot;presets&quot;: the file must hold a list of presets</source>
        <translation>Нет поля «presets»: файл должен содержать список пресетов</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должен быть объектом</translation>
    </message>
    <message>
        <source>missing &quot;name&quot;</source>
        <translation>нет поля «name»</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be text</source>
        <translation>поле «name» должно быть текстом</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>поле «name» пустое</translation>
    </message>
    <message>
        <source>&quot;name&quot; is longer than %1 characters</source>
        <translation>поле «name» длиннее допустимого (максимум символов: %1)</translation>
    </message>
    <message>
        <source>missing &quot;filters&quot;</source>
        <translation>нет поля «filters»</translation>
    </message>
    <message>
        <source>&quot;filters&quot; must be an object</source>
        <translation>поле «filters» должно быть объектом</translation>
    </message>
    <message>
        <source>&quot;page&quot; must be text</source>
        <translation>поле «page» должно быть текстом</translation>
    </message>
    <message>
        <source>&quot;shared&quot; must be true or false</source>
        <translation>поле «shared» должно иметь значение true или false</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomaliesModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The anomalies could not be loaded: %1</source>
        <translation>Не удалось загрузить аномалии: %1</translation>
    </message>
    <message>
        <source>The chart of this anomaly could not be read: %1</source>
        <translation>Не удалось прочитать график этой аномалии: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomaliesPage</name>
    <message>
        <source>Anomalies</source>
        <translation>Аномалии</translation>
    </message>
    <message>
        <source>Days that left their weekday baseline · days in UTC</source>
        <translation>Дни, вышедшие за обычный уровень своего дня недели · дни по UTC</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Выполняется: %1 %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Последний %n день</numerusform>
            <numerusform>Последние %n дня</numerusform>
            <numerusform>Последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The last days of the newest check&apos;s period</source>
        <translation>Последние дни периода самой свежей проверки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>The last anomaly check failed</source>
        <translation>Последняя проверка аномалий завершилась ошибкой</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Запуск %1, начатый %2, завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>Ничего не сохранено. Исправьте то, о чём говорит сообщение, и нажмите «Запустить» ещё раз.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Запустить снова</translation>
    </message>
    <message>
        <source>No anomaly check yet</source>
        <translation>Проверки аномалий ещё не было</translation>
    </message>
    <message>
        <source>Kestrel compares every day of revenue, orders, new users, purchase conversion and each kind of event with the same weekday of the eight weeks before it, and marks the days that are far outside their usual range — a drop when the shop was down, a spike when a promotion worked. The anomalies are listed here for you to accept or dismiss, and marked on the Dashboard&apos;s charts. Press Run.</source>
        <translation>Kestrel сравнивает каждый день выручки, заказов, новых пользователей, конверсии в покупку и каждого вида событий с тем же днём недели за восемь предыдущих недель и отмечает дни, далеко вышедшие за обычные пределы: провал, когда магазин не работал, всплеск, когда сработала акция. Аномалии появятся здесь — их можно принять или отклонить, — и будут отмечены на графиках дашборда. Нажмите «Запустить».</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Все показатели</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the anomalies cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому аномалии не прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>The review was not stored: %1</source>
        <translation>Решение не сохранено: %1</translation>
    </message>
    <message>
        <source>Anomaly check done: %1 (run %2).</source>
        <translation>Проверка аномалий завершена: %1 (запуск %2).</translation>
    </message>
    <message>
        <source>The anomalies shown are still the stored ones.</source>
        <translation>Показаны прежние сохранённые аномалии.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Запуск отменён</translation>
    </message>
    <message>
        <source>Anomaly check cancelled. %1</source>
        <translation>Проверка аномалий отменена. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Запуск не удался</translation>
    </message>
    <message>
        <source>Anomaly check failed: %1</source>
        <translation>Проверка аномалий не удалась: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>The latest anomaly check (run %1, started %2) failed: %3 The anomalies below are from run %4 and earlier.</source>
        <translation>Последняя проверка аномалий (запуск %1, начат %2) завершилась ошибкой: %3 Ниже — аномалии запуска %4 и более ранних.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>показана %n</numerusform>
            <numerusform>показаны %n</numerusform>
            <numerusform>показано %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest; narrow the filters)</source>
        <translation>(самые свежие; сузьте фильтры)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review in all</source>
        <translation>
            <numerusform>всего %n на проверку</numerusform>
            <numerusform>всего %n на проверку</numerusform>
            <numerusform>всего %n на проверку</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 checked %2 – %3 at a threshold of %4</source>
        <translation>запуск %1 проверил %2 – %3 с порогом %4</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyDetailView</name>
    <message>
        <source>Select an anomaly to see its metric around that day.</source>
        <translation>Выберите аномалию, чтобы увидеть её показатель вокруг этого дня.</translation>
    </message>
    <message>
        <source>Note (optional): what happened that day</source>
        <translation>Заметка (необязательно): что случилось в этот день</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>The anomaly is real and understood; it stays marked on the Dashboard in grey.</source>
        <translation>Аномалия настоящая и понятна; на дашборде она остаётся отмеченной серым.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Not worth attention (e.g. a known artefact); no longer marked on the Dashboard.</source>
        <translation>Не заслуживает внимания (например, известный артефакт); на дашборде больше не отмечается.</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Вернуть на проверку</translation>
    </message>
    <message>
        <source>Undo the review: the anomaly is to review again.</source>
        <translation>Отменить решение: аномалия снова ждёт проверки.</translation>
    </message>
    <message>
        <source>No anomaly selected</source>
        <translation>Аномалия не выбрана</translation>
    </message>
    <message>
        <source>Select one or more rows above to review them.</source>
        <translation>Выберите одну или несколько строк выше, чтобы принять решение.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2, expected about %3 (%4).
Normal range %5 – %6; score %7, severity %8.</source>
        <translation>%1: %2, ожидалось около %3 (%4).
Обычный диапазон %5 – %6; оценка %7, важность — %8.</translation>
    </message>
    <message>
        <source>To review · found by run %1</source>
        <translation>На проверку · найдена запуском %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected: the buttons act on all of them.</source>
        <translation>
            <numerusform>Выбрана %n строка: кнопки действуют на неё.</numerusform>
            <numerusform>Выбрано %n строки: кнопки действуют на все.</numerusform>
            <numerusform>Выбрано %n строк: кнопки действуют на все.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data for this metric around that day.</source>
        <translation>Нет данных по этому показателю вокруг этого дня.</translation>
    </message>
    <message>
        <source>%1, day by day</source>
        <translation>%1 по дням</translation>
    </message>
    <message>
        <source>Expected range</source>
        <translation>Ожидаемый диапазон</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyRunBar</name>
    <message>
        <source>A day is an anomaly when it is this many usual spreads away from its baseline (a robust z-score; 3.5 by default). Higher: fewer, larger anomalies.</source>
        <translation>День считается аномалией, если он отстоит от базового уровня на столько обычных разбросов (робастная z-оценка; по умолчанию 3,5). Больше — меньше аномалий, но крупнее.</translation>
    </message>
    <message>
        <source> wk.</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>A day&apos;s baseline is the median of the same weekday in this many weeks before it; at least 4 of them must have data (4 to 52).</source>
        <translation>Базовый уровень дня — медиана того же дня недели за столько предыдущих недель; данные должны быть хотя бы в 4 из них (от 4 до 52).</translation>
    </message>
    <message>
        <source>Check every day of revenue, orders, new users, conversion and events by type against its weekday baseline; the anomalies are stored, reviews are kept.</source>
        <translation>Сверить каждый день выручки, заказов, новых пользователей, конверсии и событий по типам с базовым уровнем его дня недели; аномалии сохраняются, принятые решения не теряются.</translation>
    </message>
    <message>
        <source>Stop the run; the anomalies stored before stay.</source>
        <translation>Остановить запуск; сохранённые ранее аномалии останутся.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый уровень</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyTableModel</name>
    <message>
        <source>What the day was expected to be: the median of the same weekday in the weeks before it</source>
        <translation>Каким ожидался день: медиана того же дня недели за предыдущие недели</translation>
    </message>
    <message>
        <source>How far the day was from its baseline, in percent of the baseline</source>
        <translation>Насколько день отличался от базового уровня, в процентах от него</translation>
    </message>
    <message>
        <source>How unusual the day was: its distance from the baseline in units of the usual spread of that weekday (a robust z-score); from the run&apos;s threshold on, a day is an anomaly</source>
        <translation>Насколько необычен день: расстояние от базового уровня в единицах обычного разброса этого дня недели (робастная z-оценка); начиная с порога запуска день считается аномалией</translation>
    </message>
    <message>
        <source>Low below a score of 5, medium below 8, high from 8 on</source>
        <translation>Низкая при оценке меньше 5, средняя — меньше 8, высокая — от 8</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Кто проверил</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Когда проверено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Expected range %1 – %2 (run %3)</source>
        <translation>Ожидаемый диапазон %1 – %2 (запуск %3)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyTexts</name>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Новые пользователи</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>События: %1</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Всплеск</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Провал</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>%1 (%2): %3, expected about %4
score %5 · %6</source>
        <translation>%1 (%2): %3, ожидалось около %4
оценка %5 · %6</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CardProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Штук</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Last bought</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CardRecommendationsModel</name>
    <message>
        <source>product %1</source>
        <translation>товар %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Part of the model</source>
        <translation>Часть модели</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CardTimelineModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Товар или заказ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Заказ №%1</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ChartCard</name>
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
    <name>kestrel::ui::CustomerFilterBar</name>
    <message>
        <source>Segment of the newest segmentation run (Segments page)</source>
        <translation>Сегмент из последней сегментации (страница «Сегменты»)</translation>
    </message>
    <message>
        <source>Named RFM segment of the newest RFM run</source>
        <translation>RFM-сегмент из последнего расчёта RFM</translation>
    </message>
    <message>
        <source>Churn risk band: low &lt; 0.3 ≤ medium &lt; 0.6 ≤ high</source>
        <translation>Уровень риска оттока: низкий &lt; 0,3 ≤ средний &lt; 0,6 ≤ высокий</translation>
    </message>
    <message>
        <source>Band of predicted LTV by quantile among the customers with a prediction</source>
        <translation>Группа прогнозного LTV по квантилям среди клиентов с прогнозом</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Страна (код ISO)</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Канал привлечения</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation>Все RFM-сегменты</translation>
    </message>
    <message>
        <source>Any churn risk</source>
        <translation>Любой риск оттока</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show every customer: no search, filters or dates</source>
        <translation>Показать всех клиентов: без поиска, фильтров и дат</translation>
    </message>
    <message>
        <source>Any LTV</source>
        <translation>Любой LTV</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomerSearchBox</name>
    <message>
        <source>Find a customer: id, name, e-mail, Telegram id (Ctrl+K)</source>
        <translation>Найти клиента: id, имя, e-mail, Telegram id (Ctrl+K)</translation>
    </message>
    <message>
        <source>%1 — %2 · id %3</source>
        <translation>%1 — %2 · id %3</translation>
    </message>
    <message>
        <source> · Telegram %1</source>
        <translation> · Telegram %1</translation>
    </message>
    <message>
        <source>No customer with id %1</source>
        <translation>Нет клиента с id %1</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Нет клиентов по запросу «%1»</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomerTexts</name>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Low (&lt; %1)</source>
        <translation>Низкий (&lt; %1)</translation>
    </message>
    <message>
        <source>Medium (%1–%2)</source>
        <translation>Средний (%1–%2)</translation>
    </message>
    <message>
        <source>High (≥ %1)</source>
        <translation>Высокий (≥ %1)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>Bottom 50% (&lt; %1)</source>
        <translation>Нижние 50% (&lt; %1)</translation>
    </message>
    <message>
        <source>Bottom 50%</source>
        <translation>Нижние 50%</translation>
    </message>
    <message>
        <source>50–80% (%1–%2)</source>
        <translation>50–80% (%1–%2)</translation>
    </message>
    <message>
        <source>50–80%</source>
        <translation>50–80%</translation>
    </message>
    <message>
        <source>80–95% (%1–%2)</source>
        <translation>80–95% (%1–%2)</translation>
    </message>
    <message>
        <source>80–95%</source>
        <translation>80–95%</translation>
    </message>
    <message>
        <source>Top 5% (≥ %1)</source>
        <translation>Верхние 5% (≥ %1)</translation>
    </message>
    <message>
        <source>Top 5%</source>
        <translation>Верхние 5%</translation>
    </message>
    <message>
        <source>No prediction</source>
        <translation>Без прогноза</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Начало сессии</translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation>Просмотр страницы</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Просмотр товара</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>Добавление в корзину</translation>
    </message>
    <message>
        <source>Removed from cart</source>
        <translation>Удаление из корзины</translation>
    </message>
    <message>
        <source>Started checkout</source>
        <translation>Начало оформления</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Bot command</source>
        <translation>Команда боту</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Bought together with %1</source>
        <translation>Покупают вместе с «%1»</translation>
    </message>
    <message>
        <source>Viewed together with %1</source>
        <translation>Смотрят вместе с «%1»</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Похож на «%1»</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>Популярно в категории «%1»</translation>
    </message>
    <message>
        <source>Popular now</source>
        <translation>Сейчас популярно</translation>
    </message>
    <message>
        <source>Item-to-item</source>
        <translation>Товар к товару</translation>
    </message>
    <message>
        <source>Similar products</source>
        <translation>Похожие товары</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>Популярность</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomersModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The customers could not be loaded: %1</source>
        <translation>Не удалось загрузить клиентов: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM-сегмент</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Days since purchase</source>
        <translation>Дней с покупки</translation>
    </message>
    <message>
        <source>Buys in 30 d</source>
        <translation>Покупка за 30 дн.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Риск оттока</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <source>LTV 12 m</source>
        <translation>LTV 12 мес.</translation>
    </message>
    <message>
        <source>Predicted LTV</source>
        <translation>Прогноз LTV</translation>
    </message>
    <message>
        <source>The customer&apos;s segment in the newest segmentation run (Segments page)</source>
        <translation>Сегмент клиента в последней сегментации (страница «Сегменты»)</translation>
    </message>
    <message>
        <source>The named RFM segment of the newest RFM run: from the recency and frequency scores</source>
        <translation>RFM-сегмент последнего расчёта RFM: по оценкам давности и частоты</translation>
    </message>
    <message>
        <source>Paid, shipped and delivered orders (RFM frequency)</source>
        <translation>Оплаченные, отправленные и доставленные заказы (частота RFM)</translation>
    </message>
    <message>
        <source>Revenue of those orders (RFM monetary)</source>
        <translation>Выручка этих заказов (денежная составляющая RFM)</translation>
    </message>
    <message>
        <source>Days from the last purchase to the RFM run&apos;s as-of date</source>
        <translation>Дней от последней покупки до даты расчёта RFM</translation>
    </message>
    <message>
        <source>The chance of a paid order within 30 days (Scores page)</source>
        <translation>Вероятность оплаченного заказа в ближайшие 30 дней (страница «Оценки»)</translation>
    </message>
    <message>
        <source>The chance that an active customer stops buying and visiting (Scores page)</source>
        <translation>Вероятность, что активный клиент перестанет покупать и заходить (страница «Оценки»)</translation>
    </message>
    <message>
        <source>The chance the customer is still active (BG/NBD, LTV page)</source>
        <translation>Вероятность, что клиент ещё активен (BG/NBD, страница LTV)</translation>
    </message>
    <message>
        <source>Revenue of the first 12 months after the first purchase (only when 12 months have passed)</source>
        <translation>Выручка первых 12 месяцев после первой покупки (только когда 12 месяцев прошли)</translation>
    </message>
    <message>
        <source>The predicted customer lifetime value of the newest LTV run</source>
        <translation>Прогнозная пожизненная ценность клиента из последнего расчёта LTV</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Search by id, name, e-mail or Telegram id…</source>
        <translation>Поиск по id, имени, e-mail или Telegram id…</translation>
    </message>
    <message>
        <source>Digits find a user id or Telegram id exactly; one or two letters the start of a name or e-mail; three and more any part of them</source>
        <translation>Цифры находят id клиента или Telegram id точно; одна-две буквы — начало имени или e-mail; три и больше — любую их часть</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Read the customers again (F5)</source>
        <translation>Загрузить клиентов заново (F5)</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the customers cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому клиентов не прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln customers (estimate)</source>
        <translation>
            <numerusform>≈ %Ln клиент (оценка)</numerusform>
            <numerusform>≈ %Ln клиента (оценка)</numerusform>
            <numerusform>≈ %Ln клиентов (оценка)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln customers, counting…</source>
        <translation>
            <numerusform>≥ %Ln клиент, подсчёт…</numerusform>
            <numerusform>≥ %Ln клиента, подсчёт…</numerusform>
            <numerusform>≥ %Ln клиентов, подсчёт…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln customers</source>
        <translation>
            <numerusform>≥ %Ln клиент</numerusform>
            <numerusform>≥ %Ln клиента</numerusform>
            <numerusform>≥ %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting every match took too long; this is PostgreSQL&apos;s estimate</source>
        <translation>Точный подсчёт занял бы слишком долго; это оценка PostgreSQL</translation>
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
    <message>
        <source>Days on which a daily metric left its usual range and nobody has accepted or dismissed them yet. Open the Anomalies page to review them.</source>
        <translation>Дни, когда дневной показатель вышел за обычные пределы, а решения по ним ещё никто не принял. Откройте страницу «Аномалии», чтобы их проверить.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies to review</source>
        <translation>
            <numerusform>%n аномалия на проверку</numerusform>
            <numerusform>%n аномалии на проверку</numerusform>
            <numerusform>%n аномалий на проверку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DataTableView</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Фильтр строк…</translation>
    </message>
    <message>
        <source>Shows the rows where every word appears in some visible column</source>
        <translation>Показывает строки, в которых каждое слово встречается хотя бы в одном видимом столбце</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Остановить экспорт; файл не будет записан</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns to show and export</source>
        <translation>Выбрать столбцы для отображения и экспорта</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text (Ctrl+C)</source>
        <translation>Копировать выделенные ячейки как текст с разделителем-табуляцией (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the rows and columns shown to a file</source>
        <translation>Сохранить показанные строки и столбцы в файл</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)…</source>
        <translation>CSV (UTF-8, открывается в Excel)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Книга Excel (XLSX)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Строк: %1 из %2</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Экспорт в формате %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 on %3 sheets.</source>
        <translation>В файл %2 экспортировано строк: %1 (листов: %3).</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>В файл %2 экспортировано строк: %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
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
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>No limit on the dates</source>
        <translation>Без ограничения по датам</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ElasticityTableModel</name>
    <message>
        <source>Price elasticity of demand: the % change in units sold for a 1% higher price, with trend and season taken out. −1.5 means 1% dearer sells 1.5% fewer units.</source>
        <translation>Эластичность спроса по цене: на сколько процентов меняются продажи в штуках при цене выше на 1%, без тренда и сезонности. −1,5 значит: на 1% дороже — на 1,5% меньше штук.</translation>
    </message>
    <message>
        <source>The 95% confidence interval of the elasticity (heteroskedasticity-robust standard error)</source>
        <translation>95-процентный доверительный интервал эластичности (стандартная ошибка, устойчивая к гетероскедастичности)</translation>
    </message>
    <message>
        <source>The share of the week-to-week ups and downs of units sold (within each product) that price, trend and season explain</source>
        <translation>Доля недельных колебаний продаж в штуках (внутри каждого товара), которую объясняют цена, тренд и сезонность</translation>
    </message>
    <message>
        <source>Product-weeks with sales used in the regression</source>
        <translation>Товаро-недели с продажами, вошедшие в регрессию</translation>
    </message>
    <message>
        <source>Different prices (to the cent) seen within the products</source>
        <translation>Число разных цен (с точностью до цента) внутри товаров</translation>
    </message>
    <message>
        <source>Whether the estimate can be used; hover a row&apos;s cell for the reason</source>
        <translation>Можно ли пользоваться оценкой; причина — во всплывающей подсказке ячейки</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation>Эластичность</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% интервал</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FeatureTexts</name>
    <message>
        <source>Days since last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Давность</translation>
    </message>
    <message>
        <source>Recency: days since the last order</source>
        <translation>Давность: дней с последнего заказа</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Orders: the number of completed orders</source>
        <translation>Заказы: число выполненных заказов</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Траты</translation>
    </message>
    <message>
        <source>Spend: the total of completed orders</source>
        <translation>Траты: сумма выполненных заказов</translation>
    </message>
    <message>
        <source>Days since sign-up</source>
        <translation>Дней с регистрации</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Tenure: days since the customer signed up</source>
        <translation>Стаж: дней с регистрации клиента</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Basket: the average order amount</source>
        <translation>Средний чек: средняя сумма заказа</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation>Дней между заказами</translation>
    </message>
    <message>
        <source>Days between orders: the average gap between completed orders (none with fewer than two)</source>
        <translation>Дней между заказами: средний промежуток между выполненными заказами (нет, если заказов меньше двух)</translation>
    </message>
    <message>
        <source>Categories bought</source>
        <translation>Купленные категории</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Categories: the number of product categories bought</source>
        <translation>Категории: сколько категорий товаров покупал клиент</translation>
    </message>
    <message>
        <source>Visits, 7 days</source>
        <translation>Визиты, 7 дн.</translation>
    </message>
    <message>
        <source>Visits: sessions started in the last 7 days</source>
        <translation>Визиты: сессии, начатые за последние 7 дней</translation>
    </message>
    <message>
        <source>Visits, 30 days</source>
        <translation>Визиты, 30 дн.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Sessions: visits in the last 30 days</source>
        <translation>Сессии: визиты за последние 30 дней</translation>
    </message>
    <message>
        <source>Visits, 90 days</source>
        <translation>Визиты, 90 дн.</translation>
    </message>
    <message>
        <source>Visits: sessions started in the last 90 days</source>
        <translation>Визиты: сессии, начатые за последние 90 дней</translation>
    </message>
    <message>
        <source>Page views, 30 days</source>
        <translation>Просм. страниц, 30 дн.</translation>
    </message>
    <message>
        <source>Page views in the last 30 days</source>
        <translation>Просмотры страниц за последние 30 дней</translation>
    </message>
    <message>
        <source>Product views, 30 days</source>
        <translation>Просм. товаров, 30 дн.</translation>
    </message>
    <message>
        <source>Product pages viewed in the last 30 days</source>
        <translation>Просмотры карточек товаров за последние 30 дней</translation>
    </message>
    <message>
        <source>Added to cart, 30 days</source>
        <translation>В корзину, 30 дн.</translation>
    </message>
    <message>
        <source>Products added to the cart in the last 30 days</source>
        <translation>Товары, добавленные в корзину за последние 30 дней</translation>
    </message>
    <message>
        <source>Checkouts, 30 days</source>
        <translation>Оформления, 30 дн.</translation>
    </message>
    <message>
        <source>Checkouts started in the last 30 days</source>
        <translation>Начатые оформления заказа за последние 30 дней</translation>
    </message>
    <message>
        <source>Purchases, 30 days</source>
        <translation>Покупки, 30 дн.</translation>
    </message>
    <message>
        <source>Purchases recorded by the site in the last 30 days</source>
        <translation>Покупки, записанные сайтом за последние 30 дней</translation>
    </message>
    <message>
        <source>Searches, 30 days</source>
        <translation>Поиски, 30 дн.</translation>
    </message>
    <message>
        <source>Searches in the last 30 days</source>
        <translation>Поисковые запросы за последние 30 дней</translation>
    </message>
    <message>
        <source>Activity trend</source>
        <translation>Тренд активности</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Trend: activity in the last 30 days against the 30 before</source>
        <translation>Тренд: активность за последние 30 дней против 30 дней до них</translation>
    </message>
    <message>
        <source>Bot commands, 30 days</source>
        <translation>Команды боту, 30 дн.</translation>
    </message>
    <message>
        <source>Commands sent to the Telegram bot in the last 30 days</source>
        <translation>Команды Telegram-боту за последние 30 дней</translation>
    </message>
    <message>
        <source>Days since last visit</source>
        <translation>Дней с последнего визита</translation>
    </message>
    <message>
        <source>Days since the last activity of any kind; none when there was none in the last 90 days</source>
        <translation>Дней с последней активности любого вида; нет, если её не было за последние 90 дней</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Активные дни</translation>
    </message>
    <message>
        <source>Active days: days with any activity, over the whole history</source>
        <translation>Активные дни: дни с любой активностью за всю историю</translation>
    </message>
    <message>
        <source>Share of active days</source>
        <translation>Доля активных дней</translation>
    </message>
    <message>
        <source>Share of active days: active days out of all days since the first one (a steady visitor is near their usual rate, a fading one far below it)</source>
        <translation>Доля активных дней: активные дни среди всех дней с первого из них (у постоянного посетителя она близка к его обычной, у угасающего — намного ниже)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FieldsTable</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>From column</source>
        <translation>Из столбца</translation>
    </message>
    <message>
        <source>Also accepted as</source>
        <translation>Синонимы</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательное</translation>
    </message>
    <message>
        <source>optional (default %1)</source>
        <translation>необязательное (по умолчанию %1)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательное</translation>
    </message>
    <message>
        <source>— missing —</source>
        <translation>— отсутствует —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>A CSV or JSON export, in UTF-8 or Windows-1251. You can also drop the file onto this page.</source>
        <translation>Выгрузка в формате CSV или JSON в кодировке UTF-8 или Windows-1251. Файл также можно перетащить на эту страницу.</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one below</source>
        <translation>Перетащите файл сюда или выберите его ниже</translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab), JSON array or JSON lines</source>
        <translation>CSV (запятая, точка с запятой или табуляция), массив JSON или JSON Lines</translation>
    </message>
    <message>
        <source>Path to a .csv, .tsv, .txt, .json or .jsonl file</source>
        <translation>Путь к файлу .csv, .tsv, .txt, .json или .jsonl</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a table…</source>
        <translation>Выберите таблицу…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Импорт в:</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Файлы данных (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Это не файл.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · delimiter %1</source>
        <translation> · разделитель %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n columns</source>
        <translation>
            <numerusform> · %n столбец</numerusform>
            <numerusform> · %n столбца</numerusform>
            <numerusform> · %n столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <source>What %1 takes (required fields in bold)</source>
        <translation>Поля таблицы %1 (обязательные выделены жирным)</translation>
    </message>
    <message>
        <source>No table matches the file&apos;s header by name; choose one, then map the columns on the next page.</source>
        <translation>Ни одна таблица не совпадает с заголовком файла по именам столбцов; выберите таблицу, а затем сопоставьте столбцы на следующей странице.</translation>
    </message>
    <message>
        <source>%1 of %2 columns match the fields of %3.</source>
        <translation>Совпадают с полями таблицы %3 столбцов: %1 из %2.</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Для каждого обязательного поля есть столбец.</translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation>Обязательные поля без столбца: %1.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FilterPresetBar</name>
    <message>
        <source>%1 — shared by %2</source>
        <translation>%1 — общий, автор: %2</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (общий)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Пресеты</translation>
    </message>
    <message>
        <source>Saved filters of this page: yours and those others share</source>
        <translation>Сохранённые фильтры этой страницы: ваши и общие от других пользователей</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the current filters as a preset</source>
        <translation>Сохранить текущие фильтры как пресет</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen preset (only your own)</source>
        <translation>Удалить выбранный пресет (только собственный)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Export or import presets as a JSON file</source>
        <translation>Экспортировать или импортировать пресеты в виде файла JSON</translation>
    </message>
    <message>
        <source>Export presets to a file…</source>
        <translation>Экспортировать пресеты в файл…</translation>
    </message>
    <message>
        <source>Import presets from a file…</source>
        <translation>Импортировать пресеты из файла…</translation>
    </message>
    <message>
        <source>Presets need a database connection.</source>
        <translation>Для пресетов нужно подключение к базе данных.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>база данных недоступна.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Preset not saved: %1</source>
        <translation>Пресет не сохранён: %1</translation>
    </message>
    <message>
        <source>Could not load presets: %1</source>
        <translation>Не удалось загрузить пресеты: %1</translation>
    </message>
    <message>
        <source>Yours · saved %1</source>
        <translation>Ваш · сохранён %1</translation>
    </message>
    <message>
        <source>Shared by %1 · saved %2</source>
        <translation>Общий, автор: %1 · сохранён %2</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>Пресет «%1» сохранён.</translation>
    </message>
    <message>
        <source>Preset deleted.</source>
        <translation>Пресет удалён.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n presets to %1.</source>
        <translation>
            <numerusform>Сохранён %n пресет в файл %1.</numerusform>
            <numerusform>Сохранено %n пресета в файл %1.</numerusform>
            <numerusform>Сохранено %n пресетов в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Presets not imported: %1</source>
        <translation>Пресеты не импортированы: %1</translation>
    </message>
    <message>
        <source>%1 holds no presets for this page.</source>
        <translation>В файле %1 нет пресетов для этой страницы.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n presets.</source>
        <translation>
            <numerusform>Импортирован %n пресет.</numerusform>
            <numerusform>Импортировано %n пресета.</numerusform>
            <numerusform>Импортировано %n пресетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n presets of other pages.</source>
        <translation>
            <numerusform>Пропущен %n пресет других страниц.</numerusform>
            <numerusform>Пропущено %n пресета других страниц.</numerusform>
            <numerusform>Пропущено %n пресетов других страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Удаление пресета</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Everyone it is shared with loses it too.</source>
        <translation>Удалить «%1»? Пресет исчезнет и у всех, кому он доступен.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>Экспорт пресетов</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Импорт пресетов</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::HeatMapChart</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
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
    <name>kestrel::ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Импорт данных</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
    <name>kestrel::ui::JobFailure</name>
    <message>
        <source>Where: %1</source>
        <translation>Контекст: %1</translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <translation>SQLSTATE: %1</translation>
    </message>
    <message>
        <source>Log folder: %1</source>
        <translation>Папка журналов: %1</translation>
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
    <name>kestrel::ui::LoadJobs</name>
    <message>
        <source>Checking %1 for %2</source>
        <translation>Проверка %1 для %2</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>Импорт %1 в %2</translation>
    </message>
    <message>
        <source>Rolling back load %1</source>
        <translation>Откат загрузки %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The job failed without a message; see the log.</source>
        <translation>Задача завершилась ошибкой без сообщения; см. журнал.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadNotifier</name>
    <message>
        <source>The import of %1 was cancelled; nothing was stored.</source>
        <translation>Импорт %1 отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The import of %1 into %2 failed: %3</source>
        <translation>Не удалось импортировать %1 в %2: %3</translation>
    </message>
    <message>
        <source>%1 loaded into %2: %3 inserted, %4 updated.</source>
        <translation>Загрузка %1 в %2 завершена: добавлено %3, обновлено %4.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected.</source>
        <translation>
            <numerusform>Отклонена %n строка.</numerusform>
            <numerusform>Отклонены %n строки.</numerusform>
            <numerusform>Отклонено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rollback of load %1 was cancelled; nothing changed.</source>
        <translation>Откат загрузки %1 отменён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Load %1 could not be rolled back: %2</source>
        <translation>Не удалось откатить загрузку %1: %2</translation>
    </message>
    <message>
        <source>Load %1 (%2) rolled back: %3 rows restored, %4 removed.</source>
        <translation>Выполнен откат загрузки %1 (%2): восстановлено строк — %3, удалено — %4.</translation>
    </message>
    <message>
        <source>%1 put back.</source>
        <translation>Возвращено: %1.</translation>
    </message>
    <message>
        <source>Open rejects</source>
        <translation>Открыть отклонённые строки</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadPage</name>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>The load is one transaction: if it fails or you cancel it, the table stays as it was.</source>
        <translation>Загрузка выполняется одной транзакцией: если она завершится ошибкой или вы её отмените, таблица останется без изменений.</translation>
    </message>
    <message>
        <source>Cancel load</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>Loading %1 into %2 (%3)…</source>
        <translation>Загрузка %1 в %2 (%3)…</translation>
    </message>
    <message>
        <source>The check expected %1 rows to insert, %2 to update, %3 unchanged</source>
        <translation>Проверка показала: строк к добавлению — %1, к обновлению — %2, без изменений — %3</translation>
    </message>
    <message>
        <source>, %1 to delete</source>
        <translation>, к удалению — %1</translation>
    </message>
    <message>
        <source> and %1 rejected rows, which are skipped.</source>
        <translation> и отклонённых строк — %1; они будут пропущены.</translation>
    </message>
    <message>
        <source>; no row is rejected.</source>
        <translation>; отклонённых строк нет.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling… the changes are being rolled back.</source>
        <translation>Отмена… изменения откатываются.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadTexts</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Product prices</source>
        <translation>Цены товаров</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Позиции заказов</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Откачено</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation>Обновление и добавление</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замена</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Откат</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Генерация</translation>
    </message>
    <message>
        <source>Adds the rows of the file; a row whose key is already stored is rejected.</source>
        <translation>Добавляет строки из файла; строка, ключ которой уже есть в таблице, отклоняется.</translation>
    </message>
    <message>
        <source>Adds new rows and updates stored rows with the same key; nothing is removed.</source>
        <translation>Добавляет новые строки и обновляет сохранённые строки с тем же ключом; ничего не удаляется.</translation>
    </message>
    <message>
        <source>Makes the table equal to the file: adds, updates, and removes stored rows the file does not have.</source>
        <translation>Приводит таблицу в соответствие с файлом: добавляет, обновляет и удаляет сохранённые строки, которых нет в файле.</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>точка с запятой (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Channel spend</source>
        <translation>Расходы на каналы</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>list (a | b | c)</source>
        <translation>список (a | b | c)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadsModel</name>
    <message>
        <source>Load</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Откат загрузки %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>уже %1</translation>
    </message>
    <message>
        <source>Undone by load %1</source>
        <translation>Откачена загрузкой %1</translation>
    </message>
    <message>
        <source>Rejects file: %1</source>
        <translation>Файл отклонённых строк: %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadsPage</name>
    <message>
        <source>Loads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>Imports into the customer tables, newest first</source>
        <translation>Импорт в таблицы клиентов, новые сверху</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import a CSV or JSON file (Ctrl+I)</source>
        <translation>Импортировать файл CSV или JSON (Ctrl+I)</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Откатить…</translation>
    </message>
    <message>
        <source>Open rejects file</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>The rejected rows of the selected load, with line, column, value and reason</source>
        <translation>Отклонённые строки выбранной загрузки с номером строки, столбцом, значением и причиной</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n loads · updated %1</source>
        <translation>
            <numerusform>%n загрузка · обновлено %1</numerusform>
            <numerusform>%n загрузки · обновлено %1</numerusform>
            <numerusform>%n загрузок · обновлено %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
    <message>
        <source>Undo load %1</source>
        <translation>Откатить загрузку %1</translation>
    </message>
    <message>
        <source>Only a succeeded import that was not undone yet can be rolled back.</source>
        <translation>Откатить можно только успешный импорт, который ещё не был откачен.</translation>
    </message>
    <message>
        <source>Load %1: %2 into %3</source>
        <translation>Загрузка %1: %2 в «%3»</translation>
    </message>
    <message>
        <source>undid load %1</source>
        <translation>откатила загрузку %1</translation>
    </message>
    <message>
        <source>undone by load %1</source>
        <translation>откачена загрузкой %1</translation>
    </message>
    <message>
        <source>%1 rows deleted</source>
        <translation>удалено строк: %1</translation>
    </message>
    <message>
        <source>%1 rows unchanged</source>
        <translation>строк без изменений: %1</translation>
    </message>
    <message>
        <source>rejects: %1</source>
        <translation>отклонённые строки: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>restores %n rows it changed to their previous values</source>
        <translation>
            <numerusform>восстановит прежние значения в %n изменённой строке</numerusform>
            <numerusform>восстановит прежние значения в %n изменённых строках</numerusform>
            <numerusform>восстановит прежние значения в %n изменённых строках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removes %n rows it added</source>
        <translation>
            <numerusform>удалит %n добавленную строку</numerusform>
            <numerusform>удалит %n добавленные строки</numerusform>
            <numerusform>удалит %n добавленных строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puts back %n rows it deleted</source>
        <translation>
            <numerusform>вернёт %n удалённую строку</numerusform>
            <numerusform>вернёт %n удалённые строки</numerusform>
            <numerusform>вернёт %n удалённых строк</numerusform>
        </translation>
    </message>
    <message>
        <source>It changed no rows, so only its record changes.</source>
        <translation>Она не изменила ни одной строки, поэтому изменится только запись о ней.</translation>
    </message>
    <message>
        <source>This %1.</source>
        <translation>Откат %1.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Roll back load %1 (%2 into %3)?

%4 %3 returns to the state it had before the load. The rollback is recorded as a load of its own.</source>
        <translation>Откатить загрузку %1 (%2 в «%3»)?

%4 Таблица «%3» вернётся в состояние, в котором была до загрузки. Откат записывается как отдельная загрузка.</translation>
    </message>
    <message>
        <source>Roll back load %1</source>
        <translation>Откат загрузки %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvChannelsModel</name>
    <message>
        <source>Customers acquired through the channel (a paid order before the as-of date)</source>
        <translation>Клиенты, привлечённые через канал (оплаченный заказ до даты среза)</translation>
    </message>
    <message>
        <source>Acquisition spend of the channel (crm.channel_spend) over the months that have ended</source>
        <translation>Расходы на привлечение через канал (crm.channel_spend) за завершившиеся месяцы</translation>
    </message>
    <message>
        <source>Customer acquisition cost: the spend divided by the customers acquired in the same months</source>
        <translation>Стоимость привлечения клиента: расходы, делённые на число клиентов, привлечённых в те же месяцы</translation>
    </message>
    <message>
        <source>Mean revenue per customer in the first months after the first purchase, over the customers for whom those months have passed</source>
        <translation>Средняя выручка на клиента за первые месяцы после первой покупки — по клиентам, у которых эти месяцы уже прошли</translation>
    </message>
    <message>
        <source>12-month LTV divided by CAC: above 3 is healthy, below 1 the channel loses money on each customer in the first year</source>
        <translation>LTV за 12 месяцев, делённый на CAC: выше 3 — здоровый канал, ниже 1 — канал за первый год теряет деньги на каждом клиенте</translation>
    </message>
    <message>
        <source>The month since the first purchase in which the cumulative revenue per customer first covers the CAC</source>
        <translation>Месяц после первой покупки, в котором накопленная выручка на клиента впервые покрывает CAC</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>LTV 3 m</source>
        <translation>LTV 3 мес.</translation>
    </message>
    <message>
        <source>LTV 6 m</source>
        <translation>LTV 6 мес.</translation>
    </message>
    <message>
        <source>LTV 12 m</source>
        <translation>LTV 12 мес.</translation>
    </message>
    <message>
        <source>LTV:CAC 12 m</source>
        <translation>LTV:CAC 12 мес.</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>No acquisition spend is recorded for this channel.</source>
        <translation>Расходы на привлечение по этому каналу не записаны.</translation>
    </message>
    <message>
        <source>%1 spent on %2 new customers</source>
        <translation>%1 потрачено на %2 новых клиентов</translation>
    </message>
    <message>
        <source>No customer of this channel has been a customer that long yet.</source>
        <translation>Ни один клиент этого канала ещё не пробыл клиентом так долго.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvChartData</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>From %1 to under %2</source>
        <translation>От %1 до %2 (не включая)</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 и больше</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers (%1)</source>
        <translation>
            <numerusform>%Ln клиент (%1)</numerusform>
            <numerusform>%Ln клиента (%1)</numerusform>
            <numerusform>%Ln клиентов (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1: %Ln new customers</source>
        <translation>
            <numerusform>Когорта %1: %Ln новый клиент</numerusform>
            <numerusform>Когорта %1: %Ln новых клиента</numerusform>
            <numerusform>Когорта %1: %Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort · customers</source>
        <translation>Когорта · клиенты</translation>
    </message>
    <message>
        <source>Months since the first purchase (0 = the month of the first purchase)</source>
        <translation>Месяцы после первой покупки (0 — месяц первой покупки)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message numerus="yes">
        <source>Historical %1 of %Ln customers</source>
        <translation>
            <numerusform>Фактический %1: %Ln клиент</numerusform>
            <numerusform>Фактический %1: %Ln клиента</numerusform>
            <numerusform>Фактический %1: %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Predicted CLV over %1 of %Ln customers</source>
        <translation>
            <numerusform>Прогноз CLV на %1: %Ln клиент</numerusform>
            <numerusform>Прогноз CLV на %1: %Ln клиента</numerusform>
            <numerusform>Прогноз CLV на %1: %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers whose first %2 have passed</source>
        <translation>
            <numerusform>%1: %Ln клиент, у которого прошли первые %2</numerusform>
            <numerusform>%1: %Ln клиента, у которых прошли первые %2</numerusform>
            <numerusform>%1: %Ln клиентов, у которых прошли первые %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln not yet)</source>
        <translation>
            <numerusform>(%Ln — ещё нет)</numerusform>
            <numerusform>(%Ln — ещё нет)</numerusform>
            <numerusform>(%Ln — ещё нет)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75-й перцентиль</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й перцентиль</translation>
    </message>
    <message>
        <source>no customer has reached this horizon yet</source>
        <translation>ни один клиент ещё не дошёл до этого горизонта</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <source>Month %1: %2 per customer so far</source>
        <translation>Месяц %1: %2 на клиента нарастающим итогом</translation>
    </message>
    <message>
        <source>Customers who bought that month</source>
        <translation>Доля купивших в этом месяце</translation>
    </message>
    <message numerus="yes">
        <source>Month %1: %2 of the cohort bought (about %Ln customers)</source>
        <translation>
            <numerusform>Месяц %1: купили %2 когорты (около %Ln клиента)</numerusform>
            <numerusform>Месяц %1: купили %2 когорты (около %Ln клиентов)</numerusform>
            <numerusform>Месяц %1: купили %2 когорты (около %Ln клиентов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Months since the first purchase</source>
        <translation>Месяцы после первой покупки</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>Накопленная выручка на клиента</translation>
    </message>
    <message>
        <source>Month %1: %2 per customer</source>
        <translation>Месяц %1: %2 на клиента</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>окупается на %1-м месяце</translation>
    </message>
    <message>
        <source>not paid back yet</source>
        <translation>пока не окупился</translation>
    </message>
    <message>
        <source>CAC %1 (%2 new customers) — %3</source>
        <translation>CAC %1 (%2 новых клиентов) — %3</translation>
    </message>
    <message>
        <source>%1 CAC</source>
        <translation>CAC: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with %1 repeat purchases before %2</source>
        <translation>
            <numerusform>%Ln клиент с %1 повторными покупками до %2</numerusform>
            <numerusform>%Ln клиента с %1 повторными покупками до %2</numerusform>
            <numerusform>%Ln клиентов с %1 повторными покупками до %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per customer (%2 in all)</source>
        <translation>%1 на клиента (всего %2)</translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation>Проверка на отложенном периоде</translation>
    </message>
    <message numerus="yes">
        <source>Holdout check, %n days from %1: %2 repeat purchases predicted, %3 happened</source>
        <translation>
            <numerusform>Проверка на отложенном периоде: %n день с %1 — прогноз %2 повторных покупок, факт %3</numerusform>
            <numerusform>Проверка на отложенном периоде: %n дня с %1 — прогноз %2 повторных покупок, факт %3</numerusform>
            <numerusform>Проверка на отложенном периоде: %n дней с %1 — прогноз %2 повторных покупок, факт %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month %1: %2 per customer (the cohorts that have reached this month hold %Ln customers of all channels)</source>
        <translation>
            <numerusform>Месяц %1: %2 на клиента (в когортах, дошедших до этого месяца, %Ln клиент всех каналов)</numerusform>
            <numerusform>Месяц %1: %2 на клиента (в когортах, дошедших до этого месяца, %Ln клиента всех каналов)</numerusform>
            <numerusform>Месяц %1: %2 на клиента (в когортах, дошедших до этого месяца, %Ln клиентов всех каналов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvCustomersModel</name>
    <message numerus="yes">
        <source>Predicted customer lifetime value over the next %n months, discounted: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma)</source>
        <translation>
            <numerusform>Прогноз ценности клиента на ближайший %n месяц с дисконтированием: ожидаемые покупки (BG/NBD), умноженные на ожидаемую сумму заказа (Gamma-Gamma)</numerusform>
            <numerusform>Прогноз ценности клиента на ближайшие %n месяца с дисконтированием: ожидаемые покупки (BG/NBD), умноженные на ожидаемую сумму заказа (Gamma-Gamma)</numerusform>
            <numerusform>Прогноз ценности клиента на ближайшие %n месяцев с дисконтированием: ожидаемые покупки (BG/NBD), умноженные на ожидаемую сумму заказа (Gamma-Gamma)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chance that the customer is still buying, from how often and how recently they bought</source>
        <translation>Вероятность того, что клиент ещё покупает, — по тому, как часто и как давно он покупал</translation>
    </message>
    <message>
        <source>Purchases (days with an order) the model expects in the next 90 days</source>
        <translation>Покупки (дни с заказом), которые модель ожидает в ближайшие 90 дней</translation>
    </message>
    <message>
        <source>Purchases (days with an order) the model expects in the next 365 days</source>
        <translation>Покупки (дни с заказом), которые модель ожидает в ближайшие 365 дней</translation>
    </message>
    <message>
        <source>The order value the model expects from this customer: their own repeat orders, shrunk towards the average of all customers</source>
        <translation>Сумма заказа, которую модель ожидает от клиента: его собственные повторные заказы, сглаженные к среднему по всем клиентам</translation>
    </message>
    <message>
        <source>Revenue of the customer&apos;s first 12 months after the first purchase; empty while those 12 months have not passed</source>
        <translation>Выручка с клиента за первые 12 месяцев после первой покупки; пусто, пока эти 12 месяцев не прошли</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message numerus="yes">
        <source>CLV, %n months</source>
        <translation>
            <numerusform>CLV, %n мес.</numerusform>
            <numerusform>CLV, %n мес.</numerusform>
            <numerusform>CLV, %n мес.</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <source>Purchases, 90 d</source>
        <translation>Покупки, 90 дн.</translation>
    </message>
    <message>
        <source>Purchases, 365 d</source>
        <translation>Покупки, 365 дн.</translation>
    </message>
    <message>
        <source>Expected order</source>
        <translation>Ожидаемый заказ</translation>
    </message>
    <message>
        <source>LTV 12 m</source>
        <translation>LTV 12 мес.</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>The first 12 months since this customer&apos;s first purchase have not passed yet.</source>
        <translation>С первой покупки этого клиента ещё не прошло 12 месяцев.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvEconomicsView</name>
    <message>
        <source>What stands out</source>
        <translation>Главное</translation>
    </message>
    <message>
        <source>Channel economics</source>
        <translation>Экономика каналов</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Параметры моделей</translation>
    </message>
    <message>
        <source>BG/NBD: how often customers buy and when they stop</source>
        <translation>BG/NBD: как часто клиенты покупают и когда перестают</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Shape of the purchase rates across customers: small r, very unequal rates</source>
        <translation>Форма распределения частоты покупок между клиентами: чем меньше r, тем сильнее клиенты различаются</translation>
    </message>
    <message>
        <source>α, days</source>
        <translation>α, дни</translation>
    </message>
    <message>
        <source>Scale of the purchase rates: r / α is the average number of purchases per day</source>
        <translation>Масштаб частоты покупок: r / α — среднее число покупок в день</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>With b, how likely a customer is to stop after a purchase: on average a / (a + b)</source>
        <translation>Вместе с b — насколько вероятно, что клиент перестанет покупать после покупки: в среднем a / (a + b)</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>With a, how likely a customer is to stop after a purchase: on average a / (a + b)</source>
        <translation>Вместе с a — насколько вероятно, что клиент перестанет покупать после покупки: в среднем a / (a + b)</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Логарифм правдоподобия</translation>
    </message>
    <message>
        <source>How well the fitted model explains the purchase histories; higher is better</source>
        <translation>Насколько хорошо обученная модель объясняет истории покупок; чем больше, тем лучше</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Сошлось</translation>
    </message>
    <message>
        <source>Whether the fit found a maximum it could not improve</source>
        <translation>Нашло ли обучение максимум, который уже не улучшить</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>Время обучения</translation>
    </message>
    <message>
        <source>Time the fit took</source>
        <translation>Сколько заняло обучение</translation>
    </message>
    <message>
        <source>Gamma-Gamma: how much customers spend per purchase</source>
        <translation>Gamma-Gamma: сколько клиенты тратят за покупку</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Shape of the spend of one purchase around a customer&apos;s own average</source>
        <translation>Форма разброса суммы одной покупки вокруг собственного среднего клиента</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>With γ, how customers&apos; average spends differ: the population&apos;s mean is p γ / (q − 1)</source>
        <translation>Вместе с γ — насколько различаются средние траты клиентов: среднее по всем — p γ / (q − 1)</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>With q, how customers&apos; average spends differ: the population&apos;s mean is p γ / (q − 1)</source>
        <translation>Вместе с q — насколько различаются средние траты клиентов: среднее по всем — p γ / (q − 1)</translation>
    </message>
    <message>
        <source>How well the fitted model explains the repeat buyers&apos; spend; higher is better</source>
        <translation>Насколько хорошо обученная модель объясняет траты повторных покупателей; чем больше, тем лучше</translation>
    </message>
    <message>
        <source>Nothing stands out in this run: no channel has an acquisition cost to compare with, and no 12-month history yet.</source>
        <translation>В этом расчёте нечего выделить: ни у одного канала нет стоимости привлечения для сравнения, и ещё нет истории за 12 месяцев.</translation>
    </message>
    <message numerus="yes">
        <source>%n iterations</source>
        <translation>
            <numerusform>%n итерация</numerusform>
            <numerusform>%n итерации</numerusform>
            <numerusform>%n итераций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starts</source>
        <translation>
            <numerusform>%n запуск</numerusform>
            <numerusform>%n запуска</numerusform>
            <numerusform>%n запусков</numerusform>
        </translation>
    </message>
    <message>
        <source>BG/NBD was not fitted: no customer has bought on two different days yet.</source>
        <translation>BG/NBD не обучена: ещё ни один клиент не покупал в два разных дня.</translation>
    </message>
    <message>
        <source>Gamma-Gamma was not fitted: it needs at least two customers who bought again.</source>
        <translation>Gamma-Gamma не обучена: нужны хотя бы два клиента с повторными покупками.</translation>
    </message>
    <message numerus="yes">
        <source>Fitted on %Ln customers; %1 of them bought on more than one day.</source>
        <translation>
            <numerusform>Обучено на %Ln клиенте; из них %1 покупали больше чем в один день.</numerusform>
            <numerusform>Обучено на %Ln клиентах; из них %1 покупали больше чем в один день.</numerusform>
            <numerusform>Обучено на %Ln клиентах; из них %1 покупали больше чем в один день.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvHeader</name>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers, %1 bought more than once</source>
        <translation>
            <numerusform>%Ln клиент, из них %1 покупали повторно</numerusform>
            <numerusform>%Ln клиента, из них %1 покупали повторно</numerusform>
            <numerusform>%Ln клиентов, из них %1 покупали повторно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout %n days, from %1</source>
        <translation>
            <numerusform>отложенный период %n день, с %1</numerusform>
            <numerusform>отложенный период %n дня, с %1</numerusform>
            <numerusform>отложенный период %n дней, с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout %n days (not checked)</source>
        <translation>
            <numerusform>отложенный период %n день (без проверки)</numerusform>
            <numerusform>отложенный период %n дня (без проверки)</numerusform>
            <numerusform>отложенный период %n дней (без проверки)</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over %1 at %2 discount per month</source>
        <translation>CLV на %1, дисконт %2 в месяц</translation>
    </message>
    <message>
        <source>Reading the histories %1 · fitting the models %2 · predicting %3 · history and cohorts %4 · writing %5</source>
        <translation>Чтение историй %1 · обучение моделей %2 · прогноз %3 · история и когорты %4 · запись %5</translation>
    </message>
    <message>
        <source>run %1, finished %2 in %3</source>
        <translation>расчёт %1 завершён %2 за %3</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The LTV results could not be loaded: %1</source>
        <translation>Не удалось загрузить результаты LTV: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvOverview</name>
    <message numerus="yes">
        <source>Historical LTV over the first %n months after the first purchase</source>
        <translation>
            <numerusform>Фактический LTV за первый %n месяц после первой покупки</numerusform>
            <numerusform>Фактический LTV за первые %n месяца после первой покупки</numerusform>
            <numerusform>Фактический LTV за первые %n месяцев после первой покупки</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <source>The value the model predicts for each customer over the run&apos;s horizon</source>
        <translation>Ценность, которую модель прогнозирует для каждого клиента на горизонт расчёта</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>Ценность клиента</translation>
    </message>
    <message>
        <source>How many customers brought how much. The three horizons share their buckets, so switching shows how value grows with time.</source>
        <translation>Сколько клиентов принесли сколько денег. У трёх горизонтов одни и те же интервалы, поэтому при переключении видно, как ценность растёт со временем.</translation>
    </message>
    <message>
        <source>LTV by horizon</source>
        <translation>LTV по горизонтам</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <source>Mean, median and the 75th and 90th percentiles of historical LTV after 3, 6 and 12 months; click a legend entry to hide or show it.</source>
        <translation>Среднее, медиана, 75-й и 90-й перцентили фактического LTV через 3, 6 и 12 месяцев; щёлкните пункт легенды, чтобы скрыть или показать его.</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer of each cohort, month by month</source>
        <translation>Накопленная выручка на клиента в каждой когорте по месяцам</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Share of each cohort that bought in that month</source>
        <translation>Доля когорты, купившая в этом месяце</translation>
    </message>
    <message>
        <source>Customers grouped by the month of their first purchase (rows). Empty cells are months that have not passed yet. Hover a cell for its value.</source>
        <translation>Клиенты сгруппированы по месяцу первой покупки (строки). Пустые клетки — месяцы, которые ещё не прошли. Наведите на клетку, чтобы увидеть значение.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>One line per acquisition channel, with the channel&apos;s CAC dashed</source>
        <translation>По линии на канал привлечения; пунктир — CAC канала</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>По когортам</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n acquisition months</source>
        <translation>
            <numerusform>Последний %n месяц привлечения</numerusform>
            <numerusform>Последние %n месяца привлечения</numerusform>
            <numerusform>Последние %n месяцев привлечения</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchases before the holdout</source>
        <translation>Повторные покупки до отложенного периода</translation>
    </message>
    <message>
        <source>Per customer in the holdout</source>
        <translation>На клиента в отложенном периоде</translation>
    </message>
    <message>
        <source>The model is fitted again without the last days of history and predicts them: the closer the bars of each pair, the better it forecasts.</source>
        <translation>Модель обучается заново без последних дней истории и прогнозирует их: чем ближе столбики в каждой паре, тем точнее прогноз.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>LTV curves</source>
        <translation>Кривые LTV</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message numerus="yes">
        <source>The value the model predicts for each customer over the next %n months</source>
        <translation>
            <numerusform>Ценность, которую модель прогнозирует для каждого клиента на ближайший %n месяц</numerusform>
            <numerusform>Ценность, которую модель прогнозирует для каждого клиента на ближайшие %n месяца</numerusform>
            <numerusform>Ценность, которую модель прогнозирует для каждого клиента на ближайшие %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>This run predicted no CLV (see the warnings above).</source>
        <translation>В этом расчёте нет прогноза CLV (см. предупреждения выше).</translation>
    </message>
    <message numerus="yes">
        <source>No customer has completed %1 since the first purchase yet (%Ln are on the way).</source>
        <translation>
            <numerusform>Ни у одного клиента ещё не прошло %1 с первой покупки (на подходе %Ln).</numerusform>
            <numerusform>Ни у одного клиента ещё не прошло %1 с первой покупки (на подходе %Ln).</numerusform>
            <numerusform>Ни у одного клиента ещё не прошло %1 с первой покупки (на подходе %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention by cohort: share of customers buying in each month</source>
        <translation>Удержание по когортам: доля клиентов, купивших в каждом месяце</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Накопленная выручка на клиента по когортам</translation>
    </message>
    <message>
        <source>No cohort has a month of history yet.</source>
        <translation>Ни у одной когорты ещё нет месяца истории.</translation>
    </message>
    <message>
        <source>LTV curves of the latest cohorts</source>
        <translation>Кривые LTV последних когорт</translation>
    </message>
    <message>
        <source>LTV curves by acquisition channel, with CAC</source>
        <translation>Кривые LTV по каналам привлечения и CAC</translation>
    </message>
    <message>
        <source>No customer has a full month of history yet.</source>
        <translation>Ни у одного клиента ещё нет полного месяца истории.</translation>
    </message>
    <message numerus="yes">
        <source>No holdout check in this run: the history is too short to set the last %n days aside and still learn from the rest.</source>
        <translation>
            <numerusform>В этом расчёте нет проверки на отложенном периоде: история слишком коротка, чтобы отложить последний %n день и обучиться на остальном.</numerusform>
            <numerusform>В этом расчёте нет проверки на отложенном периоде: история слишком коротка, чтобы отложить последние %n дня и обучиться на остальном.</numerusform>
            <numerusform>В этом расчёте нет проверки на отложенном периоде: история слишком коротка, чтобы отложить последние %n дней и обучиться на остальном.</numerusform>
        </translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Месяцы после первой покупки</translation>
    </message>
    <message>
        <source>Where a channel&apos;s line crosses its dashed CAC line, its customers have paid back what acquiring them cost. The last months rest on the earliest cohorts only. Click a legend entry to hide or show a channel with its CAC.</source>
        <translation>Там, где линия канала пересекает пунктир его CAC, клиенты окупили затраты на своё привлечение. Последние месяцы опираются только на самые ранние когорты. Щёлкните пункт легенды, чтобы скрыть или показать канал вместе с его CAC.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvPage</name>
    <message>
        <source>Customer lifetime value</source>
        <translation>Пожизненная ценность клиента</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Выполняется: %1 %2</translation>
    </message>
    <message>
        <source>Top customers by predicted CLV</source>
        <translation>Лучшие клиенты по прогнозу CLV</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>The last LTV run failed</source>
        <translation>Последний расчёт LTV завершился ошибкой</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Расчёт %1, запущенный %2, завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>Он ничего не сохранил. Исправьте то, о чём говорит сообщение, и нажмите «Запустить», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Запустить снова</translation>
    </message>
    <message>
        <source>No customer lifetime value yet</source>
        <translation>Пожизненная ценность клиентов ещё не рассчитана</translation>
    </message>
    <message>
        <source>Kestrel reads every customer&apos;s paid orders and works out what customers brought in their first 3, 6 and 12 months — by the month they were acquired and by acquisition channel, next to what acquiring them cost. Then it fits two models of buying behaviour (BG/NBD and Gamma-Gamma) to predict who is still active, how often each customer will buy and what they are worth in the months ahead, and checks the forecast on the last weeks of history. Press Run: the run is stored and its results appear here.</source>
        <translation>Kestrel читает оплаченные заказы каждого клиента и считает, сколько клиенты принесли за первые 3, 6 и 12 месяцев — по месяцу привлечения и по каналу привлечения, рядом с тем, во сколько обошлось их привлечение. Затем он обучает две модели покупательского поведения (BG/NBD и Gamma-Gamma), чтобы предсказать, кто ещё активен, как часто каждый клиент будет покупать и сколько он принесёт в ближайшие месяцы, и проверяет прогноз на последних неделях истории. Нажмите «Запустить»: расчёт сохранится, и его результаты появятся здесь.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the LTV results cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому результаты LTV не прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>LTV updated: %1 (run %2).</source>
        <translation>LTV обновлён: %1 (расчёт %2).</translation>
    </message>
    <message>
        <source>The values shown are still the stored ones.</source>
        <translation>На странице по-прежнему сохранённые значения.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Расчёт отменён</translation>
    </message>
    <message>
        <source>LTV calculation cancelled. %1</source>
        <translation>Расчёт LTV отменён. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Ошибка расчёта</translation>
    </message>
    <message>
        <source>LTV calculation failed: %1</source>
        <translation>Расчёт LTV не удался: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>The latest LTV run (run %1, started %2) failed: %3 The results below are from run %4.</source>
        <translation>Последний расчёт LTV (расчёт %1, запущен %2) завершился ошибкой: %3 Ниже — результаты расчёта %4.</translation>
    </message>
    <message>
        <source>No customer has a predicted CLV in this run.</source>
        <translation>В этом расчёте ни у одного клиента нет прогноза CLV.</translation>
    </message>
    <message>
        <source>This run could not predict CLV (Gamma-Gamma needs at least two customers who bought again), so there is no ranking yet.</source>
        <translation>В этом расчёте нет прогноза CLV (Gamma-Gamma нужны хотя бы два клиента с повторными покупками), поэтому рейтинга пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>The %n customers with the highest predicted value over the next %1 (run %2). Double-click a customer or press Enter to open their card.</source>
        <translation>
            <numerusform>%n клиент с наибольшей прогнозной ценностью на ближайшие %1 (расчёт %2). Дважды щёлкните клиента или нажмите Enter, чтобы открыть его карточку.</numerusform>
            <numerusform>%n клиента с наибольшей прогнозной ценностью на ближайшие %1 (расчёт %2). Дважды щёлкните клиента или нажмите Enter, чтобы открыть его карточку.</numerusform>
            <numerusform>%n клиентов с наибольшей прогнозной ценностью на ближайшие %1 (расчёт %2). Дважды щёлкните клиента или нажмите Enter, чтобы открыть его карточку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvRunBar</name>
    <message>
        <source> mo.</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Predict each customer&apos;s value over this many months ahead (1 to 120).</source>
        <translation>Прогнозировать ценность каждого клиента на столько месяцев вперёд (от 1 до 120).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Money next month is worth this much less than today: future purchases are discounted by this rate per month (0 to 50 %).</source>
        <translation>Деньги через месяц стоят на столько меньше, чем сегодня: будущие покупки дисконтируются по этой ставке в месяц (от 0 до 50 %).</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The model is fitted again on the history before the last N days and checked against what customers did in those days (7 to 730). Auto: a quarter of the history, 7 to 90 days.</source>
        <translation>Модель обучается заново на истории без последних N дней и сверяется с тем, что клиенты сделали за эти дни (от 7 до 730). Авто: четверть истории, от 7 до 90 дней.</translation>
    </message>
    <message>
        <source>Calculate historical and predicted LTV for every customer; the result is stored as a new run.</source>
        <translation>Рассчитать фактический и прогнозный LTV для каждого клиента; результат сохраняется как новый расчёт.</translation>
    </message>
    <message>
        <source>Stop the run; the values stored before stay.</source>
        <translation>Остановить расчёт; сохранённые ранее значения останутся.</translation>
    </message>
    <message>
        <source>CLV horizon</source>
        <translation>Горизонт CLV</translation>
    </message>
    <message>
        <source>Discount per month</source>
        <translation>Дисконт в месяц</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>Отложенный период</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvSummaryTiles</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Users with a paid, shipped or delivered order before the as-of date.</source>
        <translation>Пользователи с оплаченным, отправленным или доставленным заказом до даты среза.</translation>
    </message>
    <message>
        <source>Mean 12-month LTV</source>
        <translation>Средний LTV за 12 мес.</translation>
    </message>
    <message>
        <source>Average revenue of a customer&apos;s first 12 months after the first purchase, over the customers for whom those 12 months have passed.</source>
        <translation>Средняя выручка с клиента за первые 12 месяцев после первой покупки — по клиентам, у которых эти 12 месяцев уже прошли.</translation>
    </message>
    <message>
        <source>Median 12-month LTV</source>
        <translation>Медианный LTV за 12 мес.</translation>
    </message>
    <message>
        <source>Half of the customers whose first 12 months have passed brought less than this in those months, half more.</source>
        <translation>Половина клиентов, у которых прошли первые 12 месяцев, принесла за эти месяцы меньше этой суммы, половина — больше.</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <source>Average value a customer is expected to bring over the horizon, discounted monthly: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma).</source>
        <translation>Средняя ценность, которую клиент, как ожидается, принесёт за горизонт, с помесячным дисконтированием: ожидаемые покупки (BG/NBD), умноженные на ожидаемую сумму заказа (Gamma-Gamma).</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Средняя P(активен)</translation>
    </message>
    <message>
        <source>The average chance that a customer is still buying, judged from how often and how recently each bought.</source>
        <translation>Средняя вероятность того, что клиент ещё покупает, — по тому, как часто и как давно покупал каждый.</translation>
    </message>
    <message>
        <source>Purchases in 90 days</source>
        <translation>Покупки за 90 дней</translation>
    </message>
    <message>
        <source>Purchases (days with an order) the model expects from all customers together in the next 90 days.</source>
        <translation>Покупки (дни с заказом), которые модель ожидает от всех клиентов вместе в ближайшие 90 дней.</translation>
    </message>
    <message>
        <source>Top 10% share</source>
        <translation>Доля топ-10%</translation>
    </message>
    <message>
        <source>Share of the 12-month revenue brought by the 10% of customers with the highest 12-month LTV.</source>
        <translation>Доля выручки за 12 месяцев, которую принесли 10% клиентов с наибольшим LTV за 12 месяцев.</translation>
    </message>
    <message>
        <source>%1 repeat buyers (%2)</source>
        <translation>%1 повторных покупателей (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without 12 months yet</source>
        <translation>
            <numerusform>%Ln — ещё без 12 месяцев</numerusform>
            <numerusform>%Ln — ещё без 12 месяцев</numerusform>
            <numerusform>%Ln — ещё без 12 месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln customers</source>
        <translation>
            <numerusform>по %Ln клиенту</numerusform>
            <numerusform>по %Ln клиентам</numerusform>
            <numerusform>по %Ln клиентам</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly %1; total %2</source>
        <translation>Точно: %1; всего %2</translation>
    </message>
    <message>
        <source>No customer has completed 12 months since the first purchase yet.</source>
        <translation>Ни у одного клиента ещё не прошло 12 месяцев с первой покупки.</translation>
    </message>
    <message>
        <source>middle half %1–%2</source>
        <translation>средняя половина %1–%2</translation>
    </message>
    <message>
        <source>per customer over %1 · total %2</source>
        <translation>на клиента за %1 · всего %2</translation>
    </message>
    <message>
        <source>Exactly %1 per customer, %2 in total; median %3</source>
        <translation>Точно: %1 на клиента, всего %2; медиана %3</translation>
    </message>
    <message>
        <source>not predicted in this run (see the warnings)</source>
        <translation>в этом расчёте нет прогноза (см. предупреждения)</translation>
    </message>
    <message>
        <source>the average over all customers</source>
        <translation>среднее по всем клиентам</translation>
    </message>
    <message>
        <source>30 d: %1 · 365 d: %2</source>
        <translation>30 дн.: %1 · 365 дн.: %2</translation>
    </message>
    <message>
        <source>no repeat purchases to learn from</source>
        <translation>нет повторных покупок для обучения</translation>
    </message>
    <message>
        <source>of the 12-month revenue</source>
        <translation>выручки за 12 месяцев</translation>
    </message>
    <message>
        <source>no customer has 12 months yet</source>
        <translation>ни у кого ещё нет 12 месяцев</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvTexts</name>
    <message>
        <source>Organic</source>
        <translation>Органика</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Платный поиск</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-month LTV</source>
        <translation>LTV за %1 мес.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1-й месяц</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 мс</translation>
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
    <message>
        <source>Loads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>Imports of CSV and JSON files, their rejects and rollback</source>
        <translation>Импорт файлов CSV и JSON, отклонённые строки и откат</translation>
    </message>
    <message>
        <source>Kestrel — %1</source>
        <translation>Kestrel — %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Retrying… The pages reload by themselves when the server is back.</source>
        <translation>Соединение с базой данных потеряно. Повторяем… Страницы перезагрузятся сами, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Customer segments by k-means or DBSCAN: sizes, revenue, profiles</source>
        <translation>Сегменты клиентов методом k-средних или DBSCAN: размеры, выручка, профили</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Скоринг</translation>
    </message>
    <message>
        <source>Who is likely to buy and who is at risk of churning, with the reasons</source>
        <translation>Кто скорее всего купит и кому грозит отток — с причинами</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Customer lifetime value: history by cohort and channel, CAC and payback, predicted CLV</source>
        <translation>Пожизненная ценность клиента: история по когортам и каналам, CAC и окупаемость, прогноз CLV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Every customer with scores and values: search, filter, sort, export; open a card</source>
        <translation>Все клиенты с оценками и ценностью: поиск, фильтры, сортировка, экспорт, карточка клиента</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Price elasticity of demand per category and product, with a price-demand chart</source>
        <translation>Эластичность спроса по цене по категориям и товарам, с графиком «цена — спрос»</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Products for every customer with the reason, and how good the lists are</source>
        <translation>Товары для каждого клиента с причиной и качество списков</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Аномалии</translation>
    </message>
    <message>
        <source>Days on which revenue, orders, new users, conversion or events left their usual range, to accept or dismiss</source>
        <translation>Дни, когда выручка, заказы, новые пользователи, конверсия или события вышли за обычные пределы: принять или отклонить</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ModelJobs</name>
    <message>
        <source>Segmenting customers</source>
        <translation>Сегментация клиентов</translation>
    </message>
    <message numerus="yes">
        <source>%n segments of %1 users</source>
        <translation>
            <numerusform>%n сегмент, клиентов: %1</numerusform>
            <numerusform>%n сегмента, клиентов: %1</numerusform>
            <numerusform>%n сегментов, клиентов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The job failed without a message; see the log.</source>
        <translation>Задача завершилась с ошибкой без сообщения; подробности в журнале.</translation>
    </message>
    <message>
        <source>Scoring churn risk</source>
        <translation>Скоринг риска оттока</translation>
    </message>
    <message>
        <source>Scoring purchase propensity</source>
        <translation>Скоринг вероятности покупки</translation>
    </message>
    <message>
        <source>%1 users scored, ROC-AUC %2</source>
        <translation>оценено клиентов: %1, ROC-AUC %2</translation>
    </message>
    <message>
        <source>Calculating customer lifetime value</source>
        <translation>Расчёт пожизненной ценности клиентов</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, mean predicted CLV %2 over %n months</source>
        <translation>
            <numerusform>%1 клиентов, средний прогноз CLV %2 на %n месяц</numerusform>
            <numerusform>%1 клиентов, средний прогноз CLV %2 на %n месяца</numerusform>
            <numerusform>%1 клиентов, средний прогноз CLV %2 на %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers, historical LTV only</source>
        <translation>%1 клиентов, только фактический LTV</translation>
    </message>
    <message>
        <source>Estimating price elasticities</source>
        <translation>Оценка эластичности по цене</translation>
    </message>
    <message>
        <source>%1 of %2 categories and %3 of %4 products reliable</source>
        <translation>надёжны %1 из %2 категорий и %3 из %4 товаров</translation>
    </message>
    <message>
        <source>Recommending products</source>
        <translation>Подбор рекомендаций</translation>
    </message>
    <message>
        <source>%1 users, %2 products recommended (%3 of the catalogue)</source>
        <translation>пользователей: %1, рекомендовано товаров: %2 (%3 каталога)</translation>
    </message>
    <message>
        <source>Evaluating the recommender on %1</source>
        <translation>Проверка рекомендателя на %1</translation>
    </message>
    <message>
        <source>hybrid NDCG@%1 %2, plain popularity %3</source>
        <translation>NDCG@%1 гибрида %2, простой популярности %3</translation>
    </message>
    <message>
        <source>Checking daily metrics for anomalies</source>
        <translation>Поиск аномалий в дневных показателях</translation>
    </message>
    <message numerus="yes">
        <source>%n anomalous days, %1 new</source>
        <translation>
            <numerusform>%n аномальный день, новых: %1</numerusform>
            <numerusform>%n аномальных дня, новых: %1</numerusform>
            <numerusform>%n аномальных дней, новых: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepting %n anomalies</source>
        <translation>
            <numerusform>Принятие %n аномалии</numerusform>
            <numerusform>Принятие %n аномалий</numerusform>
            <numerusform>Принятие %n аномалий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissing %n anomalies</source>
        <translation>
            <numerusform>Отклонение %n аномалии</numerusform>
            <numerusform>Отклонение %n аномалий</numerusform>
            <numerusform>Отклонение %n аномалий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning %n anomalies to review</source>
        <translation>
            <numerusform>Возврат %n аномалии на проверку</numerusform>
            <numerusform>Возврат %n аномалий на проверку</numerusform>
            <numerusform>Возврат %n аномалий на проверку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies accepted</source>
        <translation>
            <numerusform>Принята %n аномалия</numerusform>
            <numerusform>Приняты %n аномалии</numerusform>
            <numerusform>Принято %n аномалий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies dismissed</source>
        <translation>
            <numerusform>Отклонена %n аномалия</numerusform>
            <numerusform>Отклонены %n аномалии</numerusform>
            <numerusform>Отклонено %n аномалий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies back to review</source>
        <translation>
            <numerusform>%n аномалия возвращена на проверку</numerusform>
            <numerusform>%n аномалии возвращены на проверку</numerusform>
            <numerusform>%n аномалий возвращены на проверку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PreviewPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Проверка столбцов</translation>
    </message>
    <message>
        <source>How the file is read, its first rows, and the field each column goes into. Pick “— ignore —” for a column you do not want to import.</source>
        <translation>Как читается файл, его первые строки и поле, в которое попадает каждый столбец. Выберите «— пропустить —» для столбца, который не нужно импортировать.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1251</source>
        <translation>Windows-1251</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Строка в файле</translation>
    </message>
    <message>
        <source>Fields of the table</source>
        <translation>Поля таблицы</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Auto — %1</source>
        <translation>Авто — %1</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>разделитель %1</translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n столбец</numerusform>
            <numerusform>%n столбца</numerusform>
            <numerusform>%n столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n rows shown</source>
        <translation>
            <numerusform>показана первая %n строка</numerusform>
            <numerusform>показаны первые %n строки</numerusform>
            <numerusform>показаны первые %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read with these settings.</source>
        <translation>Файл не удаётся прочитать с этими настройками.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, обязательное</translation>
    </message>
    <message>
        <source>The field column “%1” goes into</source>
        <translation>Поле, в которое попадает столбец «%1»</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose a column for each, or go back and pick another table.</source>
        <translation>Обязательные поля без столбца: %1. Выберите столбец для каждого или вернитесь назад и выберите другую таблицу.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Не импортируются: %1.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingChart</name>
    <message>
        <source>%1: elasticity %2 (95% interval %3)</source>
        <translation>%1: эластичность %2 (95% интервал %3)</translation>
    </message>
    <message>
        <source>%1: no elasticity (%2)</source>
        <translation>%1: эластичность не оценена (%2)</translation>
    </message>
    <message>
        <source>Price (log scale)</source>
        <translation>Цена (лог. шкала)</translation>
    </message>
    <message>
        <source>Price index, 1 = usual prices (log scale)</source>
        <translation>Индекс цен, 1 = обычные цены (лог. шкала)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <source>Week of %1: %2 units at %3</source>
        <translation>Неделя с %1: %2 шт. по цене %3</translation>
    </message>
    <message>
        <source>Week of %1: %2 units at price index %3</source>
        <translation>Неделя с %1: %2 шт. при индексе цен %3</translation>
    </message>
    <message>
        <source>Fitted, elasticity %1</source>
        <translation>Модель, эластичность %1</translation>
    </message>
    <message>
        <source>Units per week (log)</source>
        <translation>Штук в неделю (лог.)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingHeader</name>
    <message>
        <source>Median elasticity</source>
        <translation>Медианная эластичность</translation>
    </message>
    <message>
        <source>of the reliable categories</source>
        <translation>по надёжным категориям</translation>
    </message>
    <message>
        <source>Reliable categories</source>
        <translation>Надёжные категории</translation>
    </message>
    <message>
        <source>Categories whose estimate passed every check (enough weeks, price changes, a narrow interval, a sensible sign and fit), each from all its products together</source>
        <translation>Категории, оценка которых прошла все проверки (достаточно недель и изменений цены, узкий интервал, разумный знак и качество модели); каждая — по всем своим товарам вместе</translation>
    </message>
    <message>
        <source>all products together</source>
        <translation>все товары вместе</translation>
    </message>
    <message>
        <source>Reliable products</source>
        <translation>Надёжные товары</translation>
    </message>
    <message>
        <source>Products with enough weeks of sales for an estimate of their own that passed every check</source>
        <translation>Товары, у которых хватает недель продаж для собственной оценки, прошедшей все проверки</translation>
    </message>
    <message>
        <source>Weeks analysed</source>
        <translation>Недель в анализе</translation>
    </message>
    <message>
        <source>Whole weeks (Monday to Sunday, UTC) of paid, shipped and delivered orders</source>
        <translation>Полные недели (с понедельника по воскресенье, UTC) оплаченных, отправленных и доставленных заказов</translation>
    </message>
    <message>
        <source>Mon–Sun, UTC</source>
        <translation>пн–вс, UTC</translation>
    </message>
    <message>
        <source>Weeks %1 to %2</source>
        <translation>Недели с %1 по %2</translation>
    </message>
    <message>
        <source>run %1, finished %2 in %3</source>
        <translation>расчёт %1 завершён %2 за %3</translation>
    </message>
    <message>
        <source>%1 product-weeks with sales; %2 weeks without sales left out</source>
        <translation>товаро-недель с продажами: %1; исключено недель без продаж: %2</translation>
    </message>
    <message>
        <source>%1 weeks priced by the average paid price (no price history)</source>
        <translation>недель с ценой по средней оплаченной (нет истории цен): %1</translation>
    </message>
    <message>
        <source>Log-log regression of weekly units on the price in effect, with product fixed effects, a trend and seasonal controls; heteroskedasticity-robust (HC1) 95% intervals.</source>
        <translation>Регрессия логарифма недельных продаж в штуках на логарифм действовавшей цены с фиксированными эффектами товаров, трендом и сезонными переменными; 95% интервалы по устойчивым к гетероскедастичности ошибкам (HC1).</translation>
    </message>
    <message>
        <source>no category estimate is reliable yet</source>
        <translation>пока нет ни одной надёжной оценки категории</translation>
    </message>
    <message>
        <source>The middle of the reliable categories&apos; elasticities: how strongly demand answers price in this shop</source>
        <translation>Середина эластичностей надёжных категорий: насколько сильно спрос в этом магазине отвечает на цену</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>sold in %n weeks or more</source>
        <translation>
            <numerusform>продажи не менее %n недели</numerusform>
            <numerusform>продажи не менее %n недель</numerusform>
            <numerusform>продажи не менее %n недель</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The price elasticities could not be loaded: %1</source>
        <translation>Не удалось загрузить эластичность по цене: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingPage</name>
    <message>
        <source>Price elasticity</source>
        <translation>Эластичность по цене</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Выполняется: %1 %2</translation>
    </message>
    <message>
        <source>Categories and products</source>
        <translation>Категории и товары</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Only reliable</source>
        <translation>Только надёжные</translation>
    </message>
    <message>
        <source>Hide the estimates flagged as unreliable</source>
        <translation>Скрыть оценки, помеченные как ненадёжные</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>The last price elasticity run failed</source>
        <translation>Последний расчёт эластичности по цене завершился ошибкой</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Расчёт %1, запущенный %2, завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>Он ничего не сохранил. Исправьте то, о чём говорит сообщение, и нажмите «Запустить», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Запустить снова</translation>
    </message>
    <message>
        <source>No price elasticities yet</source>
        <translation>Эластичность по цене ещё не рассчитана</translation>
    </message>
    <message>
        <source>Kestrel adds up the units of every product sold in every week, takes the price in effect that week from the price history and measures how much demand moves when the price moves — for each category (all its products together) and for each product with enough weeks of sales — with the trend and the season taken out. Each estimate comes with its 95% interval and a warning when it should not be used. Press Run: the run is stored and its results appear here.</source>
        <translation>Kestrel суммирует проданные штуки каждого товара по неделям, берёт из истории цен цену, действовавшую на неделе, и измеряет, насколько меняется спрос при изменении цены, — для каждой категории (все её товары вместе) и для каждого товара с достаточным числом недель продаж, без тренда и сезонности. У каждой оценки есть 95-процентный интервал и предупреждение, если ею не стоит пользоваться. Нажмите «Запустить»: расчёт сохранится, и его результаты появятся здесь.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the price elasticities cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому эластичность по цене не прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Price elasticities updated: %1 (run %2).</source>
        <translation>Эластичность по цене обновлена: %1 (расчёт %2).</translation>
    </message>
    <message>
        <source>The estimates shown are still the stored ones.</source>
        <translation>На странице по-прежнему сохранённые оценки.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Расчёт отменён</translation>
    </message>
    <message>
        <source>Price elasticity run cancelled. %1</source>
        <translation>Расчёт эластичности по цене отменён. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Ошибка расчёта</translation>
    </message>
    <message>
        <source>Price elasticity run failed: %1</source>
        <translation>Расчёт эластичности по цене не удался: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>The latest price elasticity run (run %1, started %2) failed: %3 The estimates below are from run %4.</source>
        <translation>Последний расчёт эластичности по цене (расчёт %1, запущенный %2) завершился ошибкой: %3 Ниже — оценки расчёта %4.</translation>
    </message>
    <message>
        <source>No estimate matches the filters</source>
        <translation>Нет оценок, подходящих под фильтры</translation>
    </message>
    <message>
        <source>No weeks with sales to show</source>
        <translation>Нет недель с продажами</translation>
    </message>
    <message>
        <source>Each dot is a week: the product&apos;s price in effect and the units sold. The line has the estimated elasticity as its slope.</source>
        <translation>Каждая точка — неделя: действовавшая цена товара и проданные штуки. Наклон линии — оценённая эластичность.</translation>
    </message>
    <message>
        <source>Each dot is a week: a price index (the category&apos;s prices against each product&apos;s usual price, weighted by units; 1 = usual) and the category&apos;s units. The line has the estimated elasticity as its slope.</source>
        <translation>Каждая точка — неделя: индекс цен (цены категории относительно обычной цены каждого товара, с весами по штукам; 1 — обычные цены) и продажи категории в штуках. Наклон линии — оценённая эластичность.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingRunBar</name>
    <message>
        <source>Own estimate for products with</source>
        <translation>Своя оценка для товаров, у которых</translation>
    </message>
    <message>
        <source> weeks of sales</source>
        <translation> нед. продаж</translation>
    </message>
    <message>
        <source>A product gets its own elasticity when it sold in at least this many weeks, at two or more prices (2 to 520). Every category gets one from all its products.</source>
        <translation>Товар получает собственную эластичность, если продавался не менее чем в стольких неделях и по двум или более ценам (от 2 до 520). Каждая категория получает оценку по всем своим товарам.</translation>
    </message>
    <message>
        <source>Estimate the price elasticity of every category and of products with enough weeks of sales; the result is stored as a new run.</source>
        <translation>Оценить эластичность по цене для каждой категории и для товаров с достаточным числом недель продаж; результат сохраняется как новый расчёт.</translation>
    </message>
    <message>
        <source>Stop the run; the estimates stored before stay.</source>
        <translation>Остановить расчёт; сохранённые ранее оценки останутся.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingTexts</name>
    <message>
        <source>Reliable</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Few observations</source>
        <translation>Мало наблюдений</translation>
    </message>
    <message>
        <source>Little price variation</source>
        <translation>Мало изменений цены</translation>
    </message>
    <message>
        <source>Interval too wide</source>
        <translation>Широкий интервал</translation>
    </message>
    <message>
        <source>Demand rises with price</source>
        <translation>Спрос растёт с ценой</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>Модель объясняет мало</translation>
    </message>
    <message>
        <source>Enough weeks and price changes, a narrow 95% interval and a fit that explains a fair share of the weekly ups and downs: the estimate can be used for pricing decisions.</source>
        <translation>Достаточно недель и изменений цены, узкий 95% интервал, и модель объясняет заметную часть недельных колебаний: оценкой можно пользоваться при решениях о ценах.</translation>
    </message>
    <message>
        <source>Fewer than 30 product-weeks with sales or fewer than 8 different weeks: too little data to tell the price effect from chance. Use a longer period or look at the category.</source>
        <translation>Меньше 30 товаро-недель с продажами или меньше 8 разных недель: данных слишком мало, чтобы отличить влияние цены от случайности. Возьмите период длиннее или смотрите на категорию.</translation>
    </message>
    <message>
        <source>The price hardly changed (fewer than 3 price levels, or changes of under about 2%): demand cannot be compared at different prices, so the slope says little.</source>
        <translation>Цена почти не менялась (меньше 3 уровней цены или изменения меньше примерно 2%): спрос не сравнить при разных ценах, поэтому наклон мало что говорит.</translation>
    </message>
    <message>
        <source>The 95% interval is wider than 2: the data agree with very different price responses. Sales are too noisy or too thin for a firm number.</source>
        <translation>95% интервал шире 2: данные согласуются с очень разной реакцией на цену. Продажи слишком шумные или слишком редкие для твёрдого числа.</translation>
    </message>
    <message>
        <source>Demand rose together with price, clearly. That is not how prices work: something else moved with the price (promotion timing, stock, marketing). Do not use it as an elasticity.</source>
        <translation>Спрос явно рос вместе с ценой. Цены так не работают: вместе с ценой менялось что-то ещё (сроки акций, наличие, реклама). Не используйте это как эластичность.</translation>
    </message>
    <message>
        <source>Price, trend and season explain under 5% of the week-to-week changes in units: the estimate is precise but other causes dominate demand.</source>
        <translation>Цена, тренд и сезонность объясняют меньше 5% недельных изменений продаж: оценка точная, но спрос определяют другие причины.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>a 10% higher price leaves units sold about the same</source>
        <translation>при цене на 10% выше продажи в штуках почти не меняются</translation>
    </message>
    <message>
        <source>a 10% higher price sells about %1% fewer units</source>
        <translation>при цене на 10% выше продаётся примерно на %1% меньше штук</translation>
    </message>
    <message>
        <source>a 10% higher price sells about %1% more units</source>
        <translation>при цене на 10% выше продаётся примерно на %1% больше штук</translation>
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
    <name>kestrel::ui::RecommendChartData</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>%1 recommendations (%2 of all)</source>
        <translation>рекомендаций: %1 (%2 от всех)</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Precision@%1</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <source>MAP@%1</source>
        <translation>MAP@%1</translation>
    </message>
    <message>
        <source>Of the first %1 products on a list, the share the user then bought</source>
        <translation>Доля товаров из первых %1 в списке, которые пользователь потом купил</translation>
    </message>
    <message>
        <source>Of the products a user bought in the test period, the share found in the first %1</source>
        <translation>Доля купленных в проверочный период товаров, найденных среди первых %1</translation>
    </message>
    <message>
        <source>Like recall, but a hit near the top of the list counts more (1 = every purchase at the top)</source>
        <translation>Как полнота, но попадание ближе к началу списка весит больше (1 — все покупки в самом верху)</translation>
    </message>
    <message>
        <source>Mean average precision: the precision at each hit in the first %1, averaged</source>
        <translation>Средняя точность: точность в каждом попадании среди первых %1, усреднённая</translation>
    </message>
    <message>
        <source>Catalogue coverage</source>
        <translation>Покрытие каталога</translation>
    </message>
    <message>
        <source>%1 of the catalogue</source>
        <translation>%1 каталога</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendEvaluationModel</name>
    <message>
        <source>Precision@%1: of the first %1 products on a list, the share the user then bought</source>
        <translation>Precision@%1 (точность): доля товаров из первых %1 в списке, которые пользователь потом купил</translation>
    </message>
    <message>
        <source>Recall@%1: of the products a user bought in the test period, the share found in the first %1</source>
        <translation>Recall@%1 (полнота): доля купленных в проверочный период товаров, найденных среди первых %1</translation>
    </message>
    <message>
        <source>NDCG@%1: like recall, but a hit near the top of the list counts more</source>
        <translation>NDCG@%1: как полнота, но попадание ближе к началу списка весит больше</translation>
    </message>
    <message>
        <source>MAP@%1: the precision at each hit in the first %1, averaged</source>
        <translation>MAP@%1: точность в каждом попадании среди первых %1, усреднённая</translation>
    </message>
    <message>
        <source>Distinct products recommended to the test users, out of the products seen in training</source>
        <translation>Разные товары, рекомендованные проверочным пользователям, из встреченных при обучении</translation>
    </message>
    <message>
        <source>Test users whose lists were scored</source>
        <translation>Проверочные пользователи, чьи списки оценены</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>P@%1</source>
        <translation>P@%1</translation>
    </message>
    <message>
        <source>R@%1</source>
        <translation>R@%1</translation>
    </message>
    <message>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <source>MAP@%1</source>
        <translation>MAP@%1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendEvaluationPanel</name>
    <message>
        <source>Offline evaluation</source>
        <translation>Офлайн-проверка</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Эта база</translation>
    </message>
    <message>
        <source>The evaluation the run made on this database&apos;s own history</source>
        <translation>Проверка, сделанная расчётом на истории этой базы</translation>
    </message>
    <message>
        <source>Transactions file</source>
        <translation>Файл транзакций</translation>
    </message>
    <message>
        <source>Evaluate a transactions file first</source>
        <translation>Сначала проверьте файл транзакций</translation>
    </message>
    <message>
        <source>Evaluate a transactions file…</source>
        <translation>Проверить на файле транзакций…</translation>
    </message>
    <message>
        <source>Measure the same recommender on a CSV of purchases (user, product, time), e.g. an export of another shop; nothing is written to the database.</source>
        <translation>Проверить тот же рекомендатель на CSV покупок (пользователь, товар, время), например на выгрузке другого магазина; в базу ничего не записывается.</translation>
    </message>
    <message>
        <source>Hybrid NDCG vs popularity</source>
        <translation>NDCG гибрида к популярности</translation>
    </message>
    <message>
        <source>The hybrid&apos;s NDCG against plain popularity&apos;s (the all-time best sellers for everyone): ×1.5 means its lists put what users then bought 50% better near the top.</source>
        <translation>NDCG гибрида относительно простой популярности (одни и те же хиты продаж для всех): ×1,5 значит, что его списки на 50 % лучше поднимают наверх то, что пользователи потом купили.</translation>
    </message>
    <message>
        <source>Hybrid precision</source>
        <translation>Точность гибрида</translation>
    </message>
    <message>
        <source>Of the products on the hybrid&apos;s lists, the share the users then bought.</source>
        <translation>Доля товаров из списков гибрида, которые пользователи потом купили.</translation>
    </message>
    <message>
        <source>Cut date</source>
        <translation>Дата разреза</translation>
    </message>
    <message>
        <source>The models learn from everything before this day and are tested on purchases from it on.</source>
        <translation>Модели учатся на всём, что было до этого дня, и проверяются на покупках начиная с него.</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Проверочные пользователи</translation>
    </message>
    <message>
        <source>Users who bought something on or after the cut date: the lists are scored against what they bought.</source>
        <translation>Пользователи, купившие что-то в дату разреза или позже: списки сравниваются с тем, что они купили.</translation>
    </message>
    <message>
        <source>Mean over the test users</source>
        <translation>Среднее по проверочным пользователям</translation>
    </message>
    <message>
        <source>Higher is better for every measure. Click a legend entry to hide or show a model.</source>
        <translation>Для всех мер чем больше, тем лучше. Щёлкните по записи легенды, чтобы скрыть или показать модель.</translation>
    </message>
    <message>
        <source>Catalogue coverage</source>
        <translation>Покрытие каталога</translation>
    </message>
    <message>
        <source>Share of the products seen in training</source>
        <translation>Доля товаров, встреченных при обучении</translation>
    </message>
    <message>
        <source>How much of the catalogue each model&apos;s lists use: popularity shows everybody the same few products, a personal model spreads over more of them.</source>
        <translation>Какую часть каталога используют списки каждой модели: популярность показывает всем одни и те же несколько товаров, персональная модель охватывает больше.</translation>
    </message>
    <message>
        <source>The evaluation of %1</source>
        <translation>Проверка на %1</translation>
    </message>
    <message>
        <source>No file evaluated yet.</source>
        <translation>Файл ещё не проверялся.</translation>
    </message>
    <message>
        <source>No recommender run in this database yet: press Run, or evaluate a transactions file.</source>
        <translation>В этой базе ещё не было расчёта рекомендаций: нажмите «Запустить» или проверьте файл транзакций.</translation>
    </message>
    <message>
        <source>This run stored no evaluation.</source>
        <translation>Этот расчёт не сохранил проверку.</translation>
    </message>
    <message>
        <source>No evaluation in this run: %1</source>
        <translation>В этом расчёте нет проверки: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 purchases, %4 returns; %5 users and %6 products; purchases from %7 to %8.</source>
        <translation>%1: строк — %2, покупок — %3, возвратов — %4; пользователей — %5, товаров — %6; покупки с %7 по %8.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows without a user were skipped.</source>
        <translation>
            <numerusform>Пропущена %Ln строка без пользователя.</numerusform>
            <numerusform>Пропущены %Ln строки без пользователя.</numerusform>
            <numerusform>Пропущено %Ln строк без пользователя.</numerusform>
        </translation>
    </message>
    <message>
        <source>The content part had no product attributes in this file.</source>
        <translation>Контентной части не хватило атрибутов товаров: в файле их нет.</translation>
    </message>
    <message>
        <source>The content part used: %1.</source>
        <translation>Контентная часть использовала: %1.</translation>
    </message>
    <message>
        <source>Evaluated in %1.</source>
        <translation>Проверено за %1.</translation>
    </message>
    <message numerus="yes">
        <source>Trained on this database&apos;s history before %1 and tested on what %2 users bought from then on; the first %n products of every list count.</source>
        <translation>
            <numerusform>Обучено на истории этой базы до %1 и проверено на том, что %2 польз. купили после; учитывается первый %n товар каждого списка.</numerusform>
            <numerusform>Обучено на истории этой базы до %1 и проверено на том, что %2 польз. купили после; учитываются первые %n товара каждого списка.</numerusform>
            <numerusform>Обучено на истории этой базы до %1 и проверено на том, что %2 польз. купили после; учитываются первые %n товаров каждого списка.</numerusform>
        </translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>NDCG@%1 %2 vs %3</source>
        <translation>NDCG@%1: %2 против %3</translation>
    </message>
    <message>
        <source>NDCG@%1 %2; popularity found nothing</source>
        <translation>NDCG@%1: %2; популярность не угадала ничего</translation>
    </message>
    <message>
        <source>at %1; recall %2</source>
        <translation>на %1; полнота %2</translation>
    </message>
    <message numerus="yes">
        <source>the last %n days are the test</source>
        <translation>
            <numerusform>последний %n день — проверка</numerusform>
            <numerusform>последние %n дня — проверка</numerusform>
            <numerusform>последние %n дней — проверка</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen for this evaluation</source>
        <translation>выбрана для этой проверки</translation>
    </message>
    <message>
        <source>%1 of them new before the cut</source>
        <translation>из них новых до разреза: %1</translation>
    </message>
    <message>
        <source>%1 purchases to find</source>
        <translation>покупок угадать: %1</translation>
    </message>
    <message>
        <source>Ranking quality on %1 (top %2)</source>
        <translation>Качество ранжирования на %1 (топ %2)</translation>
    </message>
    <message>
        <source>Ranking quality on this database (top %1)</source>
        <translation>Качество ранжирования на этой базе (топ %1)</translation>
    </message>
    <message>
        <source>Catalogue coverage on %1</source>
        <translation>Покрытие каталога на %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendFileDialog</name>
    <message>
        <source>User *</source>
        <translation>Пользователь *</translation>
    </message>
    <message>
        <source>Product *</source>
        <translation>Товар *</translation>
    </message>
    <message>
        <source>Time *</source>
        <translation>Время *</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Who bought: a customer id (any text; rows without one are skipped)</source>
        <translation>Кто купил: id клиента (любой текст; строки без него пропускаются)</translation>
    </message>
    <message>
        <source>What was bought: a product id or code</source>
        <translation>Что купили: id или код товара</translation>
    </message>
    <message>
        <source>When: 2011-12-09 12:50, 12/9/2011 12:50 or 09.12.2011 12:50</source>
        <translation>Когда: 2011-12-09 12:50, 12/9/2011 12:50 или 09.12.2011 12:50</translation>
    </message>
    <message>
        <source>Units on the line; a line with 0 or less is a return, not a purchase</source>
        <translation>Штук в строке; строка с 0 или меньше — возврат, а не покупка</translation>
    </message>
    <message>
        <source>The unit price: the content part compares products by price band</source>
        <translation>Цена за единицу: контентная часть сравнивает товары по ценовому диапазону</translation>
    </message>
    <message>
        <source>The product&apos;s category: the content part and &quot;popular in category&quot; use it</source>
        <translation>Категория товара: её используют контентная часть и «популярно в категории»</translation>
    </message>
    <message>
        <source>Evaluate a transactions file</source>
        <translation>Проверка на файле транзакций</translation>
    </message>
    <message>
        <source>A CSV file of purchase lines (one row per product bought: who, what, when), plain or gzip-compressed. The recommender learns from the purchases before the cut date and is tested on what each user bought from then on. Nothing is written to the database.</source>
        <translation>CSV-файл строк покупок (одна строка на купленный товар: кто, что, когда), обычный или сжатый gzip. Рекомендатель учится на покупках до даты разреза и проверяется на том, что каждый пользователь купил после неё. В базу ничего не записывается.</translation>
    </message>
    <message>
        <source>transactions.csv or .csv.gz</source>
        <translation>transactions.csv или .csv.gz</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Cut at</source>
        <translation>Разрез</translation>
    </message>
    <message>
        <source>Unchecked: the last 30 days of purchases are the test.</source>
        <translation>Если не отмечено, проверкой служат последние 30 дней покупок.</translation>
    </message>
    <message numerus="yes">
        <source>Lists of %n products and a half-life of %1 days, as in the run bar.</source>
        <translation>
            <numerusform>Списки по %n товару и полураспад %1 дн., как в панели запуска.</numerusform>
            <numerusform>Списки по %n товара и полураспад %1 дн., как в панели запуска.</numerusform>
            <numerusform>Списки по %n товаров и полураспад %1 дн., как в панели запуска.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel evaluation</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(выберите столбец)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Transactions file</source>
        <translation>Файл транзакций</translation>
    </message>
    <message>
        <source>Transactions (*.csv *.csv.gz *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Транзакции (*.csv *.csv.gz *.tsv *.txt *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are not read yet.</source>
        <translation>Столбцы файла ещё не прочитаны.</translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation>Выберите столбец для: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendHeader</name>
    <message>
        <source>reading the data</source>
        <translation>чтение данных</translation>
    </message>
    <message>
        <source>fitting the model</source>
        <translation>обучение модели</translation>
    </message>
    <message>
        <source>weighting the interactions</source>
        <translation>взвешивание действий</translation>
    </message>
    <message>
        <source>item similarities</source>
        <translation>похожесть товаров</translation>
    </message>
    <message>
        <source>ranking the lists</source>
        <translation>ранжирование списков</translation>
    </message>
    <message>
        <source>writing the lists</source>
        <translation>запись списков</translation>
    </message>
    <message>
        <source>indexing the lists</source>
        <translation>индексирование списков</translation>
    </message>
    <message>
        <source>publishing the run</source>
        <translation>публикация расчёта</translation>
    </message>
    <message>
        <source>the evaluation</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>Users with a list</source>
        <translation>Пользователей со списком</translation>
    </message>
    <message>
        <source>Every user gets a list, also users without any history (they get what is popular now).</source>
        <translation>Список получает каждый пользователь, в том числе без истории (ему достаются популярные сейчас товары).</translation>
    </message>
    <message>
        <source>Cold users</source>
        <translation>Холодные пользователи</translation>
    </message>
    <message>
        <source>Users with no view, cart or purchase before the as-of date: their lists are the popular products.</source>
        <translation>Пользователи без просмотров, корзин и покупок до даты расчёта: их списки — популярные товары.</translation>
    </message>
    <message>
        <source>Products recommended</source>
        <translation>Рекомендовано товаров</translation>
    </message>
    <message>
        <source>Distinct products on at least one list, out of the active products that could be recommended (catalogue coverage).</source>
        <translation>Разные товары хотя бы в одном списке из активных товаров, которые можно рекомендовать (покрытие каталога).</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Время расчёта</translation>
    </message>
    <message>
        <source>How long the run took: reading, fitting, ranking every user&apos;s list, the evaluation and writing.</source>
        <translation>Сколько длился расчёт: чтение, обучение, ранжирование списка каждого пользователя, проверка и запись.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>run %1, finished %2 in %3</source>
        <translation>расчёт %1 завершён %2 за %3</translation>
    </message>
    <message numerus="yes">
        <source>%n products per user</source>
        <translation>
            <numerusform>%n товар на пользователя</numerusform>
            <numerusform>%n товара на пользователя</numerusform>
            <numerusform>%n товаров на пользователя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>half-life %n days</source>
        <translation>
            <numerusform>полураспад %n день</numerusform>
            <numerusform>полураспад %n дня</numerusform>
            <numerusform>полураспад %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products each</source>
        <translation>
            <numerusform>по %n товару</numerusform>
            <numerusform>по %n товара</numerusform>
            <numerusform>по %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the users get the popular list</source>
        <translation>%1 пользователей получают популярный список</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>coverage %1 of the catalogue</source>
        <translation>покрытие %1 каталога</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>завершён %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendListModel</name>
    <message>
        <source>The part of the hybrid that put the product on the list</source>
        <translation>Часть гибрида, которая поставила товар в список</translation>
    </message>
    <message>
        <source>The blended score the list is ordered by (0 to 1)</source>
        <translation>Смешанная оценка, по которой упорядочен список (от 0 до 1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID товара</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendLookUp</name>
    <message>
        <source>Look up a user</source>
        <translation>Найти пользователя</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>A user&apos;s id (crm.users.user_id); press Enter to see their list.</source>
        <translation>id пользователя (crm.users.user_id); нажмите Enter, чтобы увидеть его список.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Open user card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>The user&apos;s profile, scores, orders and this list in one card</source>
        <translation>Профиль пользователя, оценки, заказы и этот список в одной карточке</translation>
    </message>
    <message>
        <source>Enter a user id to see what they are recommended and why.</source>
        <translation>Введите id пользователя, чтобы увидеть, что ему рекомендовано и почему.</translation>
    </message>
    <message>
        <source>Enter a user id.</source>
        <translation>Введите id пользователя.</translation>
    </message>
    <message>
        <source>“%1” is not a user id: enter a whole number, e.g. 1042.</source>
        <translation>«%1» — не id пользователя: введите целое число, например 1042.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (пользователь %2)</translation>
    </message>
    <message>
        <source>There is no user %1 in the database.</source>
        <translation>Пользователя %1 в базе нет.</translation>
    </message>
    <message>
        <source>%1 has no list in run %2, and the run stored no popular products.</source>
        <translation>%1 — нет списка в расчёте %2, а популярных товаров расчёт не сохранил.</translation>
    </message>
    <message>
        <source>%1 has no list in run %2 (registered after it): they get the run&apos;s popular products.</source>
        <translation>%1 — нет списка в расчёте %2 (зарегистрирован позже): достаются популярные товары расчёта.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n products from run %2, best first.</source>
        <translation>
            <numerusform>%1: %n товар из расчёта %2, лучшие сначала.</numerusform>
            <numerusform>%1: %n товара из расчёта %2, лучшие сначала.</numerusform>
            <numerusform>%1: %n товаров из расчёта %2, лучшие сначала.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendMixView</name>
    <message>
        <source>What was recommended</source>
        <translation>Что рекомендовано</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>По причине</translation>
    </message>
    <message>
        <source>Why each product is on a list</source>
        <translation>Почему товар оказался в списке</translation>
    </message>
    <message>
        <source>By part</source>
        <translation>По части</translation>
    </message>
    <message>
        <source>Which part of the hybrid put it there</source>
        <translation>Какая часть гибрида его туда поставила</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>All recommendations of the run, every user&apos;s list together; hover a bar for its share.</source>
        <translation>Все рекомендации расчёта по спискам всех пользователей; наведите на столбец, чтобы увидеть долю.</translation>
    </message>
    <message>
        <source>Most recommended products</source>
        <translation>Чаще всего рекомендуемые товары</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Counting the products on the most lists of run %1…</source>
        <translation>Подсчёт товаров, чаще всего попадающих в списки расчёта %1…</translation>
    </message>
    <message>
        <source>The run recommended no products.</source>
        <translation>Расчёт не рекомендовал ни одного товара.</translation>
    </message>
    <message numerus="yes">
        <source>The %n products on the most lists of run %1.</source>
        <translation>
            <numerusform>%n товар, чаще всего попадающий в списки расчёта %1.</numerusform>
            <numerusform>%n товара, чаще всего попадающих в списки расчёта %1.</numerusform>
            <numerusform>%n товаров, чаще всего попадающих в списки расчёта %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendations by reason</source>
        <translation>Рекомендации по причинам</translation>
    </message>
    <message>
        <source>Recommendations by part of the hybrid</source>
        <translation>Рекомендации по частям гибрида</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The recommendations could not be loaded: %1</source>
        <translation>Не удалось загрузить рекомендации: %1</translation>
    </message>
    <message>
        <source>The user&apos;s recommendations could not be read: %1</source>
        <translation>Не удалось прочитать рекомендации пользователя: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendProductsModel</name>
    <message>
        <source>How many users have this product on their list</source>
        <translation>У скольких пользователей этот товар в списке</translation>
    </message>
    <message>
        <source>The product&apos;s category</source>
        <translation>Категория товара</translation>
    </message>
    <message>
        <source>Those users as a share of all users with a list</source>
        <translation>Их доля среди всех пользователей со списком</translation>
    </message>
    <message>
        <source>The average place of the product on those lists (1 = first)</source>
        <translation>Среднее место товара в этих списках (1 — первое)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID товара</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Ср. место</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendRunBar</name>
    <message>
        <source>How many products each user&apos;s list holds (1 to 100); the evaluation measures the first this many.</source>
        <translation>Сколько товаров в списке каждого пользователя (от 1 до 100); проверка оценивает именно столько первых.</translation>
    </message>
    <message>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Views, carts and purchases lose half their weight every this many days, so recent interest counts more (1 to 3650 days).</source>
        <translation>Просмотры, корзины и покупки теряют половину веса каждые столько дней, поэтому недавний интерес важнее (от 1 до 3650 дней).</translation>
    </message>
    <message>
        <source>Recommend products to every user and evaluate the recommender on the last weeks of data; the result is stored as a new run.</source>
        <translation>Подобрать товары каждому пользователю и проверить рекомендатель на последних неделях данных; результат сохраняется как новый расчёт.</translation>
    </message>
    <message>
        <source>Stop the run; the recommendations stored before stay.</source>
        <translation>Остановить расчёт; сохранённые ранее рекомендации останутся.</translation>
    </message>
    <message>
        <source>Products per user</source>
        <translation>Товаров на пользователя</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Полураспад</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendTexts</name>
    <message>
        <source>product %1</source>
        <translation>товар %1</translation>
    </message>
    <message>
        <source>an earlier product</source>
        <translation>ранее выбранным товаром</translation>
    </message>
    <message>
        <source>Bought together with %1</source>
        <translation>Покупают вместе с «%1»</translation>
    </message>
    <message>
        <source>Viewed together with %1</source>
        <translation>Смотрят вместе с «%1»</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Похож на «%1»</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>Популярно в категории «%1»</translation>
    </message>
    <message>
        <source>Popular now</source>
        <translation>Популярно сейчас</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>Покупают вместе</translation>
    </message>
    <message>
        <source>Viewed together</source>
        <translation>Смотрят вместе</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Похожие</translation>
    </message>
    <message>
        <source>Popular in category</source>
        <translation>Популярное
в категории</translation>
    </message>
    <message>
        <source>Popular</source>
        <translation>Популярное</translation>
    </message>
    <message>
        <source>Customers who bought a product this user bought also bought this one</source>
        <translation>Клиенты, купившие товар, который купил этот пользователь, купили и этот</translation>
    </message>
    <message>
        <source>Customers who looked at a product this user looked at also looked at this one</source>
        <translation>Клиенты, смотревшие товар, который смотрел этот пользователь, смотрели и этот</translation>
    </message>
    <message>
        <source>Like a product in the user&apos;s history: category, brand, price band and tags</source>
        <translation>Похож на товар из истории пользователя: категория, бренд, ценовой диапазон и теги</translation>
    </message>
    <message>
        <source>Selling well lately in the user&apos;s favourite category</source>
        <translation>Хорошо продаётся в последнее время в любимой категории пользователя</translation>
    </message>
    <message>
        <source>Selling well lately across the shop (what new users get)</source>
        <translation>Хорошо продаётся в последнее время во всём магазине (это получают новые пользователи)</translation>
    </message>
    <message>
        <source>Item-to-item CF</source>
        <translation>Коллаб. фильтрация</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Контент</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>Популярность</translation>
    </message>
    <message>
        <source>Collaborative filtering: products that go together in other customers&apos; views, carts and purchases</source>
        <translation>Коллаборативная фильтрация: товары, которые идут вместе в просмотрах, корзинах и покупках других клиентов</translation>
    </message>
    <message>
        <source>Content: products like the ones in the user&apos;s history (category, brand, price band, tags)</source>
        <translation>Контент: товары, похожие на товары из истории пользователя (категория, бренд, ценовой диапазон, теги)</translation>
    </message>
    <message>
        <source>Popularity with recency: what sells lately, in the user&apos;s favourite category or overall</source>
        <translation>Популярность с учётом свежести: что продаётся в последнее время в любимой категории пользователя или в целом</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Гибрид</translation>
    </message>
    <message>
        <source>Item CF alone</source>
        <translation>Коллаб. фильтрация</translation>
    </message>
    <message>
        <source>Content alone</source>
        <translation>Контентная часть</translation>
    </message>
    <message>
        <source>Popularity with recency</source>
        <translation>Свежая популярность</translation>
    </message>
    <message>
        <source>Plain popularity</source>
        <translation>Простая популярность</translation>
    </message>
    <message>
        <source>What Kestrel recommends: item CF, content and popularity blended by how much history a user has</source>
        <translation>То, что рекомендует Kestrel: коллаборативная фильтрация, контент и популярность, смешанные по объёму истории пользователя</translation>
    </message>
    <message>
        <source>Item-to-item collaborative filtering on its own</source>
        <translation>Только коллаборативная фильтрация товар-товар</translation>
    </message>
    <message>
        <source>The content-based part on its own (product attributes)</source>
        <translation>Только контентная часть (атрибуты товаров)</translation>
    </message>
    <message>
        <source>The same best sellers for everyone, recent sales weighing more</source>
        <translation>Одни и те же хиты для всех, недавние продажи весят больше</translation>
    </message>
    <message>
        <source>The all-time best sellers for everyone: the baseline to beat</source>
        <translation>Хиты продаж за всё время для всех: базовый уровень, который надо превзойти</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>price band</source>
        <translation>ценовой диапазон</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>бренд</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Выполняется: %1 %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Evaluate a transactions file…</source>
        <translation>Проверить на файле транзакций…</translation>
    </message>
    <message>
        <source>The last recommender run failed</source>
        <translation>Последний расчёт рекомендаций завершился ошибкой</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Расчёт %1, запущенный %2, завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>Он ничего не сохранил. Исправьте то, о чём говорит сообщение, и нажмите «Запустить», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Запустить снова</translation>
    </message>
    <message>
        <source>No recommendations yet</source>
        <translation>Рекомендаций пока нет</translation>
    </message>
    <message>
        <source>Kestrel learns from every user&apos;s views, carts and purchases which products go together, which are alike (category, brand, price, tags) and what sells now, and blends them into a list for every user — with the reason for each product. It also checks how well the lists would have predicted the last 30 days of purchases. Press Run: the lists are stored and the results appear here. To try it on another shop&apos;s data first, evaluate a transactions file.</source>
        <translation>Kestrel узнаёт из просмотров, корзин и покупок каждого пользователя, какие товары идут вместе, какие похожи (категория, бренд, цена, теги) и что продаётся сейчас, и собирает из этого список для каждого пользователя — с причиной для каждого товара. Он также проверяет, насколько хорошо списки предсказали бы покупки последних 30 дней. Нажмите «Запустить»: списки сохранятся, а результаты появятся здесь. Чтобы сначала попробовать на данных другого магазина, проверьте файл транзакций.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the recommendations cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому рекомендации не прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1 evaluated: the charts show its result.</source>
        <translation>%1 проверен: графики показывают результат.</translation>
    </message>
    <message>
        <source>There is no recommender run to look in yet.</source>
        <translation>Расчёта рекомендаций, в котором можно искать, ещё нет.</translation>
    </message>
    <message>
        <source>Recommendations updated: %1 (run %2).</source>
        <translation>Рекомендации обновлены: %1 (расчёт %2).</translation>
    </message>
    <message>
        <source>The lists shown are still the stored ones.</source>
        <translation>На странице по-прежнему сохранённые списки.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Расчёт отменён</translation>
    </message>
    <message>
        <source>Recommender run cancelled. %1</source>
        <translation>Расчёт рекомендаций отменён. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Ошибка расчёта</translation>
    </message>
    <message>
        <source>Recommender run failed: %1</source>
        <translation>Расчёт рекомендаций не удался: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>The latest recommender run (run %1, started %2) failed: %3 The results below are from run %4.</source>
        <translation>Последний расчёт рекомендаций (расчёт %1, запущен %2) завершился ошибкой: %3 Ниже — результаты расчёта %4.</translation>
    </message>
    <message>
        <source>see the run&apos;s warnings above.</source>
        <translation>причина — в предупреждениях расчёта выше.</translation>
    </message>
    <message>
        <source>The latest recommender run (run %1, started %2) failed: %3</source>
        <translation>Последний расчёт рекомендаций (расчёт %1, запущен %2) завершился ошибкой: %3</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What the load did. The Loads page keeps it, with its rejects file and a way to roll it back.</source>
        <translation>Итоги загрузки. Она сохраняется на странице «Загрузки» вместе с файлом отклонённых строк, и там её можно откатить.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Open the rejects file</source>
        <translation>Открыть файл отклонённых строк</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Import another file…</source>
        <translation>Импортировать другой файл…</translation>
    </message>
    <message>
        <source>Start again…</source>
        <translation>Начать заново…</translation>
    </message>
    <message>
        <source>The load of %1 was cancelled.</source>
        <translation>Загрузка %1 отменена.</translation>
    </message>
    <message>
        <source>The load of %1 into %2 failed.</source>
        <translation>Не удалось загрузить %1 в «%2».</translation>
    </message>
    <message>
        <source>Nothing was stored; %1 is as it was.</source>
        <translation>Ничего не сохранено; таблица «%1» осталась прежней.</translation>
    </message>
    <message>
        <source>%1
Nothing was stored; %2 is as it was.</source>
        <translation>%1
Ничего не сохранено; таблица «%2» осталась прежней.</translation>
    </message>
    <message>
        <source>%1 was loaded into %2.</source>
        <translation>Файл %1 загружен в «%2».</translation>
    </message>
    <message>
        <source>Load %1 · %2 mode · took %3 · %4, %5</source>
        <translation>Загрузка %1 · режим: %2 · заняла %3 · %4, %5</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were rejected and not loaded. The rejects file lists each one with its line, column, value and reason: %1</source>
        <translation>
            <numerusform>%n строка отклонена и не загружена. В файле отклонённых строк указаны номер строки, столбец, значение и причина: %1</numerusform>
            <numerusform>%n строки отклонены и не загружены. В файле отклонённых строк для каждой указаны номер строки, столбец, значение и причина: %1</numerusform>
            <numerusform>%n строк отклонено и не загружено. В файле отклонённых строк для каждой указаны номер строки, столбец, значение и причина: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunButtons</name>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SavePresetDialog</name>
    <message>
        <source>Save filter preset</source>
        <translation>Сохранение пресета фильтров</translation>
    </message>
    <message>
        <source>e.g. Moscow, top customers</source>
        <translation>например, Москва, лучшие клиенты</translation>
    </message>
    <message>
        <source>Share with everyone</source>
        <translation>Открыть доступ всем</translation>
    </message>
    <message>
        <source>Everyone sees a shared preset; only you can change or delete it.</source>
        <translation>Общий пресет видят все; изменить или удалить его можете только вы.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>This replaces your preset &quot;%1&quot;.</source>
        <translation>Ваш пресет «%1» будет заменён.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreChartData</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation>Оценки %1</translation>
    </message>
    <message numerus="yes">
        <source>%n users (%1)</source>
        <translation>
            <numerusform>%n клиент (%1)</numerusform>
            <numerusform>%n клиента (%1)</numerusform>
            <numerusform>%n клиентов (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores of %1 users</source>
        <translation>Оценки клиентов: %1</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Доля ложных срабатываний</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Доля найденных</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Finds %1 of the churners, flagging %2 of the others</source>
        <translation>Находит %1 ушедших, помечая %2 остальных</translation>
    </message>
    <message>
        <source>Finds %1 of the buyers, flagging %2 of the others</source>
        <translation>Находит %1 купивших, помечая %2 остальных</translation>
    </message>
    <message>
        <source>ROC curve · AUC %1</source>
        <translation>ROC-кривая · AUC %1</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-кривая</translation>
    </message>
    <message>
        <source>Mean predicted score</source>
        <translation>Средняя предсказанная оценка</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Наблюдаемая доля</translation>
    </message>
    <message numerus="yes">
        <source>%1: predicted %2, observed %3 (%n users)</source>
        <translation>
            <numerusform>%1: предсказано %2, наблюдалось %3 (%n клиент)</numerusform>
            <numerusform>%1: предсказано %2, наблюдалось %3 (%n клиента)</numerusform>
            <numerusform>%1: предсказано %2, наблюдалось %3 (%n клиентов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores %1–%2</source>
        <translation>Оценки %1–%2</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Идеальная калибровка</translation>
    </message>
    <message>
        <source>Top share of users by score</source>
        <translation>Верхняя доля клиентов по оценке</translation>
    </message>
    <message>
        <source>Lift (× the average rate)</source>
        <translation>Лифт (× к средней доле)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Лифт</translation>
    </message>
    <message>
        <source>Top %1: %2× the average churn rate, %3 of all churners</source>
        <translation>Верхние %1: %2× от средней доли оттока, %3 всех ушедших</translation>
    </message>
    <message>
        <source>Top %1: %2× the average purchase rate, %3 of all buyers</source>
        <translation>Верхние %1: %2× от средней доли покупок, %3 всех купивших</translation>
    </message>
    <message>
        <source>No model (lift 1)</source>
        <translation>Без модели (лифт 1)</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <source>%1 (%2 of the total)</source>
        <translation>%1 (%2 от общего)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Scores %1 · %2 (%3)</source>
        <translation>Оценки %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Случайно</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreDriftView</name>
    <message>
        <source>Population stability index over the 20 score bins: below 0.1 the distribution is stable, 0.1–0.25 a moderate shift, above 0.25 a large shift worth a look.</source>
        <translation>Индекс стабильности популяции (PSI) по 20 интервалам оценки: ниже 0,1 — распределение стабильно, 0,1–0,25 — умеренный сдвиг, выше 0,25 — сильный сдвиг, в котором стоит разобраться.</translation>
    </message>
    <message>
        <source>Users by band: rows run A, columns run B</source>
        <translation>Клиенты по уровням: строки — запуск A, столбцы — запуск B</translation>
    </message>
    <message>
        <source>Score distributions</source>
        <translation>Распределения оценок</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Select two succeeded runs in the table above and press Compare to see how the scores moved.</source>
        <translation>Выберите в таблице выше два успешных запуска и нажмите «Сравнить», чтобы увидеть, как сместились оценки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1 → run %2&lt;/b&gt; · %3 users in run %1, %4 in run %2, %5 in both</source>
        <translation>&lt;b&gt;Запуск %1 → запуск %2&lt;/b&gt; · клиентов в запуске %1: %3, в запуске %2: %4, в обоих: %5</translation>
    </message>
    <message>
        <source>Mean score: &lt;b&gt;%1 → %2&lt;/b&gt; (%3)</source>
        <translation>Средняя оценка: &lt;b&gt;%1 → %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>PSI: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>PSI: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Users changing band: &lt;b&gt;%1&lt;/b&gt; of the users in both runs</source>
        <translation>Сменили уровень: &lt;b&gt;%1&lt;/b&gt; клиентов, попавших в оба запуска</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n users: %1 in run %2, %3 in run %4</source>
        <translation>
            <numerusform>%n клиент: %1 в запуске %2, %3 в запуске %4</numerusform>
            <numerusform>%n клиента: %1 в запуске %2, %3 в запуске %4</numerusform>
            <numerusform>%n клиентов: %1 в запуске %2, %3 в запуске %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distributions of runs %1 and %2</source>
        <translation>Распределения оценок запусков %1 и %2</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreHeader</name>
    <message>
        <source>Show newest</source>
        <translation>Показать последний</translation>
    </message>
    <message>
        <source>An older run is shown; go back to the newest one.</source>
        <translation>Показан более ранний запуск; вернуться к последнему.</translation>
    </message>
    <message>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>How well the scores rank those with the outcome above the others, on a held-out window the model never saw: 0.5 is chance, 1 is perfect.</source>
        <translation>Насколько хорошо оценки ставят клиентов с исходом выше остальных — на отложенном окне, которого модель не видела: 0,5 — случайность, 1 — идеально.</translation>
    </message>
    <message>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <source>Average precision on the held-out window: how pure the top of the list is. Compare it with the share of users with the outcome, which is what chance gives.</source>
        <translation>Средняя точность на отложенном окне: насколько «чист» верх списка. Сравнивайте её с долей клиентов с исходом — столько даёт случайность.</translation>
    </message>
    <message>
        <source>Log-loss</source>
        <translation>Log-loss</translation>
    </message>
    <message>
        <source>How far the scores are from what happened, as probabilities, on the held-out window; lower is better.</source>
        <translation>Насколько оценки как вероятности расходятся с тем, что произошло, на отложенном окне; чем меньше, тем лучше.</translation>
    </message>
    <message>
        <source>Users scored</source>
        <translation>Оценено клиентов</translation>
    </message>
    <message>
        <source>Customers who got a score in this run.</source>
        <translation>Клиенты, получившие оценку в этом запуске.</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>From the start of the run to its scores being stored.</source>
        <translation>От начала запуска до сохранения оценок.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>The run&apos;s id in ml.model_runs.</source>
        <translation>Номер запуска в ml.model_runs.</translation>
    </message>
    <message numerus="yes">
        <source>Seed %1 · %n rounds (trees) of depth %2</source>
        <translation>
            <numerusform>Зерно %1 · %n раунд (дерево) глубины %2</numerusform>
            <numerusform>Зерно %1 · %n раунда (дерева) глубины %2</numerusform>
            <numerusform>Зерно %1 · %n раундов (деревьев) глубины %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained as of %1 (%2 users)</source>
        <translation>Обучена на дату %1 (клиентов: %2)</translation>
    </message>
    <message>
        <source>validated as of %1 (%2 users, %3)</source>
        <translation>проверена на дату %1 (клиентов: %2, %3)</translation>
    </message>
    <message>
        <source>scored as of %1</source>
        <translation>оценки на дату %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Завершён %1</translation>
    </message>
    <message>
        <source>Average precision on the held-out window: how pure the top of the list is. Chance gives the share of users with the outcome, here %1.</source>
        <translation>Средняя точность на отложенном окне: насколько «чист» верх списка. Случайность даёт долю клиентов с исходом — здесь %1.</translation>
    </message>
    <message>
        <source>Features %1 · training %2 · scoring %3</source>
        <translation>Признаки %1 · обучение %2 · оценка %3</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreOverview</name>
    <message>
        <source>Users</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Every scored customer in bins of 0.05, coloured by band: low below 0.3, medium 0.3 to 0.6, high from 0.6. Click a legend entry to hide or show a band.</source>
        <translation>Все оценённые клиенты по интервалам в 0,05, цвет — уровень: низкий ниже 0,3, средний от 0,3 до 0,6, высокий от 0,6. Щелчок по легенде скрывает или показывает уровень.</translation>
    </message>
    <message>
        <source>On the held-out validation window: the share of those with the outcome found (up) against the share of the others flagged (right) as the score threshold goes down.</source>
        <translation>На отложенном проверочном окне: доля найденных клиентов с исходом (вверх) против доли помеченных остальных (вправо) по мере снижения порога оценки.</translation>
    </message>
    <message>
        <source>Calibration: predicted and observed</source>
        <translation>Калибровка: предсказанное и наблюдаемое</translation>
    </message>
    <message>
        <source>Validation users grouped by score: their mean score against how many really had the outcome. On the diagonal, a score of 0.3 means 30 in 100.</source>
        <translation>Проверочные клиенты, сгруппированные по оценке: их средняя оценка против доли тех, у кого исход случился. На диагонали оценка 0,3 значит 30 из 100.</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Лифт по децилям</translation>
    </message>
    <message>
        <source>How many times the average rate the top 10 %, 20 % … of users by score have; hover a point for the share of all cases they hold.</source>
        <translation>Во сколько раз доля исхода у верхних 10 %, 20 % … клиентов по оценке выше средней; наведите на точку, чтобы увидеть, какую долю всех случаев они охватывают.</translation>
    </message>
    <message>
        <source>What drives the score</source>
        <translation>Что влияет на оценку</translation>
    </message>
    <message>
        <source>Gain (loss reduction per split)</source>
        <translation>Прирост (снижение потерь)</translation>
    </message>
    <message>
        <source>Feature importance: how much the model&apos;s splits on each feature improved it.</source>
        <translation>Важность признаков: насколько разбиения модели по каждому признаку её улучшили.</translation>
    </message>
    <message>
        <source>This run stored no score distribution.</source>
        <translation>Этот запуск не сохранил распределение оценок.</translation>
    </message>
    <message>
        <source>This run stored no ROC curve.</source>
        <translation>Этот запуск не сохранил ROC-кривую.</translation>
    </message>
    <message>
        <source>This run stored no calibration curve.</source>
        <translation>Этот запуск не сохранил кривую калибровки.</translation>
    </message>
    <message>
        <source>This run stored no lift by decile.</source>
        <translation>Этот запуск не сохранил лифт по децилям.</translation>
    </message>
    <message>
        <source>This run stored no feature importance.</source>
        <translation>Этот запуск не сохранил важность признаков.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreRunBar</name>
    <message>
        <source>Horizon, days</source>
        <translation>Горизонт, дней</translation>
    </message>
    <message>
        <source>Score who buys within this many days after the as-of date. The model learns it from the same window one and two horizons earlier.</source>
        <translation>Оценить, кто купит в течение стольких дней после даты оценки. Модель учится на таком же окне на один и два горизонта раньше.</translation>
    </message>
    <message>
        <source>Churn after, days</source>
        <translation>Отток через, дней</translation>
    </message>
    <message>
        <source>Churn = no purchase and no session within this many days. Only customers active in the same number of days before the as-of date are scored.</source>
        <translation>Отток = ни покупки, ни сессии за столько дней. Оцениваются только клиенты, активные за такое же число дней до даты оценки.</translation>
    </message>
    <message>
        <source>Save as default</source>
        <translation>Сохранить по умолчанию</translation>
    </message>
    <message>
        <source>Store this churn window for every churn run, here and on the command line.</source>
        <translation>Сохранить это окно оттока для всех запусков модели оттока — здесь и в командной строке.</translation>
    </message>
    <message>
        <source>Gradient boosting adds shallow trees one after another, each fixing the errors of the ones before; a random forest averages many deep trees grown on random samples.</source>
        <translation>Градиентный бустинг добавляет неглубокие деревья одно за другим, и каждое исправляет ошибки предыдущих; случайный лес усредняет много глубоких деревьев, выращенных на случайных выборках.</translation>
    </message>
    <message>
        <source>The same data, settings and seed give the same scores.</source>
        <translation>Те же данные, настройки и зерно дают те же оценки.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Score customers as they were at the start of this day (UTC); unchecked: the day after the data ends.</source>
        <translation>Оценить клиентов такими, какими они были в начале этого дня (UTC); без отметки — на следующий день после конца данных.</translation>
    </message>
    <message>
        <source>Train the model on the history, check it on a held-out window and score every customer; the result is stored as a new run.</source>
        <translation>Обучить модель на истории, проверить на отложенном окне и оценить каждого клиента; результат сохраняется как новый запуск.</translation>
    </message>
    <message>
        <source>Stop the run; the scores stored before stay.</source>
        <translation>Остановить запуск; сохранённые ранее оценки останутся.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message numerus="yes">
        <source>Churn = no purchase and no session within this many days (the stored default is %n days). Only customers active in the same number of days before the as-of date are scored.</source>
        <translation>
            <numerusform>Отток = ни покупки, ни сессии за столько дней (по умолчанию сохранён %n день). Оцениваются только клиенты, активные за такое же число дней до даты оценки.</numerusform>
            <numerusform>Отток = ни покупки, ни сессии за столько дней (по умолчанию сохранено %n дня). Оцениваются только клиенты, активные за такое же число дней до даты оценки.</numerusform>
            <numerusform>Отток = ни покупки, ни сессии за столько дней (по умолчанию сохранено %n дней). Оцениваются только клиенты, активные за такое же число дней до даты оценки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreRunsModel</name>
    <message>
        <source>The moment scored: the data before it was used</source>
        <translation>Момент оценки: использованы данные до него</translation>
    </message>
    <message>
        <source>The purchase horizon, or the churn window (no purchase and no session within it)</source>
        <translation>Горизонт покупки или окно оттока (ни покупки, ни сессии за это время)</translation>
    </message>
    <message>
        <source>ROC-AUC on the held-out validation window: 0.5 is chance, 1 is perfect</source>
        <translation>ROC-AUC на отложенном проверочном окне: 0,5 — случайность, 1 — идеально</translation>
    </message>
    <message>
        <source>PR-AUC (average precision) on the held-out validation window</source>
        <translation>PR-AUC (средняя точность) на отложенном проверочном окне</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreTexts</name>
    <message>
        <source>Churn risk</source>
        <translation>Риск оттока</translation>
    </message>
    <message>
        <source>Likely to buy (30 days)</source>
        <translation>Вероятность покупки (30 дней)</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Вероятность покупки</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Случайный лес</translation>
    </message>
    <message>
        <source>Gradient boosting</source>
        <translation>Градиентный бустинг</translation>
    </message>
    <message numerus="yes">
        <source>churn = no purchase and no session within %n days</source>
        <translation>
            <numerusform>отток = ни покупки, ни сессии за %n день</numerusform>
            <numerusform>отток = ни покупки, ни сессии за %n дня</numerusform>
            <numerusform>отток = ни покупки, ни сессии за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys within %n days</source>
        <translation>
            <numerusform>покупка в течение %n дня</numerusform>
            <numerusform>покупка в течение %n дней</numerusform>
            <numerusform>покупка в течение %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 churned</source>
        <translation>ушли %1</translation>
    </message>
    <message>
        <source>%1 bought</source>
        <translation>купили %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>стабильно</translation>
    </message>
    <message>
        <source>moderate shift</source>
        <translation>умеренный сдвиг</translation>
    </message>
    <message>
        <source>large shift</source>
        <translation>сильный сдвиг</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoredUsersModel</name>
    <message>
        <source>The features that pushed the score up most, with the user&apos;s value and how much each added (in log-odds: +0.7 roughly doubles the odds)</source>
        <translation>Признаки, сильнее всего поднявшие оценку: значение у клиента и вклад каждого (в логарифме шансов: +0,7 примерно удваивает шансы)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>no feature raised this score</source>
        <translation>ни один признак не поднял эту оценку</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoresModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The scores could not be loaded: %1</source>
        <translation>Не удалось загрузить оценки: %1</translation>
    </message>
    <message>
        <source>The churn window setting could not be read: %1</source>
        <translation>Не удалось прочитать окно оттока: %1</translation>
    </message>
    <message>
        <source>The churn window was not saved: %1</source>
        <translation>Окно оттока не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoresPage</name>
    <message>
        <source>Scores</source>
        <translation>Скоринг</translation>
    </message>
    <message>
        <source>Purchase propensity: how likely each customer is to buy within the horizon</source>
        <translation>Вероятность покупки: насколько вероятно, что клиент купит в пределах горизонта</translation>
    </message>
    <message>
        <source>Churn risk: how likely each active customer is to stop buying and visiting</source>
        <translation>Риск оттока: насколько вероятно, что активный клиент перестанет покупать и заходить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Churn window saved: churn runs now use %n days unless told otherwise.</source>
        <translation>
            <numerusform>Окно оттока сохранено: запуски модели оттока теперь берут %n день, если не указано иное.</numerusform>
            <numerusform>Окно оттока сохранено: запуски модели оттока теперь берут %n дня, если не указано иное.</numerusform>
            <numerusform>Окно оттока сохранено: запуски модели оттока теперь берут %n дней, если не указано иное.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Выполняется: %1 %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>История запусков</translation>
    </message>
    <message>
        <source>Show run</source>
        <translation>Показать запуск</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s quality, charts and dates (double-click a run does too)</source>
        <translation>Показать качество, графики и даты выбранного запуска (или дважды щёлкните по запуску)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Select two succeeded runs (Ctrl+click) to see how their scores differ</source>
        <translation>Выберите два успешных запуска (Ctrl+щелчок), чтобы увидеть, чем различаются их оценки</translation>
    </message>
    <message>
        <source>No churn scores yet</source>
        <translation>Оценок оттока пока нет</translation>
    </message>
    <message>
        <source>No purchase scores yet</source>
        <translation>Оценок вероятности покупки пока нет</translation>
    </message>
    <message>
        <source>Kestrel learns from the history which active customers churned — %1 — checks the model on a later window it never saw, then scores every active customer. Press Run above: the run is stored, and its quality, the score distribution, the customers most at risk with the reasons and the run history appear here.</source>
        <translation>Kestrel учится на истории, кто из активных клиентов ушёл (%1), проверяет модель на более позднем окне, которого она не видела, и оценивает каждого активного клиента. Нажмите «Запустить» выше: запуск сохранится, и здесь появятся его качество, распределение оценок, клиенты с наибольшим риском и причины, а также история запусков.</translation>
    </message>
    <message>
        <source>Kestrel learns from the history who bought within the horizon, checks the model on a later window it never saw, then scores every customer. Press Run above: the run is stored, and its quality, the score distribution, the customers most likely to buy with the reasons and the run history appear here.</source>
        <translation>Kestrel учится на истории, кто покупал в пределах горизонта, проверяет модель на более позднем окне, которого она не видела, и оценивает каждого клиента. Нажмите «Запустить» выше: запуск сохранится, и здесь появятся его качество, распределение оценок, клиенты, которые скорее всего купят, и причины, а также история запусков.</translation>
    </message>
    <message>
        <source>The last run (%1) failed: %2</source>
        <translation>Последний запуск (%1) не удался: %2</translation>
    </message>
    <message>
        <source>Top 50 at risk</source>
        <translation>Топ-50 под риском</translation>
    </message>
    <message>
        <source>Top 50 likely buyers</source>
        <translation>Топ-50 вероятных покупателей</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the scores cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому оценки нельзя прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Select two succeeded runs in the table above and press Compare to see how the scores moved.</source>
        <translation>Выберите в таблице выше два успешных запуска и нажмите «Сравнить», чтобы увидеть, как сместились оценки.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Comparing runs %1 and %2</source>
        <translation>Сравнение запусков %1 и %2</translation>
    </message>
    <message>
        <source>PSI %1</source>
        <translation>PSI %1</translation>
    </message>
    <message>
        <source>Comparing runs %1 and %2…</source>
        <translation>Сравнение запусков %1 и %2…</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Сравнение отменено.</translation>
    </message>
    <message>
        <source>The runs could not be compared: %1</source>
        <translation>Запуски не удалось сравнить: %1</translation>
    </message>
    <message>
        <source>%1 updated: %2 (run %3).</source>
        <translation>Обновлено: %1 — %2 (запуск %3).</translation>
    </message>
    <message>
        <source>The scores shown are still the stored ones.</source>
        <translation>Показаны прежние сохранённые оценки.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Запуск отменён</translation>
    </message>
    <message>
        <source>Scoring cancelled. %1</source>
        <translation>Скоринг отменён. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Запуск не удался</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>Скоринг не удался: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>The 50 active customers most at risk by their current churn score (run %1), with the features that raised it most.</source>
        <translation>50 активных клиентов с наибольшим риском по текущей оценке оттока (запуск %1) и признаки, сильнее всего её поднявшие.</translation>
    </message>
    <message>
        <source>The 50 customers most likely to buy by their current purchase score (run %1), with the features that raised it most.</source>
        <translation>50 клиентов, которые скорее всего купят, по текущей оценке вероятности покупки (запуск %1) и признаки, сильнее всего её поднявшие.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentChartData</name>
    <message>
        <source>DBSCAN</source>
        <translation>DBSCAN</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-средних</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Сегмент %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 users)</source>
        <translation>%1 (клиентов: %2)</translation>
    </message>
    <message>
        <source>z %1 · average %2</source>
        <translation>z %1 · среднее %2</translation>
    </message>
    <message>
        <source>Number of segments (k)</source>
        <translation>Число сегментов (k)</translation>
    </message>
    <message>
        <source>Silhouette, relative inertia</source>
        <translation>Силуэт, относительная инерция</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Силуэт</translation>
    </message>
    <message>
        <source>Inertia (relative)</source>
        <translation>Инерция (отн.)</translation>
    </message>
    <message>
        <source>k = %1: silhouette %2</source>
        <translation>k = %1: силуэт %2</translation>
    </message>
    <message>
        <source>k = %1: inertia %2 (%3 of the largest)</source>
        <translation>k = %1: инерция %2 (%3 от наибольшей)</translation>
    </message>
    <message>
        <source>Chosen k = %1</source>
        <translation>Выбрано k = %1</translation>
    </message>
    <message>
        <source>Users, sorted by that distance</source>
        <translation>Клиенты по возрастанию расстояния</translation>
    </message>
    <message>
        <source>k-distance (k = %1)</source>
        <translation>k-расстояние (k = %1)</translation>
    </message>
    <message>
        <source>%1 of users within %2</source>
        <translation>%1 клиентов в пределах %2</translation>
    </message>
    <message>
        <source>Suggested eps %1</source>
        <translation>Предложенный eps %1</translation>
    </message>
    <message>
        <source>eps used %1</source>
        <translation>Использованный eps %1</translation>
    </message>
    <message>
        <source>Choosing eps: the k-distance curve</source>
        <translation>Выбор eps: кривая k-расстояний</translation>
    </message>
    <message>
        <source>Choosing k: silhouette and inertia</source>
        <translation>Выбор k: силуэт и инерция</translation>
    </message>
    <message>
        <source>This run stored no k-distance curve.</source>
        <translation>Этот запуск не сохранил кривую k-расстояний.</translation>
    </message>
    <message>
        <source>This run used a fixed k = %1, so no k was compared.
Set Segments to Auto to compare k from %2 to %3.</source>
        <translation>В этом запуске k задано (k = %1), поэтому значения k не сравнивались.
Выберите «Сегментов: Авто», чтобы сравнить k от %2 до %3.</translation>
    </message>
    <message>
        <source>This run stored no k scan.</source>
        <translation>Этот запуск не сохранил перебор k.</translation>
    </message>
    <message>
        <source>PC1 (%1 of variance)</source>
        <translation>ГК1 (%1 дисперсии)</translation>
    </message>
    <message>
        <source>PC2 (%1 of variance)</source>
        <translation>ГК2 (%1 дисперсии)</translation>
    </message>
    <message>
        <source>k-distance</source>
        <translation>k-расстояние</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentRunBar</name>
    <message>
        <source>k-means</source>
        <translation>k-средних</translation>
    </message>
    <message>
        <source>DBSCAN</source>
        <translation>DBSCAN</translation>
    </message>
    <message>
        <source>k-means splits every customer into k groups around their averages; DBSCAN finds dense groups of any shape and leaves outliers as noise.</source>
        <translation>Метод k-средних делит всех клиентов на k групп вокруг их средних; DBSCAN находит плотные группы любой формы, а выбросы оставляет шумом.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегментов</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>The number of segments (k). Auto tries every k of the range and keeps the one whose segments are best separated (highest silhouette).</source>
        <translation>Число сегментов (k). «Авто» перебирает все k из диапазона и оставляет то, при котором сегменты разделены лучше всего (наибольший силуэт).</translation>
    </message>
    <message>
        <source>k range</source>
        <translation>Диапазон k</translation>
    </message>
    <message>
        <source>The smallest and largest k that Auto compares.</source>
        <translation>Наименьшее и наибольшее k, которые сравнивает «Авто».</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>The neighbourhood radius on standardised features. Auto takes the knee of the k-distance curve.</source>
        <translation>Радиус окрестности на стандартизованных признаках. «Авто» берёт точку перегиба кривой k-расстояний.</translation>
    </message>
    <message>
        <source>Min samples</source>
        <translation>Мин. соседей</translation>
    </message>
    <message>
        <source>How many customers within eps (the customer included) make a customer the core of a segment. Auto: twice the number of features.</source>
        <translation>Сколько клиентов в пределах eps (включая самого клиента) делают клиента ядром сегмента. «Авто»: удвоенное число признаков.</translation>
    </message>
    <message>
        <source>The same data and seed give the same segments.</source>
        <translation>Одни и те же данные и зерно дают одни и те же сегменты.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Segment customers as they were at the start of this day (UTC); unchecked: now.</source>
        <translation>Сегментировать клиентов такими, какими они были на начало этого дня (UTC); без отметки — на текущий момент.</translation>
    </message>
    <message>
        <source>Segment the customers with these settings; the result is stored as a new run.</source>
        <translation>Сегментировать клиентов с этими настройками; результат сохраняется как новый запуск.</translation>
    </message>
    <message>
        <source>Stop the run; the segments stored before stay.</source>
        <translation>Остановить запуск; сохранённые ранее сегменты останутся.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentsModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The segments could not be loaded: %1</source>
        <translation>Не удалось загрузить сегменты: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Customers grouped by spend, orders, recency, basket and activity</source>
        <translation>Клиенты, сгруппированные по тратам, заказам, давности, чеку и активности</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Earlier succeeded runs; the newest is shown unless you pick another</source>
        <translation>Прошлые успешные запуски; показывается последний, если не выбран другой</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Выполняется: %1 %2</translation>
    </message>
    <message>
        <source>Share of users and of revenue</source>
        <translation>Доля клиентов и выручки</translation>
    </message>
    <message>
        <source>Click a legend entry to hide or show it.</source>
        <translation>Щёлкните по пункту легенды, чтобы скрыть или показать его.</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Профили сегментов</translation>
    </message>
    <message>
        <source>How far each segment&apos;s average is from everyone&apos;s, in standard deviations of the (log-scaled) feature. Hover a bar for the segment&apos;s average.</source>
        <translation>Насколько среднее сегмента отличается от среднего по всем клиентам, в стандартных отклонениях признака (в логарифмической шкале). Наведите на столбец, чтобы увидеть среднее сегмента.</translation>
    </message>
    <message>
        <source>Customers on the two main components</source>
        <translation>Клиенты на двух главных компонентах</translation>
    </message>
    <message>
        <source>Choosing k: silhouette and inertia</source>
        <translation>Выбор k: силуэт и инерция</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Сегментов пока нет</translation>
    </message>
    <message>
        <source>Segmentation groups customers by spend, number of orders, recency, basket, categories and activity. Pick k-means or DBSCAN above and press Run: the run is stored, and its segments, their profiles and the choice of k appear here.</source>
        <translation>Сегментация группирует клиентов по тратам, числу заказов, давности покупки, среднему чеку, категориям и активности. Выберите выше метод k-средних или DBSCAN и нажмите «Запустить»: запуск сохранится, а его сегменты, их профили и выбор k появятся здесь.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the segments cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен, поэтому сегменты нельзя прочитать. Установите пакет libqt6sql6-psql и перезапустите Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Segments updated: %1 (run %2).</source>
        <translation>Сегменты обновлены: %1 (запуск %2).</translation>
    </message>
    <message>
        <source>The segments shown are still the stored ones.</source>
        <translation>Показаны по-прежнему сохранённые сегменты.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Запуск отменён</translation>
    </message>
    <message>
        <source>Segmentation cancelled. %1</source>
        <translation>Сегментация отменена. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Запуск не удался</translation>
    </message>
    <message>
        <source>Segmentation failed: %1 %2</source>
        <translation>Сегментация не удалась: %1 %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>No segmentation run yet.</source>
        <translation>Сегментация ещё не запускалась.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Не обновлено</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 · %2 · %3, %n segments</source>
        <translation>
            <numerusform>Запуск %1 · %2 · %3, %n сегмент</numerusform>
            <numerusform>Запуск %1 · %2 · %3, %n сегмента</numerusform>
            <numerusform>Запуск %1 · %2 · %3, %n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (последний)</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегмента</numerusform>
            <numerusform>%n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 noise</source>
        <translation>%1 + шум: %2</translation>
    </message>
    <message>
        <source>eps %1</source>
        <translation>eps %1</translation>
    </message>
    <message>
        <source>min samples %1</source>
        <translation>мин. соседей %1</translation>
    </message>
    <message>
        <source>%1 (best of k %2–%3)</source>
        <translation>%1 (лучшее k из %2–%3)</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>клиентов: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>запуск %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Завершён %1</translation>
    </message>
    <message>
        <source>This run stored no segments.</source>
        <translation>Этот запуск не сохранил сегментов.</translation>
    </message>
    <message>
        <source>This run stored no sample of customers to plot.
Runs made from now on do.</source>
        <translation>Этот запуск не сохранил выборку клиентов для графика.
Новые запуски её сохраняют.</translation>
    </message>
    <message>
        <source>Std. dev. from the average</source>
        <translation>Ст. откл. от среднего</translation>
    </message>
    <message>
        <source>A sample of up to 2,000 customers projected on the first two principal components of the standardised features.</source>
        <translation>Выборка до 2 000 клиентов в проекции на первые две главные компоненты стандартизованных признаков.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentsTableModel</name>
    <message>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
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
    <name>kestrel::ui::Toast</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::UserCardModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>База данных недоступна: %1</translation>
    </message>
    <message>
        <source>The user card could not be loaded: %1</source>
        <translation>Не удалось загрузить карточку клиента: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::UserCardTiles</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Buys within 30 days</source>
        <translation>Покупка за 30 дней</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Риск оттока</translation>
    </message>
    <message>
        <source>Historical LTV</source>
        <translation>Фактический LTV</translation>
    </message>
    <message>
        <source>Predicted LTV</source>
        <translation>Прогноз LTV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <source>Purchases in 90 days</source>
        <translation>Покупок за 90 дней</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <source>not segmented yet</source>
        <translation>сегментации ещё не было</translation>
    </message>
    <message>
        <source>Recency %1 days, %2 orders, %3 revenue (scores 1–5, 5 best)</source>
        <translation>Давность %1 дн., заказов %2, выручка %3 (оценки 1–5, 5 — лучшая)</translation>
    </message>
    <message>
        <source>R%1 F%2 M%3</source>
        <translation>R%1 F%2 M%3</translation>
    </message>
    <message>
        <source>no paid orders, or no RFM run</source>
        <translation>нет оплаченных заказов или расчёта RFM</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>not scored (not recently active)</source>
        <translation>без оценки (давно не активен)</translation>
    </message>
    <message>
        <source>Revenue of the first 3, 6 and 12 months after the first purchase; empty until the months have passed</source>
        <translation>Выручка первых 3, 6 и 12 месяцев после первой покупки; пусто, пока месяцы не прошли</translation>
    </message>
    <message>
        <source>CLV of the newest LTV run</source>
        <translation>CLV из последнего расчёта LTV</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>нет прогноза</translation>
    </message>
    <message>
        <source>chance the customer is still active</source>
        <translation>шанс, что клиент ещё активен</translation>
    </message>
    <message>
        <source>expected repeat purchases</source>
        <translation>ожидаемые повторные покупки</translation>
    </message>
    <message>
        <source>Why the churn risk is %1: %2</source>
        <translation>Почему риск оттока %1: %2</translation>
    </message>
    <message>
        <source>No feature raised this churn risk.</source>
        <translation>Ни один признак не повысил этот риск оттока.</translation>
    </message>
    <message>
        <source>3 months: %1
6 months: %2</source>
        <translation>3 месяца: %1
6 месяцев: %2</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::UserCardWindow</name>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Загрузить карточку заново</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Telegram id</source>
        <translation>Telegram id</translation>
    </message>
    <message>
        <source>Events and orders, newest first; scroll down for earlier ones. Purchase events are shown as their orders.</source>
        <translation>События и заказы, сначала новые; прокрутите вниз, чтобы увидеть более ранние. События покупки показаны как их заказы.</translation>
    </message>
    <message>
        <source>No customer with id %1</source>
        <translation>Нет клиента с id %1</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation>Клиент %1 · %2</translation>
    </message>
    <message>
        <source>%1 — customer %2</source>
        <translation>%1 — клиент %2</translation>
    </message>
    <message>
        <source>no purchase yet</source>
        <translation>покупок ещё не было</translation>
    </message>
    <message>
        <source>From recommendation run %1: the customer&apos;s own list, best first.</source>
        <translation>Из расчёта рекомендаций %1: личный список клиента, лучшие сверху.</translation>
    </message>
    <message>
        <source>The customer is newer than recommendation run %1, so the run&apos;s popular products are shown.</source>
        <translation>Клиент появился после расчёта рекомендаций %1, поэтому показаны популярные товары этого расчёта.</translation>
    </message>
    <message>
        <source>No recommendation run yet: the best sellers of the last 90 days of orders. Run the recommender for personal lists.</source>
        <translation>Рекомендации ещё не рассчитывались: показаны хиты продаж за последние 90 дней заказов. Запустите рекомендательную модель, чтобы получить личные списки.</translation>
    </message>
    <message>
        <source>The shop has no products to recommend.</source>
        <translation>В магазине нет товаров для рекомендаций.</translation>
    </message>
    <message>
        <source>No paid orders yet</source>
        <translation>Оплаченных заказов ещё нет</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n orders</source>
        <translation>
            <numerusform>%1 в %n заказе</numerusform>
            <numerusform>%1 в %n заказах</numerusform>
            <numerusform>%1 в %n заказах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in total over %n products</source>
        <translation>
            <numerusform>всего %1 за %n товар</numerusform>
            <numerusform>всего %1 за %n товара</numerusform>
            <numerusform>всего %1 за %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend by month: paid, shipped and delivered orders</source>
        <translation>Траты по месяцам: оплаченные, отправленные и доставленные заказы</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ValidationPage</name>
    <message>
        <source>Check and choose how to load</source>
        <translation>Проверка и выбор способа загрузки</translation>
    </message>
    <message>
        <source>The whole file is read and checked against the table as a trial run; nothing is written.</source>
        <translation>Весь файл читается и проверяется по таблице в пробном режиме; ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Data rows in the file (the header not counted).</source>
        <translation>Строки данных в файле (без строки заголовка).</translation>
    </message>
    <message>
        <source>To insert</source>
        <translation>К добавлению</translation>
    </message>
    <message>
        <source>Rows whose key is not stored yet.</source>
        <translation>Строки, ключей которых ещё нет в таблице.</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>К обновлению</translation>
    </message>
    <message>
        <source>Stored rows the file changes.</source>
        <translation>Сохранённые строки, которые изменит файл.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rows stored already with the same values.</source>
        <translation>Строки, которые уже сохранены с теми же значениями.</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>К удалению</translation>
    </message>
    <message>
        <source>Stored rows that are not in the file (replace mode only).</source>
        <translation>Сохранённые строки, которых нет в файле (только в режиме замены).</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Rows with a value that cannot be stored; see the reasons below.</source>
        <translation>Строки со значениями, которые нельзя сохранить; причины указаны ниже.</translation>
    </message>
    <message>
        <source>Load this file again anyway (force)</source>
        <translation>Загрузить этот файл повторно (принудительно)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>If rows are rejected</source>
        <translation>Если есть отклонённые строки</translation>
    </message>
    <message>
        <source>Load the good rows, skip the rejected ones</source>
        <translation>Загрузить только корректные строки</translation>
    </message>
    <message>
        <source>Load nothing</source>
        <translation>Ничего не загружать</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Open the full list…</source>
        <translation>Открыть полный список…</translation>
    </message>
    <message>
        <source>Checking the file against %1…</source>
        <translation>Проверка файла по таблице «%1»…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Проверка не удалась.</translation>
    </message>
    <message>
        <source>Checked in %1 — nothing was written.</source>
        <translation>Проверено за %1 — ничего не записано.</translation>
    </message>
    <message>
        <source>This file was loaded into %1 before: load %2 on %3 (inserted %4, updated %5). Loading it again is refused unless you ask for it.</source>
        <translation>Этот файл уже загружался в «%1»: загрузка %2 от %3 (добавлено %4, обновлено %5). Повторная загрузка запрещена, если вы явно её не запросите.</translation>
    </message>
    <message>
        <source>Every row of the file can be stored: no row is rejected.</source>
        <translation>Все строки файла можно сохранить: отклонённых строк нет.</translation>
    </message>
    <message>
        <source>%1 rows rejected; the first %2 problems are listed.</source>
        <translation>Отклонено строк: %1; показаны первые проблемы (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected.</source>
        <translation>
            <numerusform>Отклонена %n строка.</numerusform>
            <numerusform>Отклонены %n строки.</numerusform>
            <numerusform>Отклонено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check first.</source>
        <translation>Сначала выполните проверку.</translation>
    </message>
    <message>
        <source>The check was cancelled; check again to continue.</source>
        <translation>Проверка отменена; чтобы продолжить, запустите её снова.</translation>
    </message>
    <message>
        <source>The file cannot be loaded: %1</source>
        <translation>Файл нельзя загрузить: %1</translation>
    </message>
    <message>
        <source>This file was loaded before; tick “Load this file again anyway” to load it once more.</source>
        <translation>Этот файл уже загружался; отметьте «Загрузить этот файл повторно», чтобы загрузить его ещё раз.</translation>
    </message>
    <message>
        <source>The file has no rows to load.</source>
        <translation>В файле нет строк для загрузки.</translation>
    </message>
    <message>
        <source>Every row is rejected; nothing can be loaded.</source>
        <translation>Все строки отклонены; загружать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>With “Load nothing”, this load would fail: %n rows are rejected. Load the good rows, or fix the file and go back.</source>
        <translation>
            <numerusform>При варианте «Ничего не загружать» эта загрузка завершится ошибкой: отклонена %n строка. Загрузите корректные строки или исправьте файл и вернитесь назад.</numerusform>
            <numerusform>При варианте «Ничего не загружать» эта загрузка завершится ошибкой: отклонены %n строки. Загрузите корректные строки или исправьте файл и вернитесь назад.</numerusform>
            <numerusform>При варианте «Ничего не загружать» эта загрузка завершится ошибкой: отклонено %n строк. Загрузите корректные строки или исправьте файл и вернитесь назад.</numerusform>
        </translation>
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
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>The filters are not valid JSON: %1 at offset %2</source>
        <translation>Фильтры не являются корректным JSON: %1, смещение %2</translation>
    </message>
    <message>
        <source>The filters must be a JSON object</source>
        <translation>Фильтры должны быть объектом JSON</translation>
    </message>
</context>
</TS>
