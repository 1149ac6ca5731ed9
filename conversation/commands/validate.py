"""``conversation validate FILE...``: check conversation scripts and report every problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from conversation.script_loader import check_script


def add_parser(subparsers: Any) -> None:
    """Declare the ``validate`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="check conversation scripts (TOML) and report every problem",
        description=(
            "Check conversation scripts. Prints 'FILE: OK' for each good file and "
            "'FILE:LINE: problem' for each problem; exits 2 if any file has a problem."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="script files to check")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate each file; 0 when all are good, 2 when any has a problem."""
    failed = False
    for name in args.files:
        problems = check_script(Path(name))
        if problems:
            failed = True
            for problem in problems:
                print(str(problem).replace("\n", " "), file=sys.stderr)
        else:
            print(f"{Path(name)}: OK")
    return 2 if failed else 0
