<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Anomalies</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>New users</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date like 2026-03-31</source>
        <translation>%1 &apos;%2&apos; is not a date like 2026-03-31</translation>
    </message>
    <message>
        <source>the threshold must be 1 to 50, not %1</source>
        <translation>the threshold must be 1 to 50, not %1</translation>
    </message>
    <message>
        <source>the look-back must be 4 to 52 weeks, not %1</source>
        <translation>the look-back must be 4 to 52 weeks, not %1</translation>
    </message>
    <message>
        <source>the minimum sessions must be 1 or more, not %1</source>
        <translation>the minimum sessions must be 1 or more, not %1</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 is after --to %2</translation>
    </message>
    <message>
        <source>Reading daily metrics</source>
        <translation>Reading daily metrics</translation>
    </message>
    <message>
        <source>there is no data to check: no orders, users or events yet (nothing was written)</source>
        <translation>there is no data to check: no orders, users or events yet (nothing was written)</translation>
    </message>
    <message>
        <source>no complete day to check from %1 to %2 (nothing was written)</source>
        <translation>no complete day to check from %1 to %2 (nothing was written)</translation>
    </message>
    <message>
        <source>Comparing days with their baselines</source>
        <translation>Comparing days with their baselines</translation>
    </message>
    <message>
        <source>no day could be judged: a day needs the same weekday in at least 4 of the %1 weeks before it</source>
        <translation>no day could be judged: a day needs the same weekday in at least 4 of the %1 weeks before it</translation>
    </message>
    <message>
        <source>Writing anomalies</source>
        <translation>Writing anomalies</translation>
    </message>
    <message>
        <source>Anomalies written</source>
        <translation>Anomalies written</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: new, accepted or dismissed</source>
        <translation>unknown status &apos;%1&apos;: new, accepted or dismissed</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;: revenue, orders, new_users, conversion or events</source>
        <translation>unknown metric &apos;%1&apos;: revenue, orders, new_users, conversion or events</translation>
    </message>
    <message>
        <source>no anomaly was chosen</source>
        <translation>no anomaly was chosen</translation>
    </message>
    <message>
        <source>no anomaly with id %1</source>
        <translation>no anomaly with id %1</translation>
    </message>
</context>
<context>
    <name>ClvSummary</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>%1 (lines %2)</source>
        <translation>%1 (lines %2)</translation>
    </message>
    <message>
        <source>missing column(s) %1 (the file has: %2); expected frequency, recency, T and optionally monetary_value</source>
        <translation>missing column(s) %1 (the file has: %2); expected frequency, recency, T and optionally monetary_value</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>%1 is blank</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>frequency is not a whole number ≥ 0</source>
        <translation>frequency is not a whole number ≥ 0</translation>
    </message>
    <message>
        <source>recency is negative</source>
        <translation>recency is negative</translation>
    </message>
    <message>
        <source>T is negative</source>
        <translation>T is negative</translation>
    </message>
    <message>
        <source>recency is greater than T</source>
        <translation>recency is greater than T</translation>
    </message>
    <message>
        <source>frequency is 0 but recency is above 0</source>
        <translation>frequency is 0 but recency is above 0</translation>
    </message>
    <message>
        <source>monetary_value of a repeat buyer is missing</source>
        <translation>monetary_value of a repeat buyer is missing</translation>
    </message>
    <message>
        <source>monetary_value is not a number</source>
        <translation>monetary_value is not a number</translation>
    </message>
    <message>
        <source>monetary_value is negative</source>
        <translation>monetary_value is negative</translation>
    </message>
    <message>
        <source>invalid rows, nothing was fitted:%1</source>
        <translation>invalid rows, nothing was fitted:%1</translation>
    </message>
    <message>
        <source>all %1 customers are one-time buyers (frequency 0): the models need repeat purchases</source>
        <translation>all %1 customers are one-time buyers (frequency 0): the models need repeat purchases</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column mapping &quot;%1=%2&quot;: %3 has no field &quot;%2&quot;</source>
        <translation>column mapping &quot;%1=%2&quot;: %3 has no field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing</source>
        <translation>required column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing (also accepted: %2)</source>
        <translation>required column &quot;%1&quot; is missing (also accepted: %2)</translation>
    </message>
    <message numerus="yes">
        <source>required column &quot;%1&quot; is missing; %n more required column(s) missing</source>
        <translation>
            <numerusform>required column &quot;%1&quot; is missing; %n more required column missing</numerusform>
            <numerusform>required column &quot;%1&quot; is missing; %n more required columns missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>required column &quot;%1&quot; is missing (also accepted: %2); %n more required column(s) missing</source>
        <translation>
            <numerusform>required column &quot;%1&quot; is missing (also accepted: %2); %n more required column missing</numerusform>
            <numerusform>required column &quot;%1&quot; is missing (also accepted: %2); %n more required columns missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line 1, column %2 &quot;%3&quot;: unknown column for %4 (expected: %5); map it, or pass --ignore-unknown to leave it out</source>
        <translation>%1: line 1, column %2 &quot;%3&quot;: unknown column for %4 (expected: %5); map it, or pass --ignore-unknown to leave it out</translation>
    </message>
</context>
<context>
    <name>CsvDataset</name>
    <message>
        <source>the target column &quot;%1&quot; is blank</source>
        <translation>the target column &quot;%1&quot; is blank</translation>
    </message>
    <message>
        <source>the target column &quot;%1&quot; has a third value &quot;%2&quot; (after &quot;%3&quot; and &quot;%4&quot;); it must have two, such as Yes/No or 1/0</source>
        <translation>the target column &quot;%1&quot; has a third value &quot;%2&quot; (after &quot;%3&quot; and &quot;%4&quot;); it must have two, such as Yes/No or 1/0</translation>
    </message>
    <message>
        <source>the target column &quot;%1&quot; has one class only: every row is &quot;%2&quot;</source>
        <translation>the target column &quot;%1&quot; has one class only: every row is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no rows to learn from</source>
        <translation>no rows to learn from</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (columns: %2)</source>
        <translation>no column &quot;%1&quot; (columns: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out: it is empty</source>
        <translation>column &quot;%1&quot; left out: it is empty</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out: it is the same in every row</source>
        <translation>column &quot;%1&quot; left out: it is the same in every row</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 (%3 of its %4 values are not numbers; fix them or leave the column out with --drop)</source>
        <translation>column &quot;%1&quot;: %2 (%3 of its %4 values are not numbers; fix them or leave the column out with --drop)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out: a different value in every row (an id?)</source>
        <translation>column &quot;%1&quot; left out: a different value in every row (an id?)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 values, one-hot encoded for the %3 most frequent (the rest count as none of them)</source>
        <translation>column &quot;%1&quot;: %2 values, one-hot encoded for the %3 most frequent (the rest count as none of them)</translation>
    </message>
    <message>
        <source>%1 text columns one-hot encoded into %2 features</source>
        <translation>%1 text columns one-hot encoded into %2 features</translation>
    </message>
    <message>
        <source>no columns left to learn from besides &quot;%1&quot;</source>
        <translation>no columns left to learn from besides &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Elasticity</name>
    <message>
        <source>the minimum number of weeks per product must be 2 to 520, not %1</source>
        <translation>the minimum number of weeks per product must be 2 to 520, not %1</translation>
    </message>
    <message>
        <source>the start date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>the start date &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the end date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>the end date &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the start date %1 is after the end date %2</source>
        <translation>the start date %1 is after the end date %2</translation>
    </message>
    <message>
        <source>Reading sales by product and week</source>
        <translation>Reading sales by product and week</translation>
    </message>
    <message>
        <source>there are no paid, shipped or delivered orders: price elasticity needs sales (nothing was written)</source>
        <translation>there are no paid, shipped or delivered orders: price elasticity needs sales (nothing was written)</translation>
    </message>
    <message>
        <source>the period %1 to %2 holds no whole week (Monday to Sunday): price elasticity compares weeks (nothing was written)</source>
        <translation>the period %1 to %2 holds no whole week (Monday to Sunday): price elasticity compares weeks (nothing was written)</translation>
    </message>
    <message>
        <source>no paid, shipped or delivered order between %1 and %2: price elasticity needs sales (nothing was written)</source>
        <translation>no paid, shipped or delivered order between %1 and %2: price elasticity needs sales (nothing was written)</translation>
    </message>
    <message>
        <source>Estimating price elasticities</source>
        <translation>Estimating price elasticities</translation>
    </message>
    <message>
        <source>Writing price elasticities</source>
        <translation>Writing price elasticities</translation>
    </message>
    <message>
        <source>Price elasticities written</source>
        <translation>Price elasticities written</translation>
    </message>
</context>
<context>
    <name>EntityChecks</name>
    <message>
        <source>not an e-mail address: %1</source>
        <translation>not an e-mail address: %1</translation>
    </message>
    <message>
        <source>not a country code: %1</source>
        <translation>not a country code: %1</translation>
    </message>
    <message>
        <source>price period overlaps the period on line %1</source>
        <translation>price period overlaps the period on line %1</translation>
    </message>
    <message>
        <source>price period overlaps the stored period from %1</source>
        <translation>price period overlaps the stored period from %1</translation>
    </message>
    <message>
        <source>valid_to is not after valid_from</source>
        <translation>valid_to is not after valid_from</translation>
    </message>
    <message>
        <source>not a currency code: %1</source>
        <translation>not a currency code: %1</translation>
    </message>
    <message>
        <source>a purchase event needs an order_id</source>
        <translation>a purchase event needs an order_id</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>the as-of date &apos;%1&apos; is not a valid date or time</translation>
    </message>
    <message>
        <source>Aggregating customer features</source>
        <translation>Aggregating customer features</translation>
    </message>
    <message>
        <source>Reading customer features</source>
        <translation>Reading customer features</translation>
    </message>
</context>
<context>
    <name>LoadChecks</name>
    <message>
        <source>duplicate %1 in the file: also on line %2</source>
        <translation>duplicate %1 in the file: also on line %2</translation>
    </message>
    <message>
        <source>duplicate key in the file: also on line %1</source>
        <translation>duplicate key in the file: also on line %1</translation>
    </message>
    <message>
        <source>no %1 row with %2 = %3</source>
        <translation>no %1 row with %2 = %3</translation>
    </message>
    <message>
        <source>already stored (load %1); use mode upsert to update it</source>
        <translation>already stored (load %1); use mode upsert to update it</translation>
    </message>
    <message>
        <source>already stored (load generated); use mode upsert to update it</source>
        <translation>already stored (load generated); use mode upsert to update it</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 %3</source>
        <translation>%1 already belongs to %2 %3</translation>
    </message>
</context>
<context>
    <name>LoadHistory</name>
    <message>
        <source>cannot roll back load %1: %2</source>
        <translation>cannot roll back load %1: %2</translation>
    </message>
    <message>
        <source>there is no load %1</source>
        <translation>there is no load %1</translation>
    </message>
    <message>
        <source>there is no such load</source>
        <translation>there is no such load</translation>
    </message>
    <message>
        <source>it is synthetic demo data (use kestrel generate --replace instead)</source>
        <translation>it is synthetic demo data (use kestrel generate --replace instead)</translation>
    </message>
    <message>
        <source>it is itself a rollback</source>
        <translation>it is itself a rollback</translation>
    </message>
    <message>
        <source>it was rolled back already (by load %1)</source>
        <translation>it was rolled back already (by load %1)</translation>
    </message>
    <message>
        <source>it did not succeed (%1), so it stored nothing</source>
        <translation>it did not succeed (%1), so it stored nothing</translation>
    </message>
    <message>
        <source>its entity &quot;%1&quot; is unknown to this version</source>
        <translation>its entity &quot;%1&quot; is unknown to this version</translation>
    </message>
    <message>
        <source>load %1 changed %2 after it; roll that one back first</source>
        <translation>load %1 changed %2 after it; roll that one back first</translation>
    </message>
    <message>
        <source>%1 %2 rows (generated data) refer to %3 rows it added; roll back generated data first</source>
        <translation>%1 %2 rows (generated data) refer to %3 rows it added; roll back generated data first</translation>
    </message>
    <message>
        <source>%1 %2 rows (load %3) refer to %4 rows it added; roll back load %3 first</source>
        <translation>%1 %2 rows (load %3) refer to %4 rows it added; roll back load %3 first</translation>
    </message>
    <message>
        <source>Restoring the previous rows…</source>
        <translation>Restoring the previous rows…</translation>
    </message>
    <message>
        <source>Removing the rows the load added…</source>
        <translation>Removing the rows the load added…</translation>
    </message>
    <message>
        <source>Putting back removed rows…</source>
        <translation>Putting back removed rows…</translation>
    </message>
    <message>
        <source>Refreshing summaries…</source>
        <translation>Refreshing summaries…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>%1: %2 of %3 rows rejected (first: line %4, column &quot;%5&quot;: %6); nothing was loaded. Rejects: %7</source>
        <translation>%1: %2 of %3 rows rejected (first: line %4, column &quot;%5&quot;: %6); nothing was loaded. Rejects: %7</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; left out (unknown to %2)</source>
        <translation>column &quot;%1&quot; left out (unknown to %2)</translation>
    </message>
    <message>
        <source>Reading and checking rows…</source>
        <translation>Reading and checking rows…</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for %2; map it, or pass --ignore-unknown to leave it out</source>
        <translation>unknown field &quot;%1&quot; for %2; map it, or pass --ignore-unknown to leave it out</translation>
    </message>
    <message>
        <source>%1: this file (same SHA-256) was already loaded into %2 as load %3 on %4; use --force to load it again</source>
        <translation>%1: this file (same SHA-256) was already loaded into %2 as load %3 on %4; use --force to load it again</translation>
    </message>
    <message>
        <source>Checking keys and references…</source>
        <translation>Checking keys and references…</translation>
    </message>
    <message>
        <source>%1: replace would remove %2 rows that %3 %4 rows still refer to (%5); load them with mode upsert, or replace %4 first</source>
        <translation>%1: replace would remove %2 rows that %3 %4 rows still refer to (%5); load them with mode upsert, or replace %4 first</translation>
    </message>
    <message>
        <source>Writing rows…</source>
        <translation>Writing rows…</translation>
    </message>
    <message>
        <source>Refreshing summaries…</source>
        <translation>Refreshing summaries…</translation>
    </message>
    <message>
        <source>unknown load mode &quot;%1&quot; (append, upsert or replace)</source>
        <translation>unknown load mode &quot;%1&quot; (append, upsert or replace)</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (one of: %2)</source>
        <translation>unknown entity &quot;%1&quot; (one of: %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>cancelled by the user; nothing was stored</source>
        <translation>cancelled by the user; nothing was stored</translation>
    </message>
    <message>
        <source>load %1 cancelled; nothing was stored</source>
        <translation>load %1 cancelled; nothing was stored</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Ltv</name>
    <message>
        <source>Reading purchase histories</source>
        <translation>Reading purchase histories</translation>
    </message>
    <message>
        <source>no holdout check: %1 days of history are too few for a %2-day holdout after a calibration period (at least 4 weeks and half the holdout) with repeat purchases</source>
        <translation>no holdout check: %1 days of history are too few for a %2-day holdout after a calibration period (at least 4 weeks and half the holdout) with repeat purchases</translation>
    </message>
    <message>
        <source>Fitting BG/NBD and Gamma-Gamma</source>
        <translation>Fitting BG/NBD and Gamma-Gamma</translation>
    </message>
    <message>
        <source>no predicted LTV: no customer has bought on two different days yet</source>
        <translation>no predicted LTV: no customer has bought on two different days yet</translation>
    </message>
    <message>
        <source>the BG/NBD fit did not fully converge; its predictions may be off</source>
        <translation>the BG/NBD fit did not fully converge; its predictions may be off</translation>
    </message>
    <message>
        <source>the Gamma-Gamma fit did not fully converge; expected order values may be off</source>
        <translation>the Gamma-Gamma fit did not fully converge; expected order values may be off</translation>
    </message>
    <message>
        <source>no expected order value or CLV: Gamma-Gamma needs at least two repeat buyers</source>
        <translation>no expected order value or CLV: Gamma-Gamma needs at least two repeat buyers</translation>
    </message>
    <message>
        <source>Predicting purchases and value</source>
        <translation>Predicting purchases and value</translation>
    </message>
    <message>
        <source>Gamma-Gamma has no population mean (q ≤ 1); one-time buyers get the repeat buyers&apos; average order value</source>
        <translation>Gamma-Gamma has no population mean (q ≤ 1); one-time buyers get the repeat buyers&apos; average order value</translation>
    </message>
    <message>
        <source>the CLV horizon must be 1 to 120 months, not %1</source>
        <translation>the CLV horizon must be 1 to 120 months, not %1</translation>
    </message>
    <message>
        <source>the monthly discount rate must be 0 to 0.5, not %1</source>
        <translation>the monthly discount rate must be 0 to 0.5, not %1</translation>
    </message>
    <message>
        <source>the holdout must be 7 to 730 days, not %1</source>
        <translation>the holdout must be 7 to 730 days, not %1</translation>
    </message>
    <message>
        <source>there are no orders: LTV needs purchase history (nothing was written)</source>
        <translation>there are no orders: LTV needs purchase history (nothing was written)</translation>
    </message>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>the as-of date &apos;%1&apos; is not a valid date or time</translation>
    </message>
    <message>
        <source>no customer has a paid order before %1: LTV needs purchase history (nothing was written)</source>
        <translation>no customer has a paid order before %1: LTV needs purchase history (nothing was written)</translation>
    </message>
    <message>
        <source>Historical LTV and cohorts</source>
        <translation>Historical LTV and cohorts</translation>
    </message>
    <message>
        <source>Writing predicted values</source>
        <translation>Writing predicted values</translation>
    </message>
    <message>
        <source>LTV written</source>
        <translation>LTV written</translation>
    </message>
</context>
<context>
    <name>LtvHistory</name>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>the as-of date &apos;%1&apos; is not a valid date or time</translation>
    </message>
    <message>
        <source>there are no orders, so there is no customer for LTV (nothing was written)</source>
        <translation>there are no orders, so there is no customer for LTV (nothing was written)</translation>
    </message>
    <message>
        <source>Reading customers&apos; orders</source>
        <translation>Reading customers&apos; orders</translation>
    </message>
    <message>
        <source>Writing customers&apos; LTV</source>
        <translation>Writing customers&apos; LTV</translation>
    </message>
    <message>
        <source>Finding the customers</source>
        <translation>Finding the customers</translation>
    </message>
    <message>
        <source>no customer has a paid, shipped or delivered order before %1; LTV needs orders (nothing was written)</source>
        <translation>no customer has a paid, shipped or delivered order before %1; LTV needs orders (nothing was written)</translation>
    </message>
    <message>
        <source>Summarising cohorts and channels</source>
        <translation>Summarising cohorts and channels</translation>
    </message>
    <message>
        <source>LTV history ready</source>
        <translation>LTV history ready</translation>
    </message>
    <message>
        <source>the as-of date &apos;%1&apos; is out of range</source>
        <translation>the as-of date &apos;%1&apos; is out of range</translation>
    </message>
</context>
<context>
    <name>LtvInsights</name>
    <message>
        <source>%1-month LTV of channel %2 is %3× its CAC; it pays back in month %4</source>
        <translation>%1-month LTV of channel %2 is %3× its CAC; it pays back in month %4</translation>
    </message>
    <message>
        <source>%1-month LTV of channel %2 is %3× its CAC</source>
        <translation>%1-month LTV of channel %2 is %3× its CAC</translation>
    </message>
    <message>
        <source>the top 10% of customers bring %1% of the %2-month revenue</source>
        <translation>the top 10% of customers bring %1% of the %2-month revenue</translation>
    </message>
    <message>
        <source>%1-month LTV of channel %2 is only %3× its CAC: it has not paid back yet</source>
        <translation>%1-month LTV of channel %2 is only %3× its CAC: it has not paid back yet</translation>
    </message>
    <message>
        <source>valuable repeat buyers probably gone (P(alive) below 0.3): %1, who spent %2 on repeat purchases</source>
        <translation>valuable repeat buyers probably gone (P(alive) below 0.3): %1, who spent %2 on repeat purchases</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <source>there are no users: nothing to recommend (nothing was written)</source>
        <translation>there are no users: nothing to recommend (nothing was written)</translation>
    </message>
    <message>
        <source>Reading products</source>
        <translation>Reading products</translation>
    </message>
    <message>
        <source>there are no products: nothing to recommend (nothing was written)</source>
        <translation>there are no products: nothing to recommend (nothing was written)</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Reading users</translation>
    </message>
    <message>
        <source>Reading views and carts</source>
        <translation>Reading views and carts</translation>
    </message>
    <message>
        <source>Reading purchases</source>
        <translation>Reading purchases</translation>
    </message>
    <message>
        <source>the as-of date &apos;%1&apos; is not a valid date or time</source>
        <translation>the as-of date &apos;%1&apos; is not a valid date or time</translation>
    </message>
    <message>
        <source>the list length must be 1 to 100, not %1</source>
        <translation>the list length must be 1 to 100, not %1</translation>
    </message>
    <message>
        <source>the half-life must be 0 to 3650 days</source>
        <translation>the half-life must be 0 to 3650 days</translation>
    </message>
    <message>
        <source>the evaluation window must be 0 to 365 days, not %1</source>
        <translation>the evaluation window must be 0 to 365 days, not %1</translation>
    </message>
    <message>
        <source>no evaluation: it needs purchases before %1 and in the %2 days from it to %3 (there are %4 before and %5 after)</source>
        <translation>no evaluation: it needs purchases before %1 and in the %2 days from it to %3 (there are %4 before and %5 after)</translation>
    </message>
    <message>
        <source>Evaluating on the last days</source>
        <translation>Evaluating on the last days</translation>
    </message>
    <message>
        <source>Learning item similarities</source>
        <translation>Learning item similarities</translation>
    </message>
    <message>
        <source>Writing recommendations</source>
        <translation>Writing recommendations</translation>
    </message>
    <message>
        <source>Indexing recommendations</source>
        <translation>Indexing recommendations</translation>
    </message>
    <message>
        <source>Attaching the run</source>
        <translation>Attaching the run</translation>
    </message>
    <message>
        <source>Recommendations written</source>
        <translation>Recommendations written</translation>
    </message>
    <message>
        <source>there is no user with id %1</source>
        <translation>there is no user with id %1</translation>
    </message>
    <message>
        <source>there are no recommendations yet: run kestrel analyze recommend first</source>
        <translation>there are no recommendations yet: run kestrel analyze recommend first</translation>
    </message>
</context>
<context>
    <name>RecommendEvaluation</name>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>--cut-date must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--cut-date must be a date YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no purchases on or after the cut date %1: the purchases run from %2 to %3, so there is nothing to test on (choose an earlier --cut-date)</source>
        <translation>no purchases on or after the cut date %1: the purchases run from %2 to %3, so there is nothing to test on (choose an earlier --cut-date)</translation>
    </message>
    <message>
        <source>no purchases before the cut date %1: the purchases run from %2 to %3, so there is nothing to train on (choose a later --cut-date)</source>
        <translation>no purchases before the cut date %1: the purchases run from %2 to %3, so there is nothing to train on (choose a later --cut-date)</translation>
    </message>
    <message>
        <source>Evaluating the recommender</source>
        <translation>Evaluating the recommender</translation>
    </message>
</context>
<context>
    <name>RecommendReason</name>
    <message>
        <source>bought together with %1</source>
        <translation>bought together with %1</translation>
    </message>
    <message>
        <source>viewed together with %1</source>
        <translation>viewed together with %1</translation>
    </message>
    <message>
        <source>similar to %1</source>
        <translation>similar to %1</translation>
    </message>
    <message>
        <source>popular in %1</source>
        <translation>popular in %1</translation>
    </message>
    <message>
        <source>popular now</source>
        <translation>popular now</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>a CSV delimiter cannot be a quote or a line break</source>
        <translation>a CSV delimiter cannot be a quote or a line break</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>column %1 of the header has an empty name</source>
        <translation>column %1 of the header has an empty name</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot; of the header repeats the name of column %3</source>
        <translation>column %1 &quot;%2&quot; of the header repeats the name of column %3</translation>
    </message>
    <message numerus="yes">
        <source>%n fields, the header has %1</source>
        <translation>
            <numerusform>%n field, the header has %1</numerusform>
            <numerusform>%n fields, the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unterminated quoted field starting here (the file may be truncated)</source>
        <translation>unterminated quoted field starting here (the file may be truncated)</translation>
    </message>
    <message>
        <source>expected an array of objects or one object per line, found %1</source>
        <translation>expected an array of objects or one object per line, found %1</translation>
    </message>
    <message>
        <source>expected an object (JSON lines hold one object per line), found %1</source>
        <translation>expected an object (JSON lines hold one object per line), found %1</translation>
    </message>
    <message>
        <source>unexpected text after the end of the top-level array</source>
        <translation>unexpected text after the end of the top-level array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>expected &apos;,&apos; or &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an object in the top-level array, found %1</source>
        <translation>expected an object in the top-level array, found %1</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>expected a key in double quotes</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>expected &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>expected &apos;,&apos; or &apos;}&apos;</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in one object</source>
        <translation>duplicate key &quot;%1&quot; in one object</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>expected a value, found %1</translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation>unescaped control character in a string</translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation>invalid escape \%1</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hex digits</source>
        <translation>invalid \u escape: expected four hex digits</translation>
    </message>
    <message>
        <source>invalid \u escape: a low surrogate without a high one</source>
        <translation>invalid \u escape: a low surrogate without a high one</translation>
    </message>
    <message>
        <source>\u0000 (a NUL character) cannot be stored as text</source>
        <translation>\u0000 (a NUL character) cannot be stored as text</translation>
    </message>
    <message>
        <source>invalid \u escape: a high surrogate without a low one</source>
        <translation>invalid \u escape: a high surrogate without a low one</translation>
    </message>
    <message>
        <source>invalid number (a leading zero)</source>
        <translation>invalid number (a leading zero)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>invalid number (a digit must follow &apos;.&apos;)</source>
        <translation>invalid number (a digit must follow &apos;.&apos;)</translation>
    </message>
    <message>
        <source>invalid number (a digit must follow the exponent)</source>
        <translation>invalid number (a digit must follow the exponent)</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>invalid literal (expected %1)</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>the end of the file</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an unexpected character</source>
        <translation>an unexpected character</translation>
    </message>
    <message>
        <source>unexpected end of file (the file may be truncated)</source>
        <translation>unexpected end of file (the file may be truncated)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>it looks like an HTML page</source>
        <translation>it looks like an HTML page</translation>
    </message>
    <message>
        <source>it looks like an XML document</source>
        <translation>it looks like an XML document</translation>
    </message>
    <message>
        <source>not a CSV or JSON file (%1)</source>
        <translation>not a CSV or JSON file (%1)</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a file</source>
        <translation>cannot open %1: it is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use utf-8, cp1251 or auto)</source>
        <translation>unknown encoding &quot;%1&quot; (use utf-8, cp1251 or auto)</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; save the file as UTF-8 or Windows-1251</source>
        <translation>UTF-32 text is not supported; save the file as UTF-8 or Windows-1251</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported; save the file as UTF-8 or Windows-1251</source>
        <translation>UTF-16 text is not supported; save the file as UTF-8 or Windows-1251</translation>
    </message>
    <message>
        <source>not a text file (binary data)</source>
        <translation>not a text file (binary data)</translation>
    </message>
    <message>
        <source>a ZIP archive, e.g. an Excel .xlsx workbook; save it as CSV</source>
        <translation>a ZIP archive, e.g. an Excel .xlsx workbook; save it as CSV</translation>
    </message>
    <message>
        <source>an Excel .xls workbook; save it as CSV</source>
        <translation>an Excel .xls workbook; save it as CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a gzip archive; unpack it first</source>
        <translation>a gzip archive; unpack it first</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>binary data</translation>
    </message>
    <message>
        <source>binary data (a NUL byte) in the text</source>
        <translation>binary data (a NUL byte) in the text</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)</source>
        <translation>invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)</translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation>the gzip data is truncated</translation>
    </message>
    <message>
        <source>not valid gzip data (%1)</source>
        <translation>not valid gzip data (%1)</translation>
    </message>
