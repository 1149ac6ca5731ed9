"""Run every benchmark in tests/bench (bench_*.py modules, each with a main()); print figures.

Usage: ``python -m tests.bench`` (or ``make bench``); ``python -m tests.bench analysis`` runs
only the benchmarks whose module name contains "analysis".
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Import each bench module and call its main(); return 1 when any reports a miss."""
    here = Path(__file__).parent
    failed = False
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        if argv and not any(word in info.name for word in argv):
            continue
        print(f"== {info.name}", flush=True)
        module = importlib.import_module(f"tests.bench.{info.name}")
        if module.main() is False:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
