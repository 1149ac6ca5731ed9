"""Subcommands of the ``conversation`` command line, one module each.

Each module has ``add_parser(subparsers)`` to declare its arguments and ``run(args) -> int``
to carry it out (0 done, 1 a finding the user asked to fail on, 2 bad input or usage).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def add_sessions_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--sessions DIR`` after the subcommand too, without hiding one given before it."""
    parser.add_argument(
        "--sessions",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="sessions folder (else $CONVERSATION_SESSIONS, else ./sessions, else user data)",
    )


SCRIPTS_HELP = (
    "a folder of your own scripts, read after the bundled ones and your user scripts folder "
    "(may be given more than once)"
)


def add_scripts_option(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """Accept ``--scripts DIR`` (repeatable) before or after the subcommand."""
    parser.add_argument(
        "--scripts",
        metavar="DIR",
        action="append",
        default=None if top_level else argparse.SUPPRESS,
        help=SCRIPTS_HELP,
    )


def script_dirs(args: argparse.Namespace) -> list[Path]:
    """The folders given with ``--scripts`` (none when the option is absent)."""
    given = getattr(args, "scripts", None)
    if given is None:
        return []
    if isinstance(given, (str, Path)):
        return [Path(given)]
    return [Path(folder) for folder in given]


def add_theme_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--theme NAME`` (remembered for next time), before or after the subcommand."""
    parser.add_argument(
        "--theme",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="colour theme, remembered for next time: high-contrast, or one of Textual's "
        "(textual-dark, textual-light, nord, ...)",
    )


def write_output(command: str, output: str | None, text: str, what: str = "") -> int:
    """Write a command's text to standard output, or atomically to ``output`` (readable by
    its owner only); a .toml target (a session file) is refused. Returns the exit code."""
    if not output:
        sys.stdout.write(text)
        return 0
    target = Path(output)
    if target.suffix == ".toml":
        print(f"conversation {command}: {target}: refusing to write{' a ' + what if what else ''}"
              " over a .toml file", file=sys.stderr)
        return 2
    try:
        folder = target.parent if str(target.parent) else Path(".")
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except OSError as error:
        print(f"conversation {command}: {target}: cannot write{' the ' + what if what else ''}"
              f" ({error.strerror})", file=sys.stderr)
        return 2
    print(f"Wrote {target}", file=sys.stderr)
    return 0
