"""Domain: the planner's knowledge as pure functions on plain data.

Model, dates, recurrence, planning, queries, reports, KPIs, text hygiene, the errors and the
shapes of the user's files (`schema`, pydantic models: they describe data, they read nothing).
No I/O and no clock: today and now are arguments. May import only `cmagenda.i18n` and libraries.
"""
