"""Use cases: one function per user action, split by kind.

Each opens the store under the lock, calls the domain, commits all-or-nothing and returns data
for a view. May import views (to say what changed), interop, storage, domain and i18n; never
the CLI.
"""
