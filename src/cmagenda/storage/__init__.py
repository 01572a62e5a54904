"""Storage: everything that touches the disk.

Paths, the month store (lock, journal, atomic writes), the window cache, config and checklist
files (tomllib + pydantic at the edge), backups, undo history, numbered output files.
May import `cmagenda.domain` and `cmagenda.i18n`; never the views, interop, use cases or CLI.
"""
