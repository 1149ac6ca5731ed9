"""``conversation analyse``: label utterances and name their traps, as text or JSON lines."""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
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


_PARALLEL_FROM = 2_000
"""From this many separate utterances the work is shared between the machine's cores."""
_CHUNK = 250


def _render(analysis: Analysis, as_json: bool) -> str:
    if as_json:
        return json.dumps(to_json(analysis), ensure_ascii=False) + "\n"
    return to_text(analysis) + "\n"


def _render_chunk(texts: Sequence[str], as_json: bool) -> str:
    from conversation.analysis import analyse

    return "".join(_render(analyse(text), as_json) for text in texts)


def _workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return min(cores, 8)


def _rendered(texts: Sequence[str], conversation: bool, as_json: bool) -> Iterator[str]:
    """The output, in the input's order. A long list of separate utterances is analysed by
    forked worker processes that share the weights already read here; a conversation, whose
    turns depend on one another, is read in order in this process."""
    workers = _workers()
    if (conversation or len(texts) < _PARALLEL_FROM or workers < 2
            or "fork" not in multiprocessing.get_all_start_methods()):
        for analysis in _analyses(texts, conversation):
            yield _render(analysis, as_json)
        return
    from conversation.analysis import analyse

    analyse("Hello.")  # reads the weights once, before the workers are forked
    chunks = [texts[start:start + _CHUNK] for start in range(0, len(texts), _CHUNK)]
    work: Callable[[Sequence[str]], str] = partial(_render_chunk, as_json=as_json)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(work, chunks)


def run(args: argparse.Namespace) -> int:
    """Analyse the utterances and print one result per utterance."""
    texts: list[str] = list(args.text) if args.text else _read_lines(sys.stdin)
    out = sys.stdout
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    write = out.write
    try:
        for block in _rendered(texts, bool(args.conversation), bool(args.json)):
            write(block)
        out.flush()
    except BrokenPipeError:
        return 0
    return 0
