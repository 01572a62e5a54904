"""Entry point for `python -m cmagenda`."""

import sys

from cmagenda.cli.fast import main

sys.exit(main())
