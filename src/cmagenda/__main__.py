"""Entry point for `python -m cmagenda`."""

import sys

from .fast import main

sys.exit(main())
