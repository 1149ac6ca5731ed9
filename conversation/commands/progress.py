"""``conversation progress NAME``: a practitioner's figures across their sessions, oldest
first, with the change from the first to the latest (a table, JSON lines, or an HTML page
with a small chart)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any

from conversation.commands import add_sessions_option, write_output
from conversation.errors import ConversationError
from conversation.paths import sessions_dir


def add_parser(subparsers: Any) -> None:
    """Declare ``conversation progress NAME [--json] [--html] [-o FILE] [--sessions DIR]``."""
    parser = subparsers.add_parser(
        "progress",
        help="a practitioner's figures across their sessions, and the change",
        description="Show a practitioner's figures across their practise, record and "
        "supervise sessions, oldest first: date, mode, script, turns, open-question share, "
        "reflections per question, traps per 10 turns (by trap), stages covered and draft "
        "outcomes that pass the outcome checker, with the change from the first session to "
        "the latest. Names match ignoring case and accents.",
    )
    parser.add_argument("name", metavar="NAME", help="the practitioner's name")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object per session, oldest first")
    parser.add_argument("--html", action="store_true",
                        help="write an HTML page with the table and a small chart")
    parser.add_argument("--anonymise", action="store_true",
                        help="leave the name out of the page and the session ids")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (never over a session file); default standard output")
    add_sessions_option(parser)
    parser.set_defaults(run=run)


def format_table(rows: list[list[str]], header: tuple[str, ...]) -> str:
    """Rows as an aligned text table under ``header``."""
    table = [list(header), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    )


def run(args: argparse.Namespace) -> int:
    """Read the practitioner's sessions and print or write their progress."""
    from conversation.names import anonymous_id
    from conversation.progress import (
        PROGRESS_COLUMNS,
        change_row,
        load_progress,
        progress_markdown,
        progress_rows,
        progress_svg,
    )
    from conversation.store import SessionStore

    name = args.name.strip()
    if not name:
        print("conversation progress: NAME must not be empty", file=sys.stderr)
        return 2
    store = SessionStore(sessions_dir(getattr(args, "sessions", None)))
    try:
        progress = load_progress(store, name)
    except ConversationError as error:
        print(f"conversation progress: {error}", file=sys.stderr)
        return 2
    for problem in progress.unreadable:
        print(f"conversation progress: skipped {problem}", file=sys.stderr)
    if args.json:
        lines = []
        for figures in progress.sessions:
            record = figures.to_json()
            if args.anonymise:
                record["id"] = anonymous_id(figures.id, (name,))
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        return _write(args, "".join(lines))
    if args.html:
        from conversation.report import report_html

        shown = "the practitioner" if args.anonymise else progress.name
        markdown = progress_markdown(progress, shown)
        figure = progress_svg(progress) if progress.sessions else ""
        return _write(args, report_html(markdown, f"Progress: {shown}", figure))
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    if not progress.sessions:
        return _write(args, f"No practise, record or supervise sessions by {name!r} in "
                      f"{store.folder}.\n")
    table = format_table([*progress_rows(progress), change_row(progress)], PROGRESS_COLUMNS)
    heading = f"Progress of {'the practitioner' if args.anonymise else progress.name}: "
    heading += f"{len(progress.sessions)} sessions, oldest first\n\n"
    return _write(args, heading + table + "\n")


def _write(args: argparse.Namespace, text: str) -> int:
    """Write to standard output, or atomically to ``--output``."""
    return write_output("progress", args.output, text)
