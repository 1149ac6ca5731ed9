"""Where things live: bundled and user scripts, and the sessions folder. Nothing is created at
import."""

from __future__ import annotations

import os
from pathlib import Path

SESSIONS_ENV = "CONVERSATION_SESSIONS"
DEFAULT_SCRIPT_ID = "stroke-at-home"


def bundled_scripts_dir() -> Path:
    """The folder of conversation scripts shipped with the product."""
    packaged = Path(__file__).parent / "scripts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "scripts"


def user_scripts_dir() -> Path:
    """The folder for the user's own conversation scripts, in the user data folder."""
    from platformdirs import user_data_path

    return user_data_path("conversation", appauthor=False) / "scripts"


def sessions_dir(option: str | Path | None = None, cwd: Path | None = None) -> Path:
    """The sessions folder: ``--sessions``, else $CONVERSATION_SESSIONS, else ./sessions
    when it exists, else the user data folder."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(SESSIONS_ENV)
    if env:
        return Path(env).expanduser()
    local = (cwd or Path.cwd()) / "sessions"
    if local.is_dir():
        return local
    from platformdirs import user_data_path

    return user_data_path("conversation", appauthor=False) / "sessions"


def settings_file() -> Path:
    """The user's settings file (theme, practitioner's name) in the user config folder."""
    from platformdirs import user_config_path

    return user_config_path("conversation", appauthor=False) / "settings.toml"
