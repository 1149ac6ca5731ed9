"""The app's subcommands refuse to run without a terminal, with a clear message and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conversation.cli import main


@pytest.mark.parametrize(
    "argv",
    [["practise"], ["record", "--pseudonym", "Mrs A"], ["demo"], ["resume", "abc"], []],
)
def test_app_commands_need_a_terminal(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # under pytest, standard input and output are not a terminal
    assert main([*argv, "--sessions", str(tmp_path)] if argv else []) == 2
    err = capsys.readouterr().err
    assert "needs an interactive terminal" in err
    assert not list(tmp_path.glob("*.toml"))


def test_practise_with_stdin_from_dev_null_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "conversation", "practise", "--sessions", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "conversation practise: needs an interactive terminal" in result.stderr


def test_practise_help_lists_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["practise", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in ("--script", "--name", "--seed", "--sessions"):
        assert option in out
