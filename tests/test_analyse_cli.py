"""The ``conversation analyse`` command: the JSON contract, readable output and odd input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import Any

import pytest

from conversation.cli import main

KEYS = {"text", "act", "traps", "warnings"}
ACTS = {"open_question", "closed_question", "reflection", "summary", "information", "other"}
TRAPS = {"expert", "power", "problem_solving", "question_and_answer", "yes_but", "labelling",
         "confrontational"}


def _run(argv: list[str], stdin: str | bytes | None, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    if stdin is not None:
        raw = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    code = main(argv)
    return code, capsys.readouterr().out


def _objects(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_json_contract_from_arguments(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """One object per utterance, in order, with the contract's keys and values."""
    code, out = _run(["analyse", "--json", "What matters to you?",
                      "I think you should move into a care home"], None, monkeypatch, capsys)
    assert code == 0
    first, second = _objects(out)
    assert set(first) == KEYS and set(second) == KEYS
    assert first == {"text": "What matters to you?", "act": "open_question", "traps": [],
                     "warnings": []}
    assert second["act"] in ACTS
    assert set(second["traps"]) == {"expert", "power"}
    for warning in second["warnings"]:
        assert set(warning) == {"trap", "evidence", "message", "suggestion"}
        assert warning["trap"] in TRAPS
        assert warning["evidence"] in second["text"]


def test_stdin_lines_and_empty_line(monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Lines from standard input; an empty line gives act other and no traps."""
    code, out = _run(["analyse", "--json"], "Do you live alone?\n\nYou're being difficult\n",
                     monkeypatch, capsys)
    assert code == 0
    objects = _objects(out)
    assert [o["act"] for o in objects] == ["closed_question", "other", "information"]
    assert objects[1] == {"text": "", "act": "other", "traps": [], "warnings": []}
    assert objects[2]["traps"] == ["labelling"]


def test_conversation_runs_and_separator(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """With --conversation a run of questions is flagged and --- gives no output."""
    lines = "Do you live alone?\nDoes anyone visit?\nDo you go out?\n---\nAre you eating?\n"
    _code, out = _run(["analyse", "--json", "--conversation"], lines, monkeypatch, capsys)
    objects = _objects(out)
    assert len(objects) == 4
    assert [("question_and_answer" in o["traps"]) for o in objects] == [
        False, False, True, False]
    _code, alone = _run(["analyse", "--json"], lines, monkeypatch, capsys)
    alone_objects = _objects(alone)
    assert len(alone_objects) == 5
    assert all("question_and_answer" not in o["traps"] for o in alone_objects)


def test_readable_output(monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json: the act label, the trap name, its evidence and a suggestion."""
    _code, out = _run(["analyse", "I understand, but you can't stay here"], None, monkeypatch,
                      capsys)
    assert "Information" in out
    assert "Yes, but" in out and '"I understand, but"' in out
    assert "Try:" in out


def test_odd_input_is_one_object_per_line(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Invalid UTF-8, control characters, emoji and a 100 KB line never crash."""
    raw = (b"caf\xe9 \xff\n" + "\x1b[2J\x07 ŵ ŷ 🙂\n".encode() + b"You must " * 12_000 + b"\n"
           + b"\r\n")
    code, out = _run(["analyse", "--json"], raw, monkeypatch, capsys)
    assert code == 0
    objects = _objects(out)
    assert len(objects) == 4
    assert "\ufffd" in objects[0]["text"]
    assert objects[1]["text"] == "\x1b[2J\x07 ŵ ŷ 🙂"
    assert "expert" in objects[2]["traps"]
    assert objects[3]["act"] == "other"


def test_real_process_stdin_utf8() -> None:
    """The installed command reads standard input as UTF-8 whatever the locale."""
    proc = subprocess.run(
        [sys.executable, "-m", "conversation", "analyse", "--json"],
        input="Beth sy'n bwysig i chi? ŵ\n".encode(),
        capture_output=True,
        env={"PYTHONIOENCODING": "utf-8", "LC_ALL": "C", "PATH": ""},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))["text"] == "Beth sy'n bwysig i chi? ŵ"


def test_long_input_shared_between_cores_keeps_order(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A long input is analysed by worker processes; the output is the same, line for line
    and in order, as reading each utterance here."""
    from conversation.analysis import analyse
    from conversation.commands import analyse as command

    monkeypatch.setattr(command, "_PARALLEL_FROM", 10)
    monkeypatch.setattr(command, "_CHUNK", 7)
    monkeypatch.setattr(command, "_workers", lambda: 2)
    base = ["What matters to you?", "You need to stop drinking.", "I hear you, but no.",
            "So the stairs are the hard part.", "", "Mm-hm.", "You're in denial."]
    texts = [f"{text} {n}" if text else "" for n in range(9) for text in base]
    code, out = _run(["analyse", "--json"], "\n".join(texts) + "\n", monkeypatch, capsys)
    assert code == 0
    objects = _objects(out)
    assert [obj["text"] for obj in objects] == texts
    assert [obj["traps"] for obj in objects] == [
        [trap.value for trap in analyse(text).traps] for text in texts]