</context>
<context>
    <name>RejectsFile</name>
    <message>
        <source>cannot write the rejects file %1: %2</source>
        <translation>cannot write the rejects file %1: %2</translation>
    </message>
    <message>
        <source>writing the rejects file %1 failed</source>
        <translation>writing the rejects file %1 failed</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>no customer has an order before %1; RFM needs orders (nothing was written)</source>
        <translation>no customer has an order before %1; RFM needs orders (nothing was written)</translation>
    </message>
    <message>
        <source>Writing RFM scores</source>
        <translation>Writing RFM scores</translation>
    </message>
    <message>
        <source>RFM scores written</source>
        <translation>RFM scores written</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>below the minimum %1</source>
        <translation>below the minimum %1</translation>
    </message>
    <message>
        <source>above the maximum %1</source>
        <translation>above the maximum %1</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message numerus="yes">
        <source>longer than %n characters</source>
        <translation>
            <numerusform>longer than %n character</numerusform>
            <numerusform>longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>not one of %1</translation>
    </message>
    <message>
        <source>a word longer than %1 characters: %2</source>
        <translation>a word longer than %1 characters: %2</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>not enough history for the %1 window from %2 to %3: %4 users, %5 with the outcome; a model needs both outcomes — load more history or choose a later as-of date (nothing was written)</source>
        <translation>not enough history for the %1 window from %2 to %3: %4 users, %5 with the outcome; a model needs both outcomes — load more history or choose a later as-of date (nothing was written)</translation>
    </message>
    <message>
        <source>the database has no orders or events to learn from (nothing was written)</source>
        <translation>the database has no orders or events to learn from (nothing was written)</translation>
    </message>
    <message>
        <source>the churn window must be 1 to 730 days, got %1</source>
        <translation>the churn window must be 1 to 730 days, got %1</translation>
    </message>
    <message>
        <source>the purchase horizon must be 1 to 365 days, got %1</source>
        <translation>the purchase horizon must be 1 to 365 days, got %1</translation>
    </message>
    <message>
        <source>Building training features</source>
        <translation>Building training features</translation>
    </message>
    <message>
        <source>no users to score as of %1 (churn concerns users active in the %2 days before it; nothing was written)</source>
        <translation>no users to score as of %1 (churn concerns users active in the %2 days before it; nothing was written)</translation>
    </message>
    <message>
        <source>Training the model</source>
        <translation>Training the model</translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation>Scoring customers</translation>
    </message>
    <message>
        <source>Writing scores</source>
        <translation>Writing scores</translation>
    </message>
    <message>
        <source>Scores written</source>
        <translation>Scores written</translation>
    </message>
    <message>
        <source>run %1 is not a succeeded propensity or churn run</source>
        <translation>run %1 is not a succeeded propensity or churn run</translation>
    </message>
    <message>
        <source>run %1 is a %2 run and run %3 a %4 run; only runs of the same model can be compared</source>
        <translation>run %1 is a %2 run and run %3 a %4 run; only runs of the same model can be compared</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>mostly no orders</source>
        <translation>mostly no orders</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>high spend</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>low spend</translation>
    </message>
    <message>
        <source>medium spend</source>
        <translation>medium spend</translation>
    </message>
    <message>
        <source>mostly one-time buyers</source>
        <translation>mostly one-time buyers</translation>
    </message>
    <message>
        <source>buys weekly</source>
        <translation>buys weekly</translation>
    </message>
    <message>
        <source>buys monthly</source>
        <translation>buys monthly</translation>
    </message>
    <message>
        <source>buys quarterly</source>
        <translation>buys quarterly</translation>
    </message>
    <message>
        <source>buys rarely</source>
        <translation>buys rarely</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>bought recently</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <source>visits often</source>
        <translation>visits often</translation>
    </message>
    <message>
        <source>rarely visits</source>
        <translation>rarely visits</translation>
    </message>
    <message>
        <source>%1% of revenue</source>
        <translation>%1% of revenue</translation>
    </message>
    <message>
        <source>%1 segments need at least %2 users; %3 signed up before %4 (nothing was written)</source>
        <translation>%1 segments need at least %2 users; %3 signed up before %4 (nothing was written)</translation>
    </message>
    <message>
        <source>k must be at least 1, or the range %1..%2 must start at 2 or more</source>
        <translation>k must be at least 1, or the range %1..%2 must start at 2 or more</translation>
    </message>
    <message>
        <source>Clustering customers</source>
        <translation>Clustering customers</translation>
    </message>
    <message>
        <source>Writing segments</source>
        <translation>Writing segments</translation>
    </message>
    <message>
        <source>Segments written</source>
        <translation>Segments written</translation>
    </message>
    <message>
        <source>DBSCAN needs eps of 0 (suggest) or more and min samples of 0 (2 × features) or more</source>
        <translation>DBSCAN needs eps of 0 (suggest) or more and min samples of 0 (2 × features) or more</translation>
    </message>
    <message>
        <source>DBSCAN with min samples %1 needs at least %2 users; %3 signed up before %4 (nothing was written)</source>
        <translation>DBSCAN with min samples %1 needs at least %2 users; %3 signed up before %4 (nothing was written)</translation>
    </message>
    <message>
        <source>DBSCAN found no segment with eps %1 and min samples %2: every user is noise; raise eps or lower min samples (nothing was written)</source>
        <translation>DBSCAN found no segment with eps %1 and min samples %2: every user is noise; raise eps or lower min samples (nothing was written)</translation>
    </message>
    <message>
        <source>outliers in no segment</source>
        <translation>outliers in no segment</translation>
    </message>
</context>
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
    <name>TransactionsCsv</name>
    <message>
        <source>not a date or time: %1 (expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or DD.MM.YYYY[ HH:MM])</source>
        <translation>not a date or time: %1 (expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or DD.MM.YYYY[ HH:MM])</translation>
    </message>
    <message>
        <source>no such date: %1</source>
        <translation>no such date: %1</translation>
    </message>
    <message>
        <source>no such time: %1</source>
        <translation>no such time: %1</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (%2); the columns are: %3</source>
        <translation>no column &quot;%1&quot; (%2); the columns are: %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>column &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>no purchases: %1 rows read, %2 returns, %3 without a user id</source>
        <translation>no purchases: %1 rows read, %2 returns, %3 without a user id</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>empty value</source>
        <translation>empty value</translation>
    </message>
    <message>
        <source>no such date: %1</source>
        <translation>no such date: %1</translation>
    </message>
    <message>
        <source>no such time: %1</source>
        <translation>no such time: %1</translation>
    </message>
    <message>
        <source>no such time zone offset: %1</source>
        <translation>no such time zone offset: %1</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>not a date: %1</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>not a number: %1</translation>
    </message>
    <message>
        <source>out of range: %1</source>
        <translation>out of range: %1</translation>
    </message>
    <message>
        <source>not an integer: %1</source>
        <translation>not an integer: %1</translation>
    </message>
    <message>
        <source>not a date (it has a time of day): %1</source>
        <translation>not a date (it has a time of day): %1</translation>
    </message>
    <message>
        <source>not a boolean: %1</source>
        <translation>not a boolean: %1</translation>
    </message>
    <message>
        <source>no such month: %1</source>
        <translation>no such month: %1</translation>
    </message>
    <message>
        <source>not a month: %1</source>
        <translation>not a month: %1</translation>
    </message>
    <message>
        <source>not a month (it has a time of day): %1</source>
        <translation>not a month (it has a time of day): %1</translation>
    </message>
    <message>
        <source>not the first day of a month: %1</source>
        <translation>not the first day of a month: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::core::FilterPresetStore</name>
    <message>
        <source>&quot;%1&quot; is not a page key (lower-case letters, digits, _ . -; 64 at most)</source>
        <translation>&quot;%1&quot; is not a page key (lower-case letters, digits, _ . -; 64 at most)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; belongs to %2; only its owner can delete it</source>
        <translation>The preset &quot;%1&quot; belongs to %2; only its owner can delete it</translation>
    </message>
    <message>
        <source>Nothing was deleted: preset %1 does not exist any more</source>
        <translation>Nothing was deleted: preset %1 does not exist any more</translation>
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
    <name>kestrel::core::TableExportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 rows do not fit one XLSX sheet (%2 data rows); choose split into sheets or CSV</source>
        <translation>%1 rows do not fit one XLSX sheet (%2 data rows); choose split into sheets or CSV</translation>
    </message>
    <message>
        <source>There are no columns to export</source>
        <translation>There are no columns to export</translation>
    </message>
    <message>
        <source>%1 columns do not fit an XLSX sheet (16,384 at most)</source>
        <translation>%1 columns do not fit an XLSX sheet (16,384 at most)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>The folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 is a folder</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Cannot write to the folder %1: %2</translation>
    </message>
    <message>
        <source>Row %1 has %2 cells but the export has %3 columns</source>
        <translation>Row %1 has %2 cells but the export has %3 columns</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export cancelled; no file was written</translation>
    </message>
    <message>
        <source>Cannot create the XLSX workbook %1</source>
        <translation>Cannot create the XLSX workbook %1</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Cannot write %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: text of %3 characters does not fit an XLSX cell (%4 at most); export to CSV or JSON instead</source>
        <translation>Row %1, column &quot;%2&quot;: text of %3 characters does not fit an XLSX cell (%4 at most); export to CSV or JSON instead</translation>
    </message>
    <message>
        <source>More than %1 rows do not fit one XLSX sheet (%1 data rows); choose split into sheets or CSV</source>
        <translation>More than %1 rows do not fit one XLSX sheet (%1 data rows); choose split into sheets or CSV</translation>
    </message>
