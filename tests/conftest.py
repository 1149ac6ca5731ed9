"""Shared fixtures: every test runs with its sessions folder and home in a temporary place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import textual.constants

# Tests look at where the screen ends up, not at its animations (a tab's underline sliding,
# say); without them each key a test presses waits a third of a second less. The apps tests
# start in another process (tmux, the browser) read the variable.
os.environ["TEXTUAL_ANIMATIONS"] = "none"
textual.constants.TEXTUAL_ANIMATIONS = "none"  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the sessions folder and the user's data folders at tmp_path."""
    sessions = tmp_path / "sessions"
    monkeypatch.setenv("CONVERSATION_SESSIONS", str(sessions))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    return sessions
