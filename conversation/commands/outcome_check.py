"""``conversation outcome-check``: say whether each statement is a personal outcome, and why not.

Statements come from the arguments, else one per line from standard input. With ``--json``
each statement gives one JSON object per line: text, personal_outcome, kind, problems (id,
message, suggestion, evidence) and the automatic Step 5 checks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conversation.outcomes import OutcomeCheck

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the outcome-check subcommand and its options."""
    parser = subparsers.add_parser(
        "outcome-check",
        help="check whether statements are personal outcomes",
        description="Check whether each statement is a personal outcome (what the person wants "
        "to achieve or keep, in their words) or a service, solution, need, professional goal "
        "or plain fact. Statements come from the arguments, else one per line from standard "
        "input.",
    )
    parser.add_argument("texts", nargs="*", metavar="TEXT", help="statements to check")
    parser.add_argument(
        "--json", action="store_true", help="one JSON object per statement, one per line"
    )
    parser.add_argument(
        "--fail-on-problems",
        action="store_true",
        help="exit 1 when any statement is not a personal outcome",
    )
    parser.add_argument(
        "--scale",
        type=int,
        metavar="N",
        help="the person's 1-10 reading of where they are now (a known starting point)",
    )
    parser.set_defaults(run=run)


def _read_stdin() -> list[str] | str:
    """The statements on standard input, one per line, or an error message."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            return f"standard input line {line}: not UTF-8 text (byte {error.start + 1})"
    else:
        text = data
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text or data else []


def _printable(text: str) -> str:
    """Text safe to write to the terminal: lone surrogates become the replacement mark."""
    return _SURROGATE.sub("\ufffd", text)


def _json_line(check: OutcomeCheck) -> str:
    """One statement as a line of JSON, exact for any text."""
    data = check.to_json()
    line = json.dumps(data, ensure_ascii=False)
    if _SURROGATE.search(line):
        line = json.dumps(data, ensure_ascii=True)
    return line


def _readable(check: OutcomeCheck) -> Iterable[str]:
    """The verdict on one statement for people: text, verdict, problems, checks."""
    shown = _printable(check.text)
    if len(shown) > 200:
        shown = shown[:199] + "…"
    yield f'"{shown}"'
    if check.personal_outcome:
        kind = check.kind.value if check.kind is not None else "unknown kind"
        yield f"  personal outcome ({kind})"
    else:
        yield "  not a personal outcome"
    for problem in check.problems:
        yield f"  - {problem.title}: {_printable(problem.message)}"
        yield f"    try: {_printable(problem.suggestion)}"
    from conversation.outcomes import AUTO_CHECKS

    marks = []
    for key, title in AUTO_CHECKS.items():
        value = check.checks.get(key)
        mark = "yes" if value else ("no" if value is False else "-")
        marks.append(f"{title}: {mark}")
    yield "  checks: " + "; ".join(marks)


def run(args: argparse.Namespace) -> int:
    """Check every statement and print the verdicts; 0 done, 1 failing on request, 2 bad input."""
    scale: int | None = args.scale
    if scale is not None and not 1 <= scale <= 10:
        print(f"outcome-check: --scale must be from 1 to 10, not {scale}", file=sys.stderr)
        return 2
    texts: list[str]
    if args.texts:
        texts = list(args.texts)
    else:
        if sys.stdin is None or sys.stdin.isatty():
            print(
                "outcome-check: give statements as arguments, or one per line on standard input",
                file=sys.stderr,
            )
            return 2
        read = _read_stdin()
        if isinstance(read, str):
            print(f"outcome-check: {read}", file=sys.stderr)
            return 2
        texts = read
    # Imported here: every command line builds this parser, and only this command checks.
    from conversation.outcomes import OutcomeContext, check_outcome

    context = OutcomeContext(scale=scale) if scale is not None else None
    failed = False
    out = sys.stdout
    try:
        for index, text in enumerate(texts):
            check = check_outcome(text, context)
            failed = failed or not check.personal_outcome
            if args.json:
                out.write(_json_line(check) + "\n")
            else:
                if index:
                    out.write("\n")
                out.write("\n".join(_readable(check)) + "\n")
        out.flush()
    except BrokenPipeError:
        # The reader went away (for example `| head`): stop quietly, as other tools do.
        return 0
    return 1 if failed and args.fail_on_problems else 0
