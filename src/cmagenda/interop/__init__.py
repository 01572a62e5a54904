"""Interop: other tools' formats (iCalendar, vdir, Taskwarrior): data in, data out.

May import `cmagenda.storage` (to write files safely), `cmagenda.domain` and `cmagenda.i18n`.
"""
