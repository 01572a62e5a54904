"""CLI: the Typer app split by command group, and the stdlib-only fast entry.

The only package that imports typer and reads the clock, the environment and the TTY; the one
error boundary, where errors become exit codes. `fast` must not import `app` at module level:
the morning commands never pay for Typer.
"""
