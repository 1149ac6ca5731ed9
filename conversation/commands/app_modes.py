"""The subcommands that open the app: ``practise``, ``record``, ``demo``, ``supervise`` and
``resume``, and the home screen when ``conversation`` is run with no subcommand."""

from __future__ import annotations

import argparse
import sys

from conversation.commands import (
    add_scripts_option,
    add_sessions_option,
    add_theme_option,
    script_dirs,
)
from conversation.errors import ConversationError, NoTerminal
from conversation.model import Mode
from conversation.paths import sessions_dir, settings_file


def require_terminal(command: str) -> None:
    """Raise NoTerminal unless standard input and output are both an interactive terminal."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise NoTerminal(
            f"{f'conversation {command}'.strip()}: needs an interactive terminal "
            "(standard input and output must not be redirected); to analyse text without one, use "
            "'conversation analyse'"
        )


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare practise, record, demo and resume."""
    practise = subparsers.add_parser(
        "practise", help="practise a conversation with a scripted person (role play)"
    )
    _script_option(practise)
    practise.add_argument("--name", default="", help="your name, kept in the session file")
    practise.add_argument(
        "--seed", type=int, default=0, help="seed for the scripted person's choices (default 0)"
    )
    add_sessions_option(practise)
    _plain_option(practise)
    practise.set_defaults(run=run, mode=Mode.PRACTISE)

    record = subparsers.add_parser(
        "record", help="record a real conversation: your lines, the person's own words, notes"
    )
    _script_option(record)
    record.add_argument("--name", default="", help="your name, kept in the session file")
    record.add_argument(
        "--pseudonym",
        default="the person",
        help="what to call the person in the file (default: 'the person')",
    )
    add_sessions_option(record)
    _plain_option(record)
    record.set_defaults(run=run, mode=Mode.RECORD)

    demo = subparsers.add_parser("demo", help="step through a script's model conversation")
    _script_option(demo)
    add_sessions_option(demo)
    demo.set_defaults(run=run, mode=Mode.DEMONSTRATE)

    supervise = subparsers.add_parser(
        "supervise",
        help="a reflective supervision session: your lines analysed, the supervisee's verbatim",
        description="Open a supervision session between you (the supervisor) and a "
        "supervisee: the five stages as supervision uses them, the Heart of the Matter "
        "questions and the question bank (ctrl+l), agreed actions with who and by when "
        "(ctrl+t), and one of the supervisee's earlier sessions reviewed alongside (ctrl+s, "
        "or --review ID).",
    )
    supervise.add_argument("--name", default="", metavar="SUPERVISOR",
                           help="your name, as the supervisor")
    supervise.add_argument("--supervisee", default="", metavar="NAME",
                           help="the supervisee's name (their earlier sessions are offered "
                           "for review; names match ignoring case and accents)")
    supervise.add_argument("--review", default=None, metavar="ID",
                           help="an earlier practise or record session to review alongside")
    supervise.add_argument("--script", metavar="ID", default=None,
                           help="script the session is filed under (default: the supervision "
                           "script)")
    supervise.add_argument("--scripts", metavar="DIR", default=None,
                           help="folder of scripts (default: the bundled scripts)")
    add_sessions_option(supervise)
    supervise.set_defaults(run=run_supervise, mode=Mode.SUPERVISE)

    resume = subparsers.add_parser("resume", help="carry on a saved session where it stopped")
    resume.add_argument("session_id", metavar="ID", help="the session id (see 'sessions')")
    add_sessions_option(resume)
    resume.set_defaults(run=run_resume)
    for parser in (practise, record, demo, resume):
        add_theme_option(parser)


def _plain_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--plain",
        action="store_true",
        help="plain line-by-line prompts instead of the full screen (for screen readers)",
    )


def _script_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--script",
        metavar="ID",
        default=None,
        help="script id (default: the bundled default script)",
    )
    add_scripts_option(parser)


def _open(args: argparse.Namespace, command: str, start: object | None) -> int:
    """Check the terminal, build the app (opening the session), run it; exit codes as usual."""
    try:
        require_terminal(command)
        from conversation.app import StartRequest, make_app

        assert start is None or isinstance(start, StartRequest)
        app = make_app(
            sessions_dir=sessions_dir(getattr(args, "sessions", None)),
            scripts_dir=script_dirs(args),
            start=start,
            settings_file=settings_file(),
            theme=getattr(args, "theme", None),
        )
    except NoTerminal as error:
        print(error, file=sys.stderr)
        return 2
    except ConversationError as error:
        print(f"{f'conversation {command}'.strip()}: {error}", file=sys.stderr)
        return 2
    app.run()
    return int(app.return_code or 0)


def run(args: argparse.Namespace) -> int:
    """Open the app straight into a new conversation in the subcommand's mode."""
    from conversation.app import StartRequest

    if getattr(args, "plain", False):
        from conversation.commands.plain import run_plain

        return run_plain(args)
    mode: Mode = args.mode
    start = StartRequest(
        mode=mode,
        script_id=args.script,
        practitioner=getattr(args, "name", ""),
        person=getattr(args, "pseudonym", None),
        seed=getattr(args, "seed", 0),
    )
    return _open(args, args.command, start)


def run_supervise(args: argparse.Namespace) -> int:
    """Open the app straight into a new supervision session."""
    from conversation.app import StartRequest

    start = StartRequest(
        mode=Mode.SUPERVISE,
        script_id=args.script,
        practitioner=args.name,
        person=args.supervisee,
        review_id=args.review,
    )
    return _open(args, args.command, start)


def run_resume(args: argparse.Namespace) -> int:
    """Open a saved session exactly where it stopped."""
    from conversation.app import StartRequest

    return _open(args, "resume", StartRequest(resume_id=args.session_id))


def run_home(args: argparse.Namespace) -> int:
    """Open the home screen (``conversation`` with no subcommand)."""
    return _open(args, "", None)
