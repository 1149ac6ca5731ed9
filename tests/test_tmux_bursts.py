"""In a real terminal (tmux): text, Tab and more text sent in one burst land in two fields.

Skipped when tmux is not installed (CI can install it: ``apt-get install -y tmux``). The test
starts its own tmux server on a private socket, so it never touches anyone else's sessions.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conversation.store import SessionStore

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

SOCKET = "conversation-test-bursts"
TARGET = "bursts"


class Terminal:
    """A tmux window running the app, driven by sending keys and reading the screen."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        """Run a tmux command on the private server; its output."""
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True, text=True, check=True, timeout=20,
        )
        return done.stdout

    def screen(self) -> str:
        """What the window shows now."""
        return self.tmux("capture-pane", "-p", "-t", TARGET)

    def wait_for(self, ready: Callable[[str], bool], what: str, timeout: float = 30) -> str:
        """Wait until the screen satisfies ``ready``; fails naming ``what`` when it never does."""
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            if ready(shown):
                return shown
            time.sleep(0.2)
        raise AssertionError(f"never saw {what}; the screen was:\n{shown}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """A private tmux server, killed afterwards."""
    term = Terminal(f"{SOCKET}-{tmp_path.name}")
    yield term
    subprocess.run(["tmux", "-L", term.socket, "kill-server"], capture_output=True, check=False)


def test_text_tab_text_sent_at_once_fills_two_fields(terminal: Terminal, tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    command = f"{sys.executable} -m conversation practise --sessions {sessions} --name Sioned"
    terminal.tmux("new-session", "-d", "-s", TARGET, "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda shown: "You say" in shown, "the conversation screen")
    terminal.tmux("send-keys", "-t", TARGET, "C-f")
    terminal.wait_for(lambda shown: "What you said" in shown, "the feedback screen")
    terminal.tmux("send-keys", "-t", TARGET, "o")
    terminal.wait_for(lambda shown: "Outcome 1 of 1" in shown, "the outcomes screen")
    terminal.tmux("send-keys", "-t", TARGET, "C-n")
    terminal.wait_for(lambda shown: "Not working" in shown, "step 2")
    # One tmux command: the three writes reach the app together, as a paste would.
    terminal.tmux(
        "send-keys", "-t", TARGET, "-l", "walks to the shop", ";",
        "send-keys", "-t", TARGET, "Tab", ";",
        "send-keys", "-t", TARGET, "-l", "the stairs",
    )
    terminal.wait_for(lambda shown: "the stairs" in shown, "the typed text")
    terminal.tmux("send-keys", "-t", TARGET, "Escape")
    terminal.wait_for(lambda shown: "What you said" in shown, "the feedback screen again")
    (summary,) = SessionStore(sessions).list()
    (outcome,) = SessionStore(sessions).load(summary.id).outcomes
    assert outcome.working == "walks to the shop"
    assert outcome.not_working == "the stairs"
