"""``practise --plain`` and ``record --plain``: the conversation as line-by-line prompts.

Opens the session exactly as the full-screen app would (same store, same lock, the same
remembered name), then hands it to ``conversation.plain`` until it is finished or stopped.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

from conversation.errors import ConversationError
from conversation.model import Mode
from conversation.paths import sessions_dir, settings_file
from conversation.plain import Asker, PlainConversation, PlainStopped, QuestionaryAsker, Say
from conversation.settings import save_settings

NAME_QUESTION = "Your name (kept in the sessions you save; leave empty to stay unnamed):"


def run_plain(
    args: argparse.Namespace,
    input: Any = None,
    output: Any = None,
    say: Say | None = None,
) -> int:
    """Run a practise or record conversation in plain mode; the exit code. ``input`` and
    ``output`` are prompt_toolkit's (tests pass a pipe input and a dummy output)."""
    command = f"conversation {args.command} --plain"
    if input is None and not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(
            f"{command}: needs an interactive terminal (standard input and output must not "
            "be redirected)",
            file=sys.stderr,
        )
        return 2
    show: Say = say or print_wrapped
    asker = QuestionaryAsker(input, output)
    try:
        opened = _open(args, asker, show)
    except PlainStopped:
        show("Stopped before the conversation started; nothing was saved.")
        return 0
    except ConversationError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return 2
    try:
        PlainConversation(opened.conversation, asker, show).run()
    finally:
        opened.lock.release()
    return 0


def print_wrapped(line: str) -> None:
    """Print a line wrapped at word boundaries to the terminal's width, keeping its indent."""
    width = max(20, shutil.get_terminal_size().columns - 1)
    indent = line[: len(line) - len(line.lstrip(" "))]
    print(textwrap.fill(line, width, subsequent_indent=indent, break_on_hyphens=False) or "")


def _open(args: argparse.Namespace, asker: Asker, say: Say) -> Any:
    """The new session, opened and locked; asks the practitioner's name once in practise."""
    from conversation.app import StartRequest, Workspace
    from conversation.app_preferences import read_preferences

    path = settings_file()
    preferences = read_preferences(path, getattr(args, "theme", None))
    settings = preferences.settings
    mode: Mode = args.mode
    name: str = args.name or settings.name or ""
    if not name and settings.name is None and mode is Mode.PRACTISE:
        settings = settings.with_name(asker.text(NAME_QUESTION))
        name = settings.name or ""
        save_settings(settings, path)
    elif args.name and settings.name is None:
        save_settings(settings.with_name(args.name), path)
    scripts = getattr(args, "scripts", None)
    workspace = Workspace(
        sessions_dir(getattr(args, "sessions", None)), Path(scripts) if scripts else None, None
    )
    request = StartRequest(
        mode=mode,
        script_id=args.script,
        practitioner=name,
        person=getattr(args, "pseudonym", None),
        seed=getattr(args, "seed", 0),
    )
    return workspace.start(request)
