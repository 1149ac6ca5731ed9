"""``conversation sessions``: list the saved sessions as a table or as JSON."""

from __future__ import annotations

import argparse
import io
import json
import sys
import unicodedata
from datetime import datetime
from typing import Any

from conversation.commands import add_sessions_option
from conversation.errors import SessionError
from conversation.paths import sessions_dir
from conversation.store import SessionStore, SessionSummary

COLUMNS = ("id", "mode", "script", "practitioner", "started", "turns", "outcomes")
_WIDEST = {"id": 40, "script": 24, "practitioner": 24}


def add_parser(subparsers: Any) -> None:
    """Declare ``conversation sessions [--json] [--sessions DIR]``."""
    parser = subparsers.add_parser(
        "sessions",
        help="list saved sessions",
        description="List the saved sessions, newest first. Files that cannot be read are "
        "listed with the reason; they are never changed.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of objects")
    add_sessions_option(parser)
    parser.set_defaults(run=run)


def summary_to_json(summary: SessionSummary) -> dict[str, Any]:
    """One session of the listing as a JSON object (times in ISO 8601)."""

    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": summary.id,
        "mode": summary.mode.value if summary.mode is not None else None,
        "script": summary.script,
        "script_version": summary.script_version,
        "practitioner": summary.practitioner,
        "person": summary.person,
        "started": moment(summary.started),
        "updated": moment(summary.updated),
        "ended": moment(summary.ended),
        "turns": summary.turns,
        "outcomes": summary.outcomes,
        "path": str(summary.path),
        "error": summary.error,
    }


def _printable(text: str, width: int | None = None) -> str:
    """Text safe to show in a terminal table: control characters shown as '?', long text cut."""
    shown = "".join(
        " " if ch in "\t\r\n" else ("?" if unicodedata.category(ch)[0] == "C" else ch)
        for ch in (text if width is None else text[: width + 1])
    )
    if width is not None and len(shown) > width:
        shown = shown[: width - 1] + "…"
    return shown


def _row(summary: SessionSummary) -> list[str]:
    started = ""
    if summary.started is not None:
        local = summary.started.astimezone() if summary.started.tzinfo else summary.started
        started = local.strftime("%Y-%m-%d %H:%M")
    return [
        _printable(summary.id, _WIDEST["id"]),
        summary.mode.value if summary.mode is not None else "",
        _printable(summary.script, _WIDEST["script"]),
        _printable(summary.practitioner, _WIDEST["practitioner"]),
        started,
        str(summary.turns),
        str(summary.outcomes),
    ]


def format_table(summaries: list[SessionSummary]) -> str:
    """The listing as an aligned text table; unreadable files say why on their own line."""
    readable = [s for s in summaries if s.error is None]
    rows = [list(COLUMNS), *(_row(s) for s in readable)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(
            cell.rjust(width) if i >= 5 else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    for summary in summaries:
        if summary.error is not None:
            lines.append(
                f"{_printable(summary.path.name, 60)}  unreadable: {_printable(summary.error, 200)}"
            )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """List the sessions folder; exit 0, or 2 when the folder cannot be read."""
    folder = sessions_dir(getattr(args, "sessions", None))
    try:
        summaries = SessionStore(folder).list()
    except SessionError as error:
        print(f"conversation sessions: {error}", file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(json.dumps([summary_to_json(s) for s in summaries], indent=2) + "\n")
        return 0
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    if not summaries:
        print(f"No sessions saved in {folder}.")
        return 0
    print(format_table(summaries))
    return 0
