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


def test_resume_of_a_session_open_elsewhere_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from conversation.commands import app_modes
    from conversation.conduct import Conversation
    from conversation.model import Mode
    from conversation.script_loader import load_bundled
    from conversation.store import SessionStore

    store = SessionStore(tmp_path)
    conversation = Conversation.start(
        mode=Mode.PRACTISE, script=load_bundled(), practitioner="", person=None, store=store
    )
    monkeypatch.setattr(app_modes, "require_terminal", lambda command: None)
    with store.acquire(conversation.session.id):
        assert main(["resume", conversation.session.id, "--sessions", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("conversation resume: ")
    assert "already open" in err


def test_resume_of_an_unknown_session_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from conversation.commands import app_modes

    monkeypatch.setattr(app_modes, "require_terminal", lambda command: None)
    assert main(["resume", "no-such-session", "--sessions", str(tmp_path)]) == 2
    assert "no-such-session" in capsys.readouterr().err
    assert main(["resume", "../escape", "--sessions", str(tmp_path)]) == 2
