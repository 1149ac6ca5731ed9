"""``conversation report ID``: a session report (Markdown or HTML) a supervisor can file."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from conversation.commands import add_sessions_option, write_output
from conversation.errors import ConversationError
from conversation.paths import sessions_dir

if TYPE_CHECKING:
    from conversation.session import Session
    from conversation.store import SessionStore


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the report subcommand."""
    parser = subparsers.add_parser(
        "report", help="write a session's report (Markdown, or HTML with --html)",
        description="Write the report of a saved session to standard output or a file.",
    )
    parser.add_argument(
        "session_id", metavar="ID", help="the session id (see 'conversation sessions')"
    )
    parser.add_argument("--html", action="store_true", help="write HTML instead of Markdown")
    parser.add_argument("--anonymise", action="store_true",
                        help="replace the person's and the practitioner's names everywhere, "
                        "including the name part of an older session id")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (never over a "
                        "session file); default standard output")
    add_sessions_option(parser)
    parser.set_defaults(run=run)


def progress_figure(store: SessionStore, session: Session) -> str:
    """A small chart of the practitioner's progress up to this session, for the HTML report
    (empty when this is their first session, or the practitioner is not named)."""
    from conversation.progress import Progress, load_progress, progress_svg

    if not session.practitioner.strip():
        return ""
    try:
        progress = load_progress(store, session.practitioner)
    except ConversationError:
        return ""
    so_far = tuple(
        figures for figures in progress.sessions if figures.started <= session.started
    )
    if len(so_far) < 2:
        return ""
    chart = progress_svg(Progress(progress.name, so_far))
    return (
        "<h2>Progress across sessions</h2>\n"
        f"<p>The practitioner's {len(so_far)} sessions up to this one, oldest on the left "
        "(see <code>conversation progress</code>).</p>\n" + chart
    )


def run(args: argparse.Namespace) -> int:
    """Load the session and write its report."""
    from conversation.report import report_html, report_id, session_report
    from conversation.store import SessionStore

    store = SessionStore(sessions_dir(getattr(args, "sessions", None)))
    try:
        session = store.load(args.session_id)
    except ConversationError as error:
        print(f"conversation report: {error}", file=sys.stderr)
        return 2
    text = session_report(session, anonymise=args.anonymise)
    if args.html:
        title = f"Conversation record {report_id(session, args.anonymise)}"
        text = report_html(text, title, progress_figure(store, session))
    return write_output("report", args.output, text, "report")
