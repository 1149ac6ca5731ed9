"""Run the command line with ``python -m conversation``."""

from __future__ import annotations

import sys

from conversation.cli import main

if __name__ == "__main__":
    sys.exit(main())
