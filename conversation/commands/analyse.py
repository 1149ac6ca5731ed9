"""``conversation analyse``: label utterances and name their traps, as text or JSON lines."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from conversation.analysis import Analysis


def add_parser(subparsers: Any) -> None:
    """Declare ``analyse`` and its options."""
    parser = subparsers.add_parser(
        "analyse",
        help="label utterances (question, reflection, ...) and name conversational traps",
        description="Label each utterance with its dialogue act and name any conversational "
        "trap, with the words that show it and a better way to say it. Utterances come from "
        "the arguments, else one per line from standard input.",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per utterance")
    parser.add_argument(
        "--conversation",
        action="store_true",
        help="treat the lines as consecutive turns (a line '---' starts a new conversation), "
        "so a run of questions is flagged",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="utterances to analyse")
    parser.set_defaults(run=run)


def to_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis contract's JSON object for one utterance."""
    return {
        "text": analysis.text,
        "act": analysis.act.value,
        "traps": [trap.value for trap in analysis.traps],
        "warnings": [
            {
                "trap": w.trap.value,
                "evidence": w.evidence,
                "message": w.message,
                "suggestion": w.suggestion,
            }
            for w in analysis.warnings
        ],
    }


def to_text(analysis: Analysis) -> str:
    """A readable block for one utterance."""
    lines = [f"{analysis.act.title}: {analysis.text}"]
    for w in analysis.warnings:
        lines.append(f"  ! {w.trap.title} trap — \"{w.evidence}\"")
        lines.append(f"    {w.message}")
        lines.append(f"    Try: {w.suggestion}")
    return "\n".join(lines)


def _read_lines(stream: TextIO) -> list[str]:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="replace", newline=None)
    return [line.rstrip("\n").rstrip("\r") for line in stream]


def _analyses(texts: Sequence[str], conversation: bool) -> Iterable[Analysis]:
    # Imported here: every command line builds this parser, and only analyse needs the rules.
    from conversation.analysis import CONVERSATION_SEPARATOR, analyse, analyse_conversation

    if not conversation:
        for text in texts:
            yield analyse(text)
        return
    current: list[str] = []
    for text in texts:
        if text.strip() == CONVERSATION_SEPARATOR:
            yield from analyse_conversation(current)
            current = []
        else:
            current.append(text)
    yield from analyse_conversation(current)


def run(args: argparse.Namespace) -> int:
    """Analyse the utterances and print one result per utterance."""
    texts: list[str] = list(args.text) if args.text else _read_lines(sys.stdin)
    out = sys.stdout
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    write = out.write
    try:
        for analysis in _analyses(texts, bool(args.conversation)):
            if args.json:
                write(json.dumps(to_json(analysis), ensure_ascii=False) + "\n")
            else:
                write(to_text(analysis) + "\n")
        out.flush()
    except BrokenPipeError:
        return 0
    return 0
