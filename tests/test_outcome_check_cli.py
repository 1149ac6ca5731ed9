"""``conversation outcome-check``: the contract in the design (input rules, JSON, exit codes)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from conversation.cli import main

KEYS = {"text", "personal_outcome", "kind", "problems"}


class _Stdin(io.TextIOWrapper):
    """A standard input that says whether it is a terminal."""

    def __init__(self, data: bytes, tty: bool = False) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def _json_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_arguments_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "outcome-check",
            "--json",
            "Referral to the falls clinic",
            "I want to get back to my allotment so I can grow veg with my grandson",
        ]
    )
    assert code == 0
    first, second = _json_lines(capsys.readouterr().out)
    assert set(first) >= KEYS and set(second) >= KEYS
    assert first["text"] == "Referral to the falls clinic"
    assert first["personal_outcome"] is False and first["kind"] is None
    problems = first["problems"]
    assert isinstance(problems, list) and problems[0]["id"] == "service"
    assert problems[0]["message"]
    assert second["personal_outcome"] is True and second["kind"] == "change"
    assert second["problems"] == []
    checks = second["checks"]
    assert isinstance(checks, dict) and checks["says_why"] is True


def test_stdin_one_statement_per_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"I will engage with services\r\n\nMy carer listens to me\n"
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    assert main(["outcome-check", "--json"]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [row["text"] for row in rows] == [
        "I will engage with services",
        "",
        "My carer listens to me",
    ]
    assert rows[0]["problems"][0]["id"] == "professional"  # type: ignore[index]
    assert rows[1]["personal_outcome"] is False
    assert rows[1]["problems"][0]["id"] == "empty"  # type: ignore[index]
    assert rows[2]["kind"] == "process"


def test_readable_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outcome-check", "Mum needs homecare", "I want to stay in my own home"]) == 0
    out = capsys.readouterr().out
    assert '"Mum needs homecare"' in out
    assert "not a personal outcome" in out
    assert "personal outcome (maintenance)" in out
    assert "try:" in out


def test_fail_on_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outcome-check", "--fail-on-problems", "I want to see my sister"]) == 0
    assert main(["outcome-check", "--fail-on-problems", "Mum needs homecare"]) == 1
    capsys.readouterr()


def test_scale_gives_a_starting_point(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outcome-check", "--json", "--scale", "4", "I want to feel less low"]) == 0
    row = _json_lines(capsys.readouterr().out)[0]
    assert row["checks"]["measurable"] is True  # type: ignore[index]


@pytest.mark.parametrize("value", ["0", "11"])
def test_bad_scale_is_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    assert main(["outcome-check", "--scale", value, "x"]) == 2
    assert "--scale" in capsys.readouterr().err


def test_no_statements_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"", tty=True))
    assert main(["outcome-check"]) == 2
    assert "standard input" in capsys.readouterr().err


def test_not_utf8_names_the_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"fine\nbad \xff here\n"))
    assert main(["outcome-check"]) == 2
    assert "line 2" in capsys.readouterr().err


def test_odd_text_round_trips(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["Rwy’n moyn gweld fy ŵyr 😀", "tab\there \x07 bell", "x" * 100_000]
    monkeypatch.setattr(sys, "stdin", _Stdin("\n".join(texts).encode()))
    assert main(["outcome-check", "--json"]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [row["text"] for row in rows] == texts


def test_lone_surrogate_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outcome-check", "--json", "I want \udcff to go home"]) == 0
    row = _json_lines(capsys.readouterr().out)[0]
    assert row["text"] == "I want \udcff to go home"
    assert main(["outcome-check", "I want \udcff to go home"]) == 0
    assert "\ufffd" in capsys.readouterr().out


def test_real_process_reads_piped_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "conversation", "outcome-check", "--json"],
        input="Best Interests Meeting to be arranged\nI want to read my children a story\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    rows = _json_lines(result.stdout)
    assert [row["personal_outcome"] for row in rows] == [False, True]
