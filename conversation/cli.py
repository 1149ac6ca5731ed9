"""The ``conversation`` command line: parses arguments and hands off to one subcommand module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from conversation import __version__
from conversation.commands import add_scripts_option

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
    "supervise": "app_modes",
    "progress": "progress",
    "scripts": "scripts",
    "new-script": "new_script",
    "serve": "serve",
}


class _Parser(argparse.ArgumentParser):
    """ArgumentParser that exits 2 with the usage on any error (argparse's own rule), and
    whose help lists the bundled scripts where a script can be chosen."""

    def format_help(self) -> str:
        """The help, then the ids of the bundled scripts (for the top level and for every
        command with a ``--script`` option)."""
        text = super().format_help()
        if self.prog == "conversation" or "--script " in text:
            text += script_ids_help()
        return text


def script_ids_help() -> str:
    """The bundled scripts' ids and titles, as a closing paragraph of a help text (read only
    when help is asked for)."""
    from conversation.paths import DEFAULT_SCRIPT_ID
    from conversation.script_loader import list_scripts

    scripts = list_scripts()
    if not scripts:
        return "\nNo bundled scripts were found.\n"
    lines = ["", "scripts (--script ID):"]
    for script in scripts:
        default = " (default)" if script.meta.id == DEFAULT_SCRIPT_ID else ""
        lines.append(f"  {script.meta.id:<22} {script.meta.title}{default}")
    return "\n".join(lines) + "\n"


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subcommand that is installed."""
    parser = _Parser(
        prog="conversation",
        description="Practise, demonstrate, record and supervise 'what matters' conversations, "
        "and follow a practitioner's progress across sessions.",
    )
    parser.add_argument("--version", action="version", version=f"conversation {__version__}")
    parser.add_argument(
        "--sessions", metavar="DIR", help="sessions folder (else $CONVERSATION_SESSIONS, "
        "else ./sessions when it exists, else your user data folder)"
    )
    add_scripts_option(parser, top_level=True)
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
