"""The ``conversation`` command line: parses arguments and hands off to one subcommand module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from conversation import __version__

# Subcommand name -> module under conversation.commands. Imported lazily so that a quick
# command (analyse, validate) never pays for Textual's import.
SUBCOMMANDS: dict[str, str] = {
    "demo": "app_modes",
    "practise": "app_modes",
    "record": "app_modes",
    "new": "new",
    "sessions": "sessions",
    "resume": "app_modes",
    "report": "report",
    "validate": "validate",
    "analyse": "analyse",
    "outcome-check": "outcome_check",
    "serve": "serve",
}


class _Parser(argparse.ArgumentParser):
    """ArgumentParser that exits 2 with the usage on any error (argparse's own rule)."""


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subcommand that is installed."""
    parser = _Parser(
        prog="conversation",
        description="Practise, demonstrate and record 'what matters' conversations.",
    )
    parser.add_argument("--version", action="version", version=f"conversation {__version__}")
    parser.add_argument(
        "--sessions", metavar="DIR", help="sessions folder (else $CONVERSATION_SESSIONS, "
        "else ./sessions when it exists, else your user data folder)"
    )
    from conversation.commands import add_theme_option

    add_theme_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    seen: set[str] = set()
    for module_name in SUBCOMMANDS.values():
        if module_name in seen:
            continue
        seen.add(module_name)
        try:
            module = importlib.import_module(f"conversation.commands.{module_name}")
        except ModuleNotFoundError as error:
            if error.name == f"conversation.commands.{module_name}":
                continue
            raise
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command is None:
        from conversation.commands import app_modes

        return int(app_modes.run_home(args))
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
