"""``conversation new``: choose the mode, script, your name and a pseudonym, then open the app.

The questions come before the app starts, and only for what the flags did not give; with
no terminal and something still missing, the command names the flags to give and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from conversation.commands import add_scripts_option, add_sessions_option, script_dirs
from conversation.errors import ConversationError
from conversation.model import Mode
from conversation.script import Script
from conversation.wizard import (
    WIZARD_MODES,
    Answers,
    WizardAnswers,
    WizardCancelled,
    missing_flags,
    name_problem,
    needs_pseudonym,
)


def add_parser(subparsers: Any) -> None:
    """Declare ``conversation new`` and its flags, one per wizard question."""
    parser = subparsers.add_parser(
        "new",
        help="start a new conversation (asks what the flags do not say)",
        description="Start a new conversation. Asks for the mode, the script, your name and, "
        "in record mode, a pseudonym for the person (in supervise mode, the supervisee's "
        "name); every question has a flag.",
    )
    parser.add_argument(
        "--mode",
        choices=[mode.value for mode in WIZARD_MODES],
        help="demonstrate, practise, record or supervise",
    )
    parser.add_argument("--script", metavar="ID", help="id of the conversation script")
    parser.add_argument("--name", metavar="NAME", help="your name, as the practitioner")
    parser.add_argument(
        "--pseudonym", metavar="NAME", help="what to call the person (record mode only)"
    )
    parser.add_argument(
        "--supervisee", metavar="NAME", help="the supervisee's name (supervise mode only)"
    )
    add_scripts_option(parser)
    add_sessions_option(parser)
    parser.set_defaults(run=run)


def has_terminal() -> bool:
    """True when questions can be asked and the app can be drawn."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def answers_from(args: argparse.Namespace) -> Answers:
    """The answers the flags give (None where a flag is absent)."""
    mode = getattr(args, "mode", None)
    return Answers(
        mode=Mode(mode) if mode else None,
        script_id=getattr(args, "script", None),
        practitioner=getattr(args, "name", None),
        pseudonym=getattr(args, "pseudonym", None),
        supervisee=getattr(args, "supervisee", None),
    )


def flag_problems(answers: Answers, scripts: Sequence[Script]) -> list[str]:
    """What is wrong with the flags given, one message each."""
    problems: list[str] = []
    by_id = {script.meta.id: script for script in scripts}
    chosen = by_id.get(answers.script_id) if answers.script_id is not None else None
    if answers.script_id is not None and chosen is None:
        known = ", ".join(sorted(by_id)) or "none"
        problems.append(f"--script: no script with id {answers.script_id!r} (known: {known})")
    if chosen is not None and answers.mode is not None and answers.mode not in chosen.meta.modes:
        supported = ", ".join(mode.value for mode in chosen.meta.modes) or "none"
        problems.append(
            f"--script: {chosen.meta.id!r} is not written for {answers.mode.value} mode "
            f"(it supports: {supported})"
        )
    if answers.practitioner is not None:
        problem = name_problem(answers.practitioner, "--name")
        if problem:
            problems.append(problem)
    if answers.pseudonym is not None:
        if answers.mode is not None and not needs_pseudonym(answers.mode):
            problems.append(
                "--pseudonym is for record mode only; in "
                f"{answers.mode.value} mode the person is the script's invented person"
            )
        else:
            problem = name_problem(answers.pseudonym, "--pseudonym", required=False)
            if problem:
                problems.append(problem)
    if answers.supervisee is not None:
        if answers.mode is not None and answers.mode is not Mode.SUPERVISE:
            problems.append(f"--supervisee is for supervise mode only, not {answers.mode.value}")
        else:
            problem = name_problem(answers.supervisee, "--supervisee")
            if problem:
                problems.append(problem)
    return problems


def run(args: argparse.Namespace) -> int:
    """Ask what is missing, then open the app for the new conversation."""
    from conversation.library import load_library, script_folders

    scripts = load_library(script_folders(script_dirs(args))).scripts
    answers = answers_from(args)
    problems = flag_problems(answers, scripts)
    if problems:
        for problem in problems:
            print(f"conversation new: {problem}", file=sys.stderr)
        return 2
    missing = missing_flags(answers)
    if missing and not has_terminal():
        print(
            "conversation new: no terminal to ask questions in; give "
            + ", ".join(missing)
            + " (and run it in a terminal to open the app)",
            file=sys.stderr,
        )
        return 2
    if missing:
        from conversation.wizard import ask

        try:
            final = ask(answers, scripts)
        except WizardCancelled as error:
            print(f"conversation new: {error}", file=sys.stderr)
            return 2
        except ConversationError as error:
            print(f"conversation new: {error}", file=sys.stderr)
            return 2
    else:
        from conversation.wizard import complete

        done = complete(answers)
        assert done is not None
        final = done
    return launch(final, args)


def launch(answers: WizardAnswers, args: argparse.Namespace) -> int:
    """Open the app straight into the chosen mode and script; the app's exit code."""
    from conversation.commands import app_modes

    if answers.mode is Mode.SUPERVISE:
        supervision = argparse.Namespace(
            command="new",
            script=answers.script_id,
            name=answers.practitioner,
            supervisee=answers.supervisee or "",
            review=None,
            scripts=getattr(args, "scripts", None),
        )
        if hasattr(args, "sessions"):
            supervision.sessions = args.sessions
        return int(app_modes.run_supervise(supervision))
    request = argparse.Namespace(
        command="new",
        mode=answers.mode,
        script=answers.script_id,
        name=answers.practitioner,
        pseudonym=answers.pseudonym,
        seed=0,
        scripts=getattr(args, "scripts", None),
    )
    if hasattr(args, "sessions"):
        request.sessions = args.sessions
    return int(app_modes.run(request))
