"""cmagenda: a command-line planner for community managers."""

__version__ = "0.1.0"
