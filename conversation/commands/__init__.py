"""Subcommands of the ``conversation`` command line, one module each.

Each module has ``add_parser(subparsers)`` to declare its arguments and ``run(args) -> int``
to carry it out (0 done, 1 a finding the user asked to fail on, 2 bad input or usage).
"""

from __future__ import annotations

import argparse


def add_sessions_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--sessions DIR`` after the subcommand too, without hiding one given before it."""
    parser.add_argument(
        "--sessions",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="sessions folder (else $CONVERSATION_SESSIONS, else ./sessions, else user data)",
    )


def add_theme_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--theme NAME`` (remembered for next time), before or after the subcommand."""
    parser.add_argument(
        "--theme",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="colour theme, remembered for next time: high-contrast, or one of Textual's "
        "(textual-dark, textual-light, nord, ...)",
    )
