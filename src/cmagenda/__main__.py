"""Entry point for `python -m cmagenda`."""

import sys

from .cli import main

sys.exit(main())