</context>
<context>
    <name>kestrel::core::preset_json</name>
    <message>
        <source>preset %1: %2</source>
        <translation>preset %1: %2</translation>
    </message>
    <message>
        <source>A preset needs a name</source>
        <translation>A preset needs a name</translation>
    </message>
    <message>
        <source>A preset name has %1 characters at most</source>
        <translation>A preset name has %1 characters at most</translation>
    </message>
    <message>
        <source>A preset name cannot start or end with spaces</source>
        <translation>A preset name cannot start or end with spaces</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2</source>
        <translation>The file is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>This is not a file of Kestrel filter presets (format &quot;%1&quot;)</source>
        <translation>This is not a file of Kestrel filter presets (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Filter presets of version %1 are not supported; this Kestrel reads version 1</source>
        <translation>Filter presets of version %1 are not supported; this Kestrel reads version 1</translation>
    </message>
    <message>
        <source>Missing &quot;presets&quot;: the file must hold a list of presets</source>
        <translation>Missing &quot;presets&quot;: the file must hold a list of presets</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>missing &quot;name&quot;</source>
        <translation>missing &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be text</source>
        <translation>&quot;name&quot; must be text</translation>
    </message>
    <message>
        <source>&quot;name&quot; is empty</source>
        <translation>&quot;name&quot; is empty</translation>
    </message>
    <message>
        <source>&quot;name&quot; is longer than %1 characters</source>
        <translation>&quot;name&quot; is longer than %1 characters</translation>
    </message>
    <message>
        <source>missing &quot;filters&quot;</source>
        <translation>missing &quot;filters&quot;</translation>
    </message>
    <message>
        <source>&quot;filters&quot; must be an object</source>
        <translation>&quot;filters&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;page&quot; must be text</source>
        <translation>&quot;page&quot; must be text</translation>
    </message>
    <message>
        <source>&quot;shared&quot; must be true or false</source>
        <translation>&quot;shared&quot; must be true or false</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomaliesModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The anomalies could not be loaded: %1</source>
        <translation>The anomalies could not be loaded: %1</translation>
    </message>
    <message>
        <source>The chart of this anomaly could not be read: %1</source>
        <translation>The chart of this anomaly could not be read: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomaliesPage</name>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Days that left their weekday baseline · days in UTC</source>
        <translation>Days that left their weekday baseline · days in UTC</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Running: %1 %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>All days</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The last days of the newest check&apos;s period</source>
        <translation>The last days of the newest check&apos;s period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>The last anomaly check failed</source>
        <translation>The last anomaly check failed</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Run %1, started %2, failed: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>It stored nothing. Correct what the message says and press Run to try again.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <source>No anomaly check yet</source>
        <translation>No anomaly check yet</translation>
    </message>
    <message>
        <source>Kestrel compares every day of revenue, orders, new users, purchase conversion and each kind of event with the same weekday of the eight weeks before it, and marks the days that are far outside their usual range — a drop when the shop was down, a spike when a promotion worked. The anomalies are listed here for you to accept or dismiss, and marked on the Dashboard&apos;s charts. Press Run.</source>
        <translation>Kestrel compares every day of revenue, orders, new users, purchase conversion and each kind of event with the same weekday of the eight weeks before it, and marks the days that are far outside their usual range — a drop when the shop was down, a spike when a promotion worked. The anomalies are listed here for you to accept or dismiss, and marked on the Dashboard&apos;s charts. Press Run.</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>All metrics</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the anomalies cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the anomalies cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The review was not stored: %1</source>
        <translation>The review was not stored: %1</translation>
    </message>
    <message>
        <source>Anomaly check done: %1 (run %2).</source>
        <translation>Anomaly check done: %1 (run %2).</translation>
    </message>
    <message>
        <source>The anomalies shown are still the stored ones.</source>
        <translation>The anomalies shown are still the stored ones.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>Anomaly check cancelled. %1</source>
        <translation>Anomaly check cancelled. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>Anomaly check failed: %1</source>
        <translation>Anomaly check failed: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>The latest anomaly check (run %1, started %2) failed: %3 The anomalies below are from run %4 and earlier.</source>
        <translation>The latest anomaly check (run %1, started %2) failed: %3 The anomalies below are from run %4 and earlier.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>(the newest; narrow the filters)</source>
        <translation>(the newest; narrow the filters)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review in all</source>
        <translation>
            <numerusform>%n to review in all</numerusform>
            <numerusform>%n to review in all</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 checked %2 – %3 at a threshold of %4</source>
        <translation>run %1 checked %2 – %3 at a threshold of %4</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyDetailView</name>
    <message>
        <source>Select an anomaly to see its metric around that day.</source>
        <translation>Select an anomaly to see its metric around that day.</translation>
    </message>
    <message>
        <source>Note (optional): what happened that day</source>
        <translation>Note (optional): what happened that day</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>The anomaly is real and understood; it stays marked on the Dashboard in grey.</source>
        <translation>The anomaly is real and understood; it stays marked on the Dashboard in grey.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Not worth attention (e.g. a known artefact); no longer marked on the Dashboard.</source>
        <translation>Not worth attention (e.g. a known artefact); no longer marked on the Dashboard.</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Back to review</translation>
    </message>
    <message>
        <source>Undo the review: the anomaly is to review again.</source>
        <translation>Undo the review: the anomaly is to review again.</translation>
    </message>
    <message>
        <source>No anomaly selected</source>
        <translation>No anomaly selected</translation>
    </message>
    <message>
        <source>Select one or more rows above to review them.</source>
        <translation>Select one or more rows above to review them.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1: %2, expected about %3 (%4).
Normal range %5 – %6; score %7, severity %8.</source>
        <translation>%1: %2, expected about %3 (%4).
Normal range %5 – %6; score %7, severity %8.</translation>
    </message>
    <message>
        <source>To review · found by run %1</source>
        <translation>To review · found by run %1</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows selected: the buttons act on all of them.</source>
        <translation>
            <numerusform>%n row selected.</numerusform>
            <numerusform>%n rows selected: the buttons act on all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data for this metric around that day.</source>
        <translation>No data for this metric around that day.</translation>
    </message>
    <message>
        <source>%1, day by day</source>
        <translation>%1, day by day</translation>
    </message>
    <message>
        <source>Expected range</source>
        <translation>Expected range</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyRunBar</name>
    <message>
        <source>A day is an anomaly when it is this many usual spreads away from its baseline (a robust z-score; 3.5 by default). Higher: fewer, larger anomalies.</source>
        <translation>A day is an anomaly when it is this many usual spreads away from its baseline (a robust z-score; 3.5 by default). Higher: fewer, larger anomalies.</translation>
    </message>
    <message>
        <source> wk.</source>
        <translation> wk.</translation>
    </message>
    <message>
        <source>A day&apos;s baseline is the median of the same weekday in this many weeks before it; at least 4 of them must have data (4 to 52).</source>
        <translation>A day&apos;s baseline is the median of the same weekday in this many weeks before it; at least 4 of them must have data (4 to 52).</translation>
    </message>
    <message>
        <source>Check every day of revenue, orders, new users, conversion and events by type against its weekday baseline; the anomalies are stored, reviews are kept.</source>
        <translation>Check every day of revenue, orders, new users, conversion and events by type against its weekday baseline; the anomalies are stored, reviews are kept.</translation>
    </message>
    <message>
        <source>Stop the run; the anomalies stored before stay.</source>
        <translation>Stop the run; the anomalies stored before stay.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyTableModel</name>
    <message>
        <source>What the day was expected to be: the median of the same weekday in the weeks before it</source>
        <translation>What the day was expected to be: the median of the same weekday in the weeks before it</translation>
    </message>
    <message>
        <source>How far the day was from its baseline, in percent of the baseline</source>
        <translation>How far the day was from its baseline, in percent of the baseline</translation>
    </message>
    <message>
        <source>How unusual the day was: its distance from the baseline in units of the usual spread of that weekday (a robust z-score); from the run&apos;s threshold on, a day is an anomaly</source>
        <translation>How unusual the day was: its distance from the baseline in units of the usual spread of that weekday (a robust z-score); from the run&apos;s threshold on, a day is an anomaly</translation>
    </message>
    <message>
        <source>Low below a score of 5, medium below 8, high from 8 on</source>
        <translation>Low below a score of 5, medium below 8, high from 8 on</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expected range %1 – %2 (run %3)</source>
        <translation>Expected range %1 – %2 (run %3)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyTexts</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>New users</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>%1 (%2): %3, expected about %4
score %5 · %6</source>
        <translation>%1 (%2): %3, expected about %4
score %5 · %6</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CardProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Last bought</source>
        <translation>Last bought</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CardRecommendationsModel</name>
    <message>
        <source>product %1</source>
        <translation>product %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Part of the model</source>
        <translation>Part of the model</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CardTimelineModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Product or order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Order #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ChartCard</name>
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
    <name>kestrel::ui::CustomerFilterBar</name>
    <message>
        <source>Segment of the newest segmentation run (Segments page)</source>
        <translation>Segment of the newest segmentation run (Segments page)</translation>
    </message>
    <message>
        <source>Named RFM segment of the newest RFM run</source>
        <translation>Named RFM segment of the newest RFM run</translation>
    </message>
    <message>
        <source>Churn risk band: low &lt; 0.3 ≤ medium &lt; 0.6 ≤ high</source>
        <translation>Churn risk band: low &lt; 0.3 ≤ medium &lt; 0.6 ≤ high</translation>
    </message>
    <message>
        <source>Band of predicted LTV by quantile among the customers with a prediction</source>
        <translation>Band of predicted LTV by quantile among the customers with a prediction</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Acquisition channel</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation>All RFM segments</translation>
    </message>
    <message>
        <source>Any churn risk</source>
        <translation>Any churn risk</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show every customer: no search, filters or dates</source>
        <translation>Show every customer: no search, filters or dates</translation>
    </message>
    <message>
        <source>Any LTV</source>
        <translation>Any LTV</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomerSearchBox</name>
    <message>
        <source>Find a customer: id, name, e-mail, Telegram id (Ctrl+K)</source>
        <translation>Find a customer: id, name, e-mail, Telegram id (Ctrl+K)</translation>
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
        <translation>No customer with id %1</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>No customer matches “%1”</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomerTexts</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potential loyalists</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Need attention</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>About to sleep</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>Cannot lose them</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Low (&lt; %1)</source>
        <translation>Low (&lt; %1)</translation>
    </message>
    <message>
        <source>Medium (%1–%2)</source>
        <translation>Medium (%1–%2)</translation>
    </message>
    <message>
        <source>High (≥ %1)</source>
        <translation>High (≥ %1)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Bottom 50% (&lt; %1)</source>
        <translation>Bottom 50% (&lt; %1)</translation>
    </message>
    <message>
        <source>Bottom 50%</source>
        <translation>Bottom 50%</translation>
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
        <translation>Top 5% (≥ %1)</translation>
    </message>
    <message>
        <source>Top 5%</source>
        <translation>Top 5%</translation>
    </message>
    <message>
        <source>No prediction</source>
        <translation>No prediction</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Session started</translation>
    </message>
    <message>
        <source>Viewed a page</source>
        <translation>Viewed a page</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Searched</translation>
    </message>
    <message>
        <source>Viewed a product</source>
        <translation>Viewed a product</translation>
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
        <source>Started checkout</source>
        <translation>Started checkout</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Bot command</source>
        <translation>Bot command</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Bought together with %1</source>
        <translation>Bought together with %1</translation>
    </message>
    <message>
        <source>Viewed together with %1</source>
        <translation>Viewed together with %1</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Similar to %1</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>Popular in %1</translation>
    </message>
    <message>
        <source>Popular now</source>
        <translation>Popular now</translation>
    </message>
    <message>
        <source>Item-to-item</source>
        <translation>Item-to-item</translation>
    </message>
    <message>
        <source>Similar products</source>
        <translation>Similar products</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>Popularity</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomersModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The customers could not be loaded: %1</source>
        <translation>The customers could not be loaded: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Days since purchase</source>
        <translation>Days since purchase</translation>
    </message>
    <message>
        <source>Buys in 30 d</source>
        <translation>Buys in 30 d</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>LTV 12 m</source>
        <translation>LTV 12 m</translation>
    </message>
    <message>
        <source>Predicted LTV</source>
        <translation>Predicted LTV</translation>
    </message>
    <message>
        <source>The customer&apos;s segment in the newest segmentation run (Segments page)</source>
        <translation>The customer&apos;s segment in the newest segmentation run (Segments page)</translation>
    </message>
    <message>
        <source>The named RFM segment of the newest RFM run: from the recency and frequency scores</source>
        <translation>The named RFM segment of the newest RFM run: from the recency and frequency scores</translation>
    </message>
    <message>
        <source>Paid, shipped and delivered orders (RFM frequency)</source>
        <translation>Paid, shipped and delivered orders (RFM frequency)</translation>
    </message>
    <message>
        <source>Revenue of those orders (RFM monetary)</source>
        <translation>Revenue of those orders (RFM monetary)</translation>
    </message>
    <message>
        <source>Days from the last purchase to the RFM run&apos;s as-of date</source>
        <translation>Days from the last purchase to the RFM run&apos;s as-of date</translation>
    </message>
    <message>
        <source>The chance of a paid order within 30 days (Scores page)</source>
        <translation>The chance of a paid order within 30 days (Scores page)</translation>
    </message>
    <message>
        <source>The chance that an active customer stops buying and visiting (Scores page)</source>
        <translation>The chance that an active customer stops buying and visiting (Scores page)</translation>
    </message>
    <message>
        <source>The chance the customer is still active (BG/NBD, LTV page)</source>
        <translation>The chance the customer is still active (BG/NBD, LTV page)</translation>
    </message>
    <message>
        <source>Revenue of the first 12 months after the first purchase (only when 12 months have passed)</source>
        <translation>Revenue of the first 12 months after the first purchase (only when 12 months have passed)</translation>
    </message>
    <message>
        <source>The predicted customer lifetime value of the newest LTV run</source>
        <translation>The predicted customer lifetime value of the newest LTV run</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Search by id, name, e-mail or Telegram id…</source>
        <translation>Search by id, name, e-mail or Telegram id…</translation>
    </message>
    <message>
        <source>Digits find a user id or Telegram id exactly; one or two letters the start of a name or e-mail; three and more any part of them</source>
        <translation>Digits find a user id or Telegram id exactly; one or two letters the start of a name or e-mail; three and more any part of them</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Read the customers again (F5)</source>
        <translation>Read the customers again (F5)</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the customers cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the customers cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln customers (estimate)</source>
        <translation>
            <numerusform>≈ %Ln customer (estimate)</numerusform>
            <numerusform>≈ %Ln customers (estimate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln customers, counting…</source>
        <translation>
            <numerusform>≥ %Ln customer, counting…</numerusform>
            <numerusform>≥ %Ln customers, counting…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>≥ %Ln customers</source>
        <translation>
            <numerusform>≥ %Ln customer</numerusform>
            <numerusform>≥ %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting every match took too long; this is PostgreSQL&apos;s estimate</source>
        <translation>Counting every match took too long; this is PostgreSQL&apos;s estimate</translation>
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
    <message>
        <source>Days on which a daily metric left its usual range and nobody has accepted or dismissed them yet. Open the Anomalies page to review them.</source>
        <translation>Days on which a daily metric left its usual range and nobody has accepted or dismissed them yet. Open the Anomalies page to review them.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies to review</source>
        <translation>
            <numerusform>%n anomaly to review</numerusform>
            <numerusform>%n anomalies to review</numerusform>
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
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filter rows…</translation>
    </message>
    <message>
        <source>Shows the rows where every word appears in some visible column</source>
        <translation>Shows the rows where every word appears in some visible column</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Stop the export; no file is written</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose the columns to show and export</source>
        <translation>Choose the columns to show and export</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text (Ctrl+C)</source>
        <translation>Copy the selected cells as tab-separated text (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the rows and columns shown to a file</source>
        <translation>Save the rows and columns shown to a file</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)…</source>
        <translation>CSV (UTF-8, opens in Excel)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel workbook (XLSX)…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 on %3 sheets.</source>
        <translation>Exported %1 rows to %2 on %3 sheets.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export to %1 failed: %2</translation>
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
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>No limit on the dates</source>
        <translation>No limit on the dates</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ElasticityTableModel</name>
    <message>
        <source>Price elasticity of demand: the % change in units sold for a 1% higher price, with trend and season taken out. −1.5 means 1% dearer sells 1.5% fewer units.</source>
        <translation>Price elasticity of demand: the % change in units sold for a 1% higher price, with trend and season taken out. −1.5 means 1% dearer sells 1.5% fewer units.</translation>
    </message>
    <message>
        <source>The 95% confidence interval of the elasticity (heteroskedasticity-robust standard error)</source>
        <translation>The 95% confidence interval of the elasticity (heteroskedasticity-robust standard error)</translation>
    </message>
    <message>
        <source>The share of the week-to-week ups and downs of units sold (within each product) that price, trend and season explain</source>
        <translation>The share of the week-to-week ups and downs of units sold (within each product) that price, trend and season explain</translation>
    </message>
    <message>
        <source>Product-weeks with sales used in the regression</source>
        <translation>Product-weeks with sales used in the regression</translation>
    </message>
    <message>
        <source>Different prices (to the cent) seen within the products</source>
        <translation>Different prices (to the cent) seen within the products</translation>
    </message>
    <message>
        <source>Whether the estimate can be used; hover a row&apos;s cell for the reason</source>
        <translation>Whether the estimate can be used; hover a row&apos;s cell for the reason</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation>Elasticity</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FeatureTexts</name>
    <message>
        <source>Days since last order</source>
        <translation>Days since last order</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Recency</translation>
    </message>
    <message>
        <source>Recency: days since the last order</source>
        <translation>Recency: days since the last order</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Orders: the number of completed orders</source>
        <translation>Orders: the number of completed orders</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Spend: the total of completed orders</source>
        <translation>Spend: the total of completed orders</translation>
    </message>
    <message>
        <source>Days since sign-up</source>
        <translation>Days since sign-up</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <source>Tenure: days since the customer signed up</source>
        <translation>Tenure: days since the customer signed up</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Basket</translation>
    </message>
    <message>
        <source>Basket: the average order amount</source>
        <translation>Basket: the average order amount</translation>
    </message>
    <message>
        <source>Days between orders</source>
        <translation>Days between orders</translation>
    </message>
    <message>
        <source>Days between orders: the average gap between completed orders (none with fewer than two)</source>
        <translation>Days between orders: the average gap between completed orders (none with fewer than two)</translation>
    </message>
    <message>
        <source>Categories bought</source>
        <translation>Categories bought</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Categories: the number of product categories bought</source>
        <translation>Categories: the number of product categories bought</translation>
    </message>
    <message>
        <source>Visits, 7 days</source>
        <translation>Visits, 7 days</translation>
    </message>
    <message>
        <source>Visits: sessions started in the last 7 days</source>
        <translation>Visits: sessions started in the last 7 days</translation>
    </message>
    <message>
        <source>Visits, 30 days</source>
        <translation>Visits, 30 days</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions: visits in the last 30 days</source>
        <translation>Sessions: visits in the last 30 days</translation>
    </message>
    <message>
        <source>Visits, 90 days</source>
        <translation>Visits, 90 days</translation>
    </message>
    <message>
        <source>Visits: sessions started in the last 90 days</source>
        <translation>Visits: sessions started in the last 90 days</translation>
    </message>
    <message>
        <source>Page views, 30 days</source>
        <translation>Page views, 30 days</translation>
    </message>
    <message>
        <source>Page views in the last 30 days</source>
        <translation>Page views in the last 30 days</translation>
    </message>
    <message>
        <source>Product views, 30 days</source>
        <translation>Product views, 30 days</translation>
    </message>
    <message>
        <source>Product pages viewed in the last 30 days</source>
        <translation>Product pages viewed in the last 30 days</translation>
    </message>
    <message>
        <source>Added to cart, 30 days</source>
        <translation>Added to cart, 30 days</translation>
    </message>
    <message>
        <source>Products added to the cart in the last 30 days</source>
        <translation>Products added to the cart in the last 30 days</translation>
    </message>
    <message>
        <source>Checkouts, 30 days</source>
        <translation>Checkouts, 30 days</translation>
    </message>
    <message>
        <source>Checkouts started in the last 30 days</source>
        <translation>Checkouts started in the last 30 days</translation>
    </message>
    <message>
        <source>Purchases, 30 days</source>
        <translation>Purchases, 30 days</translation>
    </message>
    <message>
        <source>Purchases recorded by the site in the last 30 days</source>
        <translation>Purchases recorded by the site in the last 30 days</translation>
    </message>
    <message>
        <source>Searches, 30 days</source>
        <translation>Searches, 30 days</translation>
    </message>
    <message>
        <source>Searches in the last 30 days</source>
        <translation>Searches in the last 30 days</translation>
    </message>
    <message>
        <source>Activity trend</source>
        <translation>Activity trend</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Trend: activity in the last 30 days against the 30 before</source>
        <translation>Trend: activity in the last 30 days against the 30 before</translation>
    </message>
    <message>
        <source>Bot commands, 30 days</source>
        <translation>Bot commands, 30 days</translation>
    </message>
    <message>
        <source>Commands sent to the Telegram bot in the last 30 days</source>
        <translation>Commands sent to the Telegram bot in the last 30 days</translation>
    </message>
    <message>
        <source>Days since last visit</source>
        <translation>Days since last visit</translation>
    </message>
    <message>
        <source>Days since the last activity of any kind; none when there was none in the last 90 days</source>
        <translation>Days since the last activity of any kind; none when there was none in the last 90 days</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Active days</translation>
    </message>
    <message>
        <source>Active days: days with any activity, over the whole history</source>
        <translation>Active days: days with any activity, over the whole history</translation>
    </message>
    <message>
        <source>Share of active days</source>
        <translation>Share of active days</translation>
    </message>
    <message>
        <source>Share of active days: active days out of all days since the first one (a steady visitor is near their usual rate, a fading one far below it)</source>
        <translation>Share of active days: active days out of all days since the first one (a steady visitor is near their usual rate, a fading one far below it)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
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
        <translation>Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>From column</source>
        <translation>From column</translation>
    </message>
    <message>
        <source>Also accepted as</source>
        <translation>Also accepted as</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional (default %1)</source>
        <translation>optional (default %1)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>— missing —</source>
        <translation>— missing —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>A CSV or JSON export, in UTF-8 or Windows-1251. You can also drop the file onto this page.</source>
        <translation>A CSV or JSON export, in UTF-8 or Windows-1251. You can also drop the file onto this page.</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one below</source>
        <translation>Drop a file here, or choose one below</translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab), JSON array or JSON lines</source>
        <translation>CSV (comma, semicolon or tab), JSON array or JSON lines</translation>
    </message>
    <message>
        <source>Path to a .csv, .tsv, .txt, .json or .jsonl file</source>
        <translation>Path to a .csv, .tsv, .txt, .json or .jsonl file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a table…</source>
        <translation>Choose a table…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Data files (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>This is not a file.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
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
        <translation> · delimiter %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n columns</source>
        <translation>
            <numerusform> · %n column</numerusform>
            <numerusform> · %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>What %1 takes (required fields in bold)</source>
        <translation>What %1 takes (required fields in bold)</translation>
    </message>
    <message>
        <source>No table matches the file&apos;s header by name; choose one, then map the columns on the next page.</source>
        <translation>No table matches the file&apos;s header by name; choose one, then map the columns on the next page.</translation>
    </message>
    <message>
        <source>%1 of %2 columns match the fields of %3.</source>
        <translation>%1 of %2 columns match the fields of %3.</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Every required field has a column.</translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation>Required fields without a column: %1.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::FilterPresetBar</name>
    <message>
        <source>%1 — shared by %2</source>
        <translation>%1 — shared by %2</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>Saved filters of this page: yours and those others share</source>
        <translation>Saved filters of this page: yours and those others share</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the current filters as a preset</source>
        <translation>Save the current filters as a preset</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the chosen preset (only your own)</source>
        <translation>Delete the chosen preset (only your own)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Export or import presets as a JSON file</source>
        <translation>Export or import presets as a JSON file</translation>
    </message>
    <message>
        <source>Export presets to a file…</source>
        <translation>Export presets to a file…</translation>
    </message>
    <message>
        <source>Import presets from a file…</source>
        <translation>Import presets from a file…</translation>
    </message>
    <message>
        <source>Presets need a database connection.</source>
        <translation>Presets need a database connection.</translation>
    </message>
    <message>
        <source>the database cannot be reached.</source>
        <translation>the database cannot be reached.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Preset not saved: %1</source>
        <translation>Preset not saved: %1</translation>
    </message>
    <message>
        <source>Could not load presets: %1</source>
        <translation>Could not load presets: %1</translation>
    </message>
    <message>
        <source>Yours · saved %1</source>
        <translation>Yours · saved %1</translation>
    </message>
    <message>
        <source>Shared by %1 · saved %2</source>
        <translation>Shared by %1 · saved %2</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>Saved the preset &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Preset deleted.</source>
        <translation>Preset deleted.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n presets to %1.</source>
        <translation>
            <numerusform>Saved %n preset to %1.</numerusform>
            <numerusform>Saved %n presets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Presets not imported: %1</source>
        <translation>Presets not imported: %1</translation>
    </message>
    <message>
        <source>%1 holds no presets for this page.</source>
        <translation>%1 holds no presets for this page.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n presets.</source>
        <translation>
            <numerusform>Imported %n preset.</numerusform>
            <numerusform>Imported %n presets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n presets of other pages.</source>
        <translation>
            <numerusform>Skipped %n preset of other pages.</numerusform>
            <numerusform>Skipped %n presets of other pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Everyone it is shared with loses it too.</source>
        <translation>Delete &quot;%1&quot;? Everyone it is shared with loses it too.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Export presets</source>
        <translation>Export presets</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Import presets</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::HeatMapChart</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
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
    <name>kestrel::ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>kestrel::ui::JobFailure</name>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <translation>SQLSTATE: %1</translation>
    </message>
    <message>
        <source>Log folder: %1</source>
        <translation>Log folder: %1</translation>
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
    <name>kestrel::ui::LoadJobs</name>
    <message>
        <source>Checking %1 for %2</source>
        <translation>Checking %1 for %2</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>Importing %1 into %2</translation>
    </message>
    <message>
        <source>Rolling back load %1</source>
        <translation>Rolling back load %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>The job failed without a message; see the log.</source>
        <translation>The job failed without a message; see the log.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadNotifier</name>
    <message>
        <source>The import of %1 was cancelled; nothing was stored.</source>
        <translation>The import of %1 was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>The import of %1 into %2 failed: %3</source>
        <translation>The import of %1 into %2 failed: %3</translation>
    </message>
    <message>
        <source>%1 loaded into %2: %3 inserted, %4 updated.</source>
        <translation>%1 loaded into %2: %3 inserted, %4 updated.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rollback of load %1 was cancelled; nothing changed.</source>
        <translation>The rollback of load %1 was cancelled; nothing changed.</translation>
    </message>
    <message>
        <source>Load %1 could not be rolled back: %2</source>
        <translation>Load %1 could not be rolled back: %2</translation>
    </message>
    <message>
        <source>Load %1 (%2) rolled back: %3 rows restored, %4 removed.</source>
        <translation>Load %1 (%2) rolled back: %3 rows restored, %4 removed.</translation>
    </message>
    <message>
        <source>%1 put back.</source>
        <translation>%1 put back.</translation>
    </message>
    <message>
        <source>Open rejects</source>
        <translation>Open rejects</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadPage</name>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>The load is one transaction: if it fails or you cancel it, the table stays as it was.</source>
        <translation>The load is one transaction: if it fails or you cancel it, the table stays as it was.</translation>
    </message>
    <message>
        <source>Cancel load</source>
        <translation>Cancel load</translation>
    </message>
    <message>
        <source>Loading %1 into %2 (%3)…</source>
        <translation>Loading %1 into %2 (%3)…</translation>
    </message>
    <message>
        <source>The check expected %1 rows to insert, %2 to update, %3 unchanged</source>
        <translation>The check expected %1 rows to insert, %2 to update, %3 unchanged</translation>
    </message>
    <message>
        <source>, %1 to delete</source>
        <translation>, %1 to delete</translation>
    </message>
    <message>
        <source> and %1 rejected rows, which are skipped.</source>
        <translation> and %1 rejected rows, which are skipped.</translation>
    </message>
    <message>
        <source>; no row is rejected.</source>
        <translation>; no row is rejected.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelling… the changes are being rolled back.</source>
        <translation>Cancelling… the changes are being rolled back.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadTexts</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Product prices</source>
        <translation>Product prices</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Order items</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Append</translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation>Upsert</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Adds the rows of the file; a row whose key is already stored is rejected.</source>
        <translation>Adds the rows of the file; a row whose key is already stored is rejected.</translation>
    </message>
    <message>
        <source>Adds new rows and updates stored rows with the same key; nothing is removed.</source>
        <translation>Adds new rows and updates stored rows with the same key; nothing is removed.</translation>
    </message>
    <message>
        <source>Makes the table equal to the file: adds, updates, and removes stored rows the file does not have.</source>
        <translation>Makes the table equal to the file: adds, updates, and removes stored rows the file does not have.</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Channel spend</source>
        <translation>Channel spend</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>list (a | b | c)</source>
        <translation>list (a | b | c)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadsModel</name>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Rollback of %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <source>Undone by load %1</source>
        <translation>Undone by load %1</translation>
    </message>
    <message>
        <source>Rejects file: %1</source>
        <translation>Rejects file: %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LoadsPage</name>
    <message>
        <source>Loads</source>
        <translation>Loads</translation>
    </message>
    <message>
        <source>Imports into the customer tables, newest first</source>
        <translation>Imports into the customer tables, newest first</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a CSV or JSON file (Ctrl+I)</source>
        <translation>Import a CSV or JSON file (Ctrl+I)</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Roll back…</translation>
    </message>
    <message>
        <source>Open rejects file</source>
        <translation>Open rejects file</translation>
    </message>
    <message>
        <source>The rejected rows of the selected load, with line, column, value and reason</source>
        <translation>The rejected rows of the selected load, with line, column, value and reason</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n loads · updated %1</source>
        <translation>
            <numerusform>%n load · updated %1</numerusform>
            <numerusform>%n loads · updated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>Undo load %1</source>
        <translation>Undo load %1</translation>
    </message>
    <message>
        <source>Only a succeeded import that was not undone yet can be rolled back.</source>
        <translation>Only a succeeded import that was not undone yet can be rolled back.</translation>
    </message>
    <message>
        <source>Load %1: %2 into %3</source>
        <translation>Load %1: %2 into %3</translation>
    </message>
    <message>
        <source>undid load %1</source>
        <translation>undid load %1</translation>
    </message>
    <message>
        <source>undone by load %1</source>
        <translation>undone by load %1</translation>
    </message>
    <message>
        <source>%1 rows deleted</source>
        <translation>%1 rows deleted</translation>
    </message>
    <message>
        <source>%1 rows unchanged</source>
        <translation>%1 rows unchanged</translation>
    </message>
    <message>
        <source>rejects: %1</source>
        <translation>rejects: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <source>restores %n rows it changed to their previous values</source>
        <translation>
            <numerusform>restores %n row it changed to its previous values</numerusform>
            <numerusform>restores %n rows it changed to their previous values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removes %n rows it added</source>
        <translation>
            <numerusform>removes %n row it added</numerusform>
            <numerusform>removes %n rows it added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puts back %n rows it deleted</source>
        <translation>
            <numerusform>puts back %n row it deleted</numerusform>
            <numerusform>puts back %n rows it deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>It changed no rows, so only its record changes.</source>
        <translation>It changed no rows, so only its record changes.</translation>
    </message>
    <message>
        <source>This %1.</source>
        <translation>This %1.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, and </translation>
    </message>
    <message>
        <source>Roll back load %1 (%2 into %3)?

%4 %3 returns to the state it had before the load. The rollback is recorded as a load of its own.</source>
        <translation>Roll back load %1 (%2 into %3)?

%4 %3 returns to the state it had before the load. The rollback is recorded as a load of its own.</translation>
    </message>
    <message>
        <source>Roll back load %1</source>
        <translation>Roll back load %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvChannelsModel</name>
    <message>
        <source>Customers acquired through the channel (a paid order before the as-of date)</source>
        <translation>Customers acquired through the channel (a paid order before the as-of date)</translation>
    </message>
    <message>
        <source>Acquisition spend of the channel (crm.channel_spend) over the months that have ended</source>
        <translation>Acquisition spend of the channel (crm.channel_spend) over the months that have ended</translation>
    </message>
    <message>
        <source>Customer acquisition cost: the spend divided by the customers acquired in the same months</source>
        <translation>Customer acquisition cost: the spend divided by the customers acquired in the same months</translation>
    </message>
    <message>
        <source>Mean revenue per customer in the first months after the first purchase, over the customers for whom those months have passed</source>
        <translation>Mean revenue per customer in the first months after the first purchase, over the customers for whom those months have passed</translation>
    </message>
    <message>
        <source>12-month LTV divided by CAC: above 3 is healthy, below 1 the channel loses money on each customer in the first year</source>
        <translation>12-month LTV divided by CAC: above 3 is healthy, below 1 the channel loses money on each customer in the first year</translation>
    </message>
    <message>
        <source>The month since the first purchase in which the cumulative revenue per customer first covers the CAC</source>
        <translation>The month since the first purchase in which the cumulative revenue per customer first covers the CAC</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>LTV 3 m</source>
        <translation>LTV 3 m</translation>
    </message>
    <message>
        <source>LTV 6 m</source>
        <translation>LTV 6 m</translation>
    </message>
    <message>
        <source>LTV 12 m</source>
        <translation>LTV 12 m</translation>
    </message>
    <message>
        <source>LTV:CAC 12 m</source>
        <translation>LTV:CAC 12 m</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>No acquisition spend is recorded for this channel.</source>
        <translation>No acquisition spend is recorded for this channel.</translation>
    </message>
    <message>
        <source>%1 spent on %2 new customers</source>
        <translation>%1 spent on %2 new customers</translation>
    </message>
    <message>
        <source>No customer of this channel has been a customer that long yet.</source>
        <translation>No customer of this channel has been a customer that long yet.</translation>
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
        <translation>From %1 to under %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 and more</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers (%1)</source>
        <translation>
            <numerusform>%Ln customer (%1)</numerusform>
            <numerusform>%Ln customers (%1)</numerusform>
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
            <numerusform>Cohort %1: %Ln new customer</numerusform>
            <numerusform>Cohort %1: %Ln new customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort · customers</source>
        <translation>Cohort · customers</translation>
    </message>
    <message>
        <source>Months since the first purchase (0 = the month of the first purchase)</source>
        <translation>Months since the first purchase (0 = the month of the first purchase)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message numerus="yes">
        <source>Historical %1 of %Ln customers</source>
        <translation>
            <numerusform>Historical %1 of %Ln customer</numerusform>
            <numerusform>Historical %1 of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Predicted CLV over %1 of %Ln customers</source>
        <translation>
            <numerusform>Predicted CLV over %1 of %Ln customer</numerusform>
            <numerusform>Predicted CLV over %1 of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers whose first %2 have passed</source>
        <translation>
            <numerusform>%1: %Ln customer whose first %2 have passed</numerusform>
            <numerusform>%1: %Ln customers whose first %2 have passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln not yet)</source>
        <translation>
            <numerusform>(%Ln not yet)</numerusform>
            <numerusform>(%Ln not yet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75th percentile</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>no customer has reached this horizon yet</source>
        <translation>no customer has reached this horizon yet</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Revenue per customer</translation>
    </message>
    <message>
        <source>Month %1: %2 per customer so far</source>
        <translation>Month %1: %2 per customer so far</translation>
    </message>
    <message>
        <source>Customers who bought that month</source>
        <translation>Customers who bought that month</translation>
    </message>
    <message numerus="yes">
        <source>Month %1: %2 of the cohort bought (about %Ln customers)</source>
        <translation>
            <numerusform>Month %1: %2 of the cohort bought (about %Ln customer)</numerusform>
            <numerusform>Month %1: %2 of the cohort bought (about %Ln customers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Months since the first purchase</source>
        <translation>Months since the first purchase</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>Cumulative revenue per customer</translation>
    </message>
    <message>
        <source>Month %1: %2 per customer</source>
        <translation>Month %1: %2 per customer</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>pays back in month %1</translation>
    </message>
    <message>
        <source>not paid back yet</source>
        <translation>not paid back yet</translation>
    </message>
    <message>
        <source>CAC %1 (%2 new customers) — %3</source>
        <translation>CAC %1 (%2 new customers) — %3</translation>
    </message>
    <message>
        <source>%1 CAC</source>
        <translation>%1 CAC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers with %1 repeat purchases before %2</source>
        <translation>
            <numerusform>%Ln customer with %1 repeat purchases before %2</numerusform>
            <numerusform>%Ln customers with %1 repeat purchases before %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per customer (%2 in all)</source>
        <translation>%1 per customer (%2 in all)</translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation>Holdout check</translation>
    </message>
    <message numerus="yes">
        <source>Holdout check, %n days from %1: %2 repeat purchases predicted, %3 happened</source>
        <translation>
            <numerusform>Holdout check, %n day from %1: %2 repeat purchases predicted, %3 happened</numerusform>
            <numerusform>Holdout check, %n days from %1: %2 repeat purchases predicted, %3 happened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month %1: %2 per customer (the cohorts that have reached this month hold %Ln customers of all channels)</source>
        <translation>
            <numerusform>Month %1: %2 per customer (the cohorts that have reached this month hold %Ln customer of all channels)</numerusform>
            <numerusform>Month %1: %2 per customer (the cohorts that have reached this month hold %Ln customers of all channels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvCustomersModel</name>
    <message numerus="yes">
        <source>Predicted customer lifetime value over the next %n months, discounted: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma)</source>
        <translation>
            <numerusform>Predicted customer lifetime value over the next month, discounted: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma)</numerusform>
            <numerusform>Predicted customer lifetime value over the next %n months, discounted: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma)</numerusform>
        </translation>
    </message>
    <message>
        <source>The chance that the customer is still buying, from how often and how recently they bought</source>
        <translation>The chance that the customer is still buying, from how often and how recently they bought</translation>
    </message>
    <message>
        <source>Purchases (days with an order) the model expects in the next 90 days</source>
        <translation>Purchases (days with an order) the model expects in the next 90 days</translation>
    </message>
    <message>
        <source>Purchases (days with an order) the model expects in the next 365 days</source>
        <translation>Purchases (days with an order) the model expects in the next 365 days</translation>
    </message>
    <message>
        <source>The order value the model expects from this customer: their own repeat orders, shrunk towards the average of all customers</source>
        <translation>The order value the model expects from this customer: their own repeat orders, shrunk towards the average of all customers</translation>
    </message>
    <message>
        <source>Revenue of the customer&apos;s first 12 months after the first purchase; empty while those 12 months have not passed</source>
        <translation>Revenue of the customer&apos;s first 12 months after the first purchase; empty while those 12 months have not passed</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message numerus="yes">
        <source>CLV, %n months</source>
        <translation>
            <numerusform>CLV, %n month</numerusform>
            <numerusform>CLV, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Purchases, 90 d</source>
        <translation>Purchases, 90 d</translation>
    </message>
    <message>
        <source>Purchases, 365 d</source>
        <translation>Purchases, 365 d</translation>
    </message>
    <message>
        <source>Expected order</source>
        <translation>Expected order</translation>
    </message>
    <message>
        <source>LTV 12 m</source>
        <translation>LTV 12 m</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>The first 12 months since this customer&apos;s first purchase have not passed yet.</source>
        <translation>The first 12 months since this customer&apos;s first purchase have not passed yet.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvEconomicsView</name>
    <message>
        <source>What stands out</source>
        <translation>What stands out</translation>
    </message>
    <message>
        <source>Channel economics</source>
        <translation>Channel economics</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Model parameters</translation>
    </message>
    <message>
        <source>BG/NBD: how often customers buy and when they stop</source>
        <translation>BG/NBD: how often customers buy and when they stop</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Shape of the purchase rates across customers: small r, very unequal rates</source>
        <translation>Shape of the purchase rates across customers: small r, very unequal rates</translation>
    </message>
    <message>
        <source>α, days</source>
        <translation>α, days</translation>
    </message>
    <message>
        <source>Scale of the purchase rates: r / α is the average number of purchases per day</source>
        <translation>Scale of the purchase rates: r / α is the average number of purchases per day</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>With b, how likely a customer is to stop after a purchase: on average a / (a + b)</source>
        <translation>With b, how likely a customer is to stop after a purchase: on average a / (a + b)</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>With a, how likely a customer is to stop after a purchase: on average a / (a + b)</source>
        <translation>With a, how likely a customer is to stop after a purchase: on average a / (a + b)</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-likelihood</translation>
    </message>
    <message>
        <source>How well the fitted model explains the purchase histories; higher is better</source>
        <translation>How well the fitted model explains the purchase histories; higher is better</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Converged</translation>
    </message>
    <message>
        <source>Whether the fit found a maximum it could not improve</source>
        <translation>Whether the fit found a maximum it could not improve</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>Fit time</translation>
    </message>
    <message>
        <source>Time the fit took</source>
        <translation>Time the fit took</translation>
    </message>
    <message>
        <source>Gamma-Gamma: how much customers spend per purchase</source>
        <translation>Gamma-Gamma: how much customers spend per purchase</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Shape of the spend of one purchase around a customer&apos;s own average</source>
        <translation>Shape of the spend of one purchase around a customer&apos;s own average</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>With γ, how customers&apos; average spends differ: the population&apos;s mean is p γ / (q − 1)</source>
        <translation>With γ, how customers&apos; average spends differ: the population&apos;s mean is p γ / (q − 1)</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>With q, how customers&apos; average spends differ: the population&apos;s mean is p γ / (q − 1)</source>
        <translation>With q, how customers&apos; average spends differ: the population&apos;s mean is p γ / (q − 1)</translation>
    </message>
    <message>
        <source>How well the fitted model explains the repeat buyers&apos; spend; higher is better</source>
        <translation>How well the fitted model explains the repeat buyers&apos; spend; higher is better</translation>
    </message>
    <message>
        <source>Nothing stands out in this run: no channel has an acquisition cost to compare with, and no 12-month history yet.</source>
        <translation>Nothing stands out in this run: no channel has an acquisition cost to compare with, and no 12-month history yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n iterations</source>
        <translation>
            <numerusform>%n iteration</numerusform>
            <numerusform>%n iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starts</source>
        <translation>
            <numerusform>%n start</numerusform>
            <numerusform>%n starts</numerusform>
        </translation>
    </message>
    <message>
        <source>BG/NBD was not fitted: no customer has bought on two different days yet.</source>
        <translation>BG/NBD was not fitted: no customer has bought on two different days yet.</translation>
    </message>
    <message>
        <source>Gamma-Gamma was not fitted: it needs at least two customers who bought again.</source>
        <translation>Gamma-Gamma was not fitted: it needs at least two customers who bought again.</translation>
    </message>
    <message numerus="yes">
        <source>Fitted on %Ln customers; %1 of them bought on more than one day.</source>
        <translation>
            <numerusform>Fitted on %Ln customer; %1 of them bought on more than one day.</numerusform>
            <numerusform>Fitted on %Ln customers; %1 of them bought on more than one day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvHeader</name>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers, %1 bought more than once</source>
        <translation>
            <numerusform>%Ln customer, %1 bought more than once</numerusform>
            <numerusform>%Ln customers, %1 bought more than once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout %n days, from %1</source>
        <translation>
            <numerusform>holdout %n day, from %1</numerusform>
            <numerusform>holdout %n days, from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holdout %n days (not checked)</source>
        <translation>
            <numerusform>holdout %n day (not checked)</numerusform>
            <numerusform>holdout %n days (not checked)</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over %1 at %2 discount per month</source>
        <translation>CLV over %1 at %2 discount per month</translation>
    </message>
    <message>
        <source>Reading the histories %1 · fitting the models %2 · predicting %3 · history and cohorts %4 · writing %5</source>
        <translation>Reading the histories %1 · fitting the models %2 · predicting %3 · history and cohorts %4 · writing %5</translation>
    </message>
    <message>
        <source>run %1, finished %2 in %3</source>
        <translation>run %1, finished %2 in %3</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The LTV results could not be loaded: %1</source>
        <translation>The LTV results could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvOverview</name>
    <message numerus="yes">
        <source>Historical LTV over the first %n months after the first purchase</source>
        <translation>
            <numerusform>Historical LTV over the first month after the first purchase</numerusform>
            <numerusform>Historical LTV over the first %n months after the first purchase</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Predicted CLV</translation>
    </message>
    <message>
        <source>The value the model predicts for each customer over the run&apos;s horizon</source>
        <translation>The value the model predicts for each customer over the run&apos;s horizon</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>Value per customer</translation>
    </message>
    <message>
        <source>How many customers brought how much. The three horizons share their buckets, so switching shows how value grows with time.</source>
        <translation>How many customers brought how much. The three horizons share their buckets, so switching shows how value grows with time.</translation>
    </message>
    <message>
        <source>LTV by horizon</source>
        <translation>LTV by horizon</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Revenue per customer</translation>
    </message>
    <message>
        <source>Mean, median and the 75th and 90th percentiles of historical LTV after 3, 6 and 12 months; click a legend entry to hide or show it.</source>
        <translation>Mean, median and the 75th and 90th percentiles of historical LTV after 3, 6 and 12 months; click a legend entry to hide or show it.</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer of each cohort, month by month</source>
        <translation>Cumulative revenue per customer of each cohort, month by month</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Share of each cohort that bought in that month</source>
        <translation>Share of each cohort that bought in that month</translation>
    </message>
    <message>
        <source>Customers grouped by the month of their first purchase (rows). Empty cells are months that have not passed yet. Hover a cell for its value.</source>
        <translation>Customers grouped by the month of their first purchase (rows). Empty cells are months that have not passed yet. Hover a cell for its value.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>One line per acquisition channel, with the channel&apos;s CAC dashed</source>
        <translation>One line per acquisition channel, with the channel&apos;s CAC dashed</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>By cohort</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n acquisition months</source>
        <translation>
            <numerusform>The latest acquisition month</numerusform>
            <numerusform>The latest %n acquisition months</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchases before the holdout</source>
        <translation>Repeat purchases before the holdout</translation>
    </message>
    <message>
        <source>Per customer in the holdout</source>
        <translation>Per customer in the holdout</translation>
    </message>
    <message>
        <source>The model is fitted again without the last days of history and predicts them: the closer the bars of each pair, the better it forecasts.</source>
        <translation>The model is fitted again without the last days of history and predicts them: the closer the bars of each pair, the better it forecasts.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>LTV curves</source>
        <translation>LTV curves</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message numerus="yes">
        <source>The value the model predicts for each customer over the next %n months</source>
        <translation>
            <numerusform>The value the model predicts for each customer over the next month</numerusform>
            <numerusform>The value the model predicts for each customer over the next %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>This run predicted no CLV (see the warnings above).</source>
        <translation>This run predicted no CLV (see the warnings above).</translation>
    </message>
    <message numerus="yes">
        <source>No customer has completed %1 since the first purchase yet (%Ln are on the way).</source>
        <translation>
            <numerusform>No customer has completed %1 since the first purchase yet (%Ln is on the way).</numerusform>
            <numerusform>No customer has completed %1 since the first purchase yet (%Ln are on the way).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention by cohort: share of customers buying in each month</source>
        <translation>Retention by cohort: share of customers buying in each month</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Cumulative revenue per customer by cohort</translation>
    </message>
    <message>
        <source>No cohort has a month of history yet.</source>
        <translation>No cohort has a month of history yet.</translation>
    </message>
    <message>
        <source>LTV curves of the latest cohorts</source>
        <translation>LTV curves of the latest cohorts</translation>
    </message>
    <message>
        <source>LTV curves by acquisition channel, with CAC</source>
        <translation>LTV curves by acquisition channel, with CAC</translation>
    </message>
    <message>
        <source>No customer has a full month of history yet.</source>
        <translation>No customer has a full month of history yet.</translation>
    </message>
    <message numerus="yes">
        <source>No holdout check in this run: the history is too short to set the last %n days aside and still learn from the rest.</source>
        <translation>
            <numerusform>No holdout check in this run: the history is too short to set the last day aside and still learn from the rest.</numerusform>
            <numerusform>No holdout check in this run: the history is too short to set the last %n days aside and still learn from the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Months after the first purchase</translation>
    </message>
    <message>
        <source>Where a channel&apos;s line crosses its dashed CAC line, its customers have paid back what acquiring them cost. The last months rest on the earliest cohorts only. Click a legend entry to hide or show a channel with its CAC.</source>
        <translation>Where a channel&apos;s line crosses its dashed CAC line, its customers have paid back what acquiring them cost. The last months rest on the earliest cohorts only. Click a legend entry to hide or show a channel with its CAC.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvPage</name>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer lifetime value</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Running: %1 %2</translation>
    </message>
    <message>
        <source>Top customers by predicted CLV</source>
        <translation>Top customers by predicted CLV</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>The last LTV run failed</source>
        <translation>The last LTV run failed</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Run %1, started %2, failed: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>It stored nothing. Correct what the message says and press Run to try again.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <source>No customer lifetime value yet</source>
        <translation>No customer lifetime value yet</translation>
    </message>
    <message>
        <source>Kestrel reads every customer&apos;s paid orders and works out what customers brought in their first 3, 6 and 12 months — by the month they were acquired and by acquisition channel, next to what acquiring them cost. Then it fits two models of buying behaviour (BG/NBD and Gamma-Gamma) to predict who is still active, how often each customer will buy and what they are worth in the months ahead, and checks the forecast on the last weeks of history. Press Run: the run is stored and its results appear here.</source>
        <translation>Kestrel reads every customer&apos;s paid orders and works out what customers brought in their first 3, 6 and 12 months — by the month they were acquired and by acquisition channel, next to what acquiring them cost. Then it fits two models of buying behaviour (BG/NBD and Gamma-Gamma) to predict who is still active, how often each customer will buy and what they are worth in the months ahead, and checks the forecast on the last weeks of history. Press Run: the run is stored and its results appear here.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the LTV results cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the LTV results cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>LTV updated: %1 (run %2).</source>
        <translation>LTV updated: %1 (run %2).</translation>
    </message>
    <message>
        <source>The values shown are still the stored ones.</source>
        <translation>The values shown are still the stored ones.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>LTV calculation cancelled. %1</source>
        <translation>LTV calculation cancelled. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>LTV calculation failed: %1</source>
        <translation>LTV calculation failed: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>The latest LTV run (run %1, started %2) failed: %3 The results below are from run %4.</source>
        <translation>The latest LTV run (run %1, started %2) failed: %3 The results below are from run %4.</translation>
    </message>
    <message>
        <source>No customer has a predicted CLV in this run.</source>
        <translation>No customer has a predicted CLV in this run.</translation>
    </message>
    <message>
        <source>This run could not predict CLV (Gamma-Gamma needs at least two customers who bought again), so there is no ranking yet.</source>
        <translation>This run could not predict CLV (Gamma-Gamma needs at least two customers who bought again), so there is no ranking yet.</translation>
    </message>
    <message numerus="yes">
        <source>The %n customers with the highest predicted value over the next %1 (run %2). Double-click a customer or press Enter to open their card.</source>
        <translation>
            <numerusform>The customer with the highest predicted value over the next %1 (run %2). Double-click them or press Enter to open their card.</numerusform>
            <numerusform>The %n customers with the highest predicted value over the next %1 (run %2). Double-click a customer or press Enter to open their card.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvRunBar</name>
    <message>
        <source> mo.</source>
        <translation> mo.</translation>
    </message>
    <message>
        <source>Predict each customer&apos;s value over this many months ahead (1 to 120).</source>
        <translation>Predict each customer&apos;s value over this many months ahead (1 to 120).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Money next month is worth this much less than today: future purchases are discounted by this rate per month (0 to 50 %).</source>
        <translation>Money next month is worth this much less than today: future purchases are discounted by this rate per month (0 to 50 %).</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>The model is fitted again on the history before the last N days and checked against what customers did in those days (7 to 730). Auto: a quarter of the history, 7 to 90 days.</source>
        <translation>The model is fitted again on the history before the last N days and checked against what customers did in those days (7 to 730). Auto: a quarter of the history, 7 to 90 days.</translation>
    </message>
    <message>
        <source>Calculate historical and predicted LTV for every customer; the result is stored as a new run.</source>
        <translation>Calculate historical and predicted LTV for every customer; the result is stored as a new run.</translation>
    </message>
    <message>
        <source>Stop the run; the values stored before stay.</source>
        <translation>Stop the run; the values stored before stay.</translation>
    </message>
    <message>
        <source>CLV horizon</source>
        <translation>CLV horizon</translation>
    </message>
    <message>
        <source>Discount per month</source>
        <translation>Discount per month</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>Holdout</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvSummaryTiles</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Users with a paid, shipped or delivered order before the as-of date.</source>
        <translation>Users with a paid, shipped or delivered order before the as-of date.</translation>
    </message>
    <message>
        <source>Mean 12-month LTV</source>
        <translation>Mean 12-month LTV</translation>
    </message>
    <message>
        <source>Average revenue of a customer&apos;s first 12 months after the first purchase, over the customers for whom those 12 months have passed.</source>
        <translation>Average revenue of a customer&apos;s first 12 months after the first purchase, over the customers for whom those 12 months have passed.</translation>
    </message>
    <message>
        <source>Median 12-month LTV</source>
        <translation>Median 12-month LTV</translation>
    </message>
    <message>
        <source>Half of the customers whose first 12 months have passed brought less than this in those months, half more.</source>
        <translation>Half of the customers whose first 12 months have passed brought less than this in those months, half more.</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Predicted CLV</translation>
    </message>
    <message>
        <source>Average value a customer is expected to bring over the horizon, discounted monthly: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma).</source>
        <translation>Average value a customer is expected to bring over the horizon, discounted monthly: expected purchases (BG/NBD) times the expected order value (Gamma-Gamma).</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Mean P(alive)</translation>
    </message>
    <message>
        <source>The average chance that a customer is still buying, judged from how often and how recently each bought.</source>
        <translation>The average chance that a customer is still buying, judged from how often and how recently each bought.</translation>
    </message>
    <message>
        <source>Purchases in 90 days</source>
        <translation>Purchases in 90 days</translation>
    </message>
    <message>
        <source>Purchases (days with an order) the model expects from all customers together in the next 90 days.</source>
        <translation>Purchases (days with an order) the model expects from all customers together in the next 90 days.</translation>
    </message>
    <message>
        <source>Top 10% share</source>
        <translation>Top 10% share</translation>
    </message>
    <message>
        <source>Share of the 12-month revenue brought by the 10% of customers with the highest 12-month LTV.</source>
        <translation>Share of the 12-month revenue brought by the 10% of customers with the highest 12-month LTV.</translation>
    </message>
    <message>
        <source>%1 repeat buyers (%2)</source>
        <translation>%1 repeat buyers (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without 12 months yet</source>
        <translation>
            <numerusform>%Ln without 12 months yet</numerusform>
            <numerusform>%Ln without 12 months yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln customers</source>
        <translation>
            <numerusform>over %Ln customer</numerusform>
            <numerusform>over %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Exactly %1; total %2</source>
        <translation>Exactly %1; total %2</translation>
    </message>
    <message>
        <source>No customer has completed 12 months since the first purchase yet.</source>
        <translation>No customer has completed 12 months since the first purchase yet.</translation>
    </message>
    <message>
        <source>middle half %1–%2</source>
        <translation>middle half %1–%2</translation>
    </message>
    <message>
        <source>per customer over %1 · total %2</source>
        <translation>per customer over %1 · total %2</translation>
    </message>
    <message>
        <source>Exactly %1 per customer, %2 in total; median %3</source>
        <translation>Exactly %1 per customer, %2 in total; median %3</translation>
    </message>
    <message>
        <source>not predicted in this run (see the warnings)</source>
        <translation>not predicted in this run (see the warnings)</translation>
    </message>
    <message>
        <source>the average over all customers</source>
        <translation>the average over all customers</translation>
    </message>
    <message>
        <source>30 d: %1 · 365 d: %2</source>
        <translation>30 d: %1 · 365 d: %2</translation>
    </message>
    <message>
        <source>no repeat purchases to learn from</source>
        <translation>no repeat purchases to learn from</translation>
    </message>
    <message>
        <source>of the 12-month revenue</source>
        <translation>of the 12-month revenue</translation>
    </message>
    <message>
        <source>no customer has 12 months yet</source>
        <translation>no customer has 12 months yet</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LtvTexts</name>
    <message>
        <source>Organic</source>
        <translation>Organic</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Paid search</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-month LTV</source>
        <translation>%1-month LTV</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>month %1</translation>
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
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
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
    <message>
        <source>Loads</source>
        <translation>Loads</translation>
    </message>
    <message>
        <source>Imports of CSV and JSON files, their rejects and rollback</source>
        <translation>Imports of CSV and JSON files, their rejects and rollback</translation>
    </message>
    <message>
        <source>Kestrel — %1</source>
        <translation>Kestrel — %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Retrying… The pages reload by themselves when the server is back.</source>
        <translation>The connection to the database was lost. Retrying… The pages reload by themselves when the server is back.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Customer segments by k-means or DBSCAN: sizes, revenue, profiles</source>
        <translation>Customer segments by k-means or DBSCAN: sizes, revenue, profiles</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Who is likely to buy and who is at risk of churning, with the reasons</source>
        <translation>Who is likely to buy and who is at risk of churning, with the reasons</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Customer lifetime value: history by cohort and channel, CAC and payback, predicted CLV</source>
        <translation>Customer lifetime value: history by cohort and channel, CAC and payback, predicted CLV</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Every customer with scores and values: search, filter, sort, export; open a card</source>
        <translation>Every customer with scores and values: search, filter, sort, export; open a card</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Find a customer</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <source>Price elasticity of demand per category and product, with a price-demand chart</source>
        <translation>Price elasticity of demand per category and product, with a price-demand chart</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Products for every customer with the reason, and how good the lists are</source>
        <translation>Products for every customer with the reason, and how good the lists are</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Days on which revenue, orders, new users, conversion or events left their usual range, to accept or dismiss</source>
        <translation>Days on which revenue, orders, new users, conversion or events left their usual range, to accept or dismiss</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ModelJobs</name>
    <message>
        <source>Segmenting customers</source>
        <translation>Segmenting customers</translation>
    </message>
    <message numerus="yes">
        <source>%n segments of %1 users</source>
        <translation>
            <numerusform>%n segment of %1 users</numerusform>
            <numerusform>%n segments of %1 users</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>The job failed without a message; see the log.</source>
        <translation>The job failed without a message; see the log.</translation>
    </message>
    <message>
        <source>Scoring churn risk</source>
        <translation>Scoring churn risk</translation>
    </message>
    <message>
        <source>Scoring purchase propensity</source>
        <translation>Scoring purchase propensity</translation>
    </message>
    <message>
        <source>%1 users scored, ROC-AUC %2</source>
        <translation>%1 users scored, ROC-AUC %2</translation>
    </message>
    <message>
        <source>Calculating customer lifetime value</source>
        <translation>Calculating customer lifetime value</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, mean predicted CLV %2 over %n months</source>
        <translation>
            <numerusform>%1 customers, mean predicted CLV %2 over %n month</numerusform>
            <numerusform>%1 customers, mean predicted CLV %2 over %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers, historical LTV only</source>
        <translation>%1 customers, historical LTV only</translation>
    </message>
    <message>
        <source>Estimating price elasticities</source>
        <translation>Estimating price elasticities</translation>
    </message>
    <message>
        <source>%1 of %2 categories and %3 of %4 products reliable</source>
        <translation>%1 of %2 categories and %3 of %4 products reliable</translation>
    </message>
    <message>
        <source>Recommending products</source>
        <translation>Recommending products</translation>
    </message>
    <message>
        <source>%1 users, %2 products recommended (%3 of the catalogue)</source>
        <translation>%1 users, %2 products recommended (%3 of the catalogue)</translation>
    </message>
    <message>
        <source>Evaluating the recommender on %1</source>
        <translation>Evaluating the recommender on %1</translation>
    </message>
    <message>
        <source>hybrid NDCG@%1 %2, plain popularity %3</source>
        <translation>hybrid NDCG@%1 %2, plain popularity %3</translation>
    </message>
    <message>
        <source>Checking daily metrics for anomalies</source>
        <translation>Checking daily metrics for anomalies</translation>
    </message>
    <message numerus="yes">
        <source>%n anomalous days, %1 new</source>
        <translation>
            <numerusform>%n anomalous day, %1 new</numerusform>
            <numerusform>%n anomalous days, %1 new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepting %n anomalies</source>
        <translation>
            <numerusform>Accepting %n anomaly</numerusform>
            <numerusform>Accepting %n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissing %n anomalies</source>
        <translation>
            <numerusform>Dismissing %n anomaly</numerusform>
            <numerusform>Dismissing %n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning %n anomalies to review</source>
        <translation>
            <numerusform>Returning %n anomaly to review</numerusform>
            <numerusform>Returning %n anomalies to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies accepted</source>
        <translation>
            <numerusform>%n anomaly accepted</numerusform>
            <numerusform>%n anomalies accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies dismissed</source>
        <translation>
            <numerusform>%n anomaly dismissed</numerusform>
            <numerusform>%n anomalies dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies back to review</source>
        <translation>
            <numerusform>%n anomaly back to review</numerusform>
            <numerusform>%n anomalies back to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PreviewPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>How the file is read, its first rows, and the field each column goes into. Pick “— ignore —” for a column you do not want to import.</source>
        <translation>How the file is read, its first rows, and the field each column goes into. Pick “— ignore —” for a column you do not want to import.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
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
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Line in the file</translation>
    </message>
    <message>
        <source>Fields of the table</source>
        <translation>Fields of the table</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Auto — %1</source>
        <translation>Auto — %1</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>delimiter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n rows shown</source>
        <translation>
            <numerusform>first %n row shown</numerusform>
            <numerusform>first %n rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read with these settings.</source>
        <translation>The file cannot be read with these settings.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, required</translation>
    </message>
    <message>
        <source>The field column “%1” goes into</source>
        <translation>The field column “%1” goes into</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose a column for each, or go back and pick another table.</source>
        <translation>Required fields without a column: %1. Choose a column for each, or go back and pick another table.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingChart</name>
    <message>
        <source>%1: elasticity %2 (95% interval %3)</source>
        <translation>%1: elasticity %2 (95% interval %3)</translation>
    </message>
    <message>
        <source>%1: no elasticity (%2)</source>
        <translation>%1: no elasticity (%2)</translation>
    </message>
    <message>
        <source>Price (log scale)</source>
        <translation>Price (log scale)</translation>
    </message>
    <message>
        <source>Price index, 1 = usual prices (log scale)</source>
        <translation>Price index, 1 = usual prices (log scale)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Week of %1: %2 units at %3</source>
        <translation>Week of %1: %2 units at %3</translation>
    </message>
    <message>
        <source>Week of %1: %2 units at price index %3</source>
        <translation>Week of %1: %2 units at price index %3</translation>
    </message>
    <message>
        <source>Fitted, elasticity %1</source>
        <translation>Fitted, elasticity %1</translation>
    </message>
    <message>
        <source>Units per week (log)</source>
        <translation>Units per week (log)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingHeader</name>
    <message>
        <source>Median elasticity</source>
        <translation>Median elasticity</translation>
    </message>
    <message>
        <source>of the reliable categories</source>
        <translation>of the reliable categories</translation>
    </message>
    <message>
        <source>Reliable categories</source>
        <translation>Reliable categories</translation>
    </message>
    <message>
        <source>Categories whose estimate passed every check (enough weeks, price changes, a narrow interval, a sensible sign and fit), each from all its products together</source>
        <translation>Categories whose estimate passed every check (enough weeks, price changes, a narrow interval, a sensible sign and fit), each from all its products together</translation>
    </message>
    <message>
        <source>all products together</source>
        <translation>all products together</translation>
    </message>
    <message>
        <source>Reliable products</source>
        <translation>Reliable products</translation>
    </message>
    <message>
        <source>Products with enough weeks of sales for an estimate of their own that passed every check</source>
        <translation>Products with enough weeks of sales for an estimate of their own that passed every check</translation>
    </message>
    <message>
        <source>Weeks analysed</source>
        <translation>Weeks analysed</translation>
    </message>
    <message>
        <source>Whole weeks (Monday to Sunday, UTC) of paid, shipped and delivered orders</source>
        <translation>Whole weeks (Monday to Sunday, UTC) of paid, shipped and delivered orders</translation>
    </message>
    <message>
        <source>Mon–Sun, UTC</source>
        <translation>Mon–Sun, UTC</translation>
    </message>
    <message>
        <source>Weeks %1 to %2</source>
        <translation>Weeks %1 to %2</translation>
    </message>
    <message>
        <source>run %1, finished %2 in %3</source>
        <translation>run %1, finished %2 in %3</translation>
    </message>
    <message>
        <source>%1 product-weeks with sales; %2 weeks without sales left out</source>
        <translation>%1 product-weeks with sales; %2 weeks without sales left out</translation>
    </message>
    <message>
        <source>%1 weeks priced by the average paid price (no price history)</source>
        <translation>%1 weeks priced by the average paid price (no price history)</translation>
    </message>
    <message>
        <source>Log-log regression of weekly units on the price in effect, with product fixed effects, a trend and seasonal controls; heteroskedasticity-robust (HC1) 95% intervals.</source>
        <translation>Log-log regression of weekly units on the price in effect, with product fixed effects, a trend and seasonal controls; heteroskedasticity-robust (HC1) 95% intervals.</translation>
    </message>
    <message>
        <source>no category estimate is reliable yet</source>
        <translation>no category estimate is reliable yet</translation>
    </message>
    <message>
        <source>The middle of the reliable categories&apos; elasticities: how strongly demand answers price in this shop</source>
        <translation>The middle of the reliable categories&apos; elasticities: how strongly demand answers price in this shop</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>sold in %n weeks or more</source>
        <translation>
            <numerusform>sold in %n week or more</numerusform>
            <numerusform>sold in %n weeks or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The price elasticities could not be loaded: %1</source>
        <translation>The price elasticities could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingPage</name>
    <message>
        <source>Price elasticity</source>
        <translation>Price elasticity</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Running: %1 %2</translation>
    </message>
    <message>
        <source>Categories and products</source>
        <translation>Categories and products</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Only reliable</source>
        <translation>Only reliable</translation>
    </message>
    <message>
        <source>Hide the estimates flagged as unreliable</source>
        <translation>Hide the estimates flagged as unreliable</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>The last price elasticity run failed</source>
        <translation>The last price elasticity run failed</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Run %1, started %2, failed: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>It stored nothing. Correct what the message says and press Run to try again.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <source>No price elasticities yet</source>
        <translation>No price elasticities yet</translation>
    </message>
    <message>
        <source>Kestrel adds up the units of every product sold in every week, takes the price in effect that week from the price history and measures how much demand moves when the price moves — for each category (all its products together) and for each product with enough weeks of sales — with the trend and the season taken out. Each estimate comes with its 95% interval and a warning when it should not be used. Press Run: the run is stored and its results appear here.</source>
        <translation>Kestrel adds up the units of every product sold in every week, takes the price in effect that week from the price history and measures how much demand moves when the price moves — for each category (all its products together) and for each product with enough weeks of sales — with the trend and the season taken out. Each estimate comes with its 95% interval and a warning when it should not be used. Press Run: the run is stored and its results appear here.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the price elasticities cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the price elasticities cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Price elasticities updated: %1 (run %2).</source>
        <translation>Price elasticities updated: %1 (run %2).</translation>
    </message>
    <message>
        <source>The estimates shown are still the stored ones.</source>
        <translation>The estimates shown are still the stored ones.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>Price elasticity run cancelled. %1</source>
        <translation>Price elasticity run cancelled. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>Price elasticity run failed: %1</source>
        <translation>Price elasticity run failed: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>The latest price elasticity run (run %1, started %2) failed: %3 The estimates below are from run %4.</source>
        <translation>The latest price elasticity run (run %1, started %2) failed: %3 The estimates below are from run %4.</translation>
    </message>
    <message>
        <source>No estimate matches the filters</source>
        <translation>No estimate matches the filters</translation>
    </message>
    <message>
        <source>No weeks with sales to show</source>
        <translation>No weeks with sales to show</translation>
    </message>
    <message>
        <source>Each dot is a week: the product&apos;s price in effect and the units sold. The line has the estimated elasticity as its slope.</source>
        <translation>Each dot is a week: the product&apos;s price in effect and the units sold. The line has the estimated elasticity as its slope.</translation>
    </message>
    <message>
        <source>Each dot is a week: a price index (the category&apos;s prices against each product&apos;s usual price, weighted by units; 1 = usual) and the category&apos;s units. The line has the estimated elasticity as its slope.</source>
        <translation>Each dot is a week: a price index (the category&apos;s prices against each product&apos;s usual price, weighted by units; 1 = usual) and the category&apos;s units. The line has the estimated elasticity as its slope.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingRunBar</name>
    <message>
        <source>Own estimate for products with</source>
        <translation>Own estimate for products with</translation>
    </message>
    <message>
        <source> weeks of sales</source>
        <translation> weeks of sales</translation>
    </message>
    <message>
        <source>A product gets its own elasticity when it sold in at least this many weeks, at two or more prices (2 to 520). Every category gets one from all its products.</source>
        <translation>A product gets its own elasticity when it sold in at least this many weeks, at two or more prices (2 to 520). Every category gets one from all its products.</translation>
    </message>
    <message>
        <source>Estimate the price elasticity of every category and of products with enough weeks of sales; the result is stored as a new run.</source>
        <translation>Estimate the price elasticity of every category and of products with enough weeks of sales; the result is stored as a new run.</translation>
    </message>
    <message>
        <source>Stop the run; the estimates stored before stay.</source>
        <translation>Stop the run; the estimates stored before stay.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricingTexts</name>
    <message>
        <source>Reliable</source>
        <translation>Reliable</translation>
    </message>
    <message>
        <source>Few observations</source>
        <translation>Few observations</translation>
    </message>
    <message>
        <source>Little price variation</source>
        <translation>Little price variation</translation>
    </message>
    <message>
        <source>Interval too wide</source>
        <translation>Interval too wide</translation>
    </message>
    <message>
        <source>Demand rises with price</source>
        <translation>Demand rises with price</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>Poor fit</translation>
    </message>
    <message>
        <source>Enough weeks and price changes, a narrow 95% interval and a fit that explains a fair share of the weekly ups and downs: the estimate can be used for pricing decisions.</source>
        <translation>Enough weeks and price changes, a narrow 95% interval and a fit that explains a fair share of the weekly ups and downs: the estimate can be used for pricing decisions.</translation>
    </message>
    <message>
        <source>Fewer than 30 product-weeks with sales or fewer than 8 different weeks: too little data to tell the price effect from chance. Use a longer period or look at the category.</source>
        <translation>Fewer than 30 product-weeks with sales or fewer than 8 different weeks: too little data to tell the price effect from chance. Use a longer period or look at the category.</translation>
    </message>
    <message>
        <source>The price hardly changed (fewer than 3 price levels, or changes of under about 2%): demand cannot be compared at different prices, so the slope says little.</source>
        <translation>The price hardly changed (fewer than 3 price levels, or changes of under about 2%): demand cannot be compared at different prices, so the slope says little.</translation>
    </message>
    <message>
        <source>The 95% interval is wider than 2: the data agree with very different price responses. Sales are too noisy or too thin for a firm number.</source>
        <translation>The 95% interval is wider than 2: the data agree with very different price responses. Sales are too noisy or too thin for a firm number.</translation>
    </message>
    <message>
        <source>Demand rose together with price, clearly. That is not how prices work: something else moved with the price (promotion timing, stock, marketing). Do not use it as an elasticity.</source>
        <translation>Demand rose together with price, clearly. That is not how prices work: something else moved with the price (promotion timing, stock, marketing). Do not use it as an elasticity.</translation>
    </message>
    <message>
        <source>Price, trend and season explain under 5% of the week-to-week changes in units: the estimate is precise but other causes dominate demand.</source>
        <translation>Price, trend and season explain under 5% of the week-to-week changes in units: the estimate is precise but other causes dominate demand.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>a 10% higher price leaves units sold about the same</source>
        <translation>a 10% higher price leaves units sold about the same</translation>
    </message>
    <message>
        <source>a 10% higher price sells about %1% fewer units</source>
        <translation>a 10% higher price sells about %1% fewer units</translation>
    </message>
    <message>
        <source>a 10% higher price sells about %1% more units</source>
        <translation>a 10% higher price sells about %1% more units</translation>
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
    <name>kestrel::ui::RecommendChartData</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>%1 recommendations (%2 of all)</source>
        <translation>%1 recommendations (%2 of all)</translation>
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
        <translation>Of the first %1 products on a list, the share the user then bought</translation>
    </message>
    <message>
        <source>Of the products a user bought in the test period, the share found in the first %1</source>
        <translation>Of the products a user bought in the test period, the share found in the first %1</translation>
    </message>
    <message>
        <source>Like recall, but a hit near the top of the list counts more (1 = every purchase at the top)</source>
        <translation>Like recall, but a hit near the top of the list counts more (1 = every purchase at the top)</translation>
    </message>
    <message>
        <source>Mean average precision: the precision at each hit in the first %1, averaged</source>
        <translation>Mean average precision: the precision at each hit in the first %1, averaged</translation>
    </message>
    <message>
        <source>Catalogue coverage</source>
        <translation>Catalogue coverage</translation>
    </message>
    <message>
        <source>%1 of the catalogue</source>
        <translation>%1 of the catalogue</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendEvaluationModel</name>
    <message>
        <source>Precision@%1: of the first %1 products on a list, the share the user then bought</source>
        <translation>Precision@%1: of the first %1 products on a list, the share the user then bought</translation>
    </message>
    <message>
        <source>Recall@%1: of the products a user bought in the test period, the share found in the first %1</source>
        <translation>Recall@%1: of the products a user bought in the test period, the share found in the first %1</translation>
    </message>
    <message>
        <source>NDCG@%1: like recall, but a hit near the top of the list counts more</source>
        <translation>NDCG@%1: like recall, but a hit near the top of the list counts more</translation>
    </message>
    <message>
        <source>MAP@%1: the precision at each hit in the first %1, averaged</source>
        <translation>MAP@%1: the precision at each hit in the first %1, averaged</translation>
    </message>
    <message>
        <source>Distinct products recommended to the test users, out of the products seen in training</source>
        <translation>Distinct products recommended to the test users, out of the products seen in training</translation>
    </message>
    <message>
        <source>Test users whose lists were scored</source>
        <translation>Test users whose lists were scored</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
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
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendEvaluationPanel</name>
    <message>
        <source>Offline evaluation</source>
        <translation>Offline evaluation</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <source>The evaluation the run made on this database&apos;s own history</source>
        <translation>The evaluation the run made on this database&apos;s own history</translation>
    </message>
    <message>
        <source>Transactions file</source>
        <translation>Transactions file</translation>
    </message>
    <message>
        <source>Evaluate a transactions file first</source>
        <translation>Evaluate a transactions file first</translation>
    </message>
    <message>
        <source>Evaluate a transactions file…</source>
        <translation>Evaluate a transactions file…</translation>
    </message>
    <message>
        <source>Measure the same recommender on a CSV of purchases (user, product, time), e.g. an export of another shop; nothing is written to the database.</source>
        <translation>Measure the same recommender on a CSV of purchases (user, product, time), e.g. an export of another shop; nothing is written to the database.</translation>
    </message>
    <message>
        <source>Hybrid NDCG vs popularity</source>
        <translation>Hybrid NDCG vs popularity</translation>
    </message>
    <message>
        <source>The hybrid&apos;s NDCG against plain popularity&apos;s (the all-time best sellers for everyone): ×1.5 means its lists put what users then bought 50% better near the top.</source>
        <translation>The hybrid&apos;s NDCG against plain popularity&apos;s (the all-time best sellers for everyone): ×1.5 means its lists put what users then bought 50% better near the top.</translation>
    </message>
    <message>
        <source>Hybrid precision</source>
        <translation>Hybrid precision</translation>
    </message>
    <message>
        <source>Of the products on the hybrid&apos;s lists, the share the users then bought.</source>
        <translation>Of the products on the hybrid&apos;s lists, the share the users then bought.</translation>
    </message>
    <message>
        <source>Cut date</source>
        <translation>Cut date</translation>
    </message>
    <message>
        <source>The models learn from everything before this day and are tested on purchases from it on.</source>
        <translation>The models learn from everything before this day and are tested on purchases from it on.</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Test users</translation>
    </message>
    <message>
        <source>Users who bought something on or after the cut date: the lists are scored against what they bought.</source>
        <translation>Users who bought something on or after the cut date: the lists are scored against what they bought.</translation>
    </message>
    <message>
        <source>Mean over the test users</source>
        <translation>Mean over the test users</translation>
    </message>
    <message>
        <source>Higher is better for every measure. Click a legend entry to hide or show a model.</source>
        <translation>Higher is better for every measure. Click a legend entry to hide or show a model.</translation>
    </message>
    <message>
        <source>Catalogue coverage</source>
        <translation>Catalogue coverage</translation>
    </message>
    <message>
        <source>Share of the products seen in training</source>
        <translation>Share of the products seen in training</translation>
    </message>
    <message>
        <source>How much of the catalogue each model&apos;s lists use: popularity shows everybody the same few products, a personal model spreads over more of them.</source>
        <translation>How much of the catalogue each model&apos;s lists use: popularity shows everybody the same few products, a personal model spreads over more of them.</translation>
    </message>
    <message>
        <source>The evaluation of %1</source>
        <translation>The evaluation of %1</translation>
    </message>
    <message>
        <source>No file evaluated yet.</source>
        <translation>No file evaluated yet.</translation>
    </message>
    <message>
        <source>No recommender run in this database yet: press Run, or evaluate a transactions file.</source>
        <translation>No recommender run in this database yet: press Run, or evaluate a transactions file.</translation>
    </message>
    <message>
        <source>This run stored no evaluation.</source>
        <translation>This run stored no evaluation.</translation>
    </message>
    <message>
        <source>No evaluation in this run: %1</source>
        <translation>No evaluation in this run: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 purchases, %4 returns; %5 users and %6 products; purchases from %7 to %8.</source>
        <translation>%1: %2 rows, %3 purchases, %4 returns; %5 users and %6 products; purchases from %7 to %8.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows without a user were skipped.</source>
        <translation>
            <numerusform>%Ln row without a user was skipped.</numerusform>
            <numerusform>%Ln rows without a user were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The content part had no product attributes in this file.</source>
        <translation>The content part had no product attributes in this file.</translation>
    </message>
    <message>
        <source>The content part used: %1.</source>
        <translation>The content part used: %1.</translation>
    </message>
    <message>
        <source>Evaluated in %1.</source>
        <translation>Evaluated in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Trained on this database&apos;s history before %1 and tested on what %2 users bought from then on; the first %n products of every list count.</source>
        <translation>
            <numerusform>Trained on this database&apos;s history before %1 and tested on what %2 users bought from then on; the first %n product of every list counts.</numerusform>
            <numerusform>Trained on this database&apos;s history before %1 and tested on what %2 users bought from then on; the first %n products of every list count.</numerusform>
        </translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>NDCG@%1 %2 vs %3</source>
        <translation>NDCG@%1 %2 vs %3</translation>
    </message>
    <message>
        <source>NDCG@%1 %2; popularity found nothing</source>
        <translation>NDCG@%1 %2; popularity found nothing</translation>
    </message>
    <message>
        <source>at %1; recall %2</source>
        <translation>at %1; recall %2</translation>
    </message>
    <message numerus="yes">
        <source>the last %n days are the test</source>
        <translation>
            <numerusform>the last %n day is the test</numerusform>
            <numerusform>the last %n days are the test</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen for this evaluation</source>
        <translation>chosen for this evaluation</translation>
    </message>
    <message>
        <source>%1 of them new before the cut</source>
        <translation>%1 of them new before the cut</translation>
    </message>
    <message>
        <source>%1 purchases to find</source>
        <translation>%1 purchases to find</translation>
    </message>
    <message>
        <source>Ranking quality on %1 (top %2)</source>
        <translation>Ranking quality on %1 (top %2)</translation>
    </message>
    <message>
        <source>Ranking quality on this database (top %1)</source>
        <translation>Ranking quality on this database (top %1)</translation>
    </message>
    <message>
        <source>Catalogue coverage on %1</source>
        <translation>Catalogue coverage on %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendFileDialog</name>
    <message>
        <source>User *</source>
        <translation>User *</translation>
    </message>
    <message>
        <source>Product *</source>
        <translation>Product *</translation>
    </message>
    <message>
        <source>Time *</source>
        <translation>Time *</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Who bought: a customer id (any text; rows without one are skipped)</source>
        <translation>Who bought: a customer id (any text; rows without one are skipped)</translation>
    </message>
    <message>
        <source>What was bought: a product id or code</source>
        <translation>What was bought: a product id or code</translation>
    </message>
    <message>
        <source>When: 2011-12-09 12:50, 12/9/2011 12:50 or 09.12.2011 12:50</source>
        <translation>When: 2011-12-09 12:50, 12/9/2011 12:50 or 09.12.2011 12:50</translation>
    </message>
    <message>
        <source>Units on the line; a line with 0 or less is a return, not a purchase</source>
        <translation>Units on the line; a line with 0 or less is a return, not a purchase</translation>
    </message>
    <message>
        <source>The unit price: the content part compares products by price band</source>
        <translation>The unit price: the content part compares products by price band</translation>
    </message>
    <message>
        <source>The product&apos;s category: the content part and &quot;popular in category&quot; use it</source>
        <translation>The product&apos;s category: the content part and &quot;popular in category&quot; use it</translation>
    </message>
    <message>
        <source>Evaluate a transactions file</source>
        <translation>Evaluate a transactions file</translation>
    </message>
    <message>
        <source>A CSV file of purchase lines (one row per product bought: who, what, when), plain or gzip-compressed. The recommender learns from the purchases before the cut date and is tested on what each user bought from then on. Nothing is written to the database.</source>
        <translation>A CSV file of purchase lines (one row per product bought: who, what, when), plain or gzip-compressed. The recommender learns from the purchases before the cut date and is tested on what each user bought from then on. Nothing is written to the database.</translation>
    </message>
    <message>
        <source>transactions.csv or .csv.gz</source>
        <translation>transactions.csv or .csv.gz</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cut at</source>
        <translation>Cut at</translation>
    </message>
    <message>
        <source>Unchecked: the last 30 days of purchases are the test.</source>
        <translation>Unchecked: the last 30 days of purchases are the test.</translation>
    </message>
    <message numerus="yes">
        <source>Lists of %n products and a half-life of %1 days, as in the run bar.</source>
        <translation>
            <numerusform>Lists of %n product and a half-life of %1 days, as in the run bar.</numerusform>
            <numerusform>Lists of %n products and a half-life of %1 days, as in the run bar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel evaluation</source>
        <translation>Cancel evaluation</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choose a column)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Transactions file</source>
        <translation>Transactions file</translation>
    </message>
    <message>
        <source>Transactions (*.csv *.csv.gz *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Transactions (*.csv *.csv.gz *.tsv *.txt *.gz);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are not read yet.</source>
        <translation>The file&apos;s columns are not read yet.</translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation>Choose the column of: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>The evaluation was cancelled.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendHeader</name>
    <message>
        <source>reading the data</source>
        <translation>reading the data</translation>
    </message>
    <message>
        <source>fitting the model</source>
        <translation>fitting the model</translation>
    </message>
    <message>
        <source>weighting the interactions</source>
        <translation>weighting the interactions</translation>
    </message>
    <message>
        <source>item similarities</source>
        <translation>item similarities</translation>
    </message>
    <message>
        <source>ranking the lists</source>
        <translation>ranking the lists</translation>
    </message>
    <message>
        <source>writing the lists</source>
        <translation>writing the lists</translation>
    </message>
    <message>
        <source>indexing the lists</source>
        <translation>indexing the lists</translation>
    </message>
    <message>
        <source>publishing the run</source>
        <translation>publishing the run</translation>
    </message>
    <message>
        <source>the evaluation</source>
        <translation>the evaluation</translation>
    </message>
    <message>
        <source>Users with a list</source>
        <translation>Users with a list</translation>
    </message>
    <message>
        <source>Every user gets a list, also users without any history (they get what is popular now).</source>
        <translation>Every user gets a list, also users without any history (they get what is popular now).</translation>
    </message>
    <message>
        <source>Cold users</source>
        <translation>Cold users</translation>
    </message>
    <message>
        <source>Users with no view, cart or purchase before the as-of date: their lists are the popular products.</source>
        <translation>Users with no view, cart or purchase before the as-of date: their lists are the popular products.</translation>
    </message>
    <message>
        <source>Products recommended</source>
        <translation>Products recommended</translation>
    </message>
    <message>
        <source>Distinct products on at least one list, out of the active products that could be recommended (catalogue coverage).</source>
        <translation>Distinct products on at least one list, out of the active products that could be recommended (catalogue coverage).</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Run time</translation>
    </message>
    <message>
        <source>How long the run took: reading, fitting, ranking every user&apos;s list, the evaluation and writing.</source>
        <translation>How long the run took: reading, fitting, ranking every user&apos;s list, the evaluation and writing.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>run %1, finished %2 in %3</source>
        <translation>run %1, finished %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n products per user</source>
        <translation>
            <numerusform>%n product per user</numerusform>
            <numerusform>%n products per user</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>half-life %n days</source>
        <translation>
            <numerusform>half-life %n day</numerusform>
            <numerusform>half-life %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products each</source>
        <translation>
            <numerusform>%n product each</numerusform>
            <numerusform>%n products each</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the users get the popular list</source>
        <translation>%1 of the users get the popular list</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>coverage %1 of the catalogue</source>
        <translation>coverage %1 of the catalogue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>finished %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendListModel</name>
    <message>
        <source>The part of the hybrid that put the product on the list</source>
        <translation>The part of the hybrid that put the product on the list</translation>
    </message>
    <message>
        <source>The blended score the list is ordered by (0 to 1)</source>
        <translation>The blended score the list is ordered by (0 to 1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendLookUp</name>
    <message>
        <source>Look up a user</source>
        <translation>Look up a user</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>A user&apos;s id (crm.users.user_id); press Enter to see their list.</source>
        <translation>A user&apos;s id (crm.users.user_id); press Enter to see their list.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open user card</source>
        <translation>Open user card</translation>
    </message>
    <message>
        <source>The user&apos;s profile, scores, orders and this list in one card</source>
        <translation>The user&apos;s profile, scores, orders and this list in one card</translation>
    </message>
    <message>
        <source>Enter a user id to see what they are recommended and why.</source>
        <translation>Enter a user id to see what they are recommended and why.</translation>
    </message>
    <message>
        <source>Enter a user id.</source>
        <translation>Enter a user id.</translation>
    </message>
    <message>
        <source>“%1” is not a user id: enter a whole number, e.g. 1042.</source>
        <translation>“%1” is not a user id: enter a whole number, e.g. 1042.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
    <message>
        <source>There is no user %1 in the database.</source>
        <translation>There is no user %1 in the database.</translation>
    </message>
    <message>
        <source>%1 has no list in run %2, and the run stored no popular products.</source>
        <translation>%1 has no list in run %2, and the run stored no popular products.</translation>
    </message>
    <message>
        <source>%1 has no list in run %2 (registered after it): they get the run&apos;s popular products.</source>
        <translation>%1 has no list in run %2 (registered after it): they get the run&apos;s popular products.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n products from run %2, best first.</source>
        <translation>
            <numerusform>%1: %n product from run %2.</numerusform>
            <numerusform>%1: %n products from run %2, best first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendMixView</name>
    <message>
        <source>What was recommended</source>
        <translation>What was recommended</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>By reason</translation>
    </message>
    <message>
        <source>Why each product is on a list</source>
        <translation>Why each product is on a list</translation>
    </message>
    <message>
        <source>By part</source>
        <translation>By part</translation>
    </message>
    <message>
        <source>Which part of the hybrid put it there</source>
        <translation>Which part of the hybrid put it there</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>All recommendations of the run, every user&apos;s list together; hover a bar for its share.</source>
        <translation>All recommendations of the run, every user&apos;s list together; hover a bar for its share.</translation>
    </message>
    <message>
        <source>Most recommended products</source>
        <translation>Most recommended products</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Counting the products on the most lists of run %1…</source>
        <translation>Counting the products on the most lists of run %1…</translation>
    </message>
    <message>
        <source>The run recommended no products.</source>
        <translation>The run recommended no products.</translation>
    </message>
    <message numerus="yes">
        <source>The %n products on the most lists of run %1.</source>
        <translation>
            <numerusform>The %n product on the most lists of run %1.</numerusform>
            <numerusform>The %n products on the most lists of run %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendations by reason</source>
        <translation>Recommendations by reason</translation>
    </message>
    <message>
        <source>Recommendations by part of the hybrid</source>
        <translation>Recommendations by part of the hybrid</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The recommendations could not be loaded: %1</source>
        <translation>The recommendations could not be loaded: %1</translation>
    </message>
    <message>
        <source>The user&apos;s recommendations could not be read: %1</source>
        <translation>The user&apos;s recommendations could not be read: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendProductsModel</name>
    <message>
        <source>How many users have this product on their list</source>
        <translation>How many users have this product on their list</translation>
    </message>
    <message>
        <source>The product&apos;s category</source>
        <translation>The product&apos;s category</translation>
    </message>
    <message>
        <source>Those users as a share of all users with a list</source>
        <translation>Those users as a share of all users with a list</translation>
    </message>
    <message>
        <source>The average place of the product on those lists (1 = first)</source>
        <translation>The average place of the product on those lists (1 = first)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Mean rank</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendRunBar</name>
    <message>
        <source>How many products each user&apos;s list holds (1 to 100); the evaluation measures the first this many.</source>
        <translation>How many products each user&apos;s list holds (1 to 100); the evaluation measures the first this many.</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Views, carts and purchases lose half their weight every this many days, so recent interest counts more (1 to 3650 days).</source>
        <translation>Views, carts and purchases lose half their weight every this many days, so recent interest counts more (1 to 3650 days).</translation>
    </message>
    <message>
        <source>Recommend products to every user and evaluate the recommender on the last weeks of data; the result is stored as a new run.</source>
        <translation>Recommend products to every user and evaluate the recommender on the last weeks of data; the result is stored as a new run.</translation>
    </message>
    <message>
        <source>Stop the run; the recommendations stored before stay.</source>
        <translation>Stop the run; the recommendations stored before stay.</translation>
    </message>
    <message>
        <source>Products per user</source>
        <translation>Products per user</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Half-life</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendTexts</name>
    <message>
        <source>product %1</source>
        <translation>product %1</translation>
    </message>
    <message>
        <source>an earlier product</source>
        <translation>an earlier product</translation>
    </message>
    <message>
        <source>Bought together with %1</source>
        <translation>Bought together with %1</translation>
    </message>
    <message>
        <source>Viewed together with %1</source>
        <translation>Viewed together with %1</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Similar to %1</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>Popular in %1</translation>
    </message>
    <message>
        <source>Popular now</source>
        <translation>Popular now</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>Bought together</translation>
    </message>
    <message>
        <source>Viewed together</source>
        <translation>Viewed together</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Popular in category</source>
        <translation>Popular in category</translation>
    </message>
    <message>
        <source>Popular</source>
        <translation>Popular</translation>
    </message>
    <message>
        <source>Customers who bought a product this user bought also bought this one</source>
        <translation>Customers who bought a product this user bought also bought this one</translation>
    </message>
    <message>
        <source>Customers who looked at a product this user looked at also looked at this one</source>
        <translation>Customers who looked at a product this user looked at also looked at this one</translation>
    </message>
    <message>
        <source>Like a product in the user&apos;s history: category, brand, price band and tags</source>
        <translation>Like a product in the user&apos;s history: category, brand, price band and tags</translation>
    </message>
    <message>
        <source>Selling well lately in the user&apos;s favourite category</source>
        <translation>Selling well lately in the user&apos;s favourite category</translation>
    </message>
    <message>
        <source>Selling well lately across the shop (what new users get)</source>
        <translation>Selling well lately across the shop (what new users get)</translation>
    </message>
    <message>
        <source>Item-to-item CF</source>
        <translation>Item-to-item CF</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>Popularity</translation>
    </message>
    <message>
        <source>Collaborative filtering: products that go together in other customers&apos; views, carts and purchases</source>
        <translation>Collaborative filtering: products that go together in other customers&apos; views, carts and purchases</translation>
    </message>
    <message>
        <source>Content: products like the ones in the user&apos;s history (category, brand, price band, tags)</source>
        <translation>Content: products like the ones in the user&apos;s history (category, brand, price band, tags)</translation>
    </message>
    <message>
        <source>Popularity with recency: what sells lately, in the user&apos;s favourite category or overall</source>
        <translation>Popularity with recency: what sells lately, in the user&apos;s favourite category or overall</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Item CF alone</source>
        <translation>Item CF alone</translation>
    </message>
    <message>
        <source>Content alone</source>
        <translation>Content alone</translation>
    </message>
    <message>
        <source>Popularity with recency</source>
        <translation>Popularity with recency</translation>
    </message>
    <message>
        <source>Plain popularity</source>
        <translation>Plain popularity</translation>
    </message>
    <message>
        <source>What Kestrel recommends: item CF, content and popularity blended by how much history a user has</source>
        <translation>What Kestrel recommends: item CF, content and popularity blended by how much history a user has</translation>
    </message>
    <message>
        <source>Item-to-item collaborative filtering on its own</source>
        <translation>Item-to-item collaborative filtering on its own</translation>
    </message>
    <message>
        <source>The content-based part on its own (product attributes)</source>
        <translation>The content-based part on its own (product attributes)</translation>
    </message>
    <message>
        <source>The same best sellers for everyone, recent sales weighing more</source>
        <translation>The same best sellers for everyone, recent sales weighing more</translation>
    </message>
    <message>
        <source>The all-time best sellers for everyone: the baseline to beat</source>
        <translation>The all-time best sellers for everyone: the baseline to beat</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>price band</source>
        <translation>price band</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>brand</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Running: %1 %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Evaluate a transactions file…</source>
        <translation>Evaluate a transactions file…</translation>
    </message>
    <message>
        <source>The last recommender run failed</source>
        <translation>The last recommender run failed</translation>
    </message>
    <message>
        <source>Run %1, started %2, failed: %3</source>
        <translation>Run %1, started %2, failed: %3</translation>
    </message>
    <message>
        <source>It stored nothing. Correct what the message says and press Run to try again.</source>
        <translation>It stored nothing. Correct what the message says and press Run to try again.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <source>No recommendations yet</source>
        <translation>No recommendations yet</translation>
    </message>
    <message>
        <source>Kestrel learns from every user&apos;s views, carts and purchases which products go together, which are alike (category, brand, price, tags) and what sells now, and blends them into a list for every user — with the reason for each product. It also checks how well the lists would have predicted the last 30 days of purchases. Press Run: the lists are stored and the results appear here. To try it on another shop&apos;s data first, evaluate a transactions file.</source>
        <translation>Kestrel learns from every user&apos;s views, carts and purchases which products go together, which are alike (category, brand, price, tags) and what sells now, and blends them into a list for every user — with the reason for each product. It also checks how well the lists would have predicted the last 30 days of purchases. Press Run: the lists are stored and the results appear here. To try it on another shop&apos;s data first, evaluate a transactions file.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the recommendations cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the recommendations cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 evaluated: the charts show its result.</source>
        <translation>%1 evaluated: the charts show its result.</translation>
    </message>
    <message>
        <source>There is no recommender run to look in yet.</source>
        <translation>There is no recommender run to look in yet.</translation>
    </message>
    <message>
        <source>Recommendations updated: %1 (run %2).</source>
        <translation>Recommendations updated: %1 (run %2).</translation>
    </message>
    <message>
        <source>The lists shown are still the stored ones.</source>
        <translation>The lists shown are still the stored ones.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>Recommender run cancelled. %1</source>
        <translation>Recommender run cancelled. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>Recommender run failed: %1</source>
        <translation>Recommender run failed: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>The latest recommender run (run %1, started %2) failed: %3 The results below are from run %4.</source>
        <translation>The latest recommender run (run %1, started %2) failed: %3 The results below are from run %4.</translation>
    </message>
    <message>
        <source>see the run&apos;s warnings above.</source>
        <translation>see the run&apos;s warnings above.</translation>
    </message>
    <message>
        <source>The latest recommender run (run %1, started %2) failed: %3</source>
        <translation>The latest recommender run (run %1, started %2) failed: %3</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What the load did. The Loads page keeps it, with its rejects file and a way to roll it back.</source>
        <translation>What the load did. The Loads page keeps it, with its rejects file and a way to roll it back.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Open the rejects file</source>
        <translation>Open the rejects file</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Import another file…</source>
        <translation>Import another file…</translation>
    </message>
    <message>
        <source>Start again…</source>
        <translation>Start again…</translation>
    </message>
    <message>
        <source>The load of %1 was cancelled.</source>
        <translation>The load of %1 was cancelled.</translation>
    </message>
    <message>
        <source>The load of %1 into %2 failed.</source>
        <translation>The load of %1 into %2 failed.</translation>
    </message>
    <message>
        <source>Nothing was stored; %1 is as it was.</source>
        <translation>Nothing was stored; %1 is as it was.</translation>
    </message>
    <message>
        <source>%1
Nothing was stored; %2 is as it was.</source>
        <translation>%1
Nothing was stored; %2 is as it was.</translation>
    </message>
    <message>
        <source>%1 was loaded into %2.</source>
        <translation>%1 was loaded into %2.</translation>
    </message>
    <message>
        <source>Load %1 · %2 mode · took %3 · %4, %5</source>
        <translation>Load %1 · %2 mode · took %3 · %4, %5</translation>
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
            <numerusform>%n row was rejected and not loaded. The rejects file lists it with its line, column, value and reason: %1</numerusform>
            <numerusform>%n rows were rejected and not loaded. The rejects file lists each one with its line, column, value and reason: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunButtons</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SavePresetDialog</name>
    <message>
        <source>Save filter preset</source>
        <translation>Save filter preset</translation>
    </message>
    <message>
        <source>e.g. Moscow, top customers</source>
        <translation>e.g. Moscow, top customers</translation>
    </message>
    <message>
        <source>Share with everyone</source>
        <translation>Share with everyone</translation>
    </message>
    <message>
        <source>Everyone sees a shared preset; only you can change or delete it.</source>
        <translation>Everyone sees a shared preset; only you can change or delete it.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>This replaces your preset &quot;%1&quot;.</source>
        <translation>This replaces your preset &quot;%1&quot;.</translation>
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
        <translation>Scores %1</translation>
    </message>
    <message numerus="yes">
        <source>%n users (%1)</source>
        <translation>
            <numerusform>%n user (%1)</numerusform>
            <numerusform>%n users (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores of %1 users</source>
        <translation>Scores of %1 users</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>False-positive rate</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>True-positive rate</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Finds %1 of the churners, flagging %2 of the others</source>
        <translation>Finds %1 of the churners, flagging %2 of the others</translation>
    </message>
    <message>
        <source>Finds %1 of the buyers, flagging %2 of the others</source>
        <translation>Finds %1 of the buyers, flagging %2 of the others</translation>
    </message>
    <message>
        <source>ROC curve · AUC %1</source>
        <translation>ROC curve · AUC %1</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC curve</translation>
    </message>
    <message>
        <source>Mean predicted score</source>
        <translation>Mean predicted score</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Observed rate</translation>
    </message>
    <message numerus="yes">
        <source>%1: predicted %2, observed %3 (%n users)</source>
        <translation>
            <numerusform>%1: predicted %2, observed %3 (%n user)</numerusform>
            <numerusform>%1: predicted %2, observed %3 (%n users)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores %1–%2</source>
        <translation>Scores %1–%2</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Perfect calibration</translation>
    </message>
    <message>
        <source>Top share of users by score</source>
        <translation>Top share of users by score</translation>
    </message>
    <message>
        <source>Lift (× the average rate)</source>
        <translation>Lift (× the average rate)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Top %1: %2× the average churn rate, %3 of all churners</source>
        <translation>Top %1: %2× the average churn rate, %3 of all churners</translation>
    </message>
    <message>
        <source>Top %1: %2× the average purchase rate, %3 of all buyers</source>
        <translation>Top %1: %2× the average purchase rate, %3 of all buyers</translation>
    </message>
    <message>
        <source>No model (lift 1)</source>
        <translation>No model (lift 1)</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>%1 (%2 of the total)</source>
        <translation>%1 (%2 of the total)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scores %1 · %2 (%3)</source>
        <translation>Scores %1 · %2 (%3)</translation>
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
        <translation>Chance</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreDriftView</name>
    <message>
        <source>Population stability index over the 20 score bins: below 0.1 the distribution is stable, 0.1–0.25 a moderate shift, above 0.25 a large shift worth a look.</source>
        <translation>Population stability index over the 20 score bins: below 0.1 the distribution is stable, 0.1–0.25 a moderate shift, above 0.25 a large shift worth a look.</translation>
    </message>
    <message>
        <source>Users by band: rows run A, columns run B</source>
        <translation>Users by band: rows run A, columns run B</translation>
    </message>
    <message>
        <source>Score distributions</source>
        <translation>Score distributions</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Share of users</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Select two succeeded runs in the table above and press Compare to see how the scores moved.</source>
        <translation>Select two succeeded runs in the table above and press Compare to see how the scores moved.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1 → run %2&lt;/b&gt; · %3 users in run %1, %4 in run %2, %5 in both</source>
        <translation>&lt;b&gt;Run %1 → run %2&lt;/b&gt; · %3 users in run %1, %4 in run %2, %5 in both</translation>
    </message>
    <message>
        <source>Mean score: &lt;b&gt;%1 → %2&lt;/b&gt; (%3)</source>
        <translation>Mean score: &lt;b&gt;%1 → %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>PSI: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>PSI: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Users changing band: &lt;b&gt;%1&lt;/b&gt; of the users in both runs</source>
        <translation>Users changing band: &lt;b&gt;%1&lt;/b&gt; of the users in both runs</translation>
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
            <numerusform>%n user: %1 in run %2, %3 in run %4</numerusform>
            <numerusform>%n users: %1 in run %2, %3 in run %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distributions of runs %1 and %2</source>
        <translation>Score distributions of runs %1 and %2</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreHeader</name>
    <message>
        <source>Show newest</source>
        <translation>Show newest</translation>
    </message>
    <message>
        <source>An older run is shown; go back to the newest one.</source>
        <translation>An older run is shown; go back to the newest one.</translation>
    </message>
    <message>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>How well the scores rank those with the outcome above the others, on a held-out window the model never saw: 0.5 is chance, 1 is perfect.</source>
        <translation>How well the scores rank those with the outcome above the others, on a held-out window the model never saw: 0.5 is chance, 1 is perfect.</translation>
    </message>
    <message>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <source>Average precision on the held-out window: how pure the top of the list is. Compare it with the share of users with the outcome, which is what chance gives.</source>
        <translation>Average precision on the held-out window: how pure the top of the list is. Compare it with the share of users with the outcome, which is what chance gives.</translation>
    </message>
    <message>
        <source>Log-loss</source>
        <translation>Log-loss</translation>
    </message>
    <message>
        <source>How far the scores are from what happened, as probabilities, on the held-out window; lower is better.</source>
        <translation>How far the scores are from what happened, as probabilities, on the held-out window; lower is better.</translation>
    </message>
    <message>
        <source>Users scored</source>
        <translation>Users scored</translation>
    </message>
    <message>
        <source>Customers who got a score in this run.</source>
        <translation>Customers who got a score in this run.</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Run time</translation>
    </message>
    <message>
        <source>From the start of the run to its scores being stored.</source>
        <translation>From the start of the run to its scores being stored.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>The run&apos;s id in ml.model_runs.</source>
        <translation>The run&apos;s id in ml.model_runs.</translation>
    </message>
    <message numerus="yes">
        <source>Seed %1 · %n rounds (trees) of depth %2</source>
        <translation>
            <numerusform>Seed %1 · %n round (tree) of depth %2</numerusform>
            <numerusform>Seed %1 · %n rounds (trees) of depth %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained as of %1 (%2 users)</source>
        <translation>Trained as of %1 (%2 users)</translation>
    </message>
    <message>
        <source>validated as of %1 (%2 users, %3)</source>
        <translation>validated as of %1 (%2 users, %3)</translation>
    </message>
    <message>
        <source>scored as of %1</source>
        <translation>scored as of %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>Average precision on the held-out window: how pure the top of the list is. Chance gives the share of users with the outcome, here %1.</source>
        <translation>Average precision on the held-out window: how pure the top of the list is. Chance gives the share of users with the outcome, here %1.</translation>
    </message>
    <message>
        <source>Features %1 · training %2 · scoring %3</source>
        <translation>Features %1 · training %2 · scoring %3</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreOverview</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Every scored customer in bins of 0.05, coloured by band: low below 0.3, medium 0.3 to 0.6, high from 0.6. Click a legend entry to hide or show a band.</source>
        <translation>Every scored customer in bins of 0.05, coloured by band: low below 0.3, medium 0.3 to 0.6, high from 0.6. Click a legend entry to hide or show a band.</translation>
    </message>
    <message>
        <source>On the held-out validation window: the share of those with the outcome found (up) against the share of the others flagged (right) as the score threshold goes down.</source>
        <translation>On the held-out validation window: the share of those with the outcome found (up) against the share of the others flagged (right) as the score threshold goes down.</translation>
    </message>
    <message>
        <source>Calibration: predicted and observed</source>
        <translation>Calibration: predicted and observed</translation>
    </message>
    <message>
        <source>Validation users grouped by score: their mean score against how many really had the outcome. On the diagonal, a score of 0.3 means 30 in 100.</source>
        <translation>Validation users grouped by score: their mean score against how many really had the outcome. On the diagonal, a score of 0.3 means 30 in 100.</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Lift by decile</translation>
    </message>
    <message>
        <source>How many times the average rate the top 10 %, 20 % … of users by score have; hover a point for the share of all cases they hold.</source>
        <translation>How many times the average rate the top 10 %, 20 % … of users by score have; hover a point for the share of all cases they hold.</translation>
    </message>
    <message>
        <source>What drives the score</source>
        <translation>What drives the score</translation>
    </message>
    <message>
        <source>Gain (loss reduction per split)</source>
        <translation>Gain (loss reduction per split)</translation>
    </message>
    <message>
        <source>Feature importance: how much the model&apos;s splits on each feature improved it.</source>
        <translation>Feature importance: how much the model&apos;s splits on each feature improved it.</translation>
    </message>
    <message>
        <source>This run stored no score distribution.</source>
        <translation>This run stored no score distribution.</translation>
    </message>
    <message>
        <source>This run stored no ROC curve.</source>
        <translation>This run stored no ROC curve.</translation>
    </message>
    <message>
        <source>This run stored no calibration curve.</source>
        <translation>This run stored no calibration curve.</translation>
    </message>
    <message>
        <source>This run stored no lift by decile.</source>
        <translation>This run stored no lift by decile.</translation>
    </message>
    <message>
        <source>This run stored no feature importance.</source>
        <translation>This run stored no feature importance.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreRunBar</name>
    <message>
        <source>Horizon, days</source>
        <translation>Horizon, days</translation>
    </message>
    <message>
        <source>Score who buys within this many days after the as-of date. The model learns it from the same window one and two horizons earlier.</source>
        <translation>Score who buys within this many days after the as-of date. The model learns it from the same window one and two horizons earlier.</translation>
    </message>
    <message>
        <source>Churn after, days</source>
        <translation>Churn after, days</translation>
    </message>
    <message>
        <source>Churn = no purchase and no session within this many days. Only customers active in the same number of days before the as-of date are scored.</source>
        <translation>Churn = no purchase and no session within this many days. Only customers active in the same number of days before the as-of date are scored.</translation>
    </message>
    <message>
        <source>Save as default</source>
        <translation>Save as default</translation>
    </message>
    <message>
        <source>Store this churn window for every churn run, here and on the command line.</source>
        <translation>Store this churn window for every churn run, here and on the command line.</translation>
    </message>
    <message>
        <source>Gradient boosting adds shallow trees one after another, each fixing the errors of the ones before; a random forest averages many deep trees grown on random samples.</source>
        <translation>Gradient boosting adds shallow trees one after another, each fixing the errors of the ones before; a random forest averages many deep trees grown on random samples.</translation>
    </message>
    <message>
        <source>The same data, settings and seed give the same scores.</source>
        <translation>The same data, settings and seed give the same scores.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Score customers as they were at the start of this day (UTC); unchecked: the day after the data ends.</source>
        <translation>Score customers as they were at the start of this day (UTC); unchecked: the day after the data ends.</translation>
    </message>
    <message>
        <source>Train the model on the history, check it on a held-out window and score every customer; the result is stored as a new run.</source>
        <translation>Train the model on the history, check it on a held-out window and score every customer; the result is stored as a new run.</translation>
    </message>
    <message>
        <source>Stop the run; the scores stored before stay.</source>
        <translation>Stop the run; the scores stored before stay.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message numerus="yes">
        <source>Churn = no purchase and no session within this many days (the stored default is %n days). Only customers active in the same number of days before the as-of date are scored.</source>
        <translation>
            <numerusform>Churn = no purchase and no session within this many days (the stored default is %n day). Only customers active in the same number of days before the as-of date are scored.</numerusform>
            <numerusform>Churn = no purchase and no session within this many days (the stored default is %n days). Only customers active in the same number of days before the as-of date are scored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreRunsModel</name>
    <message>
        <source>The moment scored: the data before it was used</source>
        <translation>The moment scored: the data before it was used</translation>
    </message>
    <message>
        <source>The purchase horizon, or the churn window (no purchase and no session within it)</source>
        <translation>The purchase horizon, or the churn window (no purchase and no session within it)</translation>
    </message>
    <message>
        <source>ROC-AUC on the held-out validation window: 0.5 is chance, 1 is perfect</source>
        <translation>ROC-AUC on the held-out validation window: 0.5 is chance, 1 is perfect</translation>
    </message>
    <message>
        <source>PR-AUC (average precision) on the held-out validation window</source>
        <translation>PR-AUC (average precision) on the held-out validation window</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
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
        <translation>Users</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoreTexts</name>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>Likely to buy (30 days)</source>
        <translation>Likely to buy (30 days)</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Purchase propensity</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Random forest</translation>
    </message>
    <message>
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message numerus="yes">
        <source>churn = no purchase and no session within %n days</source>
        <translation>
            <numerusform>churn = no purchase and no session within %n day</numerusform>
            <numerusform>churn = no purchase and no session within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>buys within %n days</source>
        <translation>
            <numerusform>buys within %n day</numerusform>
            <numerusform>buys within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 churned</source>
        <translation>%1 churned</translation>
    </message>
    <message>
        <source>%1 bought</source>
        <translation>%1 bought</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
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
        <translation>stable</translation>
    </message>
    <message>
        <source>moderate shift</source>
        <translation>moderate shift</translation>
    </message>
    <message>
        <source>large shift</source>
        <translation>large shift</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoredUsersModel</name>
    <message>
        <source>The features that pushed the score up most, with the user&apos;s value and how much each added (in log-odds: +0.7 roughly doubles the odds)</source>
        <translation>The features that pushed the score up most, with the user&apos;s value and how much each added (in log-odds: +0.7 roughly doubles the odds)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>no feature raised this score</source>
        <translation>no feature raised this score</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoresModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The scores could not be loaded: %1</source>
        <translation>The scores could not be loaded: %1</translation>
    </message>
    <message>
        <source>The churn window setting could not be read: %1</source>
        <translation>The churn window setting could not be read: %1</translation>
    </message>
    <message>
        <source>The churn window was not saved: %1</source>
        <translation>The churn window was not saved: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ScoresPage</name>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Purchase propensity: how likely each customer is to buy within the horizon</source>
        <translation>Purchase propensity: how likely each customer is to buy within the horizon</translation>
    </message>
    <message>
        <source>Churn risk: how likely each active customer is to stop buying and visiting</source>
        <translation>Churn risk: how likely each active customer is to stop buying and visiting</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Churn window saved: churn runs now use %n days unless told otherwise.</source>
        <translation>
            <numerusform>Churn window saved: churn runs now use %n day unless told otherwise.</numerusform>
            <numerusform>Churn window saved: churn runs now use %n days unless told otherwise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Running: %1 %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Run history</translation>
    </message>
    <message>
        <source>Show run</source>
        <translation>Show run</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s quality, charts and dates (double-click a run does too)</source>
        <translation>Show the selected run&apos;s quality, charts and dates (double-click a run does too)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Select two succeeded runs (Ctrl+click) to see how their scores differ</source>
        <translation>Select two succeeded runs (Ctrl+click) to see how their scores differ</translation>
    </message>
    <message>
        <source>No churn scores yet</source>
        <translation>No churn scores yet</translation>
    </message>
    <message>
        <source>No purchase scores yet</source>
        <translation>No purchase scores yet</translation>
    </message>
    <message>
        <source>Kestrel learns from the history which active customers churned — %1 — checks the model on a later window it never saw, then scores every active customer. Press Run above: the run is stored, and its quality, the score distribution, the customers most at risk with the reasons and the run history appear here.</source>
        <translation>Kestrel learns from the history which active customers churned — %1 — checks the model on a later window it never saw, then scores every active customer. Press Run above: the run is stored, and its quality, the score distribution, the customers most at risk with the reasons and the run history appear here.</translation>
    </message>
    <message>
        <source>Kestrel learns from the history who bought within the horizon, checks the model on a later window it never saw, then scores every customer. Press Run above: the run is stored, and its quality, the score distribution, the customers most likely to buy with the reasons and the run history appear here.</source>
        <translation>Kestrel learns from the history who bought within the horizon, checks the model on a later window it never saw, then scores every customer. Press Run above: the run is stored, and its quality, the score distribution, the customers most likely to buy with the reasons and the run history appear here.</translation>
    </message>
    <message>
        <source>The last run (%1) failed: %2</source>
        <translation>The last run (%1) failed: %2</translation>
    </message>
    <message>
        <source>Top 50 at risk</source>
        <translation>Top 50 at risk</translation>
    </message>
    <message>
        <source>Top 50 likely buyers</source>
        <translation>Top 50 likely buyers</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the scores cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the scores cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Select two succeeded runs in the table above and press Compare to see how the scores moved.</source>
        <translation>Select two succeeded runs in the table above and press Compare to see how the scores moved.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Comparing runs %1 and %2</source>
        <translation>Comparing runs %1 and %2</translation>
    </message>
    <message>
        <source>PSI %1</source>
        <translation>PSI %1</translation>
    </message>
    <message>
        <source>Comparing runs %1 and %2…</source>
        <translation>Comparing runs %1 and %2…</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>The comparison was cancelled.</translation>
    </message>
    <message>
        <source>The runs could not be compared: %1</source>
        <translation>The runs could not be compared: %1</translation>
    </message>
    <message>
        <source>%1 updated: %2 (run %3).</source>
        <translation>%1 updated: %2 (run %3).</translation>
    </message>
    <message>
        <source>The scores shown are still the stored ones.</source>
        <translation>The scores shown are still the stored ones.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>Scoring cancelled. %1</source>
        <translation>Scoring cancelled. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>Scoring failed: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>The 50 active customers most at risk by their current churn score (run %1), with the features that raised it most.</source>
        <translation>The 50 active customers most at risk by their current churn score (run %1), with the features that raised it most.</translation>
    </message>
    <message>
        <source>The 50 customers most likely to buy by their current purchase score (run %1), with the features that raised it most.</source>
        <translation>The 50 customers most likely to buy by their current purchase score (run %1), with the features that raised it most.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
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
        <translation>k-means</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Share of users</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 users)</source>
        <translation>%1 (%2 users)</translation>
    </message>
    <message>
        <source>z %1 · average %2</source>
        <translation>z %1 · average %2</translation>
    </message>
    <message>
        <source>Number of segments (k)</source>
        <translation>Number of segments (k)</translation>
    </message>
    <message>
        <source>Silhouette, relative inertia</source>
        <translation>Silhouette, relative inertia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Inertia (relative)</source>
        <translation>Inertia (relative)</translation>
    </message>
    <message>
        <source>k = %1: silhouette %2</source>
        <translation>k = %1: silhouette %2</translation>
    </message>
    <message>
        <source>k = %1: inertia %2 (%3 of the largest)</source>
        <translation>k = %1: inertia %2 (%3 of the largest)</translation>
    </message>
    <message>
        <source>Chosen k = %1</source>
        <translation>Chosen k = %1</translation>
    </message>
    <message>
        <source>Users, sorted by that distance</source>
        <translation>Users, sorted by that distance</translation>
    </message>
    <message>
        <source>k-distance (k = %1)</source>
        <translation>k-distance (k = %1)</translation>
    </message>
    <message>
        <source>%1 of users within %2</source>
        <translation>%1 of users within %2</translation>
    </message>
    <message>
        <source>Suggested eps %1</source>
        <translation>Suggested eps %1</translation>
    </message>
    <message>
        <source>eps used %1</source>
        <translation>eps used %1</translation>
    </message>
    <message>
        <source>Choosing eps: the k-distance curve</source>
        <translation>Choosing eps: the k-distance curve</translation>
    </message>
    <message>
        <source>Choosing k: silhouette and inertia</source>
        <translation>Choosing k: silhouette and inertia</translation>
    </message>
    <message>
        <source>This run stored no k-distance curve.</source>
        <translation>This run stored no k-distance curve.</translation>
    </message>
    <message>
        <source>This run used a fixed k = %1, so no k was compared.
Set Segments to Auto to compare k from %2 to %3.</source>
        <translation>This run used a fixed k = %1, so no k was compared.
Set Segments to Auto to compare k from %2 to %3.</translation>
    </message>
    <message>
        <source>This run stored no k scan.</source>
        <translation>This run stored no k scan.</translation>
    </message>
    <message>
        <source>PC1 (%1 of variance)</source>
        <translation>PC1 (%1 of variance)</translation>
    </message>
    <message>
        <source>PC2 (%1 of variance)</source>
        <translation>PC2 (%1 of variance)</translation>
    </message>
    <message>
        <source>k-distance</source>
        <translation>k-distance</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentRunBar</name>
    <message>
        <source>k-means</source>
        <translation>k-means</translation>
    </message>
    <message>
        <source>DBSCAN</source>
        <translation>DBSCAN</translation>
    </message>
    <message>
        <source>k-means splits every customer into k groups around their averages; DBSCAN finds dense groups of any shape and leaves outliers as noise.</source>
        <translation>k-means splits every customer into k groups around their averages; DBSCAN finds dense groups of any shape and leaves outliers as noise.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>The number of segments (k). Auto tries every k of the range and keeps the one whose segments are best separated (highest silhouette).</source>
        <translation>The number of segments (k). Auto tries every k of the range and keeps the one whose segments are best separated (highest silhouette).</translation>
    </message>
    <message>
        <source>k range</source>
        <translation>k range</translation>
    </message>
    <message>
        <source>The smallest and largest k that Auto compares.</source>
        <translation>The smallest and largest k that Auto compares.</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>The neighbourhood radius on standardised features. Auto takes the knee of the k-distance curve.</source>
        <translation>The neighbourhood radius on standardised features. Auto takes the knee of the k-distance curve.</translation>
    </message>
    <message>
        <source>Min samples</source>
        <translation>Min samples</translation>
    </message>
    <message>
        <source>How many customers within eps (the customer included) make a customer the core of a segment. Auto: twice the number of features.</source>
        <translation>How many customers within eps (the customer included) make a customer the core of a segment. Auto: twice the number of features.</translation>
    </message>
    <message>
        <source>The same data and seed give the same segments.</source>
        <translation>The same data and seed give the same segments.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Segment customers as they were at the start of this day (UTC); unchecked: now.</source>
        <translation>Segment customers as they were at the start of this day (UTC); unchecked: now.</translation>
    </message>
    <message>
        <source>Segment the customers with these settings; the result is stored as a new run.</source>
        <translation>Segment the customers with these settings; the result is stored as a new run.</translation>
    </message>
    <message>
        <source>Stop the run; the segments stored before stay.</source>
        <translation>Stop the run; the segments stored before stay.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentsModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The segments could not be loaded: %1</source>
        <translation>The segments could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Customers grouped by spend, orders, recency, basket and activity</source>
        <translation>Customers grouped by spend, orders, recency, basket and activity</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Earlier succeeded runs; the newest is shown unless you pick another</source>
        <translation>Earlier succeeded runs; the newest is shown unless you pick another</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Running: %1 %2</source>
        <translation>Running: %1 %2</translation>
    </message>
    <message>
        <source>Share of users and of revenue</source>
        <translation>Share of users and of revenue</translation>
    </message>
    <message>
        <source>Click a legend entry to hide or show it.</source>
        <translation>Click a legend entry to hide or show it.</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Segment profiles</translation>
    </message>
    <message>
        <source>How far each segment&apos;s average is from everyone&apos;s, in standard deviations of the (log-scaled) feature. Hover a bar for the segment&apos;s average.</source>
        <translation>How far each segment&apos;s average is from everyone&apos;s, in standard deviations of the (log-scaled) feature. Hover a bar for the segment&apos;s average.</translation>
    </message>
    <message>
        <source>Customers on the two main components</source>
        <translation>Customers on the two main components</translation>
    </message>
    <message>
        <source>Choosing k: silhouette and inertia</source>
        <translation>Choosing k: silhouette and inertia</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>No segments yet</translation>
    </message>
    <message>
        <source>Segmentation groups customers by spend, number of orders, recency, basket, categories and activity. Pick k-means or DBSCAN above and press Run: the run is stored, and its segments, their profiles and the choice of k appear here.</source>
        <translation>Segmentation groups customers by spend, number of orders, recency, basket, categories and activity. Pick k-means or DBSCAN above and press Run: the run is stored, and its segments, their profiles and the choice of k appear here.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed, so the segments cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed, so the segments cannot be read. Install the package libqt6sql6-psql and restart Kestrel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Segments updated: %1 (run %2).</source>
        <translation>Segments updated: %1 (run %2).</translation>
    </message>
    <message>
        <source>The segments shown are still the stored ones.</source>
        <translation>The segments shown are still the stored ones.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>Run cancelled</translation>
    </message>
    <message>
        <source>Segmentation cancelled. %1</source>
        <translation>Segmentation cancelled. %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>Segmentation failed: %1 %2</source>
        <translation>Segmentation failed: %1 %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>No segmentation run yet.</source>
        <translation>No segmentation run yet.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 · %2 · %3, %n segments</source>
        <translation>
            <numerusform>Run %1 · %2 · %3, %n segment</numerusform>
            <numerusform>Run %1 · %2 · %3, %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (newest)</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 noise</source>
        <translation>%1 + %2 noise</translation>
    </message>
    <message>
        <source>eps %1</source>
        <translation>eps %1</translation>
    </message>
    <message>
        <source>min samples %1</source>
        <translation>min samples %1</translation>
    </message>
    <message>
        <source>%1 (best of k %2–%3)</source>
        <translation>%1 (best of k %2–%3)</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 users</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>took %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>This run stored no segments.</source>
        <translation>This run stored no segments.</translation>
    </message>
    <message>
        <source>This run stored no sample of customers to plot.
Runs made from now on do.</source>
        <translation>This run stored no sample of customers to plot.
Runs made from now on do.</translation>
    </message>
    <message>
        <source>Std. dev. from the average</source>
        <translation>Std. dev. from the average</translation>
    </message>
    <message>
        <source>A sample of up to 2,000 customers projected on the first two principal components of the standardised features.</source>
        <translation>A sample of up to 2,000 customers projected on the first two principal components of the standardised features.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SegmentsTableModel</name>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Share of users</source>
        <translation>Share of users</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
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
    <name>kestrel::ui::Toast</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::UserCardModel</name>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The user card could not be loaded: %1</source>
        <translation>The user card could not be loaded: %1</translation>
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
        <translation>Segment</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Buys within 30 days</source>
        <translation>Buys within 30 days</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>Historical LTV</source>
        <translation>Historical LTV</translation>
    </message>
    <message>
        <source>Predicted LTV</source>
        <translation>Predicted LTV</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <source>Purchases in 90 days</source>
        <translation>Purchases in 90 days</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>not segmented yet</source>
        <translation>not segmented yet</translation>
    </message>
    <message>
        <source>Recency %1 days, %2 orders, %3 revenue (scores 1–5, 5 best)</source>
        <translation>Recency %1 days, %2 orders, %3 revenue (scores 1–5, 5 best)</translation>
    </message>
    <message>
        <source>R%1 F%2 M%3</source>
        <translation>R%1 F%2 M%3</translation>
    </message>
    <message>
        <source>no paid orders, or no RFM run</source>
        <translation>no paid orders, or no RFM run</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>not scored (not recently active)</source>
        <translation>not scored (not recently active)</translation>
    </message>
    <message>
        <source>Revenue of the first 3, 6 and 12 months after the first purchase; empty until the months have passed</source>
        <translation>Revenue of the first 3, 6 and 12 months after the first purchase; empty until the months have passed</translation>
    </message>
    <message>
        <source>CLV of the newest LTV run</source>
        <translation>CLV of the newest LTV run</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>no prediction</translation>
    </message>
    <message>
        <source>chance the customer is still active</source>
        <translation>chance the customer is still active</translation>
    </message>
    <message>
        <source>expected repeat purchases</source>
        <translation>expected repeat purchases</translation>
    </message>
    <message>
        <source>Why the churn risk is %1: %2</source>
        <translation>Why the churn risk is %1: %2</translation>
    </message>
    <message>
        <source>No feature raised this churn risk.</source>
        <translation>No feature raised this churn risk.</translation>
    </message>
    <message>
        <source>3 months: %1
6 months: %2</source>
        <translation>3 months: %1
6 months: %2</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::UserCardWindow</name>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Read the card again</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Telegram id</source>
        <translation>Telegram id</translation>
    </message>
    <message>
        <source>Events and orders, newest first; scroll down for earlier ones. Purchase events are shown as their orders.</source>
        <translation>Events and orders, newest first; scroll down for earlier ones. Purchase events are shown as their orders.</translation>
    </message>
    <message>
        <source>No customer with id %1</source>
        <translation>No customer with id %1</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation>Customer %1 · %2</translation>
    </message>
    <message>
        <source>%1 — customer %2</source>
        <translation>%1 — customer %2</translation>
    </message>
    <message>
        <source>no purchase yet</source>
        <translation>no purchase yet</translation>
    </message>
    <message>
        <source>From recommendation run %1: the customer&apos;s own list, best first.</source>
        <translation>From recommendation run %1: the customer&apos;s own list, best first.</translation>
    </message>
    <message>
        <source>The customer is newer than recommendation run %1, so the run&apos;s popular products are shown.</source>
        <translation>The customer is newer than recommendation run %1, so the run&apos;s popular products are shown.</translation>
    </message>
    <message>
        <source>No recommendation run yet: the best sellers of the last 90 days of orders. Run the recommender for personal lists.</source>
        <translation>No recommendation run yet: the best sellers of the last 90 days of orders. Run the recommender for personal lists.</translation>
    </message>
    <message>
        <source>The shop has no products to recommend.</source>
        <translation>The shop has no products to recommend.</translation>
    </message>
    <message>
        <source>No paid orders yet</source>
        <translation>No paid orders yet</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n orders</source>
        <translation>
            <numerusform>%1 in %n order</numerusform>
            <numerusform>%1 in %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in total over %n products</source>
        <translation>
            <numerusform>%1 in total over %n product</numerusform>
            <numerusform>%1 in total over %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend by month: paid, shipped and delivered orders</source>
        <translation>Spend by month: paid, shipped and delivered orders</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ValidationPage</name>
    <message>
        <source>Check and choose how to load</source>
        <translation>Check and choose how to load</translation>
    </message>
    <message>
        <source>The whole file is read and checked against the table as a trial run; nothing is written.</source>
        <translation>The whole file is read and checked against the table as a trial run; nothing is written.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancel check</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Data rows in the file (the header not counted).</source>
        <translation>Data rows in the file (the header not counted).</translation>
    </message>
    <message>
        <source>To insert</source>
        <translation>To insert</translation>
    </message>
    <message>
        <source>Rows whose key is not stored yet.</source>
        <translation>Rows whose key is not stored yet.</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>Stored rows the file changes.</source>
        <translation>Stored rows the file changes.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rows stored already with the same values.</source>
        <translation>Rows stored already with the same values.</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>To delete</translation>
    </message>
    <message>
        <source>Stored rows that are not in the file (replace mode only).</source>
        <translation>Stored rows that are not in the file (replace mode only).</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Rows with a value that cannot be stored; see the reasons below.</source>
        <translation>Rows with a value that cannot be stored; see the reasons below.</translation>
    </message>
    <message>
        <source>Load this file again anyway (force)</source>
        <translation>Load this file again anyway (force)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>If rows are rejected</source>
        <translation>If rows are rejected</translation>
    </message>
    <message>
        <source>Load the good rows, skip the rejected ones</source>
        <translation>Load the good rows, skip the rejected ones</translation>
    </message>
    <message>
        <source>Load nothing</source>
        <translation>Load nothing</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Open the full list…</source>
        <translation>Open the full list…</translation>
    </message>
    <message>
        <source>Checking the file against %1…</source>
        <translation>Checking the file against %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>The check failed.</translation>
    </message>
    <message>
        <source>Checked in %1 — nothing was written.</source>
        <translation>Checked in %1 — nothing was written.</translation>
    </message>
    <message>
        <source>This file was loaded into %1 before: load %2 on %3 (inserted %4, updated %5). Loading it again is refused unless you ask for it.</source>
        <translation>This file was loaded into %1 before: load %2 on %3 (inserted %4, updated %5). Loading it again is refused unless you ask for it.</translation>
    </message>
    <message>
        <source>Every row of the file can be stored: no row is rejected.</source>
        <translation>Every row of the file can be stored: no row is rejected.</translation>
    </message>
    <message>
        <source>%1 rows rejected; the first %2 problems are listed.</source>
        <translation>%1 rows rejected; the first %2 problems are listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check first.</source>
        <translation>Run the check first.</translation>
    </message>
    <message>
        <source>The check was cancelled; check again to continue.</source>
        <translation>The check was cancelled; check again to continue.</translation>
    </message>
    <message>
        <source>The file cannot be loaded: %1</source>
        <translation>The file cannot be loaded: %1</translation>
    </message>
    <message>
        <source>This file was loaded before; tick “Load this file again anyway” to load it once more.</source>
        <translation>This file was loaded before; tick “Load this file again anyway” to load it once more.</translation>
    </message>
    <message>
        <source>The file has no rows to load.</source>
        <translation>The file has no rows to load.</translation>
    </message>
    <message>
        <source>Every row is rejected; nothing can be loaded.</source>
        <translation>Every row is rejected; nothing can be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>With “Load nothing”, this load would fail: %n rows are rejected. Load the good rows, or fix the file and go back.</source>
        <translation>
            <numerusform>With “Load nothing”, this load would fail: %n row is rejected. Load the good rows, or fix the file and go back.</numerusform>
            <numerusform>With “Load nothing”, this load would fail: %n rows are rejected. Load the good rows, or fix the file and go back.</numerusform>
        </translation>
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
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>The filters are not valid JSON: %1 at offset %2</source>
        <translation>The filters are not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>The filters must be a JSON object</source>
        <translation>The filters must be a JSON object</translation>
    </message>
</context>
</TS>
